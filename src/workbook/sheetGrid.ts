/**
 * A worksheet snapshot read as a grid of absolute (0-based) rows and columns, and the one reader of
 * input cells both layouts use (CellReader): an input cell gives a number or a blank, by the rules
 * both layouts share (inputCells.ts).
 */
import type { Msg } from '../messages/words';
import { PlaceMap, type Cents, type CellPlace, type Finding, type Fte } from '../budget';
import { flagOf, inputFinding, inputFindings, plainCents, readInputCell, textOf, type InputKind } from './inputCells';
import { a1, cellAt, type CellSnapshot, type SheetSnapshot } from '../port/workbookPort';

export class SheetGrid {
  /** One past the last column, computed once: the readers loop up to it for every row. */
  private endColumn: number | null = null;

  constructor(readonly sheet: SheetSnapshot) {}

  get name(): string {
    return this.sheet.name;
  }
  get firstRow(): number {
    return this.sheet.origin.row;
  }
  /** One past the last row of the used range. */
  get endRow(): number {
    return this.sheet.origin.row + this.sheet.cells.length;
  }
  get firstCol(): number {
    return this.sheet.origin.col;
  }
  get endCol(): number {
    if (this.endColumn === null) {
      let width = 0;
      for (const r of this.sheet.cells) if (r.length > width) width = r.length;
      this.endColumn = this.sheet.origin.col + width;
    }
    return this.endColumn;
  }

  cell(row: number, col: number): CellSnapshot {
    return cellAt(this.sheet, row, col);
  }

  /** The cell's text (a string value, trimmed), or ''. */
  text(row: number, col: number): string {
    const v = this.cell(row, col).value;
    return typeof v === 'string' ? v.trim() : '';
  }

  /** The first text cell of a row left of `beforeCol`: a row's label. */
  rowLabel(row: number, beforeCol = this.endCol): { col: number; text: string } | null {
    for (let c = this.firstCol; c < Math.min(beforeCol, this.endCol); c++) {
      const t = this.text(row, c);
      if (t) return { col: c, text: t };
    }
    return null;
  }

  /** True when the row holds no value and no formula at all. */
  isBlankRow(row: number): boolean {
    for (let c = this.firstCol; c < this.endCol; c++) {
      const x = this.cell(row, c);
      if (x.formula !== null) return false;
      if (x.value !== null && !(typeof x.value === 'string' && x.value.trim() === '')) return false;
    }
    return true;
  }

  address(row: number, col: number): string {
    return a1(row, col);
  }
}

/** Cells by 0-based row and column under a sheet's name: a SheetGrid, or our layout's sheet found by its name. */
export interface CellSource {
  readonly name: string;
  cell(row: number, col: number): CellSnapshot;
}

/** Where a cell read belongs: its budget path (null: none), and its place in the template's words for a finding. */
export interface CellWhat {
  path: string | null;
  where?: Msg;
}

/** Where a reader records the budget path of each cell it reads. */
export interface PlaceSink {
  set(path: string, place: CellPlace): void;
}

/**
 * The one reader of input cells, for both layouts: reads each cell by the rules both share
 * (inputCells.ts), keeps the findings, the cells reported, and the places of the budget paths read.
 * Our layout gives its cells by name and address (own/ownCells.ts), the published one by its grid.
 */
export class CellReader<P extends PlaceSink = PlaceMap> {
  readonly findings: Finding[] = [];
  /** "Sheet!A1" of the input cells reported, so that an error scan does not report them twice. */
  readonly reported = new Set<string>();

  constructor(readonly places: P = new PlaceMap() as unknown as P) {}

  place(path: string | null, sheet: string, cell: string): void {
    if (path) this.places.set(path, { sheet, cell });
  }

  /** NOT_A_NUMBER at the cell: `problem` continues the sentence "Sheet!A1 ...". */
  problem(sheet: string, cell: string, path: string | null, problem: Msg): void {
    this.reported.add(`${sheet}!${cell}`);
    this.findings.push(inputFinding('NOT_A_NUMBER', problem, { sheet, cell, path }));
  }

  /**
   * The cell read as `kind`, with no place recorded (cost lines, whose places are computed when asked);
   * the finding's path is `path + field` (a line's prefix and its field: joined only for a finding). An
   * address is only built for a finding.
   */
  inputOf(
    c: CellSnapshot,
    kind: InputKind,
    sheet: string,
    row: number,
    col: number,
    path: string | null,
    field = '',
    where?: Msg,
  ): number | null {
    if (kind === 'money') {
      const cents = plainCents(c);
      if (cents !== undefined) return cents;
    }
    const r = readInputCell(c, kind);
    if (r.problem === null && !r.note) return r.value;
    const cell = a1(row, col);
    if (r.problem !== null) this.reported.add(`${sheet}!${cell}`);
    this.findings.push(
      ...inputFindings(r, {
        sheet,
        cell,
        path: path === null ? null : path + field,
        ...(where !== undefined ? { where } : {}),
      }),
    );
    return r.value;
  }

  private read(g: CellSource, row: number, col: number, kind: InputKind, what: CellWhat): number | null {
    if (what.path) this.place(what.path, g.name, a1(row, col));
    return this.inputOf(g.cell(row, col), kind, g.name, row, col, what.path, '', what.where);
  }

  /** Dollars in an input cell as cents, rounded to the cent (Excel shows currency to the cent); 0 when blank. */
  money(g: CellSource, row: number, col: number, what: CellWhat): Cents {
    return this.moneyOrNull(g, row, col, what) ?? 0;
  }

  moneyOrNull(g: CellSource, row: number, col: number, what: CellWhat): Cents | null {
    return this.read(g, row, col, 'money', what);
  }

  fte(g: CellSource, row: number, col: number, what: CellWhat): Fte | null {
    return this.read(g, row, col, 'fte', what);
  }

  count(g: CellSource, row: number, col: number, what: CellWhat): number | null {
    return this.read(g, row, col, 'count', what);
  }

  number(g: CellSource, row: number, col: number, what: CellWhat): number | null {
    return this.read(g, row, col, 'number', what);
  }

  /** The cell's text as typed (a figure as its digits); '' for a blank or an error value. */
  text(g: CellSource, row: number, col: number, what: CellWhat): string {
    if (what.path) this.place(what.path, g.name, a1(row, col));
    return textOf(g.cell(row, col));
  }

  /** A Y / YES mark (any case). */
  flag(g: CellSource, row: number, col: number, what: CellWhat): boolean {
    if (what.path) this.place(what.path, g.name, a1(row, col));
    return flagOf(g.cell(row, col));
  }
}
