/**
 * A total cell of a template, whichever layout holds it, and what a layout's reader tells the
 * repairer about its template's cells. Both readers return these with the budget they read, so the
 * repairer works from that one read (src/workbook/repair.ts).
 */
import type { Msg } from '../messages/words';

/** A total cell of the template: where it is, the formula it should hold, the figure it should show. */
export interface TotalCell {
  sheet: string;
  /** 0-based row and column. */
  row: number;
  col: number;
  /** "=SUM(F5:F18)". */
  formula: string;
  /** The figure the typed cells give: cents for money, a plain number for counts and FTE; null if unknown. */
  expected: number | null;
  unit: 'cents' | 'count' | 'fte' | 'fraction';
  where: Msg;
}

/** The cells of a template as a reader found them. */
export interface TemplateCells {
  /** Every total cell with the formula it should hold, in the template's order. */
  readonly totals: readonly TotalCell[];
  /** "Sheet!A1" of every cell read as a typed input: never written by a repair, whatever a layout says. */
  readonly inputCells: ReadonlySet<string>;
  /** Sheets the template protects: a repair unprotects them around its writes and protects them again. */
  readonly protectedSheets: readonly string[];
}
