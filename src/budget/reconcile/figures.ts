/**
 * Both sides of a reconciliation as one list of figures each, keyed by what a figure means (section,
 * category, column) rather than where it stands: the budget's own SF-424A and the submitted form,
 * whose activities may be in another order. Labels come from the form's tables (sf424aTables.ts).
 */
import type { Cents } from '../money';
import { CATEGORY_TITLES, OBJECT_CLASSES, type CategoryKey, type Sf424a } from '../sf424a';
import { SECTION_B_XML, SECTION_D_XML } from '../sf424aOutput';
import { A_COLUMNS, C_COLUMNS, D_COLUMNS, D_ROWS } from '../sf424aTables';
import type { CategoryMatch } from './matchCategories';
import type { SubmittedForm, SubmittedItem } from './submittedForm';

export interface Figure {
  section: 'A' | 'B' | 'C' | 'D' | 'F';
  line: string;
  column: string;
  category: CategoryKey | null;
  label: string;
  amount: Cents | null;
  text: string | null;
  /** A text field the form leaves out (an optional element absent, not empty): a note, never a difference. */
  absent?: boolean;
}

/**
 * The grouping the form has: each category to the category its figures are compared under. A category
 * the form combines with others (one activity for Administration and Program) goes to the first of them,
 * and both sides sum their figures there; any other category is its own.
 */
export type Grouping = ReadonlyMap<CategoryKey, CategoryKey>;

/** The grouping the matches give: the categories of every combined activity merged, across sections. */
export function groupingOf(matches: CategoryMatch[], order: readonly CategoryKey[]): Map<CategoryKey, CategoryKey> {
  const groups: Set<CategoryKey>[] = [];
  for (const m of matches) {
    if (!m.categories || m.categories.length < 2) continue;
    const members = new Set(m.categories);
    for (const g of groups.filter((x) => [...x].some((k) => members.has(k)))) {
      for (const k of g) members.add(k);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(members);
  }
  const out = new Map<CategoryKey, CategoryKey>();
  for (const g of groups) {
    const first = order.find((k) => g.has(k)) ?? [...g][0];
    if (first) for (const k of g) out.set(k, first);
  }
  return out;
}

/** Section A and C columns as SF424A-V1.0 names them, by the form's column letter. */
export const A_XML = [
  ['c', 'BudgetFederalEstimatedUnobligatedAmount'],
  ['d', 'BudgetNonFederalEstimatedUnobligatedAmount'],
  ['e', 'BudgetFederalNewOrRevisedAmount'],
  ['f', 'BudgetNonFederalNewOrRevisedAmount'],
  ['g', 'BudgetTotalNewOrRevisedAmount'],
] as const;
export const C_XML = [
  ['b', 'BudgetApplicantContributionAmount'],
  ['c', 'BudgetStateContributionAmount'],
  ['d', 'BudgetOtherContributionAmount'],
  ['e', 'BudgetTotalContributionAmount'],
] as const;
export const D_XML_ROWS = [
  ['13', 'federal', 'BudgetFederalForecastedAmount'],
  ['14', 'nonFederal', 'BudgetNonFederalForecastedAmount'],
  ['15', 'total', 'BudgetTotalForecastedAmount'],
] as const;
export const D_COLUMN_OF = (key: (typeof SECTION_D_XML)[number][0]) => (key === 'year' ? 'Total' : key);

export type FigureKey = string;
export type Figures = Map<FigureKey, Figure>;

/** A figure's meaning: a category's row (or the totals line), and a column. Unmatched activities keep their place. */
export function figureKey(
  f: Pick<Figure, 'section' | 'line' | 'column' | 'category'>,
  unmatchedOrTotal: boolean,
): FigureKey {
  if (f.section === 'B') return `B|${f.line}|${unmatchedOrTotal ? `#${f.column}` : f.category}`;
  return `${f.section}|${unmatchedOrTotal ? `#${f.line}` : f.category}|${f.column}`;
}

/** Files a figure under its meaning; two figures of one meaning (categories the form combines) add up. */
function put(out: Figures, f: Figure, byPlace: boolean): void {
  const key = figureKey(f, byPlace || f.category === null);
  const there = out.get(key);
  if (there && there.amount !== null && f.amount !== null) there.amount += f.amount;
  else if (!there) out.set(key, f);
}

const grouped = (grouping: Grouping, k: CategoryKey | null) => (k === null ? null : (grouping.get(k) ?? k));

const amountFigure = (
  section: Figure['section'],
  line: string,
  column: string,
  category: CategoryKey | null,
  label: string,
  amount: Cents,
): Figure => ({
  section,
  line,
  column,
  category,
  label,
  amount,
  text: null,
});

/** The figures the budget gives: its SF-424A. Blank fields of the form count as zero. */
export function computedFigures(form: Sf424a, grouping: Grouping = new Map()): Figures {
  const out: Figures = new Map();
  const aRow = (line: string, category: CategoryKey | null, row: string, values: Record<string, Cents>) => {
    for (const [col] of A_XML)
      put(
        out,
        amountFigure('A', line, col, category, `${row}: ${A_COLUMNS[col]}`, values[col] ?? 0),
        category === null,
      );
  };
  form.sectionA.lines.forEach((l, i) => {
    const k = grouped(grouping, l.category);
    put(
      out,
      {
        ...amountFigure('A', String(i + 1), 'b', k, `${l.activity}: ${A_COLUMNS.b}`, 0),
        amount: null,
        text: l.cfda,
      },
      false,
    );
    aRow(String(i + 1), k, l.activity, { e: l.federal, f: l.nonFederal, g: l.total });
  });
  const t = form.sectionA.totals;
  aRow('5', null, 'Totals', { e: t.federal, f: t.nonFederal, g: t.total });
  for (const oc of OBJECT_CLASSES) {
    form.categories.forEach((k, i) =>
      put(
        out,
        amountFigure(
          'B',
          oc.line,
          String(i + 1),
          grouped(grouping, k),
          oc.label,
          form.sectionB.categories[k]?.[oc.key] ?? 0,
        ),
        false,
      ),
    );
    put(out, amountFigure('B', oc.line, '5', null, oc.label, form.sectionB.totals[oc.key]), true);
  }
  const cRow = (line: string, category: CategoryKey | null, row: string, values: Record<string, Cents>) => {
    for (const [col] of C_XML)
      put(
        out,
        amountFigure('C', line, col, category, `${row}: ${C_COLUMNS[col]}`, values[col] ?? 0),
        category === null,
      );
  };
  form.sectionC.lines.forEach((l, i) =>
    cRow(String(8 + i), grouped(grouping, l.category), l.program, { b: l.applicant, e: l.total }),
  );
  cRow('12', null, 'TOTAL', { b: form.sectionC.totals.applicant, e: form.sectionC.totals.total });
  for (const [line, row] of D_XML_ROWS) {
    for (const [key] of SECTION_D_XML) {
      const col = D_COLUMN_OF(key);
      put(out, amountFigure('D', line, col, null, `${D_ROWS[line]}: ${D_COLUMNS[col]}`, form.sectionD[row][key]), true);
    }
  }
  put(
    out,
    { ...amountFigure('F', '22', '', null, 'Indirect Charges', 0), amount: null, text: form.sectionF.indirectCharges },
    true,
  );
  return out;
}

/** The category an item's figures are compared under: its own, or its group's (a combined activity). */
function categoryOf(
  matches: CategoryMatch[],
  grouping: Grouping,
  section: 'A' | 'B' | 'C',
  line: string,
): CategoryKey | null {
  const m = matches.find((x) => x.section === section && x.line === line);
  return grouped(grouping, m?.category ?? m?.categories?.[0] ?? null);
}

const rowTitle = (it: SubmittedItem, category: CategoryKey | null) =>
  it.title || (category ? CATEGORY_TITLES[category] : `activity ${it.position}`);

/** The figures of the submitted form, each under the category its activity was matched to. */
export function submittedFigures(
  form: SubmittedForm,
  matches: CategoryMatch[],
  grouping: Grouping = new Map(),
): Figures {
  const out: Figures = new Map();
  const at = { form, matches, grouping, out };
  sectionAFigures(at);
  sectionBFigures(at);
  sectionCFigures(at);
  sectionDFigures(at);
  put(
    out,
    { ...amountFigure('F', '22', '', null, 'Indirect Charges', 0), amount: null, text: form.other.indirectCharges },
    true,
  );
  return out;
}

/** What the sections' figures are read from, and where they go. */
interface FigureSource {
  form: SubmittedForm;
  matches: CategoryMatch[];
  grouping: Grouping;
  out: Figures;
}

/** Section A: each activity's CFDA number and amounts, then line 5. */
function sectionAFigures({ form, matches, grouping, out }: FigureSource): void {
  const aRow = (
    line: string,
    category: CategoryKey | null,
    row: string,
    amounts: Map<string, Cents>,
    isTotal: boolean,
  ) => {
    for (const [col, name] of A_XML)
      put(out, amountFigure('A', line, col, category, `${row}: ${A_COLUMNS[col]}`, amounts.get(name) ?? 0), isTotal);
  };
  for (const it of form.summary) {
    const line = String(it.position);
    const k = categoryOf(matches, grouping, 'A', line);
    put(
      out,
      {
        ...amountFigure('A', line, 'b', k, `${rowTitle(it, k)}: ${A_COLUMNS.b}`, 0),
        amount: null,
        text: it.cfda ?? '',
        ...(it.cfda === null ? { absent: true } : {}),
      },
      false,
    );
    aRow(line, k, rowTitle(it, k), it.amounts, false);
  }
  aRow('5', null, 'Totals', form.summaryTotals, true);
}

/** Section B: each object class by activity (column) and in total (5). */
function sectionBFigures({ form, matches, grouping, out }: FigureSource): void {
  for (const [key, name] of SECTION_B_XML) {
    const oc = OBJECT_CLASSES.find((o) => o.key === key);
    if (!oc) continue;
    for (const it of form.categories) {
      const column = String(it.position);
      const k = categoryOf(matches, grouping, 'B', column);
      put(out, amountFigure('B', oc.line, column, k, oc.label, it.amounts.get(name) ?? 0), false);
    }
    put(out, amountFigure('B', oc.line, '5', null, oc.label, form.categoryTotals.get(name) ?? 0), true);
  }
}

/** Section C: each activity's non-Federal resources (lines 8 to 11), then line 12. */
function sectionCFigures({ form, matches, grouping, out }: FigureSource): void {
  const cRow = (
    line: string,
    category: CategoryKey | null,
    row: string,
    amounts: Map<string, Cents>,
    isTotal: boolean,
  ) => {
    for (const [col, name] of C_XML)
      put(out, amountFigure('C', line, col, category, `${row}: ${C_COLUMNS[col]}`, amounts.get(name) ?? 0), isTotal);
  };
  for (const it of form.resources) {
    const line = String(7 + it.position);
    const k = categoryOf(matches, grouping, 'C', line);
    cRow(line, k, rowTitle(it, k), it.amounts, false);
  }
  cRow('12', null, 'TOTAL', form.resourceTotals, true);
}

/** Section D: the forecast, Federal and non-Federal, year and quarters. */
function sectionDFigures({ form, out }: FigureSource): void {
  for (const [line, , name] of D_XML_ROWS) {
    for (const [key, element] of SECTION_D_XML) {
      const col = D_COLUMN_OF(key);
      const figure = amountFigure(
        'D',
        line,
        col,
        null,
        `${D_ROWS[line]}: ${D_COLUMNS[col]}`,
        form.forecast.get(element)?.get(name) ?? 0,
      );
      put(out, figure, true);
    }
  }
}
