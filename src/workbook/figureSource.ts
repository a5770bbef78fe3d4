/**
 * The cell a figure of the budget's SF-424A comes from, as the pane's reconciliation leads to it (see
 * figureSources.ts). Apart from the sources because it builds the SF-424A sheet's layout: only the
 * lazily loaded reconcile panel needs it.
 */
import { msg, type Msg } from '../messages/words';
import type { CellPlace } from '../budget';
import { sf424aCellOf, type FormFigure } from '../layout/sf424aFigureCells';
import { TOTAL_WORDS, type FigureSources, type TotalKey } from './figureSources';

/** Where a figure leads, and how the control says it. */
export interface FigureSource extends CellPlace {
  what: Msg;
}

/** The Appendix F total a figure comes from: its category's column, the Federal Share for Federal figures, else Total Cost. */
function appendixFTotalOf(fig: FormFigure): TotalKey {
  const k = fig.category;
  if (k === 'administration' || k === 'program' || k === 'state100') return k;
  const federal = (fig.section === 'A' && fig.column === 'e') || (fig.section === 'D' && fig.line === '13');
  return federal ? 'federal' : 'total';
}

/** The cell a figure of the budget's SF-424A comes from, or null when it has none (an unmatched activity). */
export function sourceOfFigure(fig: FormFigure, sources: FigureSources | null | undefined): FigureSource | null {
  if (!sources) return null;
  if (sources.kind === 'sf424a') {
    const cell = sf424aCellOf(fig);
    return cell ? { sheet: sources.sheet, cell, what: msg('source.formulaOn', { sheet: sources.sheet }) } : null;
  }
  const key = appendixFTotalOf(fig);
  const exact = sources.totals[key];
  if (exact) return { ...exact, what: msg('source.totalOf', { head: TOTAL_WORDS[key] }) };
  const total = sources.totals.total;
  return total ? { ...total, what: msg('source.totalCharges') } : null;
}
