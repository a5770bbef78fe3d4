/**
 * Issue 19, item 5: "go to" lands where the fix is typed. A total finding leads to its largest line, not the
 * locked total; a personnel line whose Total Cost is not salary × FTE leads to its salary and FTE; a State Match
 * typed wrong on a line is named, at its own cell, not "correct the split" at Program.
 */
import { evaluateBudget, placesOf, type Budget } from '../../src/budget';
import { budgetOf, line } from '../support/budgets';
import { inEnglish } from '../support/words';

const F = 'Appendix F';

function placed(budget: Budget, rows: Record<string, number>): Budget {
  const record: Record<string, { sheet: string; cell: string }> = {
    'totals.administration': { sheet: F, cell: 'F93' },
    'totals.federal': { sheet: F, cell: 'H93' },
    'totals.stateMatch': { sheet: F, cell: 'I93' },
  };
  for (const [prefix, row] of Object.entries(rows))
    for (const [field, col] of Object.entries({
      annualSalary: 'D',
      fte: 'E',
      administration: 'F',
      program: 'G',
      federal: 'H',
      stateMatch: 'I',
      total: 'K',
    }))
      record[`${prefix}.${field}`] = { sheet: F, cell: `${col}${row}` };
  budget.places = placesOf(record);
  return budget;
}

test('a total finding leads to its largest line, where the amount is typed, not to the locked total', () => {
  const budget = placed(
    budgetOf({ state: 'KY', other: [line('Rent', 'administration', 1000), line('Phones', 'administration', 5000)] }),
    { 'other[0]': 81, 'other[1]': 82 },
  );
  const cap = evaluateBudget(budget).findings.find((f) => f.code === 'ADMIN_CAP_EXCEEDED')!;
  expect(cap.cell).toBe('F93');
  expect(cap.fix).toEqual({ sheet: F, cell: 'F82' });
});

test("a personnel line's Total Cost leads to its salary and FTE", () => {
  const budget = placed(
    budgetOf({
      state: 'KY',
      personnel: [
        { title: 'Director', annualSalary: 60000, fte: 1, administration: 30000, federal: 15000, stateMatch: 15000 },
      ],
    }),
    { 'personnel[0]': 12 },
  );
  const f = evaluateBudget(budget).findings.find((x) => x.code === 'PERSONNEL_COST_MISMATCH')!;
  expect(f.cell).toBe('K12');
  expect(f.fix).toEqual({ sheet: F, cell: 'D12:E12' });
});

test('a State Match typed wrong on a line is named at its own cell', () => {
  const budget = placed(
    budgetOf({ state: 'KY', other: [{ item: 'Rent', program: 70000, federal: 35000, stateMatch: 3500 }] }),
    { 'other[0]': 81 },
  );
  const [f] = inEnglish(evaluateBudget(budget).findings.filter((x) => x.code === 'LINE_SPLIT_MISMATCH'));
  expect(f?.cell).toBe('I81');
  expect(f?.message).toBe(
    'G. Other, line 1 (Rent): State Match ($3,500.00) differs from Federal Share ($35,000.00), and Administration + Program ($70,000.00) is twice the latter: correct State Match.',
  );
  expect(f?.headline).toBe('State Match differs from Federal Share: correct State Match');
  // A split that is simply wrong still points at the split.
  const wrongSplit = placed(
    budgetOf({ state: 'KY', other: [{ item: 'Rent', program: 60000, federal: 35000, stateMatch: 35000 }] }),
    { 'other[0]': 81 },
  );
  expect(evaluateBudget(wrongSplit).findings.find((x) => x.code === 'LINE_SPLIT_MISMATCH')?.cell).toBe('G81');
});
