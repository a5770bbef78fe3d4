/** The SF-424A tables of the pane: the form's lines and columns, the copy text of each section. */
import { centsToDecimalText, evaluateBudget } from '../../src/budget';
import { sectionTables, sectionTsv } from '../../src/budget/sf424aTables';
import { budgetOf, exampleJson } from '../support/budgets';

const { sf424a } = evaluateBudget(budgetOf(exampleJson('pr-example')));
const tables = sectionTables(sf424a);
const table = (s: string) => tables.find((t) => t.section === s)!;

it('has the six sections of the form, in order', () => {
  expect(tables.map((t) => t.section)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
});

it('lays out Section B as lines 6a-6k and 7 by the categories of Section A and a Total column', () => {
  const b = table('B');
  expect(b.rows.map((r) => r.line)).toEqual(['6a', '6b', '6c', '6d', '6e', '6f', '6g', '6h', '6i', '6j', '6k', '7']);
  expect(b.columns.map((c) => c.label)).toEqual([
    ...sf424a.sectionA.lines.map((l, i) => `(${i + 1}) ${l.activity}`),
    '(5) Total',
  ]);
  const k = b.rows.find((r) => r.line === '6k')!;
  expect(k.cells.map((c) => c?.copy)).toEqual([
    ...sf424a.categories.map((cat) => centsToDecimalText(sf424a.sectionB.categories[cat]!.total)),
    centsToDecimalText(sf424a.sectionB.totals.total),
  ]);
});

it('copies a section as tab-separated lines that foot like the form', () => {
  const rows = sectionTsv(table('B'))
    .trimEnd()
    .split('\r\n')
    .map((r) => r.split('\t'));
  expect(rows[0]![0]).toBe('Line');
  const k = rows.find((r) => r[0] === '6k')!;
  const parts = k.slice(2, -1).map((x) => Math.round(Number(x) * 100));
  expect(parts.reduce((a, b) => a + b, 0)).toBe(Math.round(Number(k[k.length - 1]) * 100));
  expect(Math.round(Number(k[k.length - 1]) * 100)).toBe(sf424a.sectionA.totals.total);
});

it('shows Section A without the blank unobligated columns, and Section F as text', () => {
  expect(table('A').columns.map((c) => c.key)).toEqual(['e', 'f', 'g']);
  expect(table('A').rows[0]!.label).toBe('Administration (CFDA 17.503)');
  const totals = table('A').rows.find((r) => r.line === '5')!;
  expect(totals.cells.map((c) => c?.copy ?? '')).toEqual([
    centsToDecimalText(sf424a.sectionA.totals.federal),
    centsToDecimalText(sf424a.sectionA.totals.nonFederal),
    centsToDecimalText(sf424a.sectionA.totals.total),
  ]);
  const f22 = table('F').rows.find((r) => r.line === '22')!;
  expect(f22.cells[0]?.display).toBe(sf424a.sectionF.indirectCharges);
  expect(sf424a.sectionF.indirectCharges).not.toBe('');
});

it("copies Section A as Grants.gov's columns: the activity in (a), the CFDA number in (b), never in the name", () => {
  const rows = sectionTsv(table('A'))
    .trimEnd()
    .split('\r\n')
    .map((r) => r.split('\t'));
  expect(rows[0]!.slice(0, 5)).toEqual([
    'Line',
    '(a) Activity',
    '(b) CFDA',
    '(c) Unobligated Federal',
    '(d) Unobligated Non-Federal',
  ]);
  const first = rows[1]!;
  expect(first.slice(0, 5)).toEqual(['1', sf424a.sectionA.lines[0]!.activity, '17.503', '', '']);
  expect(first[1]).not.toContain('17.503');
  expect(rows.at(-1)!.slice(0, 3)).toEqual(['5', 'Totals', '']);
  // The pane's table still names the CFDA by the activity, where the copy is not.
  expect(table('A').rows[0]!.label).toContain('(CFDA 17.503)');
});
