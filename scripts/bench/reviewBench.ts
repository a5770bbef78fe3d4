/**
 * `review`: files per second for `grant-budget review --json` over 50 generated workbooks (in-process,
 * the same path as the command: main() reads each file from disk, reads the layout, checks, prints),
 * against what a reviewer would otherwise do to see true totals: recalculate the same 50 files with
 * LibreOffice headless, in ONE soffice run (its start-up counted once, as a reviewer would batch it).
 * Both in the same run, so the ratio compares like with like on the same machine and load.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';
import { convertWithLibreOffice, hasLibreOffice } from '../../test/support/libreoffice';
import { median, round } from './stats';
import { buildWorkbook, syntheticBudget } from './workbooks';

export const REVIEW_FILES = 50;
/** Issue 21: review at least this many times faster than LibreOffice recalculating the same files. */
export const REVIEW_TARGET_RATIO = 25;

export interface ReviewFigures {
  files: number;
  /** Lines per workbook, smallest and largest (realistic State budgets: 20 to 69 lines). */
  linesPerFile: [number, number];
  reviewSeconds: number;
  reviewFilesPerSecond: number;
  libreOfficeSeconds: number | null;
  libreOfficeFilesPerSecond: number | null;
  /** LibreOffice seconds / review seconds; target >= REVIEW_TARGET_RATIO. */
  ratio: number | null;
  target: string;
  met: boolean | null;
  note?: string;
}

async function reviewOnce(files: string[]): Promise<number> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => (out += t), stderr: (t) => (err += t), stderrIsTTY: false };
  const t0 = performance.now();
  const code = await main(['review', '--json', ...files], io);
  const ms = performance.now() - t0;
  const parsed = JSON.parse(out) as { error?: string }[];
  if (code === 2 || parsed.length !== files.length || parsed.some((p) => p.error))
    throw new Error(`review failed (exit ${code}): ${err}`);
  return ms;
}

export async function benchReview(runs = 3): Promise<ReviewFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-bench-review-'));
  try {
    const files: string[] = [];
    const sizes: number[] = [];
    for (let i = 0; i < REVIEW_FILES; i++) {
      const lines = 20 + ((i * 7) % 50);
      sizes.push(lines);
      const file = path.join(dir, `state-${String(i + 1).padStart(2, '0')}.xlsx`);
      fs.writeFileSync(file, await buildWorkbook(syntheticBudget(lines, 1000 + i)));
      files.push(file);
    }
    await reviewOnce(files.slice(0, 3)); // warm-up: module loading and JIT, as a second run of the command would have
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await reviewOnce(files));
    const reviewSeconds = median(times) / 1000;

    let libreOfficeSeconds: number | null = null;
    let note: string | undefined;
    if (hasLibreOffice()) {
      const t0 = performance.now();
      convertWithLibreOffice(files, path.join(dir, 'recalculated'), 'xlsx');
      libreOfficeSeconds = (performance.now() - t0) / 1000;
    } else note = 'soffice not found: the LibreOffice side was not measured';
    const ratio = libreOfficeSeconds === null ? null : round(libreOfficeSeconds / reviewSeconds, 1);
    return {
      files: REVIEW_FILES,
      linesPerFile: [Math.min(...sizes), Math.max(...sizes)],
      reviewSeconds: round(reviewSeconds, 3),
      reviewFilesPerSecond: round(REVIEW_FILES / reviewSeconds, 1),
      libreOfficeSeconds: libreOfficeSeconds === null ? null : round(libreOfficeSeconds, 2),
      libreOfficeFilesPerSecond: libreOfficeSeconds === null ? null : round(REVIEW_FILES / libreOfficeSeconds, 2),
      ratio,
      target: `review at least ${REVIEW_TARGET_RATIO}x faster than LibreOffice recalculation`,
      met: ratio === null ? null : ratio >= REVIEW_TARGET_RATIO,
      ...(note ? { note } : {}),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
