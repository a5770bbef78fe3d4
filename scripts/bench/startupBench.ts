/**
 * `startup`: what a reviewer pays each time the command starts (a region's 27 files reviewed in a loop pay
 * it 27 times): `grant-budget --version` and `grant-budget review` of one workbook, each a whole process of
 * the built command (bin/grant-budget.js), median of 7 after one warm-up, less the median of a bare
 * `node -e 0` measured in the same rounds (Node's own start, which no change of ours can shorten).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { median, round } from './stats';
import { buildWorkbook, syntheticBudget } from './workbooks';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'grant-budget.js');

export const STARTUP_TARGETS = { versionMs: 150, reviewMs: 400 } as const;

export interface StartupFigures {
  runs: number;
  nodeMs: number;
  /** Medians of whole processes, and the same less `node -e 0`. */
  versionMs: number;
  reviewMs: number;
  versionOverNodeMs: number;
  reviewOverNodeMs: number;
  reviewedLines: number;
  target: string;
  met: boolean;
}

function timed(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return ms;
}

export async function benchStartup(runs = 7): Promise<StartupFigures> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'node', 'cli', 'main.js')))
    throw new Error('the command is not built: run npm run build');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-bench-startup-'));
  try {
    const lines = 40;
    const workbook = path.join(dir, 'one.xlsx');
    fs.writeFileSync(workbook, await buildWorkbook(syntheticBudget(lines)));
    const commands = {
      node: ['-e', '0'],
      version: [BIN, '--version'],
      review: [BIN, 'review', workbook],
    };
    const times: Record<keyof typeof commands, number[]> = { node: [], version: [], review: [] };
    for (const args of Object.values(commands)) timed(args); // the files in the page cache
    // Rounds interleave the three, so a burst of load on the machine falls on all of them alike.
    for (let i = 0; i < runs; i++)
      for (const [k, args] of Object.entries(commands)) times[k as keyof typeof commands].push(timed(args));
    const nodeMs = median(times.node);
    const versionMs = median(times.version);
    const reviewMs = median(times.review);
    const versionOverNodeMs = round(versionMs - nodeMs, 0);
    const reviewOverNodeMs = round(reviewMs - nodeMs, 0);
    return {
      runs,
      nodeMs: round(nodeMs, 0),
      versionMs: round(versionMs, 0),
      reviewMs: round(reviewMs, 0),
      versionOverNodeMs,
      reviewOverNodeMs,
      reviewedLines: lines,
      target: `--version under ${STARTUP_TARGETS.versionMs} ms and review of one workbook under ${STARTUP_TARGETS.reviewMs} ms, over node -e 0`,
      met: versionOverNodeMs < STARTUP_TARGETS.versionMs && reviewOverNodeMs < STARTUP_TARGETS.reviewMs,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
