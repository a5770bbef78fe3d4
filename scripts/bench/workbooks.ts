/**
 * Workbooks for the benchmarks: synthetic budgets (test/support/syntheticBudget.ts) written by the
 * product's own writer (the plan of src/layout applied by src/xlsx, exactly what `build` writes).
 */
import { type Budget } from '../../src/budget';
import { budgetFromJsonValue } from '../../src/budget/budgetJson';
import { planNewWorkbook } from '../../src/layout/planner';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { syntheticBudgetJson } from '../../test/support/syntheticBudget';

export function syntheticBudget(lines: number, seed = 23, state = 'MI'): Budget {
  const r = budgetFromJsonValue(syntheticBudgetJson({ lines, seed, state }));
  if (!r.ok)
    throw new Error('synthetic budget invalid: ' + r.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return r.budget;
}

/** The .xlsx bytes `build` would write for the budget. */
export async function buildWorkbook(budget: Budget): Promise<Buffer> {
  const plan = planNewWorkbook({ state: budget.state, fiscalYear: budget.fiscalYear, budget });
  const wb = XlsxWorkbook.create('bench.xlsx');
  await wb.apply(plan.plan);
  return wb.toBuffer();
}
