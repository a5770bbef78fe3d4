/**
 * The submitted form checked against itself, before any comparison: each line and column foots, and
 * the identities that tie its sections together hold (Section B line 6k = Section A column (g),
 * Section C line 12 = Section A line 5 (f), Section D's year = Section A line 5, line 15 = 13 + 14).
 */
import type { Cents } from '../money';
import { DIRECT_OBJECT_CLASSES, OBJECT_CLASSES } from '../sf424a';
import { SECTION_B_XML, SECTION_D_XML } from '../sf424aOutput';
import { A_COLUMNS, C_COLUMNS, D_COLUMNS, D_ROWS } from '../sf424aTables';
import { A_XML, C_XML, D_COLUMN_OF, D_XML_ROWS } from './figures';
import type { SubmittedForm } from './submittedForm';

export interface FormError {
  section: 'A' | 'B' | 'C' | 'D';
  line: string;
  column: string;
  label: string;
  /** The identity that fails, in the form's terms: "B 6k (5) = A line 5 (g)". */
  rule: string;
  submitted: Cents;
  expected: Cents;
  difference: Cents;
}

const sum = (xs: Cents[]) => xs.reduce((s, x) => s + x, 0);
const get = (m: Map<string, Cents> | undefined, name: string) => m?.get(name) ?? 0;
const B = (key: string) => SECTION_B_XML.find(([k]) => k === key)?.[1] ?? key;
const LABEL_OF = (key: string) => OBJECT_CLASSES.find((o) => o.key === key)?.label ?? key;
const A_NAMES = Object.fromEntries(A_XML) as Record<(typeof A_XML)[number][0], string>;
const C_NAMES = Object.fromEntries(C_XML) as Record<(typeof C_XML)[number][0], string>;
const D_NAMES = Object.fromEntries(D_XML_ROWS.map(([line, , name]) => [line, name])) as Record<
  (typeof D_XML_ROWS)[number][0],
  string
>;

export function checkSubmittedForm(form: SubmittedForm): FormError[] {
  const out: FormError[] = [];
  const expect = (e: Omit<FormError, 'difference'>) => {
    if (e.submitted !== e.expected) out.push({ ...e, difference: e.submitted - e.expected });
  };
  checkSectionA(form, expect);
  checkSectionB(form, expect);
  checkSectionsCD(form, expect);
  return out;
}

type Expect = (e: Omit<FormError, 'difference'>) => void;

/** Section A: each line (g) = (c) + (d) + (e) + (f); line 5 = the sum of lines 1 to 4. */
function checkSectionA(form: SubmittedForm, expect: Expect): void {
  const aLines = [
    ...form.summary.map((it) => ({ line: String(it.position), m: it.amounts, row: it.title })),
    { line: '5', m: form.summaryTotals, row: 'Totals' },
  ];
  for (const { line, m, row } of aLines) {
    expect({
      section: 'A',
      line,
      column: 'g',
      label: `${row}: ${A_COLUMNS.g}`,
      rule: `A line ${line} (g) = (c) + (d) + (e) + (f)`,
      submitted: get(m, A_NAMES.g),
      expected: sum((['c', 'd', 'e', 'f'] as const).map((c) => get(m, A_NAMES[c]))),
    });
  }
  for (const col of ['c', 'd', 'e', 'f', 'g'] as const) {
    expect({
      section: 'A',
      line: '5',
      column: col,
      label: `Totals: ${A_COLUMNS[col]}`,
      rule: `A line 5 (${col}) = sum of lines 1-4`,
      submitted: get(form.summaryTotals, A_NAMES[col]),
      expected: sum(form.summary.map((it) => get(it.amounts, A_NAMES[col]))),
    });
  }
}

/** Section B: each column foots (6i = 6a..6h, 6k = 6i + 6j), column (5) is the sum of the others, and 6k is Section A's (g). */
function checkSectionB(form: SubmittedForm, expect: Expect): void {
  const columns = [
    ...form.categories.map((it) => ({ column: String(it.position), m: it.amounts })),
    { column: '5', m: form.categoryTotals },
  ];
  for (const { column, m } of columns) checkSectionBColumn(form, column, m, expect);
  for (const [key, name] of SECTION_B_XML) {
    const line = OBJECT_CLASSES.find((o) => o.key === key)?.line ?? key;
    expect({
      section: 'B',
      line,
      column: '5',
      label: LABEL_OF(key),
      rule: `B ${line} (5) = (1) + ... + (4)`,
      submitted: get(form.categoryTotals, name),
      expected: sum(form.categories.map((it) => get(it.amounts, name))),
    });
  }
}

function checkSectionBColumn(form: SubmittedForm, column: string, m: Map<string, Cents>, expect: Expect): void {
  expect({
    section: 'B',
    line: '6i',
    column,
    label: LABEL_OF('totalDirect'),
    rule: `B 6i (${column}) = 6a + ... + 6h`,
    submitted: get(m, B('totalDirect')),
    expected: sum(DIRECT_OBJECT_CLASSES.map((k) => get(m, B(k)))),
  });
  expect({
    section: 'B',
    line: '6k',
    column,
    label: LABEL_OF('total'),
    rule: `B 6k (${column}) = 6i + 6j`,
    submitted: get(m, B('total')),
    expected: get(m, B('totalDirect')) + get(m, B('indirect')),
  });
  const aLine =
    column === '5' ? form.summaryTotals : form.summary.find((it) => String(it.position) === column)?.amounts;
  const aName = column === '5' ? 'A line 5 (g)' : `A line ${column} (g)`;
  expect({
    section: 'B',
    line: '6k',
    column,
    label: LABEL_OF('total'),
    rule: `B 6k (${column}) = ${aName}`,
    submitted: get(m, B('total')),
    expected: get(aLine, A_NAMES.g),
  });
}

function checkSectionsCD(form: SubmittedForm, expect: Expect): void {
  // Section C: each line (e) = (b) + (c) + (d); line 12 = the sum of lines 8-11 and equals Section A line 5 (f).
  for (const it of form.resources) {
    const line = String(7 + it.position);
    expect({
      section: 'C',
      line,
      column: 'e',
      label: `${it.title}: ${C_COLUMNS.e}`,
      rule: `C line ${line} (e) = (b) + (c) + (d)`,
      submitted: get(it.amounts, C_NAMES.e),
      expected: sum((['b', 'c', 'd'] as const).map((c) => get(it.amounts, C_NAMES[c]))),
    });
  }
  for (const col of ['b', 'c', 'd', 'e'] as const) {
    expect({
      section: 'C',
      line: '12',
      column: col,
      label: `TOTAL: ${C_COLUMNS[col]}`,
      rule: `C line 12 (${col}) = sum of lines 8-11`,
      submitted: get(form.resourceTotals, C_NAMES[col]),
      expected: sum(form.resources.map((it) => get(it.amounts, C_NAMES[col]))),
    });
  }
  expect({
    section: 'C',
    line: '12',
    column: 'e',
    label: `TOTAL: ${C_COLUMNS.e}`,
    rule: 'C line 12 (e) = A line 5 (f)',
    submitted: get(form.resourceTotals, C_NAMES.e),
    expected: get(form.summaryTotals, A_NAMES.f),
  });
  // Section D: the year is Section A line 5; line 15 = 13 + 14; the quarters add up to the year.
  const d = (line: keyof typeof D_NAMES, element: string) => get(form.forecast.get(element), D_NAMES[line]);
  const aOf = { '13': 'e', '14': 'f', '15': 'g' } as const;
  for (const line of ['13', '14', '15'] as const) {
    const label = (col: string) => `${D_ROWS[line]}: ${D_COLUMNS[col]}`;
    expect({
      section: 'D',
      line,
      column: 'Total',
      label: label('Total'),
      rule: `D line ${line} year = A line 5 (${aOf[line]})`,
      submitted: d(line, 'BudgetFirstYearAmounts'),
      expected: get(form.summaryTotals, A_NAMES[aOf[line]]),
    });
    expect({
      section: 'D',
      line,
      column: 'Total',
      label: label('Total'),
      rule: `D line ${line} year = the sum of its quarters`,
      submitted: d(line, 'BudgetFirstYearAmounts'),
      expected: sum(SECTION_D_XML.filter(([k]) => k !== 'year').map(([, el]) => d(line, el))),
    });
  }
  for (const [key, element] of SECTION_D_XML) {
    const col = D_COLUMN_OF(key);
    expect({
      section: 'D',
      line: '15',
      column: col,
      label: `${D_ROWS['15']}: ${D_COLUMNS[col]}`,
      rule: `D line 15 = 13 + 14 (${D_COLUMNS[col]})`,
      submitted: d('15', element),
      expected: d('13', element) + d('14', element),
    });
  }
}
