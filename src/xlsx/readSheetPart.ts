/**
 * One worksheet part read in a single streaming pass (xmlStream.ts): its non-blank cells, with their
 * cached values and formulas, and its merged areas. Linear in the part: no pattern rescans it, merged
 * areas are ranges (mergedAreas.ts), shared formulas are translated cell by cell (sharedFormula.ts).
 *
 * What a cell's <v> holds is never rewritten: a number is taken only when its text is a plain number
 * (src/workbook/numberText.ts), otherwise the cell keeps the text (0x10, 1e400...) and the layout
 * readers report it; an empty <v></v> (openpyxl writes one for a formula it did not calculate) is
 * no cached value. Anything the file gets wrong about cells is a refusal naming the cell.
 */
import { msg } from '../messages/words';
import type { CellValue } from '../port/workbookPort';
import { a1, withEquals } from '../port/workbookPort';
import { plainNumber } from '../workbook/numberText';
import { CELL_REF_SPAN, MAX_COLUMNS, MAX_ROWS, cellRefNumber, checkedAreas, visibleCells } from './mergedAreas';
import { WorkbookReadError, damagedPart } from './readError';
import { MAX_FORMULA_CHARS, MAX_MERGES, MAX_USED_RANGE_CELLS } from './readLimits';
import type { FoundCell } from './readSnapshot';
import { slideFormula } from './sharedFormula';
import { RunText, dateText } from './stylesAndStrings';
import { streamXml } from './xmlStream';

export interface SheetContext {
  file: string;
  part: string;
  sheet: string;
  /** The shared strings, or null when the file has none. */
  strings: string[] | null;
  /** Per cell style: shows a date; null without a styles part. */
  dates: boolean[] | null;
  date1904: boolean;
}

export interface SheetRead {
  found: FoundCell[];
  merges: string[];
}

/** The cell being read, between its <c> and </c>. */
interface OpenCell {
  r: number;
  c: number;
  type: string;
  style: number;
  f: { text: string; t?: string; si?: string; ref?: string } | null;
  v: string | null;
  inline: RunText | null;
}

export function readSheetPart(xml: string, ctx: SheetContext): SheetRead {
  const reader = new SheetPartReader(ctx);
  const root = streamXml(xml, ctx.file, ctx.part, reader);
  if (root !== 'worksheet') throw damagedPart(ctx.file, ctx.part, msg('xlsx.why.notWorksheet', { root }));
  const areas = checkedAreas(reader.merges, ctx.file, ctx.sheet, ctx.part);
  return { found: visibleCells(reader.found, areas), merges: reader.merges };
}

/** The streaming handlers: where the parse is (row, cell, which child) and what was read so far. */
class SheetPartReader {
  readonly found: FoundCell[] = [];
  readonly merges: string[] = [];
  private row = -1;
  private nextCol = 0;
  private cell: OpenCell | null = null;
  private into: 'f' | 'v' | null = null;
  /** Shared formulas by their si: the text and the cell it is written for. */
  private readonly masters = new Map<string, { text: string; r: number; c: number }>();

  constructor(private readonly ctx: SheetContext) {}

  open(name: string, a: Record<string, string>): void {
    const cell = this.cell;
    if (cell) {
      if (name === 'f') cell.f = { text: '', t: a.t, si: a.si, ref: a.ref };
      if (name === 'f' || name === 'v') this.into = name;
      if (name === 'v') cell.v = '';
      if (name === 'is') (cell.inline = new RunText()).start();
      else cell.inline?.open(name);
    } else if (name === 'row') {
      this.row = a.r !== undefined ? this.rowNumber(a.r) : this.row + 1;
      this.nextCol = 0;
    } else if (name === 'c') this.cell = this.startCell(a);
    else if (name === 'mergeCell' && a.ref) this.addMerge(a.ref);
  }

  text(t: string): void {
    const cell = this.cell;
    if (!cell) return;
    if (this.into === 'v') cell.v += t;
    else if (this.into === 'f' && cell.f) cell.f.text += t;
    else cell.inline?.text(t);
  }

  close(name: string): void {
    const cell = this.cell;
    if (!cell) return;
    if (name === 'c') {
      this.finish(cell);
      this.cell = null;
    } else if (name === 'f' || name === 'v') this.into = null;
    else cell.inline?.close(name);
  }

  /** Kept as written for the snapshot; bounded in number, as single cells cover nothing the area bound would count. */
  private addMerge(ref: string): void {
    if (this.merges.length >= MAX_MERGES) {
      throw new WorkbookReadError(this.ctx.file, msg('xlsx.tooManyMerges', { sheet: this.ctx.sheet, max: MAX_MERGES }));
    }
    this.merges.push(ref);
  }

  private rowNumber(r: string): number {
    const n = Number(r);
    if (!Number.isInteger(n) || n < 1 || n > MAX_ROWS)
      throw damagedPart(this.ctx.file, this.ctx.part, msg('xlsx.why.rowOutside', { row: r }));
    return n - 1;
  }

  private startCell(a: Record<string, string>): OpenCell {
    let r = Math.max(this.row, 0);
    let c = this.nextCol;
    if (a.r !== undefined) {
      const at = cellRefNumber(a.r);
      if (at < 0)
        throw damagedPart(this.ctx.file, this.ctx.part, msg('xlsx.why.notAddress', { address: a.r.slice(0, 20) }));
      r = Math.floor(at / CELL_REF_SPAN) - 1;
      c = at % CELL_REF_SPAN;
    }
    if (r < 0 || r >= MAX_ROWS || c >= MAX_COLUMNS)
      throw damagedPart(this.ctx.file, this.ctx.part, msg('xlsx.why.cellOutside', { address: a.r ?? '' }));
    this.nextCol = c + 1;
    return { r, c, type: a.t ?? 'n', style: Number(a.s ?? 0) || 0, f: null, v: null, inline: null };
  }

  private finish(cell: OpenCell): void {
    const formula = this.formulaOf(cell);
    const value = this.valueOf(cell);
    if (value === null && formula === null) return;
    if (this.found.length >= MAX_USED_RANGE_CELLS) {
      throw new WorkbookReadError(
        this.ctx.file,
        msg('xlsx.tooManyCells', { sheet: this.ctx.sheet, max: MAX_USED_RANGE_CELLS }),
      );
    }
    this.found.push({ r: cell.r, c: cell.c, cell: { value, formula } });
  }

  /** The cell's own formula with its "=", a shared formula translated to this cell; null for none. */
  private formulaOf(cell: OpenCell): string | null {
    const f = cell.f;
    if (!f) return null;
    if (f.text.length > MAX_FORMULA_CHARS) {
      throw damagedPart(
        this.ctx.file,
        this.ctx.part,
        msg('xlsx.why.formulaTooLong', { length: f.text.length, cell: a1(cell.r, cell.c), max: MAX_FORMULA_CHARS }),
      );
    }
    let text = f.text;
    if (f.t === 'shared' && f.si !== undefined) {
      // As exceljs: the cell with a ref is the one the formula is written for; the others refer to it.
      if (f.ref) this.masters.set(f.si, { text, r: cell.r, c: cell.c });
      else if (!text) {
        const master = this.masters.get(f.si);
        text = master ? slideFormula(master.text, master, cell) : '';
      }
    }
    return text ? withEquals(text) : null;
  }

  /** The cached value as the file holds it, by the cell's type. */
  private valueOf(cell: OpenCell): CellValue {
    if (cell.type === 'inlineStr') return cell.inline?.end() || null;
    const v = cell.v;
    if (v === null || v === '') return null; // <v></v>: no cached value, not a number
    if (cell.type === 's') return this.sharedString(v, cell);
    if (cell.type === 'str') return v;
    if (cell.type === 'b') return v === '1' || v === 'true';
    if (cell.type === 'e') return { error: v };
    return this.numberOf(v, cell.style); // "n", and what exceljs reads as a number too ("d"...)
  }

  private sharedString(v: string, cell: OpenCell): string {
    const s = this.ctx.strings?.[Number(v)];
    if (s === undefined || !/^\d+$/.test(v)) {
      throw damagedPart(
        this.ctx.file,
        this.ctx.part,
        msg('xlsx.why.sharedString', { cell: a1(cell.r, cell.c), index: v.slice(0, 20) }),
      );
    }
    return s;
  }

  /** A plain number (a date under a date style), or the text itself when it is not a plain number. */
  private numberOf(v: string, style: number): CellValue {
    const n = plainNumber(v);
    if (n === null) return v;
    if (!style || !this.ctx.dates?.[style]) return n;
    const date = new Date(Math.round((n - 25569 + (this.ctx.date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
    return Number.isNaN(date.getTime()) ? v : dateText(date);
  }
}
