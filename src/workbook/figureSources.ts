/**
 * Where an SF-424A figure of a workbook's budget comes from, for the pane's reconciliation: in our
 * layout the SF-424A sheet's live formula of the figure; in OSHA's published layout (no SF-424A sheet)
 * the Appendix F total that feeds it where the reader placed one, else Appendix F's total charges.
 * Pure data, found by the backend when it reads (small: the pane's first chunk carries it); the pane
 * asks figureSource.ts for a figure's cell.
 */
import { AMOUNT_HEADS, type Budget, type CellPlace } from '../budget';
import { findOwnLayouts } from '../layout/names';
import type { WorkbookSnapshot } from '../port/workbookPort';

export const TOTAL_KEYS = ['administration', 'program', 'federal', 'stateMatch', 'state100', 'total'] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];
/** A total's words, as Appendix F heads its column. */
export const TOTAL_WORDS: Readonly<Record<TotalKey, string>> = AMOUNT_HEADS;

export type FigureSources =
  /** Our layout: the set's SF-424A sheet, as the workbook names it now. */
  | { kind: 'sf424a'; sheet: string }
  /** OSHA's published layout: Appendix F's total charges, by column (budget path totals.<key>). */
  | { kind: 'appendixF'; totals: Partial<Record<TotalKey, CellPlace>> };

/**
 * The sources of the budget just read (`suffix`: its set of our layout; by default the first with an
 * Appendix F, as the reader picks); null when the workbook holds no SF-424A sheet nor placed totals.
 */
export function figureSourcesOf(
  snapshot: WorkbookSnapshot,
  budget: Budget,
  layout: 'own' | 'published',
  suffix?: string,
): FigureSources | null {
  if (layout === 'own') {
    const sets = findOwnLayouts(snapshot);
    const sheet = (suffix === undefined ? sets.find((s) => s.sheets.appendixF) : sets.find((s) => s.suffix === suffix))
      ?.sheets.sf424a;
    return sheet ? { kind: 'sf424a', sheet } : null;
  }
  const totals: Partial<Record<TotalKey, CellPlace>> = {};
  for (const k of TOTAL_KEYS) {
    const p = budget.places.get(`totals.${k}`);
    if (p) totals[k] = { sheet: p.sheet, cell: p.cell };
  }
  return Object.keys(totals).length ? { kind: 'appendixF', totals } : null;
}
