/**
 * A worksheet snapshot read as a grid of absolute (0-based) rows and columns, with the typed-value
 * readers every layout reader needs: an input cell gives a number or a blank; text, a boolean or an
 * error value in it is a finding (NOT_A_NUMBER / BROKEN_FORMULA) and the cell then counts as blank.
 */
import { MAX_AMOUNT_CENTS, formatDollars, parseCount, parseFte, type Cents, type Finding, type Fte } from '../budget';
import { numberTextNote } from './numberText';
import { a1, cellAt, isErrorValue, type CellSnapshot, type SheetSnapshot } from './port';

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

/** Collects the findings of typed cells as a reader walks them. */
export class CellReader {
  readonly findings: Finding[] = [];

  /** A typed number in an input cell; null when blank (or unreadable, with a finding). */
  number(g: SheetGrid, row: number, col: number, what: { path: string | null; where: string; kind: string }): number | null {
    const cell = g.cell(row, col);
    const v = cell.value;
    const at = `${g.name}!${a1(row, col)}`;
    if (v === null && cell.formula !== null) {
      // A person's own formula in an input cell, saved without its result (by a tool that does not calculate).
      this.add('NOT_A_NUMBER', `${at} (${what.where}) holds the formula ${cell.formula} but the file keeps no result for it: open and save the workbook in Excel, or type the figure.`, g, row, col, what);
      return null;
    }
    if (v === null) return null;
    if (typeof v === 'number') return v;
    if (isErrorValue(v)) {
      if (cell.formula !== null) return null; // reported as BROKEN_FORMULA by the error scan
      this.add('NOT_A_NUMBER', `${at} (${what.where}) holds the error ${v.error} where ${what.kind} belongs: type the figure, or clear the cell.`, g, row, col, what);
      return null;
    }
    if (typeof v === 'string') {
      if (v.trim() !== '') this.add('NOT_A_NUMBER', textMessage(at, v, what), g, row, col, what);
      return null;
    }
    this.add('NOT_A_NUMBER', `${at} (${what.where}) holds ${String(v).toUpperCase()} where ${what.kind} belongs: type the figure instead.`, g, row, col, what);
    return null;
  }

  /** Dollars in an input cell as cents, rounded to the cent (Excel shows currency to the cent); 0 when blank. */
  money(g: SheetGrid, row: number, col: number, what: { path: string | null; where: string }): Cents {
    return this.moneyOrNull(g, row, col, what) ?? 0;
  }

  moneyOrNull(g: SheetGrid, row: number, col: number, what: { path: string | null; where: string }): Cents | null {
    const n = this.number(g, row, col, { ...what, kind: 'an amount in dollars' });
    if (n === null) return null;
    // Beyond the largest amount a budget can hold, cents stop being exact in a double (1e15 dollars is
    // 1e17 cents): such a figure is a typing slip, and adding it would give totals off by some cents.
    if (Math.abs(n) * 100 > MAX_AMOUNT_CENTS) {
      this.add(
        'NOT_A_NUMBER',
        `${g.name}!${a1(row, col)} (${what.where}) holds ${n.toExponential()}, more than any amount of a budget can be (at most ${formatDollars(MAX_AMOUNT_CENTS)}); it counts as blank here: retype the figure.`,
        g,
        row,
        col,
        what,
      );
      return null;
    }
    return dollarsToCents(n);
  }

  fte(g: SheetGrid, row: number, col: number, what: { path: string | null; where: string }): Fte | null {
    const n = this.number(g, row, col, { ...what, kind: 'an FTE figure' });
    if (n === null) return null;
    const r = parseFte(Math.round(n * 10000) / 10000);
    return r.ok ? r.value : null;
  }

  count(g: SheetGrid, row: number, col: number, what: { path: string | null; where: string }): number | null {
    const n = this.number(g, row, col, { ...what, kind: 'a count' });
    if (n === null) return null;
    const r = parseCount(n);
    if (!r.ok) {
      this.add('NOT_A_NUMBER', `${g.name}!${a1(row, col)} (${what.where}) holds ${n}, which ${r.problem}: type a whole number.`, g, row, col, what);
      return null;
    }
    return r.value;
  }

  add(code: 'NOT_A_NUMBER', message: string, g: SheetGrid, row: number, col: number, what: { path: string | null; where: string }): void {
    this.findings.push({ code, severity: 'error', message, sheet: g.name, cell: a1(row, col), path: what.path, where: what.where, amount: null });
  }
}

/** Dollars (a float from a cell) to whole cents, half away from zero, without binary noise (0.1 + 0.2). */
export function dollarsToCents(n: number): Cents {
  const cents = Math.round(Math.abs(n) * 100 + 1e-7) * Math.sign(n);
  return cents === 0 ? 0 : cents;
}

/**
 * Why a text in a figure cell is not read. A file's typed number that is not a plain, exactly held
 * number comes as its text too (src/xlsx/readSheetPart.ts): the note says what is wrong with it.
 */
function textMessage(at: string, v: string, what: { where: string; kind: string }): string {
  return `${at} (${what.where}) holds the text "${clip(v)}"${numberTextNote(v)} where ${what.kind} belongs; Excel leaves text out of its totals, so it counts as blank here: retype it as a number.`;
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
}
