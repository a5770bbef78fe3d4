/**
 * The sandbox's preset budget (src/sandbox/sandboxBudget.ts) is taken without zod when the page starts
 * (budgetFromParsed): read as a budget JSON, it is valid and gives the very same budget.
 */
import { budgetFromParsed } from '../../src/budget/budgetFromJson';
import { budgetFromJsonValue, type ParsedBudgetJson } from '../../src/budget/budgetJson';
import { SANDBOX_BUDGET } from '../../src/sandbox/sandboxBudget';

test('the sandbox budget is a valid budget JSON, and the page reads it to the same budget', () => {
  const read = budgetFromJsonValue(SANDBOX_BUDGET);
  expect(read).toEqual({ ok: true, budget: expect.anything() });
  if (!read.ok) return;
  expect(budgetFromParsed(SANDBOX_BUDGET as ParsedBudgetJson, SANDBOX_BUDGET.state, SANDBOX_BUDGET.fiscalYear)).toEqual(
    read.budget,
  );
});
