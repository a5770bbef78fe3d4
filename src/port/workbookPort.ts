/**
 * The workbook port: what the product needs of a workbook, whether Excel (src/excel, Office.js) or
 * an .xlsx file (src/xlsx, exceljs). Two batched verbs over data, so that an adapter maps each to one
 * round trip:
 *
 *   read a snapshot (request) -> WorkbookSnapshot   one read  (Excel: readSnapshotIn, one context.sync)
 *   apply a plan (WritePlan)                         one write (Excel: applyIn, one context.sync)
 *
 * The port is these data types, not an interface object: the add-in reads and writes within one
 * Excel.run per action (readSnapshotIn/applyIn take its context), the .xlsx door calls XlsxWorkbook's
 * readSnapshot/apply; an object with a run of its own per verb served only tests, and is gone.
 *
 * Everything between (finding a layout, reading a budget, planning an insert or a repair) is plain
 * code over these data, written once in src/workbook and src/layout and tested without Office.
 * Addresses are A1 style; rows and columns in data are 0-based offsets from the range's top-left.
 */

/** An error value as Excel shows it: "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#N/A", "#NUM!", "#NULL!". */
export interface ErrorValue {
  error: string;
}

/** A cell's value as last calculated (cached): never trusted for totals, used to spot error values. */
export type CellValue = number | string | boolean | null | ErrorValue;

export interface CellSnapshot {
  /** The cached value. */
  value: CellValue;
  /** The formula without its leading "=" is NOT stripped: "=SUM(F5:F10)"; null for a constant or blank. */
  formula: string | null;
}

export type SheetKind = 'worksheet' | 'chartsheet';
export type Visibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetSnapshot {
  name: string;
  kind: SheetKind;
  visibility: Visibility;
  /** Top-left of the used range, 0-based; {0,0} for an empty sheet. */
  origin: { row: number; col: number };
  /** The used range, row by row (ragged rows are padded with blank cells). Empty for an empty sheet. */
  cells: CellSnapshot[][];
  /** Merged areas, A1 ranges ("A1:K1"). */
  merges: string[];
}

export interface DefinedName {
  name: string;
  /** "'Appendix F'!$F$5:$F$18" */
  ref: string;
}

export interface WorkbookSnapshot {
  /** Every sheet's name and kind in tab order, even those not loaded in full. */
  sheetNames: { name: string; kind: SheetKind; visibility: Visibility }[];
  /** Sheets loaded in full (those requested, or all). */
  sheets: SheetSnapshot[];
  names: DefinedName[];
}

export interface SnapshotRequest {
  /**
   * The sheets to load cells of; undefined loads every worksheet. The own-layout re-check names its
   * sheets so Excel can load them in the same round trip as the sheet list.
   */
  sheets?: string[];
}

/* ------------------------------------------------------------------------------------------------
 * Writing: a plan is a list of operations applied in order, in one batch.
 * ---------------------------------------------------------------------------------------------- */

export type HorizontalAlign = 'left' | 'center' | 'right';

/** Cell style as data; adapters map it to Excel or exceljs. Only what the templates use. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // "#RRGGBB"
  fill?: string; // "#RRGGBB"
  align?: HorizontalAlign;
  wrap?: boolean;
  numberFormat?: string;
  border?: 'thin' | 'none';
  /** Unlocked cells are the inputs of a protected sheet. Cells are locked unless this is false. */
  locked?: boolean;
}

/** What goes into one cell. User text is always a value, never a formula, even if it starts with "=". */
export type CellWrite =
  | { kind: 'value'; value: string | number | boolean | null; style?: CellStyle }
  | { kind: 'formula'; formula: string; style?: CellStyle }
  | { kind: 'style'; style: CellStyle }
  | { kind: 'skip' };

export interface DataValidationRule {
  type: 'decimal' | 'whole' | 'list';
  /** Inclusive minimum for numbers. */
  min?: number;
  max?: number;
  /** For list: the allowed entries. */
  list?: string[];
  /**
   * For list, instead of `list`: a range holding the allowed entries, as a reference without "=":
   * "Checks!$M$5:$M$20" (entries with commas cannot go in an inline list). Added by the layout, issue 3.
   */
  source?: string;
  errorTitle: string;
  errorMessage: string;
  prompt?: string;
}

export interface PrintSetup {
  landscape: boolean;
  fitToWidth: number; // pages wide; 0 = no fit
  fitToHeight: number; // 0 = as many as needed
  /** Rows repeated at the top of each page: "1:4". */
  titleRows?: string;
  /** Footer with Excel codes: "&L...&RPage &P of &N". */
  footer?: string;
  header?: string;
  /** The print area: "A1:K60". */
  area?: string;
  /** The paper (US Letter: the grant file is printed in the US). */
  paper?: 'letter';
  /** Margins in inches, as Excel's Page Setup shows them (each writer converts to its unit). */
  margins?: PageMargins;
  /**
   * Rows that start a new printed page (a manual page break above each; with fitToHeight 0). Given,
   * they replace the sheet's manual breaks; left out, the sheet keeps the breaks it has.
   */
  breaksBefore?: number[];
}

export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** The margins every sheet we write prints with (inches): room for the footer below the table. */
export const PRINT_MARGINS: PageMargins = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 };

/**
 * What a protected sheet still allows (Excel.WorksheetProtectionOptions, ExcelApi 1.2; exceljs's
 * protect options). Flags left out are not allowed.
 */
/**
 * Every option of Excel's WorksheetProtectionOptions: a sheet the user protected keeps all of them when
 * the add-in protects it again after writing (the templates set only the first four).
 */
export interface SheetProtection {
  allowInsertRows?: boolean;
  allowDeleteRows?: boolean;
  allowFormatRows?: boolean;
  allowFormatColumns?: boolean;
  allowFormatCells?: boolean;
  allowInsertColumns?: boolean;
  allowDeleteColumns?: boolean;
  allowSort?: boolean;
  allowAutoFilter?: boolean;
  allowEditObjects?: boolean;
  allowEditScenarios?: boolean;
  allowInsertHyperlinks?: boolean;
  allowPivotTables?: boolean;
  /** Which cells can be selected: all (Normal, Excel's default), the unlocked ones, or none. */
  selectionMode?: 'Normal' | 'Unlocked' | 'None';
}

/** The yes/no options of SheetProtection, in Excel's names. */
export const PROTECTION_FLAGS = [
  'allowInsertRows',
  'allowDeleteRows',
  'allowFormatRows',
  'allowFormatColumns',
  'allowFormatCells',
  'allowInsertColumns',
  'allowDeleteColumns',
  'allowSort',
  'allowAutoFilter',
  'allowEditObjects',
  'allowEditScenarios',
  'allowInsertHyperlinks',
  'allowPivotTables',
] as const satisfies readonly (keyof SheetProtection)[];

/**
 * How every template sheet is protected, for both adapters: formulas locked, but rows may be inserted
 * and deleted (the totals sum over a spare row so that a user can insert budget lines) and rows and
 * columns resized. `protect()` without options would forbid inserting rows.
 */
export const TEMPLATE_PROTECTION: Readonly<SheetProtection> = Object.freeze({
  allowInsertRows: true,
  allowDeleteRows: true,
  allowFormatRows: true,
  allowFormatColumns: true,
});

export type WriteOp =
  /** `position`: the sheet's 0-based place among the workbook's sheets once added; left out, it goes last. */
  | { op: 'addSheet'; sheet: string; tabColor?: string; position?: number }
  /** Writes a rectangle of cells whose top-left is `address`. */
  | { op: 'cells'; sheet: string; address: string; rows: CellWrite[][] }
  | { op: 'columnWidths'; sheet: string; widths: { column: string; width: number }[] }
  /**
   * Unlocks whole rows (`rows`: "12:40"), their cells beyond the ones written included, as a row's own
   * format: Excel deletes a row of a protected sheet only when none of its cells is locked, and an
   * untouched cell is locked. Given before the rows' cells are written, which keep their own styles.
   */
  | { op: 'unlockRows'; sheet: string; rows: string }
  /** Row heights in points; `row` is the 1-based row number as in "A12" (added by the layout, issue 3). */
  | { op: 'rowHeights'; sheet: string; heights: { row: number; height: number }[] }
  | { op: 'merge'; sheet: string; range: string }
  | { op: 'name'; name: string; ref: string; comment?: string }
  | { op: 'validation'; sheet: string; range: string; rule: DataValidationRule }
  | { op: 'freeze'; sheet: string; rows: number; columns: number }
  /** No password, ever. Without `options` nothing is allowed beyond selecting cells. */
  | { op: 'protect'; sheet: string; options?: SheetProtection }
  | { op: 'unprotect'; sheet: string }
  | { op: 'print'; sheet: string; setup: PrintSetup }
  | { op: 'activate'; sheet: string };

/** One kind of WriteOp, by its `op`. */
export type WriteOpOf<K extends WriteOp['op']> = Extract<WriteOp, { op: K }>;

export interface WritePlan {
  ops: WriteOp[];
}

/* ------------------------------------------------------------------------------------------------
 * A1 helpers shared by all adapters and planners.
 * ---------------------------------------------------------------------------------------------- */

export function columnLetter(col0: number): string {
  let n = col0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row0: number, col0: number): string {
  return `${columnLetter(col0)}${row0 + 1}`;
}

export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1] as string) };
}

/** A formula as both writers and every reader hold it: with its leading "=" ("SUM(A1:A3)" -> "=SUM(A1:A3)"). */
export function withEquals(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
}

/** A reference or formula without its leading "=" (a defined name's "='Appendix F'!$A$1" -> "'Appendix F'!$A$1"). */
export function withoutEquals(ref: string): string {
  return ref.startsWith('=') ? ref.slice(1) : ref;
}

/**
 * The bounds of a number rule as both writers set them, so Excel and a written .xlsx refuse the same
 * entries. A rule without bounds still admits numbers only, of any sign (NO_MINIMUM: far below any figure).
 */
export const NO_MINIMUM = -1e15;
export function numberRuleBounds(
  rule: DataValidationRule,
):
  | { operator: 'between'; min: number; max: number }
  | { operator: 'atMost'; max: number }
  | { operator: 'atLeast'; min: number } {
  if (rule.min !== undefined && rule.max !== undefined) return { operator: 'between', min: rule.min, max: rule.max };
  if (rule.max !== undefined) return { operator: 'atMost', max: rule.max };
  return { operator: 'atLeast', min: rule.min ?? NO_MINIMUM };
}

/**
 * `wanted`, or "wanted (n)" with the first n free: Excel compares sheet names without case. Every door
 * that adds a sheet (the templates, the Review sheet) names it so, never replacing one.
 */
export function freeSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((s) => s.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A column width in characters as points, as Excel converts it (7 pixels a character, 5 of padding), to 0.01 pt. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Quotes a sheet name for a formula: 'Appendix F'!A1. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function isErrorValue(v: CellValue): v is ErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** The cell of a snapshot sheet at an absolute 0-based position, or a blank. */
export function cellAt(sheet: SheetSnapshot, row0: number, col0: number): CellSnapshot {
  const r = sheet.cells[row0 - sheet.origin.row];
  return r?.[col0 - sheet.origin.col] ?? { value: null, formula: null };
}
