/**
 * The cells of our layout as the reader walks them: a Reader that reads each input by the rules both
 * layouts share (../inputCells.ts) and keeps findings and places; the set's defined names.
 */
import type { Finding } from '../../budget';
import { rangeOfRef, splitSuffix } from '../../layout/names';
import { OwnLayoutPlaces } from '../ownLayoutPlaces';
import { inputFinding, inputFindings, readInputCell, type InputKind } from '../inputCells';
import { a1, isErrorValue, parseA1, withoutEquals, type CellSnapshot, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../port/workbookPort';

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

export function textOf(c: CellSnapshot): string {
  const v = c.value;
  if (v === null || isErrorValue(v)) return '';
  return typeof v === 'string' ? v : String(v);
}

export function flagOf(c: CellSnapshot): boolean {
  const t = textOf(c).trim().toUpperCase();
  return t === 'Y' || t === 'YES';
}

export function shown(v: CellValue): string {
  if (isErrorValue(v)) return v.error;
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  return String(v);
}

/**
 * Reads cells and keeps the findings and places on the way; figures are read by the rules both layouts
 * share (inputCells.ts). The `...Of` methods take a cell read at a 0-based row and column and record no
 * place (cost lines, whose places OwnLayoutPlaces computes); the others take an A1 address and record the
 * path's place. An address is only built for a finding.
 */
export class Reader {
  readonly findings: Finding[] = [];
  readonly places = new OwnLayoutPlaces();
  /** Input cells already reported, so the error scan does not report them twice. */
  readonly reported = new Set<string>();
  /** Formula cells showing an error value but whose own formula is whole: usually errors that follow from a broken cell. */
  readonly followers: { sheet: string; cell: string; snapshot: CellSnapshot; expected: string | null }[] = [];
  private readonly sheets = new Map<string, SheetSnapshot>();

  constructor(snapshot: WorkbookSnapshot) {
    // The first sheet of a name, as a search from the start would find it.
    for (const s of snapshot.sheets) if (!this.sheets.has(s.name)) this.sheets.set(s.name, s);
  }

  sheet(name: string): SheetSnapshot | undefined {
    return this.sheets.get(name);
  }

  cellAt(sheet: string, row0: number, col0: number): CellSnapshot {
    const s = this.sheets.get(sheet);
    if (!s) return BLANK_CELL;
    return s.cells[row0 - s.origin.row]?.[col0 - s.origin.col] ?? BLANK_CELL;
  }

  place(path: string | null, sheet: string, cell: string): void {
    if (path) this.places.set(path, { sheet, cell });
  }

  /** Records the path's place; the cell's 0-based position. */
  private locate(sheet: string, cell: string, path: string | null): { row: number; col: number } {
    this.place(path, sheet, cell);
    return parseA1(cell);
  }

  /** NOT_A_NUMBER at the cell: `problem` continues the sentence "Sheet!A1 ...". */
  problem(sheet: string, cell: string, path: string | null, problem: string): void {
    this.reported.add(`${sheet}!${cell}`);
    this.findings.push(inputFinding('NOT_A_NUMBER', problem, { sheet, cell, path }));
  }

  /** The cell read as `kind`; the finding's path is `path + field` (a line's prefix and its field: joined only for a finding). */
  inputOf(c: CellSnapshot, kind: InputKind, sheet: string, row0: number, col0: number, path: string | null, field = ''): number | null {
    const r = readInputCell(c, kind);
    if (r.problem === null && !r.note) return r.value;
    const cell = a1(row0, col0);
    if (r.problem !== null) this.reported.add(`${sheet}!${cell}`);
    this.findings.push(...inputFindings(r, { sheet, cell, path: path === null ? null : path + field }));
    return r.value;
  }

  private input(sheet: string, cell: string, path: string | null, kind: InputKind): number | null {
    const p = this.locate(sheet, cell, path);
    return this.inputOf(this.cellAt(sheet, p.row, p.col), kind, sheet, p.row, p.col, path);
  }

  number(sheet: string, cell: string, path: string | null): number | null {
    return this.input(sheet, cell, path, 'number');
  }

  money(sheet: string, cell: string, path: string | null): number | null {
    return this.input(sheet, cell, path, 'money');
  }

  fte(sheet: string, cell: string, path: string | null): number | null {
    return this.input(sheet, cell, path, 'fte');
  }

  count(sheet: string, cell: string, path: string | null): number | null {
    return this.input(sheet, cell, path, 'count');
  }

  text(sheet: string, cell: string, path: string | null): string {
    const p = this.locate(sheet, cell, path);
    return textOf(this.cellAt(sheet, p.row, p.col));
  }

  flag(sheet: string, cell: string, path: string | null): boolean {
    const p = this.locate(sheet, cell, path);
    return flagOf(this.cellAt(sheet, p.row, p.col));
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
