/**
 * What the pane needs only when it writes, in a chunk loaded on the first write: the template planner
 * and the repairer of the CLI, the Office.js apply, and the Review sheet planner.
 */
import { planInsertTemplates } from '../layout/planner';
import { planRepair } from '../workbook/repair';

export interface BudgetWriters {
  planInsertTemplates: typeof planInsertTemplates;
  planRepair: typeof planRepair;
}

export const WRITERS: BudgetWriters = { planInsertTemplates, planRepair };

export { applyIn } from './officeWrite';
export { planReviewSheet } from './reviewSheetPlan';
