/**
 * What the published layout's reader carries from one appendix to the next: the budget being filled,
 * its places, the input cells and the template's total cells found so far, and the findings.
 */
import { formWhere } from '../../budget';
import type { Msg } from '../../messages/words';
import { DEFAULT_FISCAL_YEAR, emptyBudget, PlaceMap, type Budget, type Finding } from '../../budget';
import { normalizeLabel } from '../labels';
import { a1 } from '../../port/workbookPort';
import { CellReader, SheetGrid } from '../sheetGrid';
import { hasNumber } from './templateLabels';
import type { TotalCell } from '../totalCell';

export interface Ctx {
  budget: Budget;
  /** Reads the input cells and records each path's place in budget.places (its one place map). */
  reader: CellReader;
  findings: Finding[];
  totals: TotalCell[];
  inputCells: Set<string>;
}

/** A fresh context over an empty budget whose places the reader fills. */
export function newContext(): Ctx {
  const budget = emptyBudget('', DEFAULT_FISCAL_YEAR);
  const places = new PlaceMap();
  budget.places = places;
  return { budget, reader: new CellReader(places), findings: [], totals: [], inputCells: new Set() };
}

/** The place of a path the reader does not read as a figure (a line's text, its program type, a total). */
export function place(ctx: Ctx, path: string, g: SheetGrid, row: number, col: number | undefined): void {
  if (col !== undefined) ctx.reader.place(path, g.name, a1(row, col));
}

export function input(ctx: Ctx, g: SheetGrid, row: number, col: number | undefined): void {
  if (col !== undefined) ctx.inputCells.add(`${g.name}!${a1(row, col)}`);
}

export function total(
  ctx: Ctx,
  g: SheetGrid,
  row: number,
  col: number | undefined,
  formula: string,
  expected: number | null,
  unit: TotalCell['unit'],
  where: string | Msg,
): void {
  if (col === undefined) return;
  ctx.totals.push({
    sheet: g.name,
    row,
    col,
    formula,
    expected,
    unit,
    where: typeof where === 'string' ? formWhere(where) : where,
  });
}

/** "F5:F18" style helpers. */
export const cellRef = (row: number, col: number) => a1(row, col);

export const sumRange = (col: number, from: number, to: number) =>
  to < from ? '0' : `SUM(${cellRef(from, col)}:${cellRef(to, col)})`;

/** "Appendix E", or "Sheet2 (Appendix E)" for a renamed sheet. */
export function appendixName(g: SheetGrid, letter: 'D' | 'E' | 'J'): string {
  return normalizeLabel(g.name).includes(`appendix ${letter.toLowerCase()}`)
    ? g.name
    : `${g.name} (Appendix ${letter})`;
}

export function firstFigureRow(g: SheetGrid, from: number, to: number): number | null {
  for (let r = from; r < to; r++) if (hasNumber(g, r)) return r;
  // A total row someone emptied: the first row with a label.
  for (let r = from; r < to; r++) if (g.rowLabel(r)) return r;
  return null;
}
