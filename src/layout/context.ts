/**
 * What every template needs to lay itself out: the rule pack, the State, the sheet names actually
 * used in this workbook (a clash gives "Appendix F (2)"), and the budget whose lines fill the inputs.
 */
import { formatDollars, type Budget, type RulePack, type StateEntry } from '../budget';
import { sheetRef } from '../port/workbookPort';
import type { TemplateKey } from './names';

export interface LayoutContext {
  pack: RulePack;
  state: StateEntry;
  /** The sheet name of each template in this workbook (Appendix J only for KY, PR, WA). */
  sheets: Record<TemplateKey, string>;
  /** Lines to write into the inputs; null for a blank workbook. */
  budget: Budget | null;
  /** Whether the State may budget private-sector 23(g) consultation (KY, PR, WA). */
  allowsPsc: boolean;
  /**
   * Input rows of a block, by the block's base name (GB_F_Personnel...), instead of the published count
   * plus the budget's lines: the reader rebuilds the layout of a workbook whose blocks grew.
   */
  rowCounts?: Partial<Record<string, number>>;
}

/** Money cell value in dollars: whole cents stay exact as binary64 up to 2^53 cents. */
export function dollars(cents: number): number {
  return cents / 100;
}

/** "$5,000": a threshold in the words of the instructions. */
export function wholeDollars(cents: number): string {
  return formatDollars(cents).replace(/\.00$/, '');
}

/** The footer of every printed page: the State on the left, the page in the middle, the sheet on the right. */
export function footer(ctx: LayoutContext, sheetTitle: string): string {
  const safe = (s: string) => s.replace(/&/g, '&&');
  return `&L${safe(ctx.state.name)}, FY ${ctx.pack.fiscalYear}&CPage &P of &N&R${safe(sheetTitle)}`;
}

/**
 * The Appendix L table sits on the Checks sheet (columns H to K from row 5: name as printed, USPS code,
 * final base award level, plain name without "(PEO)"), so the award level follows the State typed in
 * Appendix F, named any way the domain's findState accepts.
 */
export const APPENDIX_L_TABLE = { nameCol: 'H', codeCol: 'I', levelCol: 'J', plainCol: 'K', firstRow: 5 } as const;

function appendixLColumn(ctx: LayoutContext, col: string): string {
  const last = APPENDIX_L_TABLE.firstRow + ctx.pack.states.length - 1;
  return `${sheetRef(ctx.sheets.checks)}!$${col}$${APPENDIX_L_TABLE.firstRow}:$${col}$${last}`;
}

/**
 * The entry of column `want` of the Appendix L table for the State named (or coded) in `cell`, found
 * by its printed name, its USPS code or its plain name; `notFound` when it is not an Appendix L State.
 */
function appendixLFind(ctx: LayoutContext, cell: string, want: string, notFound: string): string {
  const t = APPENDIX_L_TABLE;
  const values = appendixLColumn(ctx, want);
  // MATCH reads * and ? as wildcards ("Kentuck*" would find Kentucky, whom the readers refuse): each is
  // escaped with ~, and ~ itself.
  const typed = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(TRIM(${cell}),"~","~~"),"*","~*"),"?","~?")`;
  const by = (col: string, rest: string) =>
    `IFERROR(INDEX(${values},MATCH(${typed},${appendixLColumn(ctx, col)},0)),${rest})`;
  return by(t.nameCol, by(t.codeCol, by(t.plainCol, notFound)));
}

/** The final base award level of the State named (or coded) in `cell`, 0 when it is not an Appendix L State. */
export function appendixLLookup(ctx: LayoutContext, cell: string): string {
  return appendixLFind(ctx, cell, APPENDIX_L_TABLE.levelCol, '0');
}

/** The USPS code of the State named (or coded) in `cell`, "" when it is not an Appendix L State. */
export function appendixLCode(ctx: LayoutContext, cell: string): string {
  return appendixLFind(ctx, cell, APPENDIX_L_TABLE.codeCol, '""');
}

/** The program types of Appendix F (A. Personnel) sit on the Checks sheet, column L from row 5: the drop-down's list. */
export const PROGRAM_TYPE_LIST = { col: 'M', firstRow: 5 } as const;

export function programTypeSource(ctx: LayoutContext, count: number): string {
  const c = PROGRAM_TYPE_LIST.col;
  return `${sheetRef(ctx.sheets.checks)}!$${c}$${PROGRAM_TYPE_LIST.firstRow}:$${c}$${PROGRAM_TYPE_LIST.firstRow + count - 1}`;
}
