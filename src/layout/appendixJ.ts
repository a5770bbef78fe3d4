/**
 * Appendix J (KY, PR, WA only): Projected On-Site Consultation Program Activities (Private Sector).
 * TOTAL VISITS = a + b; each Total column = Safety + Health; the percentage row divides by the total
 * visits and shows a blank, never #DIV/0!, when there are none.
 */
import type { Consultation, NamedSafetyHealth, SafetyHealth } from '../budget';
import { footer, type LayoutContext } from './context';
import { N } from './names';
import { SheetModel } from './sheetModel';
import * as S from './styles';

/** Blank rows of the published template in each list. */
export const J_PUBLISHED_ROWS = { industries: 3, hazards: 3, measures: 3 } as const;

/** A numbered heading: its number in A, its words in B. */
function heading(m: SheetModel, r: number, num: string, text: string): void {
  m.value('A', r, num, S.boldLabel);
  m.value('B', r, text, S.boldLabel);
}

/** A Safety/Health row: letter, name (typed for a list's rows), the two counts and their total. */
function shRow(
  m: SheetModel,
  r: number,
  letter: string,
  name: string | null,
  v: SafetyHealth | undefined,
  nameInput: boolean,
): void {
  // A row of a list (a name typed) is a line a person may delete: none of its cells is locked, its
  // Total an unlocked convenience that no total depends on.
  m.value('A', r, letter, nameInput ? S.unlocked(S.label) : S.label);
  m.value('B', r, name, nameInput ? S.inputText : S.label);
  m.value('C', r, v?.safety ?? null, S.inputCount);
  m.value('D', r, v?.health ?? null, S.inputCount);
  m.formula('E', r, `N(C${r})+N(D${r})`, nameInput ? S.unlocked(S.lineCount) : S.lineCount);
}

const letters = (i: number) => `${String.fromCharCode(97 + (i % 26))}.`;

/** Rows 1 to 5: the title, the State, the instructions' note and the column heads. */
function titleRows(m: SheetModel, ctx: LayoutContext): void {
  m.value(
    'A',
    1,
    'Projected On-Site Consultation Program Activities (Private Sector) for States Plans Without a (21)d Program (Kentucky, Puerto Rico, and Washington) (Appendix J)',
    {
      ...S.title,
      wrap: true,
    },
  );
  m.merge('A1:E1');
  m.value('A', 2, ctx.state.name, S.subtitle);
  m.value(
    'A',
    3,
    'Consultation Projects in state-plan states that have not adopted Federal measures and goals (Replace the Emphasis Industries, Emphasis Hazards and Agency Measures as appropriate to your program).',
    S.note,
  );
  m.merge('A3:E3');
  m.value('A', 5, 'ACTIVITY & AREAS OF EMPHASIS', S.head);
  m.value('B', 5, null, S.head);
  m.merge('A5:B5');
  m.value('C', 5, 'Safety', S.head);
  m.value('D', 5, 'Health', S.head);
  m.value('E', 5, 'Total', S.head);
}

/** Items 1 to 3 (rows 6 to 10): total visits = a + b, emphasis visits, and their percentage (blank, never #DIV/0!). */
function visitRows(m: SheetModel, c: Consultation | undefined): void {
  heading(m, 6, '1.', 'TOTAL VISITS');
  m.formula('C', 6, 'N(C7)+N(C8)', S.totalCount);
  m.formula('D', 6, 'N(D7)+N(D8)', S.totalCount);
  m.formula('E', 6, 'C6+D6', S.totalCount);
  shRow(m, 7, 'a.', 'Construction', c?.visits.construction, false);
  shRow(m, 8, 'b.', 'Non-construction', c?.visits.nonConstruction, false);
  heading(m, 9, '2.', 'Total Area of Emphasis Visits');
  m.value('C', 9, c?.emphasisVisits?.safety ?? null, S.inputCount);
  m.value('D', 9, c?.emphasisVisits?.health ?? null, S.inputCount);
  m.formula('E', 9, 'N(C9)+N(D9)', S.totalCount);
  heading(m, 10, '3.', 'Percentage Area of Emphasis Visits of Total Visits');
  for (const col of ['C', 'D', 'E']) {
    const num = col === 'E' ? 'E9' : `N(${col}9)`;
    m.formula(col, 10, `IF(ROUND(${col}6,0)=0,"",${num}/${col}6)`, S.formulaPercent);
  }
  m.name(N.jTotalVisits, 'C6:E6', 'Appendix J: 1. total visits');
  m.name(N.jVisits, 'C7:D8', 'Appendix J: visits, a. construction and b. non-construction (Safety, Health)');
  m.name(N.jEmphasisVisits, 'C9:D9', 'Appendix J: 2. area of emphasis visits (Safety, Health)');
  m.name(N.jPercentage, 'C10:E10', 'Appendix J: 3. percentage of emphasis visits');
}

interface EmphasisList {
  num: string;
  text: string;
  defaultName: string;
  items: NamedSafetyHealth[];
  published: number;
  nameBase: string;
}

/** Items 4 and 5: a heading that totals its named rows and a spare row, from row `r`; returns the row after it. */
function emphasisList(m: SheetModel, ctx: LayoutContext, r: number, l: EmphasisList): number {
  const head = r;
  heading(m, r, l.num, l.text);
  r++;
  const count = ctx.rowCounts?.[l.nameBase] ?? l.published + l.items.length;
  for (let i = 0; i < count; i++, r++) {
    const it = l.items[i];
    shRow(m, r, letters(i), it ? it.name : null, it, true);
    if (!it) m.put('B', r, { kind: 'value', value: null, style: { ...S.inputText } });
  }
  if (count > 0) m.unlockedRows.push([head + 1, r - 1]);
  const spareRow = r++;
  m.fillRow(spareRow, 'A', 'E', S.spare);
  // From the heading to the spare row, so that a row inserted anywhere in the list is inside the rule.
  m.validate(`C${head}:D${spareRow}`, S.countRule);
  for (const col of ['C', 'D']) m.formula(col, head, `SUM(${col}${head + 1}:${col}${spareRow})`, S.totalCount);
  // Safety + Health, not the rows' own Totals: a row inserted with Excel's command has none.
  m.formula('E', head, `C${head}+D${head}`, S.totalCount);
  m.name(l.nameBase, `A${head}:E${spareRow}`, `Appendix J: ${l.text} (${l.defaultName} rows) and the spare row`);
  return r;
}

/** Safety and Health of a measure: greyed, not asked; unlocked like every cell of a list's row. */
const MEASURE_GREY = S.unlocked({ ...S.plain, fill: S.GREY_FILL });

/** Item 6: agency measures, a name and a total each (Safety and Health greyed), from row `r`; returns the row after its spare row. */
function measuresList(m: SheetModel, ctx: LayoutContext, r: number, measures: Consultation['agencyMeasures']): number {
  const mHead = r;
  // A heading of words only, unlocked, so that a row inserted under it can be typed in (its cells beyond
  // the table stay locked: the heading itself cannot be deleted).
  m.value('A', r, '6.', S.unlocked(S.boldLabel));
  m.value('B', r, 'Activities related to Agency Measures', S.unlocked(S.boldLabel));
  r++;
  const mCount = ctx.rowCounts?.[N.jMeasures] ?? J_PUBLISHED_ROWS.measures + measures.length;
  for (let i = 0; i < mCount; i++, r++) {
    const it = measures[i];
    m.value('A', r, letters(i), S.unlocked(S.label));
    m.value('B', r, it ? it.name : null, S.inputText);
    m.style('C', r, MEASURE_GREY);
    m.style('D', r, MEASURE_GREY);
    m.value('E', r, it?.total ?? null, S.inputCount);
  }
  if (mCount > 0) m.unlockedRows.push([mHead + 1, r - 1]);
  m.validate(`E${mHead}:E${r}`, S.countRule);
  const mSpare = r++;
  m.fillRow(mSpare, 'A', 'E', S.spare);
  m.name(N.jMeasures, `A${mHead}:E${mSpare}`, 'Appendix J: agency measures (name, total) and the spare row');
  return r;
}

/** Item 7: SHARP sites, total = a. new + b. current, at row `r`; returns the rows of a and b. */
function sharpRows(m: SheetModel, c: Consultation | undefined, r: number): { sharpNew: number; sharpCurrent: number } {
  heading(m, r, '7.', 'TOTAL SHARP SITES');
  const sharpTotal = r;
  const sharpNew = r + 1;
  const sharpCurrent = r + 2;
  m.value('A', sharpNew, 'a.', S.label);
  m.value('B', sharpNew, 'New', S.label);
  m.value('C', sharpNew, c?.sharp?.new ?? null, S.inputCount);
  m.value('A', sharpCurrent, 'b.', S.label);
  m.value('B', sharpCurrent, 'Current', S.label);
  m.value('C', sharpCurrent, c?.sharp?.current ?? null, S.inputCount);
  m.formula('C', sharpTotal, `N(C${sharpNew})+N(C${sharpCurrent})`, S.totalCount);
  m.name(N.jSharp, `C${sharpNew}:C${sharpCurrent}`, 'Appendix J: SHARP sites, a. new and b. current');
  return { sharpNew, sharpCurrent };
}

/** Items 8 to 10: one count each, from row `r`; returns the row after them. */
function singleCounts(m: SheetModel, c: Consultation | undefined, r: number): number {
  const singles: [string, string, number | null | undefined, string][] = [
    ['8.', 'TOTAL RENEWALS', c?.renewals, N.jRenewals],
    ['9.', 'TOTAL PRE-SHARP SITES', c?.preSharp, N.jPreSharp],
    ['10.', 'Total Interventions (Form 66)', c?.interventions, N.jInterventions],
  ];
  for (const [num, text, v, name] of singles) {
    heading(m, r, num, text);
    m.value('C', r, v ?? null, S.inputCount);
    m.validate(`C${r}`, S.countRule);
    m.name(name, `C${r}`, `Appendix J: ${text}`);
    r++;
  }
  return r;
}

export function buildAppendixJ(ctx: LayoutContext): SheetModel {
  const m = new SheetModel(ctx.sheets.appendixJ);
  const c = ctx.budget?.consultation;
  titleRows(m, ctx);
  visitRows(m, c);
  let r = emphasisList(m, ctx, 11, {
    num: '4.',
    text: 'Emphasis Industries',
    defaultName: 'Emphasis Industry',
    items: c?.emphasisIndustries ?? [],
    published: J_PUBLISHED_ROWS.industries,
    nameBase: N.jIndustries,
  });
  r = emphasisList(m, ctx, r, {
    num: '5.',
    text: 'Emphasis Safety & Health Hazards',
    defaultName: 'Emphasis Hazard',
    items: c?.emphasisHazards ?? [],
    published: J_PUBLISHED_ROWS.hazards,
    nameBase: N.jHazards,
  });
  r = measuresList(m, ctx, r, c?.agencyMeasures ?? []);
  // A blank row, then SHARP's three rows.
  const { sharpNew, sharpCurrent } = sharpRows(m, c, r + 1);
  const last = singleCounts(m, c, sharpCurrent + 1) - 1;
  m.validate(`C7:D9`, S.countRule);
  m.validate(`C${sharpNew}:C${sharpCurrent}`, S.countRule);

  m.widths = [
    { column: 'A', width: 6 },
    { column: 'B', width: 52 },
    { column: 'C', width: 14 },
    { column: 'D', width: 14 },
    { column: 'E', width: 14 },
  ];
  m.print = {
    landscape: true,
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: '1:2',
    footer: footer(ctx, 'Appendix J'),
    area: `A1:E${last}`,
  };
  m.tabColor = '#7030A0';
  return m;
}
