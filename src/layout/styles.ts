/**
 * The look of the templates: inputs are unlocked with a light fill, formulas are locked with a grey
 * fill, totals are bold. Number formats: currency, FTE with two decimals, percent, whole counts.
 */
import type { CellStyle, DataValidationRule } from '../port/workbookPort';

export const MONEY = '"$"#,##0.00;[Red]-"$"#,##0.00';
export const FTE = '0.00';
export const PERCENT = '0.00%';
export const COUNT = '#,##0';

/**
 * A format that shows zero as a blank (its third section is empty): for a line's own formula (a line's
 * Total Cost, an FTE or visits total) so that a blank line prints blank, not "$0.00". The cell still
 * holds the number 0, so every total and check over it reads a number. Totals and subtotals keep
 * showing their zero: there a zero is a figure of the form.
 */
export function blankZero(format: string): string {
  const [positive, negative] = format.split(';');
  return `${positive};${negative ?? `-${positive}`};;@`;
}

export const INPUT_FILL = '#FFF2CC';
export const FORMULA_FILL = '#F2F2F2';
export const HEAD_FILL = '#D9E1F2';
export const GREY_FILL = '#BFBFBF';

export const title: CellStyle = { bold: true, fontSize: 14 };
export const subtitle: CellStyle = { bold: true, fontSize: 11 };
export const note: CellStyle = { italic: true, fontSize: 9, wrap: true };
export const sectionTitle: CellStyle = { bold: true, wrap: true, fill: HEAD_FILL, border: 'thin' };
export const head: CellStyle = { bold: true, wrap: true, align: 'center', fill: HEAD_FILL, border: 'thin' };
export const helperHead: CellStyle = {
  italic: true,
  wrap: true,
  align: 'center',
  fontSize: 8,
  fontColor: '#595959',
  fill: FORMULA_FILL,
  border: 'thin',
};
export const label: CellStyle = { border: 'thin', wrap: true };
export const boldLabel: CellStyle = { border: 'thin', bold: true, wrap: true };
export const plain: CellStyle = { border: 'thin' };

export const inputText: CellStyle = { fill: INPUT_FILL, locked: false, border: 'thin', wrap: true };
/**
 * Text of a cost line (title, program type, contract item): wrapped, so a long one prints whole; its
 * row is made as tall as the text needs (sheetModel.ts autoHeights), and Excel grows it as a person types.
 */
export const inputLineText: CellStyle = { fill: INPUT_FILL, locked: false, border: 'thin', wrap: true };
export const inputMoney: CellStyle = { fill: INPUT_FILL, locked: false, border: 'thin', numberFormat: MONEY };
export const inputFte: CellStyle = { fill: INPUT_FILL, locked: false, border: 'thin', numberFormat: FTE };
export const inputCount: CellStyle = { fill: INPUT_FILL, locked: false, border: 'thin', numberFormat: COUNT };
export const inputPercent: CellStyle = { fill: INPUT_FILL, locked: false, border: 'thin', numberFormat: PERCENT };
export const inputFlag: CellStyle = { fill: INPUT_FILL, locked: false, border: 'thin', align: 'center' };
export const greyedInputCount: CellStyle = { fill: GREY_FILL, locked: false, border: 'thin', numberFormat: COUNT };
export const greyedInputFte: CellStyle = { fill: GREY_FILL, locked: false, border: 'thin', numberFormat: FTE };

export const formulaMoney: CellStyle = { fill: FORMULA_FILL, border: 'thin', numberFormat: MONEY };
/** A line's own formulas: blank when the line is (see blankZero). */
export const lineMoney: CellStyle = { ...formulaMoney, numberFormat: blankZero(MONEY) };
export const lineFte: CellStyle = { fill: FORMULA_FILL, border: 'thin', numberFormat: blankZero(FTE) };
export const lineCount: CellStyle = { fill: FORMULA_FILL, border: 'thin', numberFormat: blankZero(COUNT) };
export const totalMoney: CellStyle = { fill: FORMULA_FILL, border: 'thin', bold: true, numberFormat: MONEY };
export const formulaFte: CellStyle = { fill: FORMULA_FILL, border: 'thin', numberFormat: FTE };
export const totalFte: CellStyle = { fill: FORMULA_FILL, border: 'thin', bold: true, numberFormat: FTE };
export const formulaCount: CellStyle = { fill: FORMULA_FILL, border: 'thin', numberFormat: COUNT };
export const totalCount: CellStyle = { fill: FORMULA_FILL, border: 'thin', bold: true, numberFormat: COUNT };
export const formulaPercent: CellStyle = { fill: FORMULA_FILL, border: 'thin', numberFormat: PERCENT };
export const formulaText: CellStyle = { fill: FORMULA_FILL, border: 'thin', wrap: true };
export const verdict: CellStyle = { fill: FORMULA_FILL, border: 'thin', bold: true, align: 'center' };
export const helperCell: CellStyle = {
  fill: FORMULA_FILL,
  border: 'thin',
  fontSize: 8,
  fontColor: '#595959',
  numberFormat: MONEY,
};
export const helperFlag: CellStyle = {
  fill: FORMULA_FILL,
  border: 'thin',
  fontSize: 8,
  fontColor: '#595959',
  numberFormat: '0',
};
/**
 * The cells of an Appendix F line that are not inputs: its Total Cost (a formula, grey) and the cells
 * it leaves empty. Unlocked, like every cell of a line row: Excel deletes a row of a protected sheet
 * only when none of its cells is locked.
 */
export const lineTotal: CellStyle = { ...lineMoney, locked: false };

const UNLOCKED = new WeakMap<CellStyle, CellStyle>();

/**
 * `style` unlocked: for the row right above a block's first line. Excel gives a row inserted under it
 * that row's format; unlocked, the new row can be typed in on the protected sheet. The row itself stays
 * undeletable: its cells beyond the table keep Excel's default, locked.
 */
export function unlocked(style: CellStyle): CellStyle {
  let u = UNLOCKED.get(style);
  if (!u) UNLOCKED.set(style, (u = { ...style, locked: false }));
  return u;
}
export const lineUnused: CellStyle = { border: 'thin', locked: false };
/** The spare row at the end of a block: locked, blank, inside the totals' ranges. */
export const spare: CellStyle = { border: 'thin', fill: '#FAFAFA' };

const NUMBERS_ONLY = 'Numbers only, no negatives: type an amount such as 1250.50 (no text, no minus sign).';

export const moneyRule: DataValidationRule = {
  type: 'decimal',
  min: 0,
  errorTitle: 'Numbers only',
  errorMessage: NUMBERS_ONLY,
  prompt: 'Dollars and cents; numbers only, no negatives.',
};
export const fteRule: DataValidationRule = {
  type: 'decimal',
  min: 0,
  errorTitle: 'Numbers only',
  errorMessage: 'Numbers only, no negatives: type FTE such as 0.5 or 12.25.',
  prompt: 'FTE; numbers only, no negatives.',
};
export const countRule: DataValidationRule = {
  type: 'whole',
  min: 0,
  errorTitle: 'Numbers only',
  errorMessage: 'Whole numbers only, no negatives: type a count such as 120.',
  prompt: 'A count; whole numbers only, no negatives.',
};
export const rateRule: DataValidationRule = {
  type: 'decimal',
  min: 0,
  max: 1,
  errorTitle: 'Numbers only',
  errorMessage: 'A rate between 0% and 100%: type 10% or 0.1 (numbers only, no negatives).',
  prompt: 'The approved indirect cost rate, e.g. 10%.',
};
export const flagRule: DataValidationRule = {
  type: 'list',
  list: ['Y', 'N'],
  errorTitle: 'Y or N',
  errorMessage: 'Type Y (yes) or N (no), or leave the cell blank.',
  prompt: 'Y or N',
};
export const yearRule: DataValidationRule = {
  type: 'whole',
  min: 2000,
  max: 2100,
  errorTitle: 'Numbers only',
  errorMessage: 'A fiscal year such as 2012 (numbers only).',
};
