/** The Review sheet plan: a free name, links that survive any sheet name, the figures of the domain. */
import { english } from '../support/words';
import { evaluateBudget, placesOf } from '../../src/budget';
import { cellLinkFormula, planReviewSheet } from '../../src/excel/reviewSheetPlan';
import { freeSheetName } from '../../src/port/workbookPort';
import { budgetOf, exampleJson } from '../support/budgets';

it('never takes a sheet name that exists, whatever its case', () => {
  expect(freeSheetName('Review', ['Sheet1'])).toBe('Review');
  expect(freeSheetName('Review', ['review', 'Review (2)'])).toBe('Review (3)');
});

it('links to a cell of any sheet name, quotes and apostrophes included', () => {
  expect(cellLinkFormula('Appendix F', 'G88')).toBe(`=HYPERLINK("#'Appendix F'!G88","Appendix F!G88")`);
  expect(cellLinkFormula(`Bob's "F"`, 'A1')).toBe(`=HYPERLINK("#'Bob''s ""F""'!A1","Bob's ""F""!A1")`);
  // Every name quoted: "A1" and "TRUE" would otherwise read as a cell and a boolean, and the link go nowhere.
  expect(cellLinkFormula('Checks', 'B2')).toBe(`=HYPERLINK("#'Checks'!B2","Checks!B2")`);
  expect(cellLinkFormula('A1', 'B2')).toBe(`=HYPERLINK("#'A1'!B2","A1!B2")`);
  expect(cellLinkFormula('TRUE', 'A1')).toBe(`=HYPERLINK("#'TRUE'!A1","TRUE!A1")`);
});

it('writes the findings, the figures and the date as values, links as formulas', () => {
  const budget = budgetOf(exampleJson('nc-example'));
  budget.places = placesOf({ 'totals.administration': { sheet: 'Appendix F', cell: 'F93' } });
  const evaluation = evaluateBudget(budget);
  const { sheet, plan } = planReviewSheet({
    existingSheets: ['Review'],
    stateName: 'North Carolina',
    fiscalYear: 2012,
    evaluation,
    at: new Date('2026-11-22T15:00:00Z'),
  });
  expect(sheet).toBe('Review (2)');
  expect(plan.ops[0]).toEqual({ op: 'addSheet', sheet: 'Review (2)', tabColor: '#C00000' });
  const cells = plan.ops.find((o) => o.op === 'cells');
  if (cells?.op !== 'cells') throw new Error('no cells op');
  const flat = cells.rows.flat();
  const values = flat.map((c) => (c.kind === 'value' ? c.value : c.kind === 'formula' ? c.formula : null));
  expect(values).toContain('Reviewed 2026-11-22 15:00:00 UTC with Grant Budget');
  expect(values).toContain(evaluation.totals.administration / 100);
  expect(values).toContain('=HYPERLINK("#\'Appendix F\'!F93","Appendix F!F93")');
  // Messages are user-facing text: values, never formulas.
  for (const f of evaluation.findings)
    expect(flat).toContainEqual(expect.objectContaining({ kind: 'value', value: english(f.message) }));
  expect(flat.filter((c) => c.kind === 'formula')).toHaveLength(
    evaluation.findings.filter((f) => f.sheet && f.cell).length,
  );
});
