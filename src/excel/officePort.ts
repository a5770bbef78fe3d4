/**
 * The workbook port over Office.js: the same two verbs as the .xlsx adapter, each one round trip
 * (officeRead.ts: one sync when the sheets are named; officeWrite.ts: one sync per plan). The *In
 * functions take a context so an action can read and write within one Excel.run.
 */
import type { SnapshotRequest, WorkbookPort, WorkbookSnapshot, WritePlan } from '../port/workbookPort';
import { runExcel } from './excelRun';
import { readSnapshotIn } from './officeRead';
import { applyIn } from './officeWrite';
import type { GatedFeature } from './requirements';

export { readSnapshotIn } from './officeRead';
export { applyIn, queuePlan, splitHeaderFooter, columnWidthPoints } from './officeWrite';

/** The port itself, one Excel.run per verb, with the cell-edit retry. */
export class OfficeWorkbookPort implements WorkbookPort {
  /** Gated features the last apply skipped, for the pane to mention. */
  lastSkipped: GatedFeature[] = [];

  readSnapshot(request?: SnapshotRequest): Promise<WorkbookSnapshot> {
    return runExcel((ctx) => readSnapshotIn(ctx, request), { readOnly: true });
  }

  async apply(plan: WritePlan): Promise<void> {
    this.lastSkipped = await runExcel((ctx) => applyIn(ctx, plan));
  }
}
