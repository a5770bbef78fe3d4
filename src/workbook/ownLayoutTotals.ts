/**
 * The formula cells of the product's own layout with the formulas the layout gives them (from
 * helper A's rebuild of the layout with the workbook's own block sizes), for the repairer. Null when
 * the workbook holds no own-layout template.
 */
import { expectedOwnFormulas } from './ownLayoutReader';
import { parseA1, type WorkbookSnapshot } from '../port/workbookPort';
import type { TotalCell } from './publishedLayoutReader';

export interface OwnLayoutTotals {
  totals: TotalCell[];
  inputCells: Set<string>;
  /** Sheets the template protects: the repair unprotects them around its writes and protects them again. */
  protectedSheets: string[];
}

export function ownLayoutTotals(snapshot: WorkbookSnapshot): OwnLayoutTotals | null {
  let expected: ReturnType<typeof expectedOwnFormulas>;
  try {
    expected = expectedOwnFormulas(snapshot);
  } catch {
    return null; // an own layout that cannot be read (no State): the reader reports it; nothing to repair here
  }
  if (!expected) return null;
  const totals: TotalCell[] = expected.map((e) => {
    const p = parseA1(e.cell);
    // The layout knows each formula exactly, so no figure is needed: any other formula text is rewritten.
    return { sheet: e.sheet, row: p.row, col: p.col, formula: e.formula, expected: null, unit: 'cents', where: `${e.sheet}!${e.cell}` };
  });
  return { totals, inputCells: new Set(), protectedSheets: [...new Set(expected.map((e) => e.sheet))] };
}
