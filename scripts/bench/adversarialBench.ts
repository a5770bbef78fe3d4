/**
 * `adversarial`: `grant-budget review` of the hostile workbooks of the bad-input corpus
 * (test/fixtures/bad-input/hostileXml.ts: unclosed tags in every part, huge and overlapping merged
 * areas, deep nesting...), each pattern at 1x, 10x and 100x its size (10x is the size of the attack
 * as reported, the size the tests use). Each review runs in a child process of its own, the built
 * command's main() timed inside it, so its peak memory (resourceUsage().maxRSS) is its own.
 * Targets: under 1 s for every file under 100 KB, and time linear in the pattern's size (growth per
 * tenfold near 10 or below).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HOSTILE_CASES } from '../../test/fixtures/bad-input/hostileXml';
import { median, round } from './stats';

export const SCALES = [1, 10, 100] as const;
const RUNS = 3;

/** The repository: the folder above this script (compiled into dist/bench/...) that holds bin/grant-budget.js. */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'bin', 'grant-budget.js'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('bench: the repository (bin/grant-budget.js) is not above ' + __dirname);
    dir = up;
  }
  return dir;
}
const REPO = repoRoot();

export interface AdversarialRun {
  scale: number;
  /** The size of the pattern (unclosed tags, merged areas...). */
  n: number;
  kb: number;
  exit: number;
  ms: number;
  msPerKb: number;
  maxRssMb: number;
}

export interface AdversarialFigures {
  cases: Record<string, { runs: AdversarialRun[]; growthPerTenfold: number[] }>;
  slowest: { id: string; scale: number; msPerKb: number; ms: number; kb: number };
  peakRssMb: number;
  target: string;
  met: boolean;
}

/** One review in a child process: main() timed inside it, the exit status and the child's peak memory. */
function reviewInChild(file: string): { ms: number; exit: number; maxRssMb: number } {
  const script = `
    const { performance } = require('perf_hooks');
    const { main } = require(${JSON.stringify(path.join(REPO, 'dist', 'node', 'cli', 'main.js'))});
    const io = { stdout: () => {}, stderr: () => {}, stderrIsTTY: false };
    const t0 = performance.now();
    main(['review', '--json', ${JSON.stringify(file)}], io).then((exit) => {
      const ms = performance.now() - t0;
      process.stdout.write(JSON.stringify({ ms, exit, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 20 });
  if (r.status !== 0)
    throw new Error(
      `review of ${path.basename(file)} died (status ${r.status}, signal ${r.signal}): ${r.stderr.slice(0, 300)}`,
    );
  return JSON.parse(r.stdout) as { ms: number; exit: number; maxRssMb: number };
}

async function runCase(dir: string, c: (typeof HOSTILE_CASES)[number]): Promise<AdversarialRun[]> {
  // A pattern of one element (a number's text, a cell outside the grid) has no size to grow: 1x only.
  const scales = c.count === 1 ? [1] : SCALES;
  const base = c.benchBase ?? Math.max(1, Math.round(c.count / 10));
  const runs: AdversarialRun[] = [];
  for (const scale of scales) {
    const n = base * scale;
    const file = path.join(dir, `${c.id}-${scale}x.xlsx`);
    fs.writeFileSync(file, await c.make(n));
    const kb = fs.statSync(file).size / 1024;
    const measured = Array.from({ length: RUNS }, () => reviewInChild(file));
    const ms = median(measured.map((m) => m.ms));
    runs.push({
      scale,
      n,
      kb: round(kb, 1),
      exit: measured[0]?.exit ?? -1,
      ms: round(ms, 1),
      msPerKb: round(ms / kb, 3),
      maxRssMb: round(Math.max(...measured.map((m) => m.maxRssMb)), 0),
    });
    fs.rmSync(file);
  }
  return runs;
}

export async function benchAdversarial(): Promise<AdversarialFigures> {
  if (!fs.existsSync(path.join(REPO, 'dist', 'node', 'cli', 'main.js')))
    throw new Error('the command is not built: run `npm run build:cli` first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-bench-adversarial-'));
  try {
    const cases: AdversarialFigures['cases'] = {};
    for (const c of HOSTILE_CASES) {
      const runs = await runCase(dir, c);
      const growthPerTenfold = runs
        .slice(1)
        .map((r, i) => round(r.ms / Math.max((runs[i] as AdversarialRun).ms, 0.001), 1));
      cases[c.id] = { runs, growthPerTenfold };
    }
    const all = Object.entries(cases).flatMap(([id, x]) => x.runs.map((r) => ({ id, ...r })));
    const slowest = all.reduce((a, b) => (b.msPerKb > a.msPerKb ? b : a));
    const underBound = all.filter((r) => r.kb < 100).every((r) => r.ms < 1000);
    const linear = Object.values(cases).every((x) => x.growthPerTenfold.every((g) => g <= 15));
    return {
      cases,
      slowest: { id: slowest.id, scale: slowest.scale, msPerKb: slowest.msPerKb, ms: slowest.ms, kb: slowest.kb },
      peakRssMb: Math.max(...all.map((r) => r.maxRssMb)),
      target:
        'every file under 100 KB reviewed in under 1 s; time at most ~linear in the pattern size (growth per tenfold <= 15)',
      met: underBound && linear,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
