/**
 * `?preset=budget`: a workbook that already holds a budget (Kentucky's example, written as `build` would).
 * The sandbox's build writes it once into a fake workbook and saves it as data (presetSnapshot.node.ts,
 * fakeSnapshot.ts); the page opens that data. A page served without it (the development server) writes it
 * here, through the product's own planner and Office.js path, before the pane starts.
 */
import { budgetFromParsed } from '../budget/budgetFromJson';
import type { ParsedBudgetJson } from '../budget/budgetJson';
import { writeBudgetWorkbook } from '../excel/writeBudget';
import { SANDBOX_BUDGET } from './sandboxBudget';

/** Writes the sandbox budget into the workbook behind the `Excel` global, with the product's own planner. */
export async function writePresetBudget(): Promise<void> {
  // Taken as the reader would give it, without zod (test/budget/sandboxBudget.test.ts reads it as a budget
  // JSON, to the same budget): the page starts without building the budget JSON's schema.
  const budget = budgetFromParsed(SANDBOX_BUDGET as ParsedBudgetJson, SANDBOX_BUDGET.state, SANDBOX_BUDGET.fiscalYear);
  await writeBudgetWorkbook(budget);
}
