/**
 * Appendix F, 23(g) Object Class/Supportive Cost Breakout, sections A to J as in the instructions,
 * with a header block for the inputs the domain needs and the template lacks, and a worksheet of
 * helper columns (M to R, labelled, not printed) that the SF-424A and Checks sheets sum.
 *
 * Every total is a SUM over a range that runs from the block's column-head row to a spare row above
 * the subtotal, so a row inserted anywhere inside the block stays in the totals. Row formulas read
 * inputs through N(), so text typed in a number cell counts as blank instead of showing #VALUE!
 * (the reader reports it as NOT_A_NUMBER).
 */
import { PRIVATE_SECTOR_PROGRAM_TYPES, PROGRAM_TYPES, type CostLine, type CostSection } from '../budget';
import type { CellStyle } from '../workbook/port';
import { appendixLLookup, dollars, footer, programTypeSource, wholeDollars, type LayoutContext } from './context';
import { N } from './names';
import { SheetModel } from './sheetModel';
import * as S from './styles';

/** Columns of every cost line (and of the total rows). */
export const F_COL = {
  item: 'A',
  b: 'B',
  c: 'C',
  d: 'D',
  e: 'E',
  administration: 'F',
  program: 'G',
  federal: 'H',
  stateMatch: 'I',
  state100: 'J',
  total: 'K',
  psc: 'L',
  hPsc: 'M',
  hPscAdmin: 'N',
  hPscProgram: 'O',
  hPscFederal: 'P',
  hFederalToAdmin: 'Q',
  hSplitMismatch: 'R',
  hFederalUnassigned: 'S',
} as const;

export const AMOUNT_COLUMNS = {
  administration: 'F',
  program: 'G',
  federal: 'H',
  stateMatch: 'I',
  state100: 'J',
} as const;

export const HELPER_COLUMNS = ['M', 'N', 'O', 'P', 'Q', 'R', 'S'] as const;

/** The header block: fixed cells above the sections. */
export const F_HEADER = {
  state: 'B2',
  fiscalYear: 'E2',
  awardLevel: 'B3',
  appendixLLevel: 'E3',
  adminCapJustification: 'B4',
  programIncome: 'B5',
  cashFederal: 'D6:G6',
  cashNonFederal: 'D7:G7',
} as const;

export type ExtraField = 'programType' | 'name' | 'annualSalary' | 'fte' | 'quantity' | 'unitCost' | 'computerRelated' | 'contractor';
type ColumnKind = 'text' | 'money' | 'fte' | 'count' | 'flag';

export interface ExtraColumn {
  col: 'B' | 'C' | 'D' | 'E';
  head: string;
  kind: ColumnKind;
  field: ExtraField;
}

export interface SectionSpec {
  key: CostSection;
  /** The column head of column A. */
  itemHead: string;
  /** Blank rows of the published template. */
  publishedRows: number;
  extra: ExtraColumn[];
}

/** The cost sections as data, in the order of the template (travel is two blocks under one title). */
export const SECTION_SPECS: Record<CostSection, SectionSpec> = {
  personnel: {
    key: 'personnel',
    itemHead: 'Title',
    publishedRows: 14,
    extra: [
      { col: 'B', head: 'Program Type', kind: 'text', field: 'programType' },
      { col: 'C', head: 'Name', kind: 'text', field: 'name' },
      { col: 'D', head: 'Annual Salary', kind: 'money', field: 'annualSalary' },
      { col: 'E', head: '% of Participation in FTE', kind: 'fte', field: 'fte' },
    ],
  },
  fringe: { key: 'fringe', itemHead: 'Item', publishedRows: 5, extra: [] },
  travelOutOfState: { key: 'travelOutOfState', itemHead: 'Item', publishedRows: 3, extra: [] },
  travelInState: { key: 'travelInState', itemHead: 'Item', publishedRows: 3, extra: [] },
  equipment: {
    key: 'equipment',
    itemHead: 'Item',
    publishedRows: 2,
    extra: [
      { col: 'B', head: 'Quantity', kind: 'count', field: 'quantity' },
      { col: 'C', head: 'Unit Cost', kind: 'money', field: 'unitCost' },
      { col: 'D', head: 'Computer-related (Y/N)', kind: 'flag', field: 'computerRelated' },
    ],
  },
  supplies: {
    key: 'supplies',
    itemHead: 'Item',
    publishedRows: 2,
    extra: [
      { col: 'B', head: 'Quantity', kind: 'count', field: 'quantity' },
      { col: 'C', head: 'Unit Cost', kind: 'money', field: 'unitCost' },
    ],
  },
  contractual: {
    key: 'contractual',
    itemHead: 'Item/Purpose of Contract',
    publishedRows: 2,
    extra: [{ col: 'B', head: 'Name of Contractor', kind: 'text', field: 'contractor' }],
  },
  other: { key: 'other', itemHead: 'Item', publishedRows: 2, extra: [] },
};

const AMOUNT_HEADS = ['Administration', 'Program', 'Federal Share', 'State Match', 'State 100% Funded', 'Total Cost'];
const HELPER_HEADS = [
  'helper: PSC line (1/0)',
  'helper: PSC Admin.',
  'helper: PSC Program',
  'helper: PSC Federal',
  'helper: Federal to Admin.',
  'helper: split mismatch (1/0)',
  'helper: Federal in no category',
];

export function sectionTitles(ctx: LayoutContext): Record<CostSection | 'travel', string> {
  const t = wholeDollars(ctx.pack.equipmentThreshold);
  return {
    personnel:
      'A. PERSONNEL (Indicate whether position(s) is (are) Enforcement (safety/health), 23(g) Consultation, Compliance Assistance, Outreach /Training/ Cooperative Programs, Standards, Mgt. Information Systems, Laboratories, Review Process, Non-discrimination.)',
    fringe: 'B. FRINGE BENEFITS (Include components and cost formula[s] used).',
    travel: 'C. TRAVEL (Include travel cost for OTI, IMIS Successor (OIS) training, OSHSPA attendance, etc.).',
    travelOutOfState: 'Out of State',
    travelInState: 'In-State',
    equipment: `D. EQUIPMENT (Itemize and describe details on equipment costing ${t}+ with a useful life of 1+ year(s) and all computer-related equipment purchases)`,
    supplies: `E. SUPPLIES (consumable materials costing less than ${t} per unit)`,
    contractual:
      'F. CONTRACTUAL (Itemize and describe the purpose of each contract, contractor name and cost. Include costs for such things as laboratory sample analysis, equipment calibration, NCR maintenance and computer services.)',
    other: 'G. OTHER (Itemize and describe costs not included elsewhere such as reimbursement to OTI and associated course expenses, etc.)',
  };
}

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

/** `N(F12)`: a number cell read so that text counts as 0 instead of breaking the formula. */
const n = (col: string, row: number) => `N(${col}${row})`;

function pscFlagFormula(section: CostSection, r: number): string {
  const mark = `OR(UPPER(TRIM(${F_COL.psc}${r}))="Y",UPPER(TRIM(${F_COL.psc}${r}))="YES")`;
  if (section !== 'personnel') return `IF(${mark},1,0)`;
  const types = PRIVATE_SECTOR_PROGRAM_TYPES.map((t) => `TRIM(${F_COL.b}${r})="${t}"`).join(',');
  return `IF(OR(${mark},${types}),1,0)`;
}

/**
 * The line's Federal Share to Administration, as the domain's federalSplit: the share spread over
 * Administration and Program in proportion, in whole cents, half a cent up (which is exactly what the
 * largest-remainder rule gives for two parts: the part with the larger remainder, ties to the first,
 * gets the odd cent); weights of mixed sign put it where most of the line is.
 * Exact while Federal Share × Administration, in cents, stays below 2^53 (both under about $949,000 on
 * one line): the product is then a whole binary64 number. Above that, an exact half-cent tie can round
 * down on the sheet where the domain rounds up: one cent moves between the Administration and Program
 * Federal figures of Section A (every total still foots, Section A line 5 is unchanged).
 */
export function federalToAdminFormula(r: number): string {
  const a = `ROUND(${n('F', r)}*100,0)`;
  const p = `ROUND(${n('G', r)}*100,0)`;
  const f = `ROUND(${n('H', r)}*100,0)`;
  return (
    `IF(M${r}=1,0,IF(${a}*${p}<0,IF(AND(${p}<>0,ABS(${p})>=ABS(${a})),0,${n('H', r)}),` +
    `IF(${a}+${p}=0,0,ROUND(${f}*${a}/(${a}+${p}),0)/100)))`
  );
}

function lineRowFormulas(m: SheetModel, section: CostSection, r: number): void {
  m.formula('K', r, `${n('H', r)}+${n('I', r)}+${n('J', r)}`, S.lineMoney);
  m.formula('M', r, pscFlagFormula(section, r), S.helperFlag);
  m.formula('N', r, `IF(M${r}=1,${n('F', r)},0)`, S.helperCell);
  m.formula('O', r, `IF(M${r}=1,${n('G', r)},0)`, S.helperCell);
  m.formula('P', r, `IF(M${r}=1,${n('H', r)},0)`, S.helperCell);
  m.formula('Q', r, federalToAdminFormula(r), S.helperCell);
  m.formula('R', r, `IF(ROUND((${n('F', r)}+${n('G', r)}-${n('H', r)}-${n('I', r)})*100,0)<>0,1,0)`, S.helperFlag);
  // The domain's federalSplit gives such a line's Federal Share to no category (the line is already a
  // LINE_SPLIT_MISMATCH or NEGATIVE_AMOUNT error); the sheet does the same, so both show the same figures.
  m.formula('S', r, `IF(AND(M${r}=0,ROUND(${n('F', r)}*100,0)=0,ROUND(${n('G', r)}*100,0)=0),${n('H', r)},0)`, S.helperCell);
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

function headRow(m: SheetModel, r: number, spec: SectionSpec | null, itemHead: string, withMark = true): void {
  m.value('A', r, itemHead, S.head);
  for (const c of ['B', 'C', 'D', 'E'] as const) {
    const x = spec?.extra.find((e) => e.col === c);
    m.value(c, r, x ? x.head : null, S.head);
  }
  AMOUNT_HEADS.forEach((h, i) => m.value(String.fromCharCode(70 + i), r, h, S.head));
  m.value('L', r, withMark ? 'Private-sector consultation (Y/N)' : null, S.head);
  HELPER_HEADS.forEach((h, i) => m.value(HELPER_COLUMNS[i] as string, r, h, S.helperHead));
}

/** Writes one block of cost lines (head row, input rows, spare row, subtotal row) from `row`. */
function block(m: SheetModel, ctx: LayoutContext, section: CostSection, row: number, label: string | null): BlockRows {
  const spec = SECTION_SPECS[section];
  const lines: CostLine[] = ctx.budget ? ctx.budget[section] : [];
  let r = row;
  // Travel's two blocks share the column heads; their own label row opens each block's range.
  const head = r;
  if (label === null) headRow(m, r, spec, spec.itemHead);
  else {
    m.value('A', r, label, S.boldLabel);
    m.fillRow(r, 'B', 'S', S.plain);
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
      else m.style(c, r, S.plain);
    }
    for (const [key, col] of amountColumns) {
      m.value(col, r, line ? dollars(line[key]) : null, S.inputMoney);
    }
    m.value('L', r, line?.privateSectorConsultation ? 'Y' : null, S.inputFlag);
    lineRowFormulas(m, section, r);
  }
  const last = r - 1;
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
  m.formula('M', subtotal, `SUM(M${head}:M${spareRow})`, S.helperFlag);
  for (const c of ['N', 'O', 'P', 'Q']) m.formula(c, subtotal, `SUM(${c}${head}:${c}${spareRow})`, S.helperCell);
  m.formula('R', subtotal, `SUM(R${head}:R${spareRow})`, S.helperFlag);
  m.formula('S', subtotal, `SUM(S${head}:S${spareRow})`, S.helperCell);

  // Validation and names.
  m.validate(`F${first}:J${spareRow - 1}`, S.moneyRule);
  m.validate(`L${first}:L${last}`, S.flagRule);
  for (const x of spec.extra) {
    const range = `${x.col}${first}:${x.col}${last}`;
    if (x.kind === 'money') m.validate(range, S.moneyRule);
    else if (x.kind === 'fte') m.validate(range, S.fteRule);
    else if (x.kind === 'count') m.validate(range, S.countRule);
    else if (x.kind === 'flag') m.validate(range, S.flagRule);
    else if (x.field === 'programType') {
      m.validate(range, {
        type: 'list',
        source: programTypeSource(ctx, PROGRAM_TYPES.length),
        errorTitle: 'Program type',
        errorMessage: 'Choose one of the program types of Appendix F from the list (they are listed on the Checks sheet).',
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

export function buildAppendixF(ctx: LayoutContext): { model: SheetModel; rows: AppendixFRows } {
  const m = new SheetModel(ctx.sheets.appendixF);
  const b = ctx.budget;
  const titles = sectionTitles(ctx);

  // Header block: the inputs the published template lacks.
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
  sumRow(m, r, 'Out-of-State and Instate Subtotal', [sections.travelOutOfState.subtotal, sections.travelInState.subtotal]);
  m.name(N.travelTotal, `F${r}:K${r}`, 'C. Travel: out-of-state and in-state subtotal');
  r += 2;
  simple('equipment');
  simple('supplies');
  simple('contractual');
  simple('other');

  // H. Total direct charges.
  titleRow(m, r, 'H. TOTAL DIRECT CHARGES');
  r++;
  headRow(m, r, null, '', false);
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

  // I. Indirect charges: administration only, with the rate and its base.
  titleRow(m, r, 'I. TOTAL INDIRECT CHARGES (Include in Admin. Provide information on Indirect Cost Rate used )');
  r++;
  m.value('A', r, '', S.head);
  m.value('B', r, 'Indirect cost rate', S.head);
  m.value('C', r, 'Rate base (e.g. direct salaries)', S.head);
  m.value('D', r, null, S.head);
  m.value('E', r, null, S.head);
  m.merge(`C${r}:E${r}`);
  ['Administration', 'Program (n/a: indirect is Administration)', 'Federal Share', 'State Match', 'State 100% Funded', 'Total Cost'].forEach((h, i) =>
    m.value(String.fromCharCode(70 + i), r, h, S.head),
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
  m.name(N.indirect, `F${r}:K${r}`, 'I. Indirect charges: Administration, (Program n/a), Federal, State Match, State 100%, Total');
  m.name(N.indirectRate, `B${r}`, 'the indirect cost rate');
  m.name(N.indirectBase, `C${r}`, 'the base of the indirect cost rate');
  r += 2;

  // J. Total charges.
  titleRow(m, r, 'J. TOTAL CHARGES (DIRECT AND INDIRECT)');
  r++;
  headRow(m, r, null, '', false);
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
  m.name(N.totalCharges, `F${r}:K${r}`, 'J. Total charges: Administration, Program, Federal, State Match, State 100%, Total');
  r += 2;
  m.value('A', r, 'Authorized State Representative', S.boldLabel);
  m.value('B', r, null, S.inputText);
  m.merge(`B${r}:C${r}`);
  m.value('D', r, 'State Plan agency', S.boldLabel);
  m.value('E', r, null, S.inputText);
  m.fillRow(r, 'F', 'H', S.inputText);
  m.merge(`E${r}:H${r}`);
  const last = r;

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
