/**
 * Appendix J (KY, PR, WA only): Projected On-Site Consultation Program Activities (Private Sector).
 * TOTAL VISITS = a + b; each Total column = Safety + Health; the percentage row divides by the total
 * visits and shows a blank, never #DIV/0!, when there are none.
 */
import type { NamedSafetyHealth } from '../budget';
import { footer, type LayoutContext } from './context';
import { N } from './names';
import { SheetModel } from './sheetModel';
import * as S from './styles';

/** Blank rows of the published template in each list. */
export const J_PUBLISHED_ROWS = { industries: 3, hazards: 3, measures: 3 } as const;

export function buildAppendixJ(ctx: LayoutContext): SheetModel {
  const m = new SheetModel(ctx.sheets.appendixJ);
  const c = ctx.budget?.consultation;
  m.value('A', 1, 'Projected On-Site Consultation Program Activities (Private Sector) for States Plans Without a (21)d Program (Kentucky, Puerto Rico, and Washington) (Appendix J)', {
    ...S.title,
    wrap: true,
  });
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

  const heading = (r: number, num: string, text: string) => {
    m.value('A', r, num, S.boldLabel);
    m.value('B', r, text, S.boldLabel);
  };
  const shRow = (r: number, letter: string, name: string | null, v: { safety: number | null; health: number | null } | undefined, nameInput: boolean) => {
    m.value('A', r, letter, S.label);
    m.value('B', r, name, nameInput ? S.inputText : S.label);
    m.value('C', r, v?.safety ?? null, S.inputCount);
    m.value('D', r, v?.health ?? null, S.inputCount);
    m.formula('E', r, `N(C${r})+N(D${r})`, S.lineCount);
  };

  heading(6, '1.', 'TOTAL VISITS');
  m.formula('C', 6, 'N(C7)+N(C8)', S.totalCount);
  m.formula('D', 6, 'N(D7)+N(D8)', S.totalCount);
  m.formula('E', 6, 'C6+D6', S.totalCount);
  shRow(7, 'a.', 'Construction', c?.visits.construction, false);
  shRow(8, 'b.', 'Non-construction', c?.visits.nonConstruction, false);
  heading(9, '2.', 'Total Area of Emphasis Visits');
  m.value('C', 9, c?.emphasisVisits?.safety ?? null, S.inputCount);
  m.value('D', 9, c?.emphasisVisits?.health ?? null, S.inputCount);
  m.formula('E', 9, 'N(C9)+N(D9)', S.totalCount);
  heading(10, '3.', 'Percentage Area of Emphasis Visits of Total Visits');
  for (const col of ['C', 'D', 'E']) {
    const num = col === 'E' ? 'E9' : `N(${col}9)`;
    m.formula(col, 10, `IF(ROUND(${col}6,0)=0,"",${num}/${col}6)`, S.formulaPercent);
  }
  m.name(N.jTotalVisits, 'C6:E6', 'Appendix J: 1. total visits');
  m.name(N.jVisits, 'C7:D8', 'Appendix J: visits, a. construction and b. non-construction (Safety, Health)');
  m.name(N.jEmphasisVisits, 'C9:D9', 'Appendix J: 2. area of emphasis visits (Safety, Health)');
  m.name(N.jPercentage, 'C10:E10', 'Appendix J: 3. percentage of emphasis visits');

  const letters = (i: number) => `${String.fromCharCode(97 + (i % 26))}.`;
  let r = 11;
  const list = (num: string, text: string, defaultName: string, items: NamedSafetyHealth[], published: number, nameBase: string) => {
    const head = r;
    heading(r, num, text);
    r++;
    const count = ctx.rowCounts?.[nameBase] ?? published + items.length;
    for (let i = 0; i < count; i++, r++) {
      const it = items[i];
      shRow(r, letters(i), it ? it.name : null, it, true);
      if (!it) m.put('B', r, { kind: 'value', value: null, style: { ...S.inputText } });
    }
    const spareRow = r++;
    m.fillRow(spareRow, 'A', 'E', S.spare);
    if (count > 0) m.validate(`C${head + 1}:D${spareRow - 1}`, S.countRule);
    for (const col of ['C', 'D', 'E']) m.formula(col, head, `SUM(${col}${head + 1}:${col}${spareRow})`, S.totalCount);
    m.name(nameBase, `A${head}:E${spareRow}`, `Appendix J: ${text} (${defaultName} rows) and the spare row`);
  };
  list('4.', 'Emphasis Industries', 'Emphasis Industry', c?.emphasisIndustries ?? [], J_PUBLISHED_ROWS.industries, N.jIndustries);
  list('5.', 'Emphasis Safety & Health Hazards', 'Emphasis Hazard', c?.emphasisHazards ?? [], J_PUBLISHED_ROWS.hazards, N.jHazards);

  const mHead = r;
  heading(r, '6.', 'Activities related to Agency Measures');
  r++;
  const measures = c?.agencyMeasures ?? [];
  const mCount = ctx.rowCounts?.[N.jMeasures] ?? J_PUBLISHED_ROWS.measures + measures.length;
  for (let i = 0; i < mCount; i++, r++) {
    const it = measures[i];
    m.value('A', r, letters(i), S.label);
    m.value('B', r, it ? it.name : null, S.inputText);
    m.style('C', r, { ...S.plain, fill: S.GREY_FILL });
    m.style('D', r, { ...S.plain, fill: S.GREY_FILL });
    m.value('E', r, it?.total ?? null, S.inputCount);
  }
  if (mCount > 0) m.validate(`E${mHead + 1}:E${r - 1}`, S.countRule);
  const mSpare = r++;
  m.fillRow(mSpare, 'A', 'E', S.spare);
  m.name(N.jMeasures, `A${mHead}:E${mSpare}`, 'Appendix J: agency measures (name, total) and the spare row');

  r++;
  heading(r, '7.', 'TOTAL SHARP SITES');
  const sharpTotal = r++;
  m.value('A', r, 'a.', S.label);
  m.value('B', r, 'New', S.label);
  m.value('C', r, c?.sharp?.new ?? null, S.inputCount);
  const sharpNew = r++;
  m.value('A', r, 'b.', S.label);
  m.value('B', r, 'Current', S.label);
  m.value('C', r, c?.sharp?.current ?? null, S.inputCount);
  const sharpCurrent = r++;
  m.formula('C', sharpTotal, `N(C${sharpNew})+N(C${sharpCurrent})`, S.totalCount);
  m.name(N.jSharp, `C${sharpNew}:C${sharpCurrent}`, 'Appendix J: SHARP sites, a. new and b. current');
  const single = (num: string, text: string, v: number | null | undefined, name: string) => {
    heading(r, num, text);
    m.value('C', r, v ?? null, S.inputCount);
    m.validate(`C${r}`, S.countRule);
    m.name(name, `C${r}`, `Appendix J: ${text}`);
    r++;
  };
  single('8.', 'TOTAL RENEWALS', c?.renewals, N.jRenewals);
  single('9.', 'TOTAL PRE-SHARP SITES', c?.preSharp, N.jPreSharp);
  single('10.', 'Total Interventions (Form 66)', c?.interventions, N.jInterventions);
  m.validate(`C7:D9`, S.countRule);
  m.validate(`C${sharpNew}:C${sharpCurrent}`, S.countRule);

  m.widths = [
    { column: 'A', width: 6 },
    { column: 'B', width: 52 },
    { column: 'C', width: 14 },
    { column: 'D', width: 14 },
    { column: 'E', width: 14 },
  ];
  m.print = { landscape: true, fitToWidth: 1, fitToHeight: 0, titleRows: '1:2', footer: footer(ctx, 'Appendix J'), area: `A1:E${r - 1}` };
  m.tabColor = '#7030A0';
  return m;
}
