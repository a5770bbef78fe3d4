/**
 * Appendix F's columns and sections as data: the letter of every column (inputs, totals, helpers), the
 * header cells, each section's extra columns and words. Written once, read by the template's builder
 * (appendixF.ts), its formulas, the Checks and SF-424A sheets, and our layout's reader.
 */
import { AMOUNT_HEADS, type CostSection, type ObjectClassKey } from '../budget';
import { N } from './names';
import { wholeDollars, type LayoutContext } from './context';

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

export type ExtraField =
  'programType' | 'name' | 'annualSalary' | 'fte' | 'quantity' | 'unitCost' | 'computerRelated' | 'contractor';

export type ColumnKind = 'text' | 'money' | 'fte' | 'count' | 'flag';

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

/** The amount heads F..K, in column order (the words: the domain's AMOUNT_HEADS). */
export const AMOUNT_HEAD_ROW = (
  ['administration', 'program', 'federal', 'stateMatch', 'state100', 'total'] as const
).map((k) => AMOUNT_HEADS[k]);

export const HELPER_HEADS = [
  'helper: PSC line (1/0)',
  'helper: PSC Admin.',
  'helper: PSC Program',
  'helper: PSC Federal',
  'helper: Federal to Admin.',
  'helper: split mismatch (1/0)',
  'helper: Federal in no category',
];

/**
 * An object class fed by several sections (C. Travel): its title, its subtotal's words and name (from the
 * instructions' template; the sections it groups come from the domain's SECTION_OBJECT_CLASS).
 */
export const GROUP_TITLES: Partial<
  Record<ObjectClassKey, { title: (ctx: LayoutContext) => string; subtotal: string; name: string; comment: string }>
> = {
  travel: {
    title: (ctx) => sectionTitles(ctx).travel,
    subtotal: 'Out-of-State and Instate Subtotal',
    name: N.travelTotal,
    comment: 'C. Travel: out-of-state and in-state subtotal',
  },
};

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
    other:
      'G. OTHER (Itemize and describe costs not included elsewhere such as reimbursement to OTI and associated course expenses, etc.)',
  };
}
