/**
 * A worksheet snapshot read as a grid of absolute (0-based) rows and columns, with the typed-value
 * readers the published layout's reader needs: an input cell gives a number or a blank, by the rules
 * both layouts share (inputCells.ts).
 */
import type { Cents, Finding, Fte } from '../budget';
import { inputFindings, readInputCell, type InputKind } from './inputCells';
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

/** Collects the findings of typed cells as a reader walks them (the rules: inputCells.ts). */
export class CellReader {
  readonly findings: Finding[] = [];

  private read(g: SheetGrid, row: number, col: number, kind: InputKind, what: { path: string | null; where: string }): number | null {
    const r = readInputCell(g.cell(row, col), kind);
    this.findings.push(...inputFindings(r, { sheet: g.name, cell: a1(row, col), path: what.path, where: what.where }));
    return r.value;
  }

  /** Dollars in an input cell as cents, rounded to the cent (Excel shows currency to the cent); 0 when blank. */
  money(g: SheetGrid, row: number, col: number, what: { path: string | null; where: string }): Cents {
    return this.moneyOrNull(g, row, col, what) ?? 0;
  }

  moneyOrNull(g: SheetGrid, row: number, col: number, what: { path: string | null; where: string }): Cents | null {
    return this.read(g, row, col, 'money', what);
  }

  fte(g: SheetGrid, row: number, col: number, what: { path: string | null; where: string }): Fte | null {
    return this.read(g, row, col, 'fte', what);
  }

  count(g: SheetGrid, row: number, col: number, what: { path: string | null; where: string }): number | null {
    return this.read(g, row, col, 'count', what);
  }
}
