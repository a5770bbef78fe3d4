/**
 * A sheet as data: cells, merges, names, validations, widths, print setup. Each template fills one
 * SheetModel; `sheetOps` turns it into the port's WriteOps (one `cells` op per sheet, so an adapter
 * writes the whole sheet in one assignment). Rows here are 1-based and columns are letters, as a
 * person reads a sheet, so the formulas in the templates read like the ones Excel shows.
 */
import {
  columnIndex,
  columnLetter,
  sheetRef,
  withEquals,
  TEMPLATE_PROTECTION,
  type CellStyle,
  type CellWrite,
  type DataValidationRule,
  type PrintSetup,
  type WriteOp,
} from '../port/workbookPort';
import { maxOf } from '../budget/arrays';
import { fittedPrintSetup } from './printFit';
import { longestShownText } from './shownText';

export interface NamedRange {
  /** The name without the workbook's clash suffix: "GB_F_Personnel". */
  base: string;
  /** "A12:R30" or "B3" on this sheet. */
  range: string;
  comment: string;
}

/**
 * Column letters to index, remembered: a 10,000-line Appendix F puts some 200,000 cells, each by its
 * letter, and the reader rebuilds the layout to know its formula cells.
 */
const COLUMN_INDEX = new Map<string, number>();

function columnOf(col: string): number {
  let c = COLUMN_INDEX.get(col);
  if (c === undefined) COLUMN_INDEX.set(col, (c = columnIndex(col)));
  return c;
}

const BLANK_WRITES = new WeakMap<CellStyle, CellWrite>();
const STYLE_WRITES = new WeakMap<CellStyle, CellWrite>();

function blankWrite(style: CellStyle): CellWrite {
  let w = BLANK_WRITES.get(style);
  if (!w) BLANK_WRITES.set(style, (w = { kind: 'value', value: null, style }));
  return w;
}

function styleWrite(style: CellStyle): CellWrite {
  let w = STYLE_WRITES.get(style);
  if (!w) STYLE_WRITES.set(style, (w = { kind: 'style', style }));
  return w;
}

export class SheetModel {
  readonly cells = new Map<number, Map<number, CellWrite>>();
  readonly merges: string[] = [];
  readonly names: NamedRange[] = [];
  readonly validations: { range: string; rule: DataValidationRule }[] = [];
  widths: { column: string; width: number }[] = [];
  /** Rows taller than the default: wrapped titles and notes, so they print whole. */
  readonly heights: { row: number; height: number }[] = [];
  print: PrintSetup | null = null;
  /** Whole rows unlocked as rows (first, last; 1-based): the lines a person may delete on the protected sheet. */
  readonly unlockedRows: [number, number][] = [];
  /** Rows that start a block (a section's title): a printed page starts at one rather than just above it. */
  readonly blockStarts: number[] = [];
  freeze: { rows: number; columns: number } | null = null;
  tabColor: string | undefined;

  constructor(readonly sheet: string) {}

  put(col: string, row: number, write: CellWrite): void {
    const c = columnOf(col);
    let r = this.cells.get(row);
    if (!r) this.cells.set(row, (r = new Map()));
    r.set(c, write);
  }

  value(col: string, row: number, value: string | number | boolean | null, style?: CellStyle): void {
    // A blank input (every line of a blank workbook, and of the layout the reader rebuilds) is one
    // shared write per style: cell writes are read, never changed.
    if (value === null && style) this.put(col, row, blankWrite(style));
    else this.put(col, row, style ? { kind: 'value', value, style } : { kind: 'value', value });
  }

  formula(col: string, row: number, formula: string, style?: CellStyle): void {
    const f = withEquals(formula);
    this.put(col, row, style ? { kind: 'formula', formula: f, style } : { kind: 'formula', formula: f });
  }

  style(col: string, row: number, style: CellStyle): void {
    this.put(col, row, styleWrite(style));
  }

  /** Styles every cell of a row from `from` to `to` that holds nothing yet (borders, fills of a table). */
  fillRow(row: number, from: string, to: string, style: CellStyle): void {
    for (let c = columnIndex(from); c <= columnIndex(to); c++) {
      if (!this.cells.get(row)?.has(c)) this.style(columnLetter(c), row, style);
    }
  }

  height(row: number, points: number): void {
    this.heights.push({ row, height: points });
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  name(base: string, range: string, comment: string): void {
    this.names.push({ base, range, comment });
  }

  validate(range: string, rule: DataValidationRule): void {
    this.validations.push({ range, rule });
  }

  get lastRow(): number {
    return maxOf(this.cells.keys(), 0);
  }

  get lastCol(): number {
    let m = 0;
    for (const r of this.cells.values()) for (const c of r.keys()) m = Math.max(m, c);
    return m;
  }
}

/** "$F$12:$F$30" from "F12:F30". */
export function absolute(range: string): string {
  return range
    .split(':')
    .map((p) => p.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}

/** Lines a text takes when wrapped at word boundaries into `perLine` characters. */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const part of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of part.split(' ')) {
      if (used === 0) used = word.length;
      else if (used + 1 + word.length <= perLine) used += 1 + word.length;
      else {
        lines++;
        used = word.length;
      }
      // A word longer than a line is broken across lines.
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return lines;
}

/** The lines a wrapped cell's text takes: a value's own text, or the longest text a formula can show. */
function cellLines(w: CellWrite, perLine: number): number {
  if (w.kind === 'value' && typeof w.value === 'string') return wrappedLines(w.value, perLine);
  // Words of a formula's text are not known: a tenth of each line is left for the wrapping.
  if (w.kind === 'formula') {
    const length = longestShownText(w.formula);
    return length <= perLine ? 1 : Math.ceil(length / Math.max(1, Math.floor(perLine * 0.9)));
  }
  return 1;
}

/** The last printed column (0-based) of a sheet with a print area; every column otherwise. */
function printedColumns(model: SheetModel): number {
  const m = /:\$?([A-Z]+)\$?\d+$/.exec(model.print?.area ?? '');
  return m ? columnIndex(m[1] as string) : Number.MAX_SAFE_INTEGER;
}

/**
 * Heights for rows whose wrapped text needs more than one line: Excel grows such rows itself when a
 * person types, but not for a file written by a program, nor when a formula's result changes, and
 * LibreOffice prints what the file says. An estimate from the column widths (a width unit holds about
 * one character of 11-point text); formula text is given the height of the longest text it can show.
 */
export function autoHeights(model: SheetModel): { row: number; height: number }[] {
  const widthOf = new Map(model.widths.map((w) => [columnIndex(w.column), w.width]));
  const colWidth = (c: number) => widthOf.get(c) ?? 9;
  const mergedWidth = new Map<string, number>();
  for (const range of model.merges) {
    const [a, b] = range.split(':');
    const m1 = /^([A-Z]+)(\d+)$/.exec(a ?? '');
    const m2 = /^([A-Z]+)(\d+)$/.exec(b ?? '');
    if (!m1 || !m2) continue;
    let w = 0;
    for (let c = columnIndex(m1[1] as string); c <= columnIndex(m2[1] as string); c++) w += colWidth(c);
    const rows = Number(m2[2]) - Number(m1[2]) + 1;
    mergedWidth.set(`${m1[1]}${m1[2]}`, w * rows);
  }
  // Columns outside the print area (the helper tables) do not make a printed row taller.
  const printed = printedColumns(model);
  const out: { row: number; height: number }[] = [];
  for (const [row, cols] of model.cells) {
    let height = 15;
    for (const [col, w] of cols) {
      if (col > printed) continue;
      if ((w.kind !== 'formula' && !(w.kind === 'value' && typeof w.value === 'string')) || !w.style?.wrap) continue;
      const size = w.style.fontSize ?? 11;
      const width = mergedWidth.get(`${columnLetter(col)}${row}`) ?? colWidth(col);
      const perLine = Math.max(1, Math.floor(((width - 1) * 11 * (w.style.bold ? 0.92 : 1)) / size));
      // Excel's line of 11-point Calibri is 15 points; a row of one line keeps the default height.
      const lines = cellLines(w, perLine);
      if (lines > 1) height = Math.max(height, Math.ceil((lines * 15 * size) / 11));
    }
    if (height > 15 && !model.heights.some((h) => h.row === row)) out.push({ row, height: Math.min(height, 200) });
  }
  return out;
}

/** Every row height a sheet sets: the template's own, then those its wrapped text needs. */
export function sheetHeights(model: SheetModel): { row: number; height: number }[] {
  return [...model.heights, ...autoHeights(model)];
}

/** The print setup as written: the template's, with its pages fitted to the sheet's extent. */
export function sheetPrintSetup(
  model: SheetModel,
  heights: readonly { row: number; height: number }[],
): PrintSetup | null {
  return model.print
    ? fittedPrintSetup(model.print, { widths: model.widths, heights, blockStarts: model.blockStarts })
    : null;
}

/** The WriteOps of one sheet. Names are given the workbook's suffix by the caller's `nameOf`. */
export function sheetOps(model: SheetModel, nameOf: (base: string) => string): WriteOp[] {
  const ops: WriteOp[] = [
    { op: 'addSheet', sheet: model.sheet, ...(model.tabColor ? { tabColor: model.tabColor } : {}) },
  ];
  const lastRow = model.lastRow;
  const lastCol = model.lastCol;
  const rows: CellWrite[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row: CellWrite[] = [];
    const src = model.cells.get(r);
    for (let c = 0; c <= lastCol; c++) row.push(src?.get(c) ?? { kind: 'skip' });
    rows.push(row);
  }
  for (const [first, last] of model.unlockedRows)
    ops.push({ op: 'unlockRows', sheet: model.sheet, rows: `${first}:${last}` });
  if (rows.length) ops.push({ op: 'cells', sheet: model.sheet, address: 'A1', rows });
  if (model.widths.length) ops.push({ op: 'columnWidths', sheet: model.sheet, widths: model.widths });
  const heights = sheetHeights(model);
  if (heights.length) ops.push({ op: 'rowHeights', sheet: model.sheet, heights });
  for (const range of model.merges) ops.push({ op: 'merge', sheet: model.sheet, range });
  for (const v of model.validations) ops.push({ op: 'validation', sheet: model.sheet, range: v.range, rule: v.rule });
  for (const n of model.names)
    ops.push({
      op: 'name',
      name: nameOf(n.base),
      ref: `${sheetRef(model.sheet)}!${absolute(n.range)}`,
      comment: n.comment,
    });
  if (model.freeze)
    ops.push({ op: 'freeze', sheet: model.sheet, rows: model.freeze.rows, columns: model.freeze.columns });
  const print = sheetPrintSetup(model, heights);
  if (print) ops.push({ op: 'print', sheet: model.sheet, setup: print });
  ops.push({ op: 'protect', sheet: model.sheet, options: { ...TEMPLATE_PROTECTION } });
  return ops;
}
