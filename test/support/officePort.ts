/**
 * The Office.js adapter's two verbs, each in its own Excel.run with the cell-edit retry, for tests that
 * read or write the fake workbook without a pane action around them. (The add-in itself reads and
 * writes within one Excel.run per action: src/excel/excelBackend.ts.)
 */
import { runExcel } from '../../src/excel/excelRun';
import { applyIn, readSnapshotIn } from '../../src/excel/officePort';
import type { GatedFeature } from '../../src/excel/requirements';
import type { SnapshotRequest, WorkbookSnapshot, WritePlan } from '../../src/port/workbookPort';

export function readOfficeSnapshot(request?: SnapshotRequest): Promise<WorkbookSnapshot> {
  return runExcel((ctx) => readSnapshotIn(ctx, request), { readOnly: true });
}

/** Applies a plan; the gated features it had to leave out on this Excel. */
export async function applyOfficePlan(plan: WritePlan): Promise<GatedFeature[]> {
  return (await runExcel((ctx) => applyIn(ctx, plan))).skipped;
}
