/**
 * Where a figure of the SF-424A (section, line, column, category) stands on our SF-424A sheet: the one
 * mapping the pane uses to lead a reconciled difference to its live formula. The cells come from the
 * sheet's own builder (buildSf424a), never from a second table of rows.
 */
import {
  CATEGORY_KEYS,
  DEFAULT_FISCAL_YEAR,
  OBJECT_CLASSES,
  allowsPrivateSectorConsultation,
  rulePackFor,
  type CategoryKey,
} from '../budget';
import { buildAppendixF } from './appendixF';
import type { LayoutContext } from './context';
import { SHEET_TITLES, TEMPLATE_KEYS, type TemplateKey } from './names';
import { buildSf424a, type Sf424aCells } from './sf424aSheet';

/** A figure of the form, as reconcile names it (line and column as on the form; category when matched). */
export interface FormFigure {
  section: 'A' | 'B' | 'C' | 'D' | 'F';
  line: string;
  column: string;
  category: CategoryKey | null;
}

let cached: Sf424aCells | null = null;

/**
 * The SF-424A sheet's cells. Its rows depend on nothing the context varies (State, year, sheet names,
 * Appendix F's block sizes only reach into its formulas), so any context lays them out alike.
 */
export function sf424aSheetCells(): Sf424aCells {
  if (cached) return cached;
  const pack = rulePackFor(DEFAULT_FISCAL_YEAR);
  const state = pack?.states[0];
  if (!pack || !state) throw new Error(`no rule pack for FY ${DEFAULT_FISCAL_YEAR}`);
  const sheets = Object.fromEntries(TEMPLATE_KEYS.map((k) => [k, SHEET_TITLES[k]])) as Record<TemplateKey, string>;
  const ctx: LayoutContext = {
    pack,
    state,
    sheets,
    budget: null,
    allowsPsc: allowsPrivateSectorConsultation(pack, state.code),
  };
  cached = buildSf424a(ctx, buildAppendixF(ctx).rows).cells;
  return cached;
}

const D_ROW = { '13': 'federal', '14': 'nonFederal', '15': 'total' } as const;
const D_COL = { Total: 'year', q1: 'q1', q2: 'q2', q3: 'q3', q4: 'q4' } as const;

/**
 * The cell of the SF-424A sheet that computes the figure; null for an activity that matched no
 * category (it has no line of ours). A field the form leaves blank (Section A (b) to (d), Section C (c),
 * (d)) leads to its line's total.
 */
export function sf424aCellOf(fig: FormFigure, cells: Sf424aCells = sf424aSheetCells()): string | null {
  const k = fig.category;
  switch (fig.section) {
    case 'A': {
      const line = fig.line === '5' ? cells.sectionATotals : k ? cells.sectionA[k] : null;
      if (!line) return null;
      return fig.column === 'e' ? line.federal : fig.column === 'f' ? line.nonFederal : line.total;
    }
    case 'B': {
      const oc = OBJECT_CLASSES.find((o) => o.line === fig.line);
      const row = oc ? cells.sectionB[oc.key] : undefined;
      if (!row) return null;
      if (fig.column === '5') return row.total;
      return k && CATEGORY_KEYS.includes(k) ? row[k] : null;
    }
    case 'C': {
      const line = fig.line === '12' ? cells.sectionCTotals : k ? cells.sectionC[k] : null;
      if (!line) return null;
      return fig.column === 'b' ? line.applicant : line.total;
    }
    case 'D': {
      const row = D_ROW[fig.line as keyof typeof D_ROW];
      const col = D_COL[fig.column as keyof typeof D_COL];
      return row && col ? cells.sectionD[row][col] : null;
    }
    case 'F':
      return fig.line === '22' ? cells.indirectText : null;
  }
}
