/**
 * `npm run bench`: the figures of issue 5, one JSON object on stdout, a readable table on stderr.
 * Sections can be named to run only those: `node dist/bench/scripts/bench/main.js check recheck`.
 * A section that cannot run (no production build for `bundle`, no Chromium for `pane`) is recorded as
 * { error } and the others still run; the exit status is then 1.
 *
 * Each section runs in a Node process of its own (this script again, with GB_BENCH_SECTION set): in one
 * process the re-check of 10,000 lines, timed after the request and check sections had filled the heap
 * with their 10,000-line budgets, took 36 ms where it takes 15 ms in a process of its own (the
 * collector's work on the heap the earlier sections left), and the pane re-checks in a page that holds
 * none of that.
 */
import { spawnSync } from 'child_process';
import * as os from 'os';
import { benchAdversarial } from './adversarialBench';
import { benchBounds } from './boundsBench';
import { benchCheck } from './checkBench';
import { benchBundle, benchPane } from './paneBench';
import { benchRecheck } from './recheckBench';
import { benchRequests } from './requestBench';
import { benchReview } from './reviewBench';
import { benchStartup } from './startupBench';
import { benchSyncs } from './syncBench';
import {
  adversarialTable,
  boundsTable,
  bundleTable,
  checkTable,
  paneTable,
  recheckTable,
  requestsTable,
  reviewTable,
  startupTable,
  syncsTable,
  targetsTable,
} from './table';

/** A section: how it is measured, and how its figures are shown. */
interface SectionDef<T> {
  run: () => T | Promise<T>;
  table: (figures: T) => string;
}
const def = <T>(run: () => T | Promise<T>, table: (figures: T) => string): SectionDef<unknown> =>
  ({ run, table }) as SectionDef<unknown>;

/** The sections, in the order they run. */
const SECTION_DEFS = {
  startup: def(() => benchStartup(), startupTable),
  syncs: def(benchSyncs, syncsTable),
  requests: def(() => benchRequests(), requestsTable),
  check: def(() => benchCheck(), checkTable),
  recheck: def(() => benchRecheck(), recheckTable),
  review: def(() => benchReview(), reviewTable),
  adversarial: def(() => benchAdversarial(), adversarialTable),
  bounds: def(() => benchBounds(), boundsTable),
  bundle: def(() => benchBundle(), bundleTable),
  pane: def(() => benchPane(), paneTable),
};
type Section = keyof typeof SECTION_DEFS;
const SECTIONS = Object.keys(SECTION_DEFS) as Section[];

/** In the child: one section's figures, or { error }, as JSON on stdout. */
async function runSection(name: Section): Promise<void> {
  let figures: unknown;
  try {
    figures = await SECTION_DEFS[name].run();
  } catch (err) {
    figures = { error: err instanceof Error ? err.message : String(err) };
  }
  process.stdout.write(JSON.stringify(figures));
}

/** In the parent: a section in a process of its own. */
function sectionInChild(name: Section): unknown {
  const child = spawnSync(process.execPath, [__filename], {
    env: { ...process.env, GB_BENCH_SECTION: name },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) return { error: `the section's process ended with ${child.status ?? child.signal}` };
  try {
    return JSON.parse(child.stdout) as unknown;
  } catch {
    return { error: "the section's process printed no figures" };
  }
}

function isError(figures: unknown): figures is { error: string } {
  return typeof figures === 'object' && figures !== null && 'error' in figures;
}

async function main(): Promise<void> {
  const child = process.env.GB_BENCH_SECTION;
  if (child) return runSection(child as Section);
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    // Other work on the machine skews the timed figures: the load when the run started, to judge them by.
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
  const result: Record<string, unknown> = { machine };
  const tables: string[] = [
    `machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGiB} GiB, node ${machine.node}, load ${machine.loadAverage.join(' ')}`,
  ];
  let failed = false;
  for (const name of SECTIONS) {
    if (asked.length && !asked.includes(name)) continue;
    const figures = sectionInChild(name);
    result[name] = figures;
    if (isError(figures)) {
      failed = true;
      tables.push(`${name}: NOT MEASURED: ${figures.error}`);
    } else tables.push(SECTION_DEFS[name].table(figures));
  }
  tables.push(targetsTable(result));
  process.stderr.write(tables.join('\n\n') + '\n');
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
