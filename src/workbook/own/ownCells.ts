/**
 * The cells of our layout as the reader walks them: OwnCells gives them by sheet name and address to the
 * one CellReader (../sheetGrid.ts), which reads each input by the rules both layouts share
 * (../inputCells.ts) and keeps findings and places; the set's defined names.
 */
import { rangeOfRef, splitSuffix } from '../../layout/names';
import { OwnLayoutPlaces } from '../ownLayoutPlaces';
import { CellReader, SheetGrid, type CellSource } from '../sheetGrid';
import {
  isErrorValue,
  parseA1,
  withoutEquals,
  type CellSnapshot,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../port/workbookPort';

interface NameRef {
  sheet: string | null;
  range: string | null;
  ref: string;
}

export function rowsOf(range: string): { top: number; bottom: number; left: number; right: number } {
  const [a, b] = range.split(':');
  const p = parseA1(a as string);
  const q = parseA1((b ?? a) as string);
  return { top: p.row + 1, bottom: q.row + 1, left: p.col, right: q.col };
}

export const BLANK_CELL: CellSnapshot = { value: null, formula: null };

export function isBlankValue(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** Blank: no figure and no formula (a formula saved without its result is not a blank). */
export function isBlank(c: CellSnapshot): boolean {
  return c.formula === null && isBlankValue(c.value);
}

export function shown(v: CellValue): string {
  if (isErrorValue(v)) return v.error;
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  return String(v);
}

/**
 * The cells of our layout by sheet name and A1 address (the addresses its defined names give), read with
 * the one CellReader both layouts use: each read by address records its path's place. Also the formula
 * cells that show an error but whose own formula is whole, for one finding at the end (templateFormulas.ts).
 */
export class OwnCells {
  readonly reader = new CellReader(new OwnLayoutPlaces());
  /** Formula cells showing an error value but whose own formula is whole: usually errors that follow from a broken cell. */
  readonly followers: { sheet: string; cell: string; snapshot: CellSnapshot; expected: string | null }[] = [];
  private readonly grids = new Map<string, SheetGrid>();

  constructor(snapshot: WorkbookSnapshot) {
    // The first sheet of a name, as a search from the start would find it.
    for (const s of snapshot.sheets) if (!this.grids.has(s.name)) this.grids.set(s.name, new SheetGrid(s));
  }

  sheet(name: string): SheetSnapshot | undefined {
    return this.grids.get(name)?.sheet;
  }

  cellAt(sheet: string, row0: number, col0: number): CellSnapshot {
    return this.grids.get(sheet)?.cell(row0, col0) ?? BLANK_CELL;
  }

  /** The sheet's cells; a sheet that is gone reads blank. */
  private source(sheet: string): CellSource {
    return this.grids.get(sheet) ?? { name: sheet, cell: () => BLANK_CELL };
  }

  number(sheet: string, cell: string, path: string | null): number | null {
    const p = parseA1(cell);
    return this.reader.number(this.source(sheet), p.row, p.col, { path });
  }

  money(sheet: string, cell: string, path: string | null): number | null {
    const p = parseA1(cell);
    return this.reader.moneyOrNull(this.source(sheet), p.row, p.col, { path });
  }

  fte(sheet: string, cell: string, path: string | null): number | null {
    const p = parseA1(cell);
    return this.reader.fte(this.source(sheet), p.row, p.col, { path });
  }

  count(sheet: string, cell: string, path: string | null): number | null {
    const p = parseA1(cell);
    return this.reader.count(this.source(sheet), p.row, p.col, { path });
  }

  text(sheet: string, cell: string, path: string | null): string {
    const p = parseA1(cell);
    return this.reader.text(this.source(sheet), p.row, p.col, { path });
  }

  blank(sheet: string, cell: string): boolean {
    const p = parseA1(cell);
    return isBlank(this.cellAt(sheet, p.row, p.col));
  }
}

/** The names of one set of our layout, by lower-case base name. */
export function namesOf(snapshot: WorkbookSnapshot, suffix: string): Map<string, NameRef> {
  const out = new Map<string, NameRef>();
  for (const n of snapshot.names) {
    const s = splitSuffix(n.name);
    if (s.suffix !== suffix || !s.base.toUpperCase().startsWith('GB_')) continue;
    const ref = withoutEquals(n.ref);
    const sheetMatch = /^(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(ref);
    const sheet = sheetMatch ? (sheetMatch[1] ?? sheetMatch[2] ?? '').replace(/''/g, "'") : null;
    out.set(s.base.toLowerCase(), { sheet, range: rangeOfRef(ref), ref: n.ref });
  }
  return out;
}
