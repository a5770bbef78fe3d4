/**
 * `adversarial`: the hostile files of the bad-input corpus, each pattern at 1x, 10x and 100x its size
 * (10x is the size of the attack as reported, the size the tests use), each run of the command in a
 * child process of its own, the built command's main() timed inside it, so its peak memory
 * (resourceUsage().maxRSS) is its own. The workbooks of test/fixtures/bad-input/hostileXml.ts are
 * reviewed; the cases of issue 22 (test/fixtures/bad-input/roundTwo.ts) run the command they attack:
 * 4 our layout's names (review), 5 parts under the old ratio threshold (in hostileXml.ts), 6 nested
 * SF-424A XML (reconcile), 7 device files and pipes (review), 8 budgets past the bounds (review, build).
 * Targets: under 1 s for every file under 100 KB, and time linear in the pattern's size (growth per
 * tenfold at most x12).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HOSTILE_CASES } from '../../test/fixtures/bad-input/hostileXml';
import { OWN_NAME_CASES, SF424A_CASES, manyLinesJson, unknownKeysJson } from '../../test/fixtures/bad-input/roundTwo';
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

/** One command in a child process: main() timed inside it, the exit status and the child's peak memory. */
export function runInChild(argv: string[]): { ms: number; exit: number; maxRssMb: number } {
  const script = `
    const { performance } = require('perf_hooks');
    const { main } = require(${JSON.stringify(path.join(REPO, 'dist', 'node', 'cli', 'main.js'))});
    const io = { stdout: () => {}, stderr: () => {}, stderrIsTTY: false };
    const t0 = performance.now();
    main(${JSON.stringify(argv)}, io).then((exit) => {
      const ms = performance.now() - t0;
      process.stdout.write(JSON.stringify({ ms, exit, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0)
    throw new Error(
      `${argv.join(' ').slice(0, 120)} died (status ${r.status}, signal ${r.signal}): ${r.stderr.slice(0, 300)}`,
    );
  return JSON.parse(r.stdout) as { ms: number; exit: number; maxRssMb: number };
}

const reviewInChild = (file: string) => runInChild(['review', '--json', file]);

/** A case of issue 22: the file at a size, and the command that meets it. */
interface RoundTwoCase {
  id: string;
  /** The 1x size (10x: the size of the attack as reported); a case with none runs once. */
  base?: number;
  /** Writes the input at size n into `dir`; returns the command's arguments. */
  prepare: (dir: string, n: number) => Promise<string[]>;
}

function roundTwoCases(): RoundTwoCase[] {
  const names = OWN_NAME_CASES.find((c) => c.id === 'name-whole-sheet');
  const nested = SF424A_CASES.find((c) => c.id === 'deep-nesting');
  const examples = path.join(REPO, '..', 'shared', 'examples', 'pr-example.budget.json');
  const write = (dir: string, name: string, data: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, data);
    return file;
  };
  return [
    {
      id: '4 name-whole-sheet (review)',
      base: 10_000,
      prepare: async (dir, n) => ['review', '--json', write(dir, 'names.xlsx', await names!.make(n))],
    },
    {
      id: '6 sf424a-deep-nesting (reconcile)',
      base: 2_500,
      prepare: async (dir, n) => {
        const good = path.join(dir, 'good.xml');
        if (!fs.existsSync(good)) runInChild(['sf424a', examples, '--format', 'xml', '-o', good]);
        const xml = nested!.make(fs.readFileSync(good, 'utf8'), n);
        return ['reconcile', '--json', examples, write(dir, 'nested.xml', xml)];
      },
    },
    { id: '7 /dev/zero (review)', prepare: async () => ['review', '/dev/zero'] },
    {
      id: '7 fifo without a writer (review)',
      prepare: async (dir) => {
        const fifo = path.join(dir, 'nobody.xlsx');
        if (!fs.existsSync(fifo)) spawnSync('mkfifo', [fifo]);
        return ['review', fifo];
      },
    },
    {
      id: '8 json-lines past the bound (review)',
      base: 80_000,
      prepare: async (dir, n) => ['review', write(dir, 'lines.json', manyLinesJson(n, '{}'))],
    },
    {
      id: '8 json-unknown-keys (sf424a)',
      base: 120_000,
      prepare: async (dir, n) => ['sf424a', write(dir, 'keys.json', unknownKeysJson(n))],
    },
  ];
}

async function runRoundTwo(dir: string, c: RoundTwoCase): Promise<AdversarialRun[]> {
  const scales = c.base === undefined ? [1] : SCALES;
  const runs: AdversarialRun[] = [];
  for (const scale of scales) {
    const n = (c.base ?? 1) * scale;
    const argv = await c.prepare(dir, n);
    const input = argv.find((a) => a.startsWith(dir) && !a.endsWith('good.xml') && fs.existsSync(a));
    const kb = input && fs.statSync(input).isFile() ? fs.statSync(input).size / 1024 : 0;
    const measured = Array.from({ length: RUNS }, () => runInChild(argv));
    const ms = median(measured.map((m) => m.ms));
    runs.push({
      scale,
      n,
      kb: round(kb, 1),
      exit: measured[0]?.exit ?? -1,
      ms: round(ms, 1),
      msPerKb: kb ? round(ms / kb, 3) : 0,
      maxRssMb: round(Math.max(...measured.map((m) => m.maxRssMb)), 0),
    });
  }
  return runs;
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
    const growthOf = (runs: AdversarialRun[]) =>
      runs.slice(1).map((r, i) => round(r.ms / Math.max((runs[i] as AdversarialRun).ms, 0.001), 1));
    for (const c of HOSTILE_CASES) {
      const runs = await runCase(dir, c);
      cases[c.id] = { runs, growthPerTenfold: growthOf(runs) };
    }
    for (const c of roundTwoCases()) {
      const runs = await runRoundTwo(dir, c);
      cases[c.id] = { runs, growthPerTenfold: growthOf(runs) };
    }
    const all = Object.entries(cases).flatMap(([id, x]) => x.runs.map((r) => ({ id, ...r })));
    const slowest = all.reduce((a, b) => (b.msPerKb > a.msPerKb ? b : a));
    // A device or a pipe has no size on disk (kb 0): it is held to the same second.
    const underBound = all.filter((r) => r.kb < 100).every((r) => r.ms < 1000);
    const linear = Object.values(cases).every((x) => x.growthPerTenfold.every((g) => g <= 12));
    return {
      cases,
      slowest: { id: slowest.id, scale: slowest.scale, msPerKb: slowest.msPerKb, ms: slowest.ms, kb: slowest.kb },
      peakRssMb: Math.max(...all.map((r) => r.maxRssMb)),
      target:
        'every file under 100 KB read in under 1 s; time at most ~linear in the pattern size (growth per tenfold <= 12)',
      met: underBound && linear,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
