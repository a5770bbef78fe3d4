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
import {
  CATEGORIES_ALWAYS_ON_FORM,
  CATEGORY_KEYS,
  CATEGORY_TITLES,
  OBJECT_CLASSES,
  type CategoryKey,
  type ObjectClassKey,
} from '../budget';
import { columnLetter, sheetRef } from '../port/workbookPort';
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
const B_LINES = OBJECT_CLASSES.filter((oc) => oc.key !== 'programIncome').map((oc) => ({
  key: oc.key,
  letter: `${oc.line.slice(1)}.`,
  label: oc.label,
}));

const CAT_COLS: Record<CategoryKey, string> = {
  administration: 'C',
  program: 'D',
  state100: 'E',
  privateSectorConsultation: 'F',
};

/** The categories the form always lists (RULES.md); the others only when they hold money. */
const ALWAYS_SHOWN: readonly CategoryKey[] = CATEGORIES_ALWAYS_ON_FORM;

/** Column of the helper cells "category on the form" beside Section A (outside the print area). */
const SHOWN_COL = 'J';

/**
 * 1 when the category holds money in some object class of Section B (as the domain's holdsMoney):
 * State 100% money in column J of Appendix F, private-sector consultation in helper columns N and O.
 * Always 1 for Administration and Program.
 */
function holdsMoneyFormula(k: CategoryKey, F: (cell: string) => string, f: AppendixFRows): string {
  if (ALWAYS_SHOWN.includes(k)) return '1';
  // One row per object class (travel's two blocks as their subtotal), as the form adds them.
  const rows = [...Object.values(f.classRows), f.indirect];
  const amount = (row: number) => (k === 'state100' ? `N(${F(`J${row}`)})` : `N(${F(`N${row}`)})+N(${F(`O${row}`)})`);
  return `IF(OR(${rows.map((row) => `ROUND((${amount(row)})*100,0)<>0`).join(',')}),1,0)`;
}

/** What every section of the sheet shares while it is laid out. */
interface Form {
  m: SheetModel;
  ctx: LayoutContext;
  f: AppendixFRows;
  /** A cell of Appendix F, as the formulas refer to it. */
  F: (cell: string) => string;
  catTitle: (k: CategoryKey) => string;
  /** The first row of Section A's category lines (their helper cells say which are on the form). */
  aFirst: number;
  /** The row of a Section B line, by object class key. */
  bRow: (key: string) => number;
  blankFields: string[];
}

/** The helper cell (column J, not printed) that says whether a category is on the form: 1 or 0. */
const shownCell = (form: Form, k: CategoryKey) => `$${SHOWN_COL}$${form.aFirst + CATEGORY_KEYS.indexOf(k)}`;

/** `x` where the category is on the form, else a blank. */
const ifShown = (form: Form, k: CategoryKey, x: string) =>
  ALWAYS_SHOWN.includes(k) ? x : `IF(${shownCell(form, k)}=1,${x},"")`;

function sectionTitle(m: SheetModel, r: number, text: string): void {
  m.value('A', r, text, S.sectionTitle);
  m.fillRow(r, 'B', 'H', S.sectionTitle);
  m.merge(`A${r}:H${r}`);
}

/** Section A from row `r` (its title): lines 1 to 4, one per category, and line 5. */
function writeSectionA(form: Form, r: number): { sectionA: Sf424aCells['sectionA']; aHead: number; aTotal: number } {
  const { m, ctx, f, F } = form;
  const J = f.totalCharges;
  sectionTitle(m, r, 'SECTION A - BUDGET SUMMARY');
  const aHead = ++r;
  m.value('A', r, null, S.head);
  m.value('B', r, 'Grant Program Function or Activity (a)', S.head);
  m.value('C', r, 'Catalog of Federal Domestic Assistance Number (b)', S.head);
  m.value('D', r, 'Estimated Unobligated Funds: Federal (c)', S.head);
  m.value('E', r, 'Estimated Unobligated Funds: Non-Federal (d)', S.head);
  m.value('F', r, 'New or Revised Budget: Federal (e)', S.head);
  m.value('G', r, 'New or Revised Budget: Non-Federal (f)', S.head);
  m.value('H', r, 'New or Revised Budget: Total (g)', S.head);
  m.value(SHOWN_COL, aHead, 'helper: category on the form (1/0)', S.helperHead);
  r++;
  const sectionA = {} as Sf424aCells['sectionA'];
  CATEGORY_KEYS.forEach((k, i) => {
    m.formula(SHOWN_COL, r, holdsMoneyFormula(k, F, f), S.helperFlag);
    if (ALWAYS_SHOWN.includes(k)) {
      m.value('A', r, `${i + 1}.`, S.label);
      m.value('B', r, form.catTitle(k), S.label);
      m.value('C', r, ctx.pack.cfda, { ...S.label, align: 'center' });
    } else {
      // The line's number on the form: an optional category takes the next free number.
      const before = CATEGORY_KEYS.slice(0, i).filter((x) => !ALWAYS_SHOWN.includes(x));
      // A line number ("4.") never wraps: S.plain, so its row is not made taller for it.
      m.formula(
        'A',
        r,
        ifShown(form, k, `(${i + 1}-${before.map((x) => `(1-${shownCell(form, x)})`).join('-') || '0'})&"."`),
        S.plain,
      );
      m.formula('B', r, ifShown(form, k, JSON.stringify(form.catTitle(k))), S.label);
      m.formula('C', r, ifShown(form, k, JSON.stringify(ctx.pack.cfda)), { ...S.label, align: 'center' });
    }
    m.value('D', r, null, S.formulaMoney);
    m.value('E', r, null, S.formulaMoney);
    form.blankFields.push(`D${r}`, `E${r}`);
    const federal =
      k === 'administration'
        ? F(`Q${J}`)
        : k === 'program'
          ? `${F(`H${J}`)}-${F(`Q${J}`)}-${F(`P${J}`)}-${F(`S${J}`)}`
          : k === 'state100'
            ? '0'
            : F(`P${J}`);
    const total = `${CAT_COLS[k]}${form.bRow('total')}`;
    m.formula('F', r, ifShown(form, k, federal), S.formulaMoney);
    m.formula('G', r, ifShown(form, k, `${total}-F${r}`), S.formulaMoney);
    m.formula('H', r, ifShown(form, k, total), S.formulaMoney);
    sectionA[k] = { federal: `F${r}`, nonFederal: `G${r}`, total: `H${r}` };
    r++;
  });
  const aTotal = r;
  m.value('A', r, '5.', S.boldLabel);
  m.value('B', r, 'Totals', S.boldLabel);
  m.value('C', r, null, S.plain);
  for (const c of ['D', 'E']) m.value(c, r, null, S.totalMoney);
  form.blankFields.push(`D${r}`, `E${r}`);
  for (const c of ['F', 'G', 'H']) m.formula(c, r, `SUM(${c}${form.aFirst}:${c}${r - 1})`, S.totalMoney);
  m.name(N.sfSectionA, `A${aHead}:H${aTotal}`, 'SF-424A Section A, lines 1 to 5');
  m.name(N.sfTotal, `H${aTotal}`, 'SF-424A Section A line 5 (g): the budget total');
  return { sectionA, aHead, aTotal };
}

/** The formula of a Section B cell of lines 6a-6h, 6j: the category's share of an Appendix F row. */
function bCellFormula(form: Form, key: string, k: CategoryKey): string {
  const { f, F } = form;
  if (key === 'indirect') {
    const ir = f.indirect;
    return k === 'administration' ? `N(${F(`F${ir}`)})` : k === 'state100' ? `N(${F(`J${ir}`)})` : '0';
  }
  // The object class's total row in Appendix F; none for a class no section feeds (construction): 0.
  const src = f.classRows[key as ObjectClassKey];
  if (src === undefined) return '0';
  if (k === 'administration') return `${F(`F${src}`)}-${F(`N${src}`)}`;
  if (k === 'program') return `${F(`G${src}`)}-${F(`O${src}`)}`;
  if (k === 'state100') return F(`J${src}`);
  return `${F(`N${src}`)}+${F(`O${src}`)}`;
}

/** Section B from row `r` (its title): lines 6a-6k by category and in total, and line 7. */
function writeSectionB(form: Form, r: number): { sectionB: Sf424aCells['sectionB']; bStart: number; last: number } {
  const { m } = form;
  const bStart = r;
  sectionTitle(m, r, 'SECTION B - BUDGET CATEGORIES');
  const bHead = ++r;
  m.value('A', r, null, S.head);
  m.value('B', r, '6. Object Class Categories', S.head);
  m.value('C', r, 'GRANT PROGRAM, FUNCTION OR ACTIVITY', S.head);
  m.fillRow(r, 'D', 'F', S.head);
  m.merge(`C${r}:F${r}`);
  m.value('G', r, 'Total (5)', S.head);
  r++;
  m.value('A', r, null, S.head);
  m.value('B', r, null, S.head);
  for (const k of CATEGORY_KEYS) {
    // "(n) Title", n the category's line number in Section A.
    const number = `A${form.aFirst + CATEGORY_KEYS.indexOf(k)}`;
    m.formula(
      CAT_COLS[k],
      r,
      ifShown(form, k, `"("&LEFT(${number},LEN(${number})-1)&") "&${JSON.stringify(form.catTitle(k))}`),
      S.head,
    );
  }
  m.value('G', r, null, S.head);
  r++;
  const sectionB: Sf424aCells['sectionB'] = {};
  const bFirst = r;
  for (const line of B_LINES) {
    const bold = line.key === 'total' || line.key === 'totalDirect';
    m.value('A', r, line.letter, line.key === 'total' ? S.boldLabel : S.label);
    m.value('B', r, line.label, bold ? S.boldLabel : S.label);
    const style = bold ? S.totalMoney : S.formulaMoney;
    const cells = {} as Record<CategoryKey | 'total', string>;
    for (const k of CATEGORY_KEYS) {
      const c = CAT_COLS[k];
      const formula =
        line.key === 'totalDirect'
          ? `SUM(${c}${bFirst}:${c}${r - 1})`
          : line.key === 'total'
            ? `${c}${form.bRow('totalDirect')}+${c}${form.bRow('indirect')}`
            : bCellFormula(form, line.key, k);
      m.formula(c, r, ifShown(form, k, formula), style);
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
  const income = `N(${form.F(F_HEADER.programIncome)})`;
  const incomeCells = {} as Record<CategoryKey | 'total', string>;
  for (const k of CATEGORY_KEYS) {
    m.formula(CAT_COLS[k], r, ifShown(form, k, k === 'program' ? income : '0'), S.formulaMoney);
    incomeCells[k] = `${CAT_COLS[k]}${r}`;
  }
  m.formula('G', r, `SUM(C${r}:F${r})`, S.formulaMoney);
  incomeCells.total = `G${r}`;
  sectionB.programIncome = incomeCells;
  m.name(N.sfSectionB, `A${bHead}:G${r}`, 'SF-424A Section B, lines 6 and 7');
  return { sectionB, bStart, last: r };
}

/** Section C from row `r` (its title): a line for each category with Non-Federal money, and line 12. */
function writeSectionC(form: Form, r: number, sectionA: Sf424aCells['sectionA']) {
  const { m } = form;
  sectionTitle(m, r, 'SECTION C - NON-FEDERAL RESOURCES');
  const cHead = ++r;
  ['', '(a) Grant Program', '(b) Applicant', '(c) State', '(d) Other Sources', '(e) TOTALS'].forEach((h, i) =>
    m.value(columnLetter(i), r, h || null, S.head),
  );
  r++;
  const cFirst = r;
  const sectionC = {} as Sf424aCells['sectionC'];
  for (const k of CATEGORY_KEYS) {
    // Numbered from 8 in the order of Section A, as the form lists them.
    const nonFederal = sectionA[k].nonFederal;
    const shown = `ROUND(N(${nonFederal})*100,0)<>0`;
    const number = r === cFirst ? '"8."' : `(8+COUNT(C${cFirst}:C${r - 1}))&"."`;
    m.formula('A', r, `IF(${shown},${number},"")`, S.plain);
    m.formula('B', r, `IF(${shown},${JSON.stringify(form.catTitle(k))},"")`, S.label);
    m.formula('C', r, `IF(${shown},${nonFederal},"")`, S.formulaMoney);
    m.value('D', r, null, S.formulaMoney);
    m.value('E', r, null, S.formulaMoney);
    m.formula('F', r, `IF(${shown},C${r},"")`, S.formulaMoney);
    sectionC[k] = { applicant: `C${r}`, total: `F${r}` };
    form.blankFields.push(`D${r}`, `E${r}`);
    r++;
  }
  m.value('A', r, '12.', S.boldLabel);
  m.value('B', r, 'TOTAL (sum of lines 8-11)', S.boldLabel);
  for (const c of ['C', 'F']) m.formula(c, r, `SUM(${c}${cFirst}:${c}${r - 1})`, S.totalMoney);
  for (const c of ['D', 'E']) m.value(c, r, null, S.totalMoney);
  form.blankFields.push(`D${r}`, `E${r}`);
  m.name(N.sfSectionC, `A${cHead}:F${r}`, 'SF-424A Section C, lines 8 to 12');
  return { sectionC, cTotal: r };
}

/** Section D from row `r` (its title): the year's cash, typed quarters or four equal ones. */
function writeSectionD(form: Form, r: number, aTotal: number): { sectionD: Sf424aCells['sectionD']; last: number } {
  const { m, F } = form;
  sectionTitle(m, r, 'SECTION D - FORECASTED CASH NEEDS');
  const dHead = ++r;
  ['', '', 'Total for 1st Year', '1st Quarter', '2nd Quarter', '3rd Quarter', '4th Quarter'].forEach((h, i) =>
    m.value(columnLetter(i), r, h || null, S.head),
  );
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
  for (const c of ['C', 'D', 'E', 'F', 'G'])
    m.formula(c, tr, `${c}${dRows.federal}+${c}${dRows.nonFederal}`, S.totalMoney);
  sectionD.total = { year: `C${tr}`, q1: `D${tr}`, q2: `E${tr}`, q3: `F${tr}`, q4: `G${tr}` };
  m.name(N.sfSectionD, `A${dHead}:G${tr}`, 'SF-424A Section D, lines 13 to 15');
  return { sectionD, last: tr };
}

/** Sections E (blank for a one-year grant) and F from row `r`; returns the cell of line 22 and the last row. */
function writeSectionsEF(form: Form, r: number): { indirectText: string; last: number } {
  const { m, f, F } = form;
  sectionTitle(m, r, 'SECTION E - BUDGET ESTIMATES OF FEDERAL FUNDS NEEDED FOR BALANCE OF THE PROJECT');
  const eHead = ++r;
  [
    '',
    '(a) Grant Program',
    'FUTURE FUNDING PERIODS (YEARS): (b) First',
    '(c) Second',
    '(d) Third',
    '(e) Fourth',
  ].forEach((h, i) => m.value(columnLetter(i), r, h || null, S.head));
  r++;
  for (let i = 0; i < 4; i++, r++) {
    m.value('A', r, `${16 + i}.`, S.label);
    m.value('B', r, null, S.label);
    for (const c of ['C', 'D', 'E', 'F']) m.value(c, r, null, S.formulaMoney);
  }
  m.value('A', r, '20.', S.boldLabel);
  m.value('B', r, 'TOTAL (sum of lines 16 - 19)', S.boldLabel);
  for (const c of ['C', 'D', 'E', 'F']) m.value(c, r, null, S.totalMoney);
  form.blankFields.push(...['C', 'D', 'E', 'F'].map((c) => `${c}${r}`));
  m.name(N.sfSectionE, `A${eHead}:F${r}`, 'SF-424A Section E (blank for a one-year grant)');
  r += 2;

  sectionTitle(m, r, 'SECTION F - OTHER BUDGET INFORMATION');
  const fFirst = ++r;
  const freeText = (row: number, num: string, label: string) => {
    m.value('A', row, num, S.label);
    m.value('B', row, label, S.label);
    m.value('C', row, null, S.inputText);
    m.fillRow(row, 'D', 'H', S.inputText);
    m.merge(`C${row}:H${row}`);
  };
  freeText(r++, '21.', 'Direct Charges:');
  m.value('A', r, '22.', S.label);
  m.value('B', r, 'Indirect Charges:', S.label);
  const rate = F(`B${f.indirect}`);
  const base = F(`C${f.indirect}`);
  const full = `ROUND(${rate}*100,4)&"%"&IF(TRIM(${base})="",""," of "&TRIM(${base}))`;
  m.formula(
    'C',
    r,
    `IF(ISNUMBER(${rate}),IF(LEN(${full})<=50,${full},TRIM(LEFT(${full},47))&"..."),"")`,
    S.formulaText,
  );
  m.fillRow(r, 'D', 'H', S.formulaText);
  m.merge(`C${r}:H${r}`);
  const indirectText = `C${r}`;
  freeText(++r, '23.', 'Remarks:');
  m.name(N.sfSectionF, `A${fFirst}:H${r}`, 'SF-424A Section F, lines 21 to 23');
  return { indirectText, last: r };
}

export function buildSf424a(ctx: LayoutContext, f: AppendixFRows): { model: SheetModel; cells: Sf424aCells } {
  const m = new SheetModel(ctx.sheets.sf424a);
  const F = (cell: string) => `${sheetRef(ctx.sheets.appendixF)}!${cell}`;
  m.value('A', 1, 'BUDGET INFORMATION - Non-Construction Programs (SF-424A)', S.title);
  m.merge('A1:H1');
  m.formula(
    'A',
    2,
    `"State: "&${F(F_HEADER.state)}&"    Fiscal year: "&${F(F_HEADER.fiscalYear)}&"    Every figure is a formula over Appendix F."`,
    S.note,
  );
  m.merge('A2:H2');

  // Section A starts at row 4; Section B, which Section A's totals read, after its 4 lines, line 5 and a blank row.
  const aTitle = 4;
  const aFirst = aTitle + 2;
  const bStartPlanned = aFirst + CATEGORY_KEYS.length + 2;
  const form: Form = {
    m,
    ctx,
    f,
    F,
    catTitle: (k) =>
      k === 'privateSectorConsultation' && !ctx.allowsPsc
        ? `${CATEGORY_TITLES[k]} (KY, PR, WA only)`
        : CATEGORY_TITLES[k],
    aFirst,
    bRow: (key) => bStartPlanned + 3 + B_LINES.findIndex((l) => l.key === key),
    blankFields: [],
  };
  const a = writeSectionA(form, aTitle);
  const b = writeSectionB(form, a.aTotal + 2);
  if (a.aHead + 1 !== aFirst || b.bStart !== bStartPlanned)
    throw new Error('SF-424A layout: Section B rows were mis-computed');
  const c = writeSectionC(form, b.last + 2, a.sectionA);
  const d = writeSectionD(form, c.cTotal + 2, a.aTotal);
  const ef = writeSectionsEF(form, d.last + 2);

  m.widths = [
    { column: 'A', width: 6 },
    { column: 'B', width: 38 },
    ...['C', 'D', 'E', 'F', 'G', 'H'].map((column) => ({ column, width: 19 })),
  ];
  // Two pages, as the form itself: Sections A and B, then C to F (printFit.ts keeps the break when each fits a page).
  m.print = {
    landscape: true,
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: '1:2',
    footer: footer(ctx, 'SF-424A'),
    area: `A1:H${ef.last}`,
    breaksBefore: [b.last + 2],
  };
  m.tabColor = '#70AD47';
  return {
    model: m,
    cells: {
      sectionA: a.sectionA,
      sectionATotals: { federal: `F${a.aTotal}`, nonFederal: `G${a.aTotal}`, total: `H${a.aTotal}` },
      sectionB: b.sectionB,
      sectionC: c.sectionC,
      sectionCTotals: { applicant: `C${c.cTotal}`, total: `F${c.cTotal}` },
      blankFields: form.blankFields,
      sectionD: d.sectionD,
      indirectText: ef.indirectText,
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
  for (let c = (m1[1] as string).charCodeAt(0); c <= (m2[1] as string).charCodeAt(0); c++)
    out.push(`${String.fromCharCode(c)}${m1[2]}`);
  return out;
}
