/**
 * `recheck`: the add-in's re-check after an edit, without Office: from a workbook snapshot of our own
 * layout (what one readSnapshot round trip returns) to the findings and SF-424A
 * (readBudgetFromSnapshot -> evaluateBudget), for 100, 1,000 and 10,000 lines, with the growth factor
 * per tenfold. The snapshot is made once per size from the file the product's writer writes; only the
 * re-check is timed.
 */
import { evaluateBudget } from '../../src/budget';
import type { WorkbookSnapshot } from '../../src/port/workbookPort';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { medianMs, round } from './stats';
import { buildWorkbook, syntheticBudget } from './workbooks';

export const RECHECK_SIZES = [100, 1000, 10000] as const;
export const RECHECK_TARGET_MS = 30;

export interface RecheckFigures {
  medianMs: Record<string, number>;
  growthPerTenfold: number[];
  /** Cells in the snapshot of each size (all sheets). */
  snapshotCells: Record<string, number>;
  target: string;
  met: boolean;
}

export function recheck(snapshot: WorkbookSnapshot): number {
  const read = readBudgetFromSnapshot(snapshot);
  if (!read.ok) throw new Error(`recheck: ${read.problem}`);
  return evaluateBudget(read.budget, read.findings).findings.length;
}

export async function snapshotOf(lines: number): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(await buildWorkbook(syntheticBudget(lines)), `recheck-${lines}.xlsx`);
}

/**
 * 21 runs per size (9 until December 2026): on a shared machine a neighbour's burst could take most of
 * nine runs of 25 ms, and the median then measured the neighbour.
 */
export async function benchRecheck(runs = 21): Promise<RecheckFigures> {
  const medians: Record<string, number> = {};
  const cells: Record<string, number> = {};
  for (const n of RECHECK_SIZES) {
    const snapshot = await snapshotOf(n);
    cells[String(n)] = snapshot.sheets.reduce((s, sh) => s + sh.cells.reduce((a, r) => a + r.length, 0), 0);
    medians[String(n)] = await medianMs(() => recheck(snapshot), runs);
  }
  const growth = RECHECK_SIZES.slice(1).map((n, i) =>
    round((medians[String(n)] as number) / (medians[String(RECHECK_SIZES[i])] as number), 1),
  );
  return {
    medianMs: medians,
    growthPerTenfold: growth,
    snapshotCells: cells,
    target: `10,000 lines re-checked in under ${RECHECK_TARGET_MS} ms`,
    met: (medians['10000'] as number) < RECHECK_TARGET_MS,
  };
}
