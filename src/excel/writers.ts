/**
 * What the pane needs only when it writes, in a chunk loaded on the first write: the template planner
 * and the repairer of the CLI, the Office.js apply, and the Review sheet planner.
 */
import { planInsertTemplates } from '../layout/planner';
import { planRepair, repairChangeText } from '../workbook/repair';
import { repairRefusalNote } from '../workbook/repairGuard';
import { leftoversOfPublished } from '../workbook/publishedLeftovers';
import { planStateChange } from '../workbook/stateChange';
import { planLineCompletion } from '../workbook/lineCompletion';

export interface BudgetWriters {
  planInsertTemplates: typeof planInsertTemplates;
  planRepair: typeof planRepair;
  repairChangeText: typeof repairChangeText;
  repairRefusalNote: typeof repairRefusalNote;
  leftoversOfPublished: typeof leftoversOfPublished;
  planStateChange: typeof planStateChange;
  planLineCompletion: typeof planLineCompletion;
}

export const WRITERS: BudgetWriters = {
  planInsertTemplates,
  planRepair,
  repairChangeText,
  repairRefusalNote,
  leftoversOfPublished,
  planStateChange,
  planLineCompletion,
};

export { applyIn } from './officeWrite';
export { planReviewSheet } from './reviewSheetPlan';
export { applyStateChange } from './stateChangeApply';
