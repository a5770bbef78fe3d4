/**
 * Appendix F, 23(g) Object Class/Supportive Cost Breakout, sections A to J as in the instructions,
 * with a header block for the inputs the domain needs and the template lacks.
 *
 * Each block of cost lines is a head row, its lines, a spare row and a subtotal row. Every total and
 * every figure the SF-424A and Checks sheets read is a formula over the block's range, from its head
 * row to its spare row (appendixFFormulas.ts), in the subtotal row: a row a person inserts anywhere
 * inside the block, with Excel's own Insert command, is counted at the next recalculation, and one
 * deleted drops out. A line row holds inputs and its Total Cost only, none of them locked, so Excel
 * deletes a line on the protected sheet; the head, spare and subtotal rows hold locked cells, so Excel
 * refuses to delete them. Line formulas read inputs through N(), so text typed in a number cell
 * counts as blank instead of showing #VALUE! (the reader reports it as NOT_A_NUMBER).
 */
import { PROGRAM_TYPES, type CostLine, type CostSection } from '../budget';
import { columnLetter, type CellStyle } from '../port/workbookPort';
import { appendixLLookup, dollars, footer, programTypeSource, type LayoutContext } from './context';
import { N } from './names';
import { SheetModel } from './sheetModel';
import * as S from './styles';
import {
  AMOUNT_COLUMNS,
  AMOUNT_HEAD_ROW,
  F_COL,
  type ColumnKind,
  type ExtraField,
  F_HEADER,
  HELPER_COLUMNS,
  HELPER_HEADS,
  SECTION_SPECS,
  type SectionSpec,
  sectionTitles,
} from './appendixFColumns';
import { blockFigureFormulas, lineTotalFormula, n } from './appendixFFormulas';

/** Where a block stands: rows of the column heads, the first and last input rows, the spare and subtotal rows. */
export interface BlockRows {
  head: number;
  first: number;
  last: number;
  spare: number;
  subtotal: number;
}

/** Rows of Appendix F that the other sheets refer to. */
export interface AppendixFRows {
  sections: Record<CostSection, BlockRows>;
  travelTotal: number;
  totalDirect: number;
  indirect: number;
  totalCharges: number;
}

export function inputRowCount(spec: SectionSpec, lines: number): number {
  return spec.publishedRows + lines;
}

function inputStyle(kind: ColumnKind): CellStyle {
  switch (kind) {
    case 'money':
      return S.inputMoney;
    case 'fte':
      return S.inputFte;
    case 'count':
      return S.inputCount;
    case 'flag':
      return S.inputFlag;
    default:
      return S.inputLineText;
  }
}

function extraValue(line: CostLine, field: ExtraField): string | number | null {
  const l = line as unknown as Record<string, unknown>;
  const v = l[field];
  if (v === null || v === undefined) return null;
  switch (field) {
    case 'annualSalary':
    case 'unitCost':
      return dollars(v as number);
    case 'fte':
      return (v as number) / 10000;
    case 'computerRelated':
      return v ? 'Y' : null;
    case 'quantity':
      return v as number;
    default:
      return String(v);
  }
}

/**
 * A row of column heads. `aboveLines`: the head row of a block, right above its first line, whose cells
 * are unlocked (styles.ts `unlocked`) so that a row inserted under it can be typed in.
 */
function headRow(
  m: SheetModel,
  r: number,
  spec: SectionSpec | null,
  itemHead: string,
  { withMark = true, aboveLines = false } = {},
): void {
  const head = aboveLines ? S.unlocked(S.head) : S.head;
  m.value('A', r, itemHead, head);
  for (const c of ['B', 'C', 'D', 'E'] as const) {
    const x = spec?.extra.find((e) => e.col === c);
    m.value(c, r, x ? x.head : null, head);
  }
  AMOUNT_HEAD_ROW.forEach((h, i) => m.value(columnLetter(5 + i), r, h, head));
  m.value('L', r, withMark ? 'Private-sector consultation (Y/N)' : null, head);
  const helperHead = aboveLines ? S.unlocked(S.helperHead) : S.helperHead;
  HELPER_HEADS.forEach((h, i) => m.value(HELPER_COLUMNS[i] as string, r, h, helperHead));
}

/** Writes one block of cost lines (head row, input rows, spare row, subtotal row) from `row`. */
export function block(
  m: SheetModel,
  ctx: LayoutContext,
  section: CostSection,
  row: number,
  label: string | null,
): BlockRows {
  const spec = SECTION_SPECS[section];
  const lines: CostLine[] = ctx.budget ? ctx.budget[section] : [];
  let r = row;
  // Travel's two blocks share the column heads; their own label row opens each block's range.
  const head = r;
  if (label === null) headRow(m, r, spec, spec.itemHead, { aboveLines: true });
  else {
    m.value('A', r, label, S.unlocked(S.boldLabel));
    m.fillRow(r, 'B', 'S', S.unlocked(S.plain));
  }
  r++;
  const first = r;
  const count = ctx.rowCounts?.[N.section(section)] ?? inputRowCount(spec, lines.length);
  // Looked up once per block, not once per line (a block may have 10,000 lines).
  const extraOf = (['B', 'C', 'D', 'E'] as const).map((c) => [c, spec.extra.find((e) => e.col === c)] as const);
  const amountColumns = Object.entries(AMOUNT_COLUMNS) as [keyof typeof AMOUNT_COLUMNS, string][];
  for (let i = 0; i < count; i++, r++) {
    const line = lines[i];
    m.value('A', r, line ? line.item : null, S.inputLineText);
    for (const [c, x] of extraOf) {
      if (x) m.value(c, r, line ? extraValue(line, x.field) : null, inputStyle(x.kind));
      else m.style(c, r, S.lineUnused);
    }
    for (const [key, col] of amountColumns) {
      m.value(col, r, line ? dollars(line[key]) : null, S.inputMoney);
    }
    m.formula(F_COL.total, r, lineTotalFormula(r), S.lineTotal);
    m.value('L', r, line?.privateSectorConsultation ? 'Y' : null, S.inputFlag);
    for (const c of HELPER_COLUMNS) m.style(c, r, S.lineUnused);
  }
  const last = r - 1;
  if (last >= first) m.unlockedRows.push([first, last]);
  const spareRow = r++;
  m.fillRow(spareRow, 'A', 'S', S.spare);
  const subtotal = r++;
  m.value('A', subtotal, 'Subtotal', S.boldLabel);
  for (const c of ['B', 'C', 'D', 'E'] as const) {
    const x = spec.extra.find((e) => e.col === c);
    if (x && (x.field === 'annualSalary' || x.field === 'fte')) {
      m.formula(c, subtotal, `SUM(${c}${head}:${c}${spareRow})`, x.kind === 'fte' ? S.totalFte : S.totalMoney);
    } else m.style(c, subtotal, S.plain);
  }
  for (const c of ['F', 'G', 'H', 'I', 'J']) m.formula(c, subtotal, `SUM(${c}${head}:${c}${spareRow})`, S.totalMoney);
  m.formula('K', subtotal, `H${subtotal}+I${subtotal}+J${subtotal}`, S.totalMoney);
  m.style('L', subtotal, S.plain);
  const figures = blockFigureFormulas(section, { head, spare: spareRow });
  for (const c of HELPER_COLUMNS) {
    const flag = c === F_COL.hPsc || c === F_COL.hSplitMismatch;
    m.formula(c, subtotal, figures[c] as string, flag ? S.helperFlag : S.helperCell);
  }

  // Validation and names. A rule covers the block from its head row to its spare row (cells a person
  // cannot type in, locked), so that a row inserted anywhere inside, even right under the heads or
  // above the spare row, is inside the rule as Excel grows it.
  const rule = (col: string) => `${col}${head}:${col}${spareRow}`;
  m.validate(`F${head}:J${spareRow}`, S.moneyRule);
  m.validate(rule('L'), S.flagRule);
  for (const x of spec.extra) {
    const range = rule(x.col);
    if (x.kind === 'money') m.validate(range, S.moneyRule);
    else if (x.kind === 'fte') m.validate(range, S.fteRule);
    else if (x.kind === 'count') m.validate(range, S.countRule);
    else if (x.kind === 'flag') m.validate(range, S.flagRule);
    else if (x.field === 'programType') {
      m.validate(range, {
        type: 'list',
        source: programTypeSource(ctx, PROGRAM_TYPES.length),
        errorTitle: 'Program type',
        errorMessage:
          'Choose one of the program types of Appendix F from the list (they are listed on the Checks sheet).',
        prompt: 'Choose the program type; private-sector 23(g) consultation (KY, PR, WA) marks the line.',
      });
    }
  }
  m.name(N.section(section), `A${head}:S${spareRow}`, `${section}: column heads, input rows and the spare row`);
  m.name(N.sectionTotal(section), `F${subtotal}:K${subtotal}`, `${section}: subtotal, Administration to Total Cost`);
  return { head, first, last, spare: spareRow, subtotal };
}

function titleRow(m: SheetModel, r: number, text: string): void {
  m.blockStarts.push(r);
  m.value('A', r, text, S.sectionTitle);
  m.fillRow(r, 'B', 'L', S.sectionTitle);
  m.merge(`A${r}:L${r}`);
}

/** A row whose amounts are sums of rows above (H, J of the template), with its helper columns. */
function sumRow(m: SheetModel, r: number, caption: string, rowsToAdd: number[]): void {
  m.value('A', r, caption, S.boldLabel);
  m.fillRow(r, 'B', 'E', S.plain);
  for (const c of ['F', 'G', 'H', 'I', 'J', 'N', 'O', 'P', 'Q', 'M', 'R', 'S']) {
    const style = c === 'M' || c === 'R' ? S.helperFlag : c >= 'M' ? S.helperCell : S.totalMoney;
    m.formula(c, r, rowsToAdd.map((x) => `${c}${x}`).join('+'), style);
  }
  m.formula('K', r, `H${r}+I${r}+J${r}`, S.totalMoney);
  m.style('L', r, S.plain);
}

/** The header block: State, fiscal year, award level, admin cap justification, program income, quarters. */
function writeHeader(m: SheetModel, ctx: LayoutContext): void {
  const b = ctx.budget;
  m.value('A', 1, '23(g) Object Class/Supportive Cost Breakout (Appendix F)', S.title);
  m.merge('A1:K1');
  m.value('A', 2, 'State', S.boldLabel);
  m.value('B', 2, ctx.state.name, S.inputText);
  m.value('D', 2, 'Fiscal year', S.boldLabel);
  m.value('E', 2, b?.fiscalYear ?? ctx.pack.fiscalYear, { ...S.inputCount, numberFormat: '0' });
  m.value('A', 3, 'Award level requested (leave blank for the Appendix L level)', S.boldLabel);
  m.value('B', 3, b?.awardLevel != null ? dollars(b.awardLevel) : null, S.inputMoney);
  m.value('C', 3, null, S.plain);
  m.value('D', 3, ctx.pack.awardLevelLabel, S.boldLabel);
  m.formula('E', 3, appendixLLookup(ctx, 'B2'), S.totalMoney);
  m.style('F', 3, S.totalMoney);
  m.merge('E3:F3');
  m.value('A', 4, 'Approved justification for exceeding the admin cap (if any)', S.boldLabel);
  m.value('B', 4, b?.adminCapJustification || null, S.inputText);
  m.fillRow(4, 'C', 'K', S.inputText);
  m.merge('B4:K4');
  m.value('A', 5, 'Program income (SF-424A line 7)', S.boldLabel);
  m.value('B', 5, b && b.programIncome !== 0 ? dollars(b.programIncome) : null, S.inputMoney);
  m.value('A', 6, 'SF-424A Section D quarters (optional; blank = four equal quarters)', S.boldLabel);
  m.merge('A6:B7');
  m.value('C', 6, 'Federal, 1st to 4th quarter', S.label);
  m.value('C', 7, 'Non-Federal, 1st to 4th quarter', S.label);
  const cf = b?.cashForecast;
  ['D', 'E', 'F', 'G'].forEach((c, i) => {
    m.value(c, 6, cf?.federal ? dollars(cf.federal[i] ?? 0) : null, S.inputMoney);
    m.value(c, 7, cf?.nonFederal ? dollars(cf.nonFederal[i] ?? 0) : null, S.inputMoney);
  });
  m.value(
    'A',
    8,
    'Yellow cells are inputs (amounts in dollars and cents; Y/N marks). Grey cells are formulas and locked. ' +
      'Total Cost = Federal Share + State Match + State 100% Funded; Administration + Program = Federal Share + State Match; ' +
      'State 100% Funded money is a category of its own, not also entered under Administration or Program.',
    S.note,
  );
  m.merge('A8:L8');
  m.value('M', 8, 'Worksheet for the SF-424A and Checks sheets: computed, do not type (not printed).', S.helperHead);
  m.merge('M8:S8');
  m.validate('B3', S.moneyRule);
  m.validate('B5', S.moneyRule);
  m.validate('D6:G7', S.moneyRule);
  m.validate('E2', S.yearRule);
  m.name(N.state, F_HEADER.state, 'the State (Appendix L name or USPS code)');
  m.name(N.fiscalYear, F_HEADER.fiscalYear, 'the fiscal year of the rule pack');
  m.name(N.awardLevel, F_HEADER.awardLevel, 'award level override; blank = Appendix L');
  m.name(N.appendixLLevel, F_HEADER.appendixLLevel, 'the Appendix L final base award level of the State');
  m.name(N.adminCapJustification, F_HEADER.adminCapJustification, 'approved admin cap justification');
  m.name(N.programIncome, F_HEADER.programIncome, 'program income, SF-424A line 7');
  m.name(N.cashFederal, F_HEADER.cashFederal, 'typed Federal quarters, SF-424A line 13');
  m.name(N.cashNonFederal, F_HEADER.cashNonFederal, 'typed Non-Federal quarters, SF-424A line 14');
}

/** Sections A to G from row 10: each a title, a head row, its lines and a subtotal; C has two blocks and their sum. */
function writeSections(
  m: SheetModel,
  ctx: LayoutContext,
): { sections: Record<CostSection, BlockRows>; travelTotal: number; next: number } {
  const titles = sectionTitles(ctx);
  let r = 10;
  const sections = {} as Record<CostSection, BlockRows>;
  const simple = (s: CostSection) => {
    titleRow(m, r, titles[s]);
    r++;
    sections[s] = block(m, ctx, s, r, null);
    r = sections[s].subtotal + 2;
  };
  simple('personnel');
  simple('fringe');
  // C. Travel: one title, one column-head row, two blocks, then the combined subtotal.
  titleRow(m, r, titles.travel);
  r++;
  headRow(m, r, null, 'Item');
  r++;
  sections.travelOutOfState = block(m, ctx, 'travelOutOfState', r, titles.travelOutOfState);
  r = sections.travelOutOfState.subtotal + 1;
  sections.travelInState = block(m, ctx, 'travelInState', r, titles.travelInState);
  r = sections.travelInState.subtotal + 1;
  const travelTotal = r;
  sumRow(m, r, 'Out-of-State and Instate Subtotal', [
    sections.travelOutOfState.subtotal,
    sections.travelInState.subtotal,
  ]);
  m.name(N.travelTotal, `F${r}:K${r}`, 'C. Travel: out-of-state and in-state subtotal');
  r += 2;
  simple('equipment');
  simple('supplies');
  simple('contractual');
  simple('other');

  return { sections, travelTotal, next: r };
}

/** H. Total direct charges: the sum of the sections' subtotals. */
function writeTotalDirect(
  m: SheetModel,
  start: number,
  sections: Record<CostSection, BlockRows>,
  travelTotal: number,
): { totalDirect: number; next: number } {
  let r = start;
  // H. Total direct charges.
  titleRow(m, r, 'H. TOTAL DIRECT CHARGES');
  r++;
  headRow(m, r, null, '', { withMark: false });
  r++;
  const totalDirect = r;
  sumRow(m, r, 'Sum of A through G', [
    sections.personnel.subtotal,
    sections.fringe.subtotal,
    travelTotal,
    sections.equipment.subtotal,
    sections.supplies.subtotal,
    sections.contractual.subtotal,
    sections.other.subtotal,
  ]);
  m.name(N.totalDirect, `F${r}:K${r}`, 'H. Total direct charges');
  r += 2;

  return { totalDirect, next: r };
}

/** I. Indirect charges: administration only, with the rate and its base. */
function writeIndirect(m: SheetModel, ctx: LayoutContext, start: number): { indirect: number; next: number } {
  const b = ctx.budget;
  let r = start;
  titleRow(m, r, 'I. TOTAL INDIRECT CHARGES (Include in Admin. Provide information on Indirect Cost Rate used )');
  r++;
  m.value('A', r, '', S.head);
  m.value('B', r, 'Indirect cost rate', S.head);
  m.value('C', r, 'Rate base (e.g. direct salaries)', S.head);
  m.value('D', r, null, S.head);
  m.value('E', r, null, S.head);
  m.merge(`C${r}:E${r}`);
  // The heads of F..K, Program's saying why it stays empty here.
  AMOUNT_HEAD_ROW.map((h, i) => (i === 1 ? 'Program (n/a: indirect is Administration)' : h)).forEach((h, i) =>
    m.value(columnLetter(5 + i), r, h, S.head),
  );
  m.value('L', r, null, S.head);
  HELPER_HEADS.forEach((h, i) => m.value(HELPER_COLUMNS[i] as string, r, h, S.helperHead));
  r++;
  const indirect = r;
  const ind = b?.indirect ?? null;
  m.value('A', r, 'Total', S.boldLabel);
  m.value('B', r, ind?.rate ?? null, S.inputPercent);
  m.value('C', r, ind?.base || null, S.inputText);
  m.style('D', r, S.inputText);
  m.style('E', r, S.inputText);
  m.merge(`C${r}:E${r}`);
  m.value('F', r, ind ? dollars(ind.administration) : null, S.inputMoney);
  m.value('G', r, null, { ...S.plain, fill: S.GREY_FILL });
  m.value('H', r, ind ? dollars(ind.federal) : null, S.inputMoney);
  m.value('I', r, ind ? dollars(ind.stateMatch) : null, S.inputMoney);
  m.value('J', r, ind ? dollars(ind.state100) : null, S.inputMoney);
  m.formula('K', r, `${n('H', r)}+${n('I', r)}+${n('J', r)}`, S.totalMoney);
  m.style('L', r, S.plain);
  m.formula('M', r, '0', S.helperFlag);
  m.formula('N', r, '0', S.helperCell);
  m.formula('O', r, '0', S.helperCell);
  m.formula('P', r, '0', S.helperCell);
  m.formula('Q', r, n('H', r), S.helperCell);
  m.formula('R', r, `IF(ROUND((${n('F', r)}-${n('H', r)}-${n('I', r)})*100,0)<>0,1,0)`, S.helperFlag);
  m.formula('S', r, '0', S.helperCell);
  m.validate(`F${r}`, S.moneyRule);
  m.validate(`H${r}:J${r}`, S.moneyRule);
  m.validate(`B${r}`, S.rateRule);
  m.name(
    N.indirect,
    `F${r}:K${r}`,
    'I. Indirect charges: Administration, (Program n/a), Federal, State Match, State 100%, Total',
  );
  m.name(N.indirectRate, `B${r}`, 'the indirect cost rate');
  m.name(N.indirectBase, `C${r}`, 'the base of the indirect cost rate');
  r += 2;

  return { indirect, next: r };
}

/** J. Total charges (H + I), then the signature line: the last printed row. */
function writeTotalCharges(
  m: SheetModel,
  start: number,
  totalDirect: number,
  indirect: number,
): { totalCharges: number; last: number } {
  let r = start;
  // J. Total charges.
  titleRow(m, r, 'J. TOTAL CHARGES (DIRECT AND INDIRECT)');
  r++;
  headRow(m, r, null, '', { withMark: false });
  r++;
  const totalCharges = r;
  m.value('A', r, 'Sum of H & I', S.boldLabel);
  m.fillRow(r, 'B', 'E', S.plain);
  for (const c of ['F', 'H', 'I', 'J', 'M', 'N', 'O', 'P', 'Q', 'R', 'S']) {
    const style = c === 'M' || c === 'R' ? S.helperFlag : c >= 'M' ? S.helperCell : S.totalMoney;
    m.formula(c, r, `${c}${totalDirect}+${c}${indirect}`, style);
  }
  m.formula('G', r, `G${totalDirect}`, S.totalMoney);
  m.formula('K', r, `H${r}+I${r}+J${r}`, S.totalMoney);
  m.style('L', r, S.plain);
  m.name(
    N.totalCharges,
    `F${r}:K${r}`,
    'J. Total charges: Administration, Program, Federal, State Match, State 100%, Total',
  );
  r += 2;
  m.value('A', r, 'Authorized State Representative', S.boldLabel);
  m.value('B', r, null, S.inputText);
  m.merge(`B${r}:C${r}`);
  m.value('D', r, 'State Plan agency', S.boldLabel);
  m.value('E', r, null, S.inputText);
  m.fillRow(r, 'F', 'H', S.inputText);
  m.merge(`E${r}:H${r}`);
  const last = r;

  return { totalCharges, last };
}

export function buildAppendixF(ctx: LayoutContext): { model: SheetModel; rows: AppendixFRows } {
  const m = new SheetModel(ctx.sheets.appendixF);
  writeHeader(m, ctx);
  const { sections, travelTotal, next } = writeSections(m, ctx);
  const { totalDirect, next: afterDirect } = writeTotalDirect(m, next, sections, travelTotal);
  const { indirect, next: afterIndirect } = writeIndirect(m, ctx, afterDirect);
  const { totalCharges, last } = writeTotalCharges(m, afterIndirect, totalDirect, indirect);
  m.widths = [
    { column: 'A', width: 28 },
    { column: 'B', width: 30 },
    { column: 'C', width: 12 },
    { column: 'D', width: 13 },
    { column: 'E', width: 13 },
    ...['F', 'G', 'H', 'I', 'J', 'K'].map((column) => ({ column, width: 14 })),
    { column: 'L', width: 14 },
    ...HELPER_COLUMNS.map((column) => ({ column, width: 13 })),
  ];
  m.freeze = { rows: 0, columns: 1 };
  m.print = {
    landscape: true,
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: '1:2',
    footer: footer(ctx, 'Appendix F'),
    area: `A1:L${last}`,
  };
  m.tabColor = '#4472C4';
  return { model: m, rows: { sections, travelTotal, totalDirect, indirect, totalCharges } };
}

// Appendix F's columns have their home in appendixFColumns.ts; the template's users reach them here too.
export { F_COL, F_HEADER, AMOUNT_COLUMNS, SECTION_SPECS } from './appendixFColumns';
