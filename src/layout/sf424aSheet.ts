/**
 * The SF-424A (Budget Information, Non-Construction Programs) laid out like the form, Sections A to F
 * with their line numbers and column letters, every figure a live formula over Appendix F, read as
 * RULES.md says: four categories (Administration, Program, 100% State Funds, Private Sector On-Site
 * Consultation); a line's Federal Share spread over its Administration and Program amounts by the
 * helper column Q of Appendix F (the same cents as the domain's federalSplit).
 *
 * The form lists a category only when it holds money, except Administration and Program (RULES.md),
 * and `grant-budget sf424a` does so. The sheet keeps a row (and a Section B column) for each of the
 * four categories, so its cells never move when figures change, but a 100% State or Private Sector row
 * is blank while its category holds no money, numbered as the form numbers it when it does; Section C
 * lists the categories with Non-Federal money the same way. Fields the form leaves blank (Section A
 * (c) and (d), Section C (c) and (d), Section E) are blank here too, totals included.
 */
import { CATEGORY_KEYS, CATEGORY_TITLES, OBJECT_CLASSES, type CategoryKey } from '../budget';
import { sheetRef } from '../workbook/port';
import type { AppendixFRows } from './appendixF';
import { F_HEADER } from './appendixF';
import { footer, type LayoutContext } from './context';
import { N } from './names';
import { SheetModel, absolute } from './sheetModel';
import * as S from './styles';

/** Where the SF-424A figures stand, for tests and the reader's checks. */
export interface Sf424aCells {
  sectionA: Record<CategoryKey, { federal: string; nonFederal: string; total: string }>;
  sectionATotals: { federal: string; nonFederal: string; total: string };
  /** Section B: object class key → category (or 'total') → cell. */
  sectionB: Record<string, Record<CategoryKey | 'total', string>>;
  /** Section C: the line of each category (blank while it has no Non-Federal money). */
  sectionC: Record<CategoryKey, { applicant: string; total: string }>;
  sectionCTotals: { applicant: string; total: string };
  /** Money fields the form leaves blank: Section A (c) and (d), Section C (c) and (d), Section E. */
  blankFields: string[];
  sectionD: Record<'federal' | 'nonFederal' | 'total', Record<'year' | 'q1' | 'q2' | 'q3' | 'q4', string>>;
  indirectText: string;
}

/** Section B lines 6a-6k, from the domain's object classes (line 7, program income, is laid out apart). */
const B_LINES = OBJECT_CLASSES.filter((oc) => oc.key !== 'programIncome').map((oc) => ({ key: oc.key, letter: `${oc.line.slice(1)}.`, label: oc.label }));

const CAT_COLS: Record<CategoryKey, string> = { administration: 'C', program: 'D', state100: 'E', privateSectorConsultation: 'F' };

/** The categories the form always lists (RULES.md); the others only when they hold money. */
const ALWAYS_SHOWN: readonly CategoryKey[] = ['administration', 'program'];

/** Column of the helper cells "category on the form" beside Section A (outside the print area). */
const SHOWN_COL = 'J';

/**
 * 1 when the category holds money in some object class of Section B (as the domain's holdsMoney):
 * State 100% money in column J of Appendix F, private-sector consultation in helper columns N and O.
 * Always 1 for Administration and Program.
 */
function holdsMoneyFormula(k: CategoryKey, F: (cell: string) => string, f: AppendixFRows): string {
  if (ALWAYS_SHOWN.includes(k)) return '1';
  // One row per object class (travel's two blocks as its subtotal), as the form adds them.
  const s = f.sections;
  const rows = [s.personnel, s.fringe, s.equipment, s.supplies, s.contractual, s.other].map((b) => b.subtotal).concat(f.travelTotal, f.indirect);
  const amount = (row: number) => (k === 'state100' ? `N(${F(`J${row}`)})` : `N(${F(`N${row}`)})+N(${F(`O${row}`)})`);
  return `IF(OR(${rows.map((row) => `ROUND((${amount(row)})*100,0)<>0`).join(',')}),1,0)`;
}

export function buildSf424a(ctx: LayoutContext, f: AppendixFRows): { model: SheetModel; cells: Sf424aCells } {
  const m = new SheetModel(ctx.sheets.sf424a);
  const F = (cell: string) => `${sheetRef(ctx.sheets.appendixF)}!${cell}`;
  const J = f.totalCharges;
  const catTitle = (k: CategoryKey) =>
    k === 'privateSectorConsultation' && !ctx.allowsPsc ? `${CATEGORY_TITLES[k]} (KY, PR, WA only)` : CATEGORY_TITLES[k];

  m.value('A', 1, 'BUDGET INFORMATION - Non-Construction Programs (SF-424A)', S.title);
  m.merge('A1:H1');
  m.formula('A', 2, `"State: "&${F(F_HEADER.state)}&"    Fiscal year: "&${F(F_HEADER.fiscalYear)}&"    Every figure is a formula over Appendix F."`, S.note);
  m.merge('A2:H2');

  // Section A.
  let r = 4;
  m.value('A', r, 'SECTION A - BUDGET SUMMARY', S.sectionTitle);
  m.fillRow(r, 'B', 'H', S.sectionTitle);
  m.merge(`A${r}:H${r}`);
  r++;
  const aHead = r;
  m.value('A', r, null, S.head);
  m.value('B', r, 'Grant Program Function or Activity (a)', S.head);
  m.value('C', r, 'Catalog of Federal Domestic Assistance Number (b)', S.head);
  m.value('D', r, 'Estimated Unobligated Funds: Federal (c)', S.head);
  m.value('E', r, 'Estimated Unobligated Funds: Non-Federal (d)', S.head);
  m.value('F', r, 'New or Revised Budget: Federal (e)', S.head);
  m.value('G', r, 'New or Revised Budget: Non-Federal (f)', S.head);
  m.value('H', r, 'New or Revised Budget: Total (g)', S.head);
  r++;
  // Section B comes later but Section A needs its 6k row: compute the rows first.
  const bStart = r + CATEGORY_KEYS.length + 2; // after the A lines: line 5, a blank row, then the B title
  const bHead = bStart + 1;
  const bRow = (key: string) => bHead + 2 + B_LINES.findIndex((l) => l.key === key);
  const sectionA = {} as Sf424aCells['sectionA'];
  const blankFields: string[] = [];
  const aFirst = r;
  /** The helper cell (column J, not printed) that says whether a category is on the form: 1 or 0. */
  const shownCell = (k: CategoryKey) => `$${SHOWN_COL}$${aFirst + CATEGORY_KEYS.indexOf(k)}`;
  /** `x` where the category is on the form, else a blank. */
  const ifShown = (k: CategoryKey, x: string) => (ALWAYS_SHOWN.includes(k) ? x : `IF(${shownCell(k)}=1,${x},"")`);
  m.value(SHOWN_COL, aHead, 'helper: category on the form (1/0)', S.helperHead);
  CATEGORY_KEYS.forEach((k, i) => {
    m.formula(SHOWN_COL, r, holdsMoneyFormula(k, F, f), S.helperFlag);
    // The line's number on the form: the optional categories take the next free number.
    const number = ALWAYS_SHOWN.includes(k) ? null : `(${i + 1}-${CATEGORY_KEYS.slice(0, i).filter((x) => !ALWAYS_SHOWN.includes(x)).map((x) => `(1-${shownCell(x)})`).join('-') || '0'})&"."`;
    if (number === null) m.value('A', r, `${i + 1}.`, S.label);
    else m.formula('A', r, ifShown(k, number), S.label);
    if (ALWAYS_SHOWN.includes(k)) {
      m.value('B', r, catTitle(k), S.label);
      m.value('C', r, ctx.pack.cfda, { ...S.label, align: 'center' });
    } else {
      m.formula('B', r, ifShown(k, JSON.stringify(catTitle(k))), S.label);
      m.formula('C', r, ifShown(k, JSON.stringify(ctx.pack.cfda)), { ...S.label, align: 'center' });
    }
    m.value('D', r, null, S.formulaMoney);
    m.value('E', r, null, S.formulaMoney);
    blankFields.push(`D${r}`, `E${r}`);
    const federal =
      k === 'administration' ? F(`Q${J}`) : k === 'program' ? `${F(`H${J}`)}-${F(`Q${J}`)}-${F(`P${J}`)}-${F(`S${J}`)}` : k === 'state100' ? '0' : F(`P${J}`);
    const total = `${CAT_COLS[k]}${bRow('total')}`;
    m.formula('F', r, ifShown(k, federal), S.formulaMoney);
    m.formula('G', r, ifShown(k, `${total}-F${r}`), S.formulaMoney);
    m.formula('H', r, ifShown(k, total), S.formulaMoney);
    sectionA[k] = { federal: `F${r}`, nonFederal: `G${r}`, total: `H${r}` };
    r++;
  });
  const aTotal = r;
  m.value('A', r, '5.', S.boldLabel);
  m.value('B', r, 'Totals', S.boldLabel);
  m.value('C', r, null, S.plain);
  for (const c of ['D', 'E']) m.value(c, r, null, S.totalMoney);
  blankFields.push(`D${r}`, `E${r}`);
  for (const c of ['F', 'G', 'H']) m.formula(c, r, `SUM(${c}${aFirst}:${c}${r - 1})`, S.totalMoney);
  m.name(N.sfSectionA, `A${aHead}:H${aTotal}`, 'SF-424A Section A, lines 1 to 5');
  m.name(N.sfTotal, `H${aTotal}`, 'SF-424A Section A line 5 (g): the budget total');
  r += 2;

  // Section B.
  m.value('A', r, 'SECTION B - BUDGET CATEGORIES', S.sectionTitle);
  m.fillRow(r, 'B', 'H', S.sectionTitle);
  m.merge(`A${r}:H${r}`);
  r++;
  m.value('A', r, null, S.head);
  m.value('B', r, '6. Object Class Categories', S.head);
  m.value('C', r, 'GRANT PROGRAM, FUNCTION OR ACTIVITY', S.head);
  m.fillRow(r, 'D', 'F', S.head);
  m.merge(`C${r}:F${r}`);
  m.value('G', r, 'Total (5)', S.head);
  r++;
  m.value('A', r, null, S.head);
  m.value('B', r, null, S.head);
  CATEGORY_KEYS.forEach((k) => {
    const number = `A${aFirst + CATEGORY_KEYS.indexOf(k)}`;
    if (ALWAYS_SHOWN.includes(k)) m.formula(CAT_COLS[k], r, `"("&LEFT(${number},LEN(${number})-1)&") "&${JSON.stringify(catTitle(k))}`, S.head);
    else m.formula(CAT_COLS[k], r, ifShown(k, `"("&LEFT(${number},LEN(${number})-1)&") "&${JSON.stringify(catTitle(k))}`), S.head);
  });
  m.value('G', r, null, S.head);
  r++;
  const sourceRow: Record<string, number | null> = {
    personnel: f.sections.personnel.subtotal,
    fringeBenefits: f.sections.fringe.subtotal,
    travel: f.travelTotal,
    equipment: f.sections.equipment.subtotal,
    supplies: f.sections.supplies.subtotal,
    contractual: f.sections.contractual.subtotal,
    other: f.sections.other.subtotal,
    construction: null,
  };
  const sectionB: Sf424aCells['sectionB'] = {};
  const bFirst = r;
  for (const line of B_LINES) {
    m.value('A', r, line.letter, line.key === 'total' ? S.boldLabel : S.label);
    m.value('B', r, line.label, line.key === 'total' || line.key === 'totalDirect' ? S.boldLabel : S.label);
    const style = line.key === 'total' || line.key === 'totalDirect' ? S.totalMoney : S.formulaMoney;
    const cells = {} as Record<CategoryKey | 'total', string>;
    for (const k of CATEGORY_KEYS) {
      const c = CAT_COLS[k];
      let formula: string;
      if (line.key === 'totalDirect') formula = `SUM(${c}${bFirst}:${c}${r - 1})`;
      else if (line.key === 'total') formula = `${c}${bRow('totalDirect')}+${c}${bRow('indirect')}`;
      else if (line.key === 'indirect') {
        const ir = f.indirect;
        formula = k === 'administration' ? `N(${F(`F${ir}`)})` : k === 'state100' ? `N(${F(`J${ir}`)})` : '0';
      } else {
        const src = sourceRow[line.key];
        if (src === null || src === undefined) formula = '0';
        else if (k === 'administration') formula = `${F(`F${src}`)}-${F(`N${src}`)}`;
        else if (k === 'program') formula = `${F(`G${src}`)}-${F(`O${src}`)}`;
        else if (k === 'state100') formula = F(`J${src}`);
        else formula = `${F(`N${src}`)}+${F(`O${src}`)}`;
      }
      m.formula(c, r, ifShown(k, formula), style);
      cells[k] = `${c}${r}`;
    }
    m.formula('G', r, `SUM(C${r}:F${r})`, style);
    cells.total = `G${r}`;
    sectionB[line.key] = cells;
    r++;
  }
  // Line 7: program income, under Program and in column (5); never added into 6k.
  m.value('A', r, '7.', S.label);
  m.value('B', r, 'Program Income', S.label);
  const income = `N(${F(F_HEADER.programIncome)})`;
  const incomeCells = {} as Record<CategoryKey | 'total', string>;
  for (const k of CATEGORY_KEYS) {
    m.formula(CAT_COLS[k], r, ifShown(k, k === 'program' ? income : '0'), S.formulaMoney);
    incomeCells[k] = `${CAT_COLS[k]}${r}`;
  }
  m.formula('G', r, `SUM(C${r}:F${r})`, S.formulaMoney);
  incomeCells.total = `G${r}`;
  sectionB.programIncome = incomeCells;
  m.name(N.sfSectionB, `A${bHead}:G${r}`, 'SF-424A Section B, lines 6 and 7');
  r += 2;

  // Section C.
  m.value('A', r, 'SECTION C - NON-FEDERAL RESOURCES', S.sectionTitle);
  m.fillRow(r, 'B', 'H', S.sectionTitle);
  m.merge(`A${r}:H${r}`);
  r++;
  const cHead = r;
  ['', '(a) Grant Program', '(b) Applicant', '(c) State', '(d) Other Sources', '(e) TOTALS'].forEach((h, i) => m.value(String.fromCharCode(65 + i), r, h || null, S.head));
  r++;
  const cFirst = r;
  const sectionC = {} as Sf424aCells['sectionC'];
  CATEGORY_KEYS.forEach((k) => {
    // A line for each category with Non-Federal money, numbered from 8 in the order of Section A.
    const nonFederal = sectionA[k].nonFederal;
    const shown = `ROUND(N(${nonFederal})*100,0)<>0`;
    const number = r === cFirst ? '"8."' : `(8+COUNT(C${cFirst}:C${r - 1}))&"."`;
    m.formula('A', r, `IF(${shown},${number},"")`, S.label);
    m.formula('B', r, `IF(${shown},${JSON.stringify(catTitle(k))},"")`, S.label);
    m.formula('C', r, `IF(${shown},${nonFederal},"")`, S.formulaMoney);
    m.value('D', r, null, S.formulaMoney);
    m.value('E', r, null, S.formulaMoney);
    m.formula('F', r, `IF(${shown},C${r},"")`, S.formulaMoney);
    sectionC[k] = { applicant: `C${r}`, total: `F${r}` };
    blankFields.push(`D${r}`, `E${r}`);
    r++;
  });
  m.value('A', r, '12.', S.boldLabel);
  m.value('B', r, 'TOTAL (sum of lines 8-11)', S.boldLabel);
  for (const c of ['C', 'F']) m.formula(c, r, `SUM(${c}${cFirst}:${c}${r - 1})`, S.totalMoney);
  for (const c of ['D', 'E']) m.value(c, r, null, S.totalMoney);
  blankFields.push(`D${r}`, `E${r}`);
  const cTotal = r;
  m.name(N.sfSectionC, `A${cHead}:F${cTotal}`, 'SF-424A Section C, lines 8 to 12');
  r += 2;

  // Section D.
  m.value('A', r, 'SECTION D - FORECASTED CASH NEEDS', S.sectionTitle);
  m.fillRow(r, 'B', 'H', S.sectionTitle);
  m.merge(`A${r}:H${r}`);
  r++;
  const dHead = r;
  ['', '', 'Total for 1st Year', '1st Quarter', '2nd Quarter', '3rd Quarter', '4th Quarter'].forEach((h, i) => m.value(String.fromCharCode(65 + i), r, h || null, S.head));
  r++;
  const sectionD = {} as Sf424aCells['sectionD'];
  const typed = { federal: F_HEADER.cashFederal, nonFederal: F_HEADER.cashNonFederal };
  const dRows = { federal: r, nonFederal: r + 1, total: r + 2 };
  for (const [key, num, text, yearCell] of [
    ['federal', '13.', 'Federal', `F${aTotal}`],
    ['nonFederal', '14.', 'Non-Federal', `G${aTotal}`],
  ] as const) {
    const row = dRows[key];
    m.value('A', row, num, S.label);
    m.value('B', row, text, S.label);
    m.formula('C', row, yearCell, S.formulaMoney);
    const typedRange = F(absolute(typed[key]));
    const typedCells = cellsOf(typed[key]);
    ['D', 'E', 'F', 'G'].forEach((c, i) => {
      const y = `ROUND(C${row}*100,0)`;
      const even = `SIGN(${y})*(INT(ABS(${y})/4)+IF(MOD(ABS(${y}),4)>=${i + 1},1,0))/100`;
      m.formula(c, row, `IF(COUNT(${typedRange})=0,${even},N(${F(typedCells[i] as string)}))`, S.formulaMoney);
    });
    sectionD[key] = { year: `C${row}`, q1: `D${row}`, q2: `E${row}`, q3: `F${row}`, q4: `G${row}` };
  }
  const tr = dRows.total;
  m.value('A', tr, '15.', S.boldLabel);
  m.value('B', tr, 'TOTAL (sum of lines 13 and 14)', S.boldLabel);
  for (const c of ['C', 'D', 'E', 'F', 'G']) m.formula(c, tr, `${c}${dRows.federal}+${c}${dRows.nonFederal}`, S.totalMoney);
  sectionD.total = { year: `C${tr}`, q1: `D${tr}`, q2: `E${tr}`, q3: `F${tr}`, q4: `G${tr}` };
  m.name(N.sfSectionD, `A${dHead}:G${tr}`, 'SF-424A Section D, lines 13 to 15');
  r = tr + 2;

  // Section E: blank for a one-year grant.
  m.value('A', r, 'SECTION E - BUDGET ESTIMATES OF FEDERAL FUNDS NEEDED FOR BALANCE OF THE PROJECT', S.sectionTitle);
  m.fillRow(r, 'B', 'H', S.sectionTitle);
  m.merge(`A${r}:H${r}`);
  r++;
  const eHead = r;
  ['', '(a) Grant Program', 'FUTURE FUNDING PERIODS (YEARS): (b) First', '(c) Second', '(d) Third', '(e) Fourth'].forEach((h, i) =>
    m.value(String.fromCharCode(65 + i), r, h || null, S.head),
  );
  r++;
  for (let i = 0; i < 4; i++, r++) {
    m.value('A', r, `${16 + i}.`, S.label);
    m.value('B', r, null, S.label);
    for (const c of ['C', 'D', 'E', 'F']) m.value(c, r, null, S.formulaMoney);
  }
  m.value('A', r, '20.', S.boldLabel);
  m.value('B', r, 'TOTAL (sum of lines 16 - 19)', S.boldLabel);
  for (const c of ['C', 'D', 'E', 'F']) m.value(c, r, null, S.totalMoney);
  blankFields.push(...['C', 'D', 'E', 'F'].map((c) => `${c}${r}`));
  m.name(N.sfSectionE, `A${eHead}:F${r}`, 'SF-424A Section E (blank for a one-year grant)');
  r += 2;

  // Section F.
  m.value('A', r, 'SECTION F - OTHER BUDGET INFORMATION', S.sectionTitle);
  m.fillRow(r, 'B', 'H', S.sectionTitle);
  m.merge(`A${r}:H${r}`);
  r++;
  const fFirst = r;
  m.value('A', r, '21.', S.label);
  m.value('B', r, 'Direct Charges:', S.label);
  m.value('C', r, null, S.inputText);
  m.fillRow(r, 'D', 'H', S.inputText);
  m.merge(`C${r}:H${r}`);
  r++;
  m.value('A', r, '22.', S.label);
  m.value('B', r, 'Indirect Charges:', S.label);
  const rate = F(`B${f.indirect}`);
  const base = F(`C${f.indirect}`);
  const full = `ROUND(${rate}*100,4)&"%"&IF(TRIM(${base})="",""," of "&TRIM(${base}))`;
  m.formula('C', r, `IF(ISNUMBER(${rate}),IF(LEN(${full})<=50,${full},TRIM(LEFT(${full},49))&"…"),"")`, S.formulaText);
  m.fillRow(r, 'D', 'H', S.formulaText);
  m.merge(`C${r}:H${r}`);
  const indirectText = `C${r}`;
  r++;
  m.value('A', r, '23.', S.label);
  m.value('B', r, 'Remarks:', S.label);
  m.value('C', r, null, S.inputText);
  m.fillRow(r, 'D', 'H', S.inputText);
  m.merge(`C${r}:H${r}`);
  m.name(N.sfSectionF, `A${fFirst}:H${r}`, 'SF-424A Section F, lines 21 to 23');

  m.widths = [
    { column: 'A', width: 6 },
    { column: 'B', width: 38 },
    ...['C', 'D', 'E', 'F', 'G', 'H'].map((column) => ({ column, width: 19 })),
  ];
  m.print = { landscape: true, fitToWidth: 1, fitToHeight: 0, titleRows: '1:2', footer: footer(ctx, 'SF-424A'), area: `A1:H${r}` };
  m.tabColor = '#70AD47';
  if (aHead + CATEGORY_KEYS.length + 1 !== aTotal || bStart !== aTotal + 2) throw new Error('SF-424A layout: Section B rows were mis-computed');

  return {
    model: m,
    cells: {
      sectionA,
      sectionATotals: { federal: `F${aTotal}`, nonFederal: `G${aTotal}`, total: `H${aTotal}` },
      sectionB,
      sectionC,
      sectionCTotals: { applicant: `C${cTotal}`, total: `F${cTotal}` },
      blankFields,
      sectionD,
      indirectText,
    },
  };
}

/** The cells of a one-row range, left to right: "D6:G6" → D6, E6, F6, G6. */
function cellsOf(range: string): string[] {
  const [a, b] = range.split(':');
  const m1 = /^([A-Z])(\d+)$/.exec(a ?? '');
  const m2 = /^([A-Z])(\d+)$/.exec(b ?? a ?? '');
  if (!m1 || !m2) return [];
  const out: string[] = [];
  for (let c = (m1[1] as string).charCodeAt(0); c <= (m2[1] as string).charCodeAt(0); c++) out.push(`${String.fromCharCode(c)}${m1[2]}`);
  return out;
}
