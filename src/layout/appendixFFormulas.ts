/**
 * The formulas of an Appendix F block: each line's own total, and the block's figures for the
 * SF-424A and Checks sheets (its private-sector consultation money, its Federal Share spread over
 * Administration and Program as RULES.md says, its lines that do not split), computed over the
 * block's whole range in its subtotal row.
 *
 * Why over the range and not line by line: Excel copies a row's format into a row a person inserts,
 * never its formulas. A figure that needed a formula on every line would leave out an inserted line,
 * and a locked formula cell on a line row makes Excel refuse to delete the row on the protected sheet.
 * So no figure the other sheets read depends on a formula of a line row; a line row holds only inputs
 * and its Total Cost, a convenience that an inserted row may lack (the add-in or Repair totals writes it).
 *
 * Why these functions: the range formulas must compute in Excel 2016 and 2019 too, where a formula
 * that is not an array formula evaluates IF (and N) over a range by implicit intersection, one cell,
 * silently wrong. Inside SUMPRODUCT those Excel evaluate comparisons, arithmetic, ROUND, ABS, TRIM,
 * ISNUMBER and REPT cell by cell; so every condition here is arithmetic on TRUE/FALSE, never IF, and
 * a cell is read as a number with REPT and ISNUMBER instead of N (`numbers`). Each range runs from the
 * block's column-head row to its spare row, as its SUM totals do, so a row inserted anywhere inside
 * is counted; the heads are text and count as 0.
 */
import { PRIVATE_SECTOR_PROGRAM_TYPES, type CostSection } from '../budget';
import { sheetRef } from '../port/workbookPort';
import { F_COL } from './appendixFColumns';

/** `N(F12)`: a number cell read so that text counts as 0 instead of breaking the formula. */
export const n = (col: string, row: number) => `N(${col}${row})`;

/** A line's Total Cost: Federal Share + State Match + State 100% Funded. */
export const lineTotalFormula = (r: number) => `${n('H', r)}+${n('I', r)}+${n('J', r)}`;

/**
 * The rows of a block that its range formulas cover: from the column-head row to the spare row; with
 * `sheet`, its ranges are written for a formula on another sheet ('Appendix F'!$L$12:$L$40).
 */
export interface BlockRange {
  head: number;
  spare: number;
  sheet?: string;
}

export const range = (col: string, b: BlockRange) =>
  b.sheet === undefined
    ? `${col}${b.head}:${col}${b.spare}`
    : `${sheetRef(b.sheet)}!$${col}$${b.head}:$${col}$${b.spare}`;

/**
 * Each cell of a range as a number, inside SUMPRODUCT: a number as it is, text (a head, a figure typed
 * as text), TRUE/FALSE and blanks as 0, as N() reads one cell. REPT writes the number out as text
 * (every digit Excel holds) or nothing, and "--" reads it back; a cell that is no number gives "0".
 */
export function numbers(r: string): string {
  return `(--(REPT(${r},--ISNUMBER(${r}))&REPT(0,1-ISNUMBER(${r}))))`;
}

/** Each cell of a range in whole cents, half away from zero, as the domain reads an amount. */
const cents = (r: string) => `ROUND(${numbers(r)}*100,0)`;

/**
 * TRUE for each line of private-sector consultation: marked Y or YES in column L, or (A. Personnel) of
 * a private-sector 23(g) consultation program type. Excel's "=" compares text without case, after TRIM.
 */
export function pscLines(section: CostSection, b: BlockRange): string {
  const mark = range(F_COL.psc, b);
  const marks = [`(TRIM(${mark})="Y")`, `(TRIM(${mark})="YES")`];
  if (section === 'personnel') {
    const type = range(F_COL.b, b);
    for (const t of PRIVATE_SECTOR_PROGRAM_TYPES) marks.push(`(TRIM(${type})="${t}")`);
  }
  return `((${marks.join('+')})>0)`;
}

/**
 * The block's Federal Share to Administration (column Q of the subtotal row), line by line as the
 * domain's federalSplit: the share spread over Administration and Program in proportion, in whole
 * cents, half a cent up (the largest-remainder rule for two parts: the part with the larger remainder,
 * ties to the first, gets the odd cent); weights of mixed sign put all of it where most of the line is;
 * a line with neither (or of private-sector consultation) gives Administration nothing.
 * Exact while Federal Share × Administration, in cents, stays below 2^53 (both under about $949,000 on
 * one line): the product is then a whole binary64 number. Above that, an exact half-cent tie can round
 * down on the sheet where the domain rounds up: one cent moves between the Administration and Program
 * Federal figures of Section A (every total still foots, Section A line 5 is unchanged).
 */
export function federalToAdminFormula(section: CostSection, b: BlockRange): string {
  const a = cents(range(F_COL.administration, b));
  const p = cents(range(F_COL.program, b));
  const f = cents(range(F_COL.federal, b));
  const federal = numbers(range(F_COL.federal, b));
  const mixed = `(${a}*${p}<0)`;
  const mostlyAdmin = `(ABS(${p})<ABS(${a}))`;
  const sum = `(${a}+${p})`;
  const proportional = `ROUND(${f}*${a}/(${sum}+(${sum}=0)),0)*(${sum}<>0)/100`;
  return `SUMPRODUCT((1-${pscLines(section, b)})*(${mixed}*${mostlyAdmin}*${federal}+(1-${mixed})*${proportional}))`;
}

/**
 * The block's figures in its subtotal row, columns M to S, each over the block's range:
 * M lines of private-sector consultation; N, O, P their Administration, Program and Federal Share;
 * Q the Federal Share to Administration; R lines whose Administration + Program differs from Federal
 * Share + State Match; S the Federal Share of lines with neither Administration nor Program, which the
 * domain gives to no category (such a line is already a LINE_SPLIT_MISMATCH or NEGATIVE_AMOUNT error).
 * SUMPRODUCT of separate arrays counts text as 0, so N, O, P and S read their amounts as they stand.
 */
export function blockFigureFormulas(section: CostSection, b: BlockRange): Record<string, string> {
  const isPsc = pscLines(section, b);
  const psc = `--${isPsc}`;
  const amount = (col: string) => numbers(range(col, b));
  const a = cents(range(F_COL.administration, b));
  const p = cents(range(F_COL.program, b));
  const split = `${amount(F_COL.administration)}+${amount(F_COL.program)}-${amount(F_COL.federal)}-${amount(F_COL.stateMatch)}`;
  return {
    [F_COL.hPsc]: `SUMPRODUCT(${psc})`,
    [F_COL.hPscAdmin]: `SUMPRODUCT(${psc},${range(F_COL.administration, b)})`,
    [F_COL.hPscProgram]: `SUMPRODUCT(${psc},${range(F_COL.program, b)})`,
    [F_COL.hPscFederal]: `SUMPRODUCT(${psc},${range(F_COL.federal, b)})`,
    [F_COL.hFederalToAdmin]: federalToAdminFormula(section, b),
    [F_COL.hSplitMismatch]: `SUMPRODUCT(--(ROUND((${split})*100,0)<>0))`,
    [F_COL.hFederalUnassigned]: `SUMPRODUCT((1-${isPsc})*(${a}=0)*(${p}=0),${range(F_COL.federal, b)})`,
  };
}
