/**
 * `npm run bench`: the figures of issue 5, one JSON object on stdout, a readable table on stderr.
 * Sections can be named to run only those: `node dist/bench/scripts/bench/main.js check recheck`.
 * A section that cannot run (no production build for `bundle`, no Chromium for `pane`) is recorded as
 * { error } and the others still run; the exit status is then 1.
 */
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

const SECTIONS = [
  'startup',
  'syncs',
  'requests',
  'check',
  'recheck',
  'review',
  'adversarial',
  'bounds',
  'bundle',
  'pane',
] as const;
type Section = (typeof SECTIONS)[number];

async function main(): Promise<void> {
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
  const section = async <T>(name: Section, run: () => Promise<T> | T, table: (figures: T) => string): Promise<void> => {
    if (asked.length && !asked.includes(name)) return;
    try {
      const figures = await run();
      result[name] = figures;
      tables.push(table(figures));
    } catch (err) {
      failed = true;
      const message = err instanceof Error ? err.message : String(err);
      result[name] = { error: message };
      tables.push(`${name}: NOT MEASURED: ${message}`);
    }
  };
  await section('startup', () => benchStartup(), startupTable);
  await section('syncs', benchSyncs, syncsTable);
  await section('requests', () => benchRequests(), requestsTable);
  await section('check', () => benchCheck(), checkTable);
  await section('recheck', () => benchRecheck(), recheckTable);
  await section('review', () => benchReview(), reviewTable);
  await section('adversarial', () => benchAdversarial(), adversarialTable);
  await section('bounds', () => benchBounds(), boundsTable);
  await section('bundle', () => benchBundle(), bundleTable);
  await section('pane', () => benchPane(), paneTable);
  tables.push(targetsTable(result));
  process.stderr.write(tables.join('\n\n') + '\n');
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
