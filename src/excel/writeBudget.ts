/**
 * Writes a whole budget into the open workbook as `grant-budget build` writes a file: the templates of
 * its State, filled in. Used by the sandbox (a workbook that already holds a budget) and the benchmark;
 * 2 round trips (the read of what the workbook has, then every write).
 */
import type { Budget } from '../budget';
import { planInsertTemplates } from '../layout/planner';
import { applyIn, readSnapshotIn } from './officePort';

export async function writeBudgetWorkbook(budget: Budget): Promise<void> {
  await Excel.run(async (ctx) => {
    const snapshot = await readSnapshotIn(ctx, { sheets: [] });
    await applyIn(
      ctx,
      planInsertTemplates(snapshot, { state: budget.state, fiscalYear: budget.fiscalYear, budget }).plan,
    );
  });
}
