/**
 * The workbook port over Office.js: the same two verbs as the .xlsx adapter, a snapshot read and a plan
 * applied (officeRead.ts: one sync when the sheets are named; officeWrite.ts: one sync per plan). They
 * take a context, so a pane action reads and writes within one Excel.run (excelBackend.ts).
 */
export { readSnapshotIn } from './officeRead';
export { applyIn, queuePlan, splitHeaderFooter } from './officeWrite';
export { columnWidthPoints } from '../port/workbookPort';
