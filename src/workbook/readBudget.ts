/**
 * A budget from a workbook snapshot, whichever layout it is in: the product's own (found by its
 * names, read by src/workbook/ownLayoutReader.ts) or the published OSHA templates (found by their
 * labels). The findings returned are the workbook's own (BROKEN_FORMULA, NOT_A_NUMBER,
 * FORMULA_OVERWRITTEN); the budget checks come from the domain (evaluateBudget). The same read gives
 * the template's cells (`cells`: totals with their formulas, input cells, protected sheets), which the
 * repairer plans from: a workbook is read once whatever is done with it.
 */
import { msg } from '../messages/words';
import { budgetBoundsProblem, type Budget, type Finding, type Unreadable } from '../budget';
import { OwnLayoutError, OwnNamesError, readOwnLayout } from './ownLayoutReader';
import type { WorkbookSnapshot } from '../port/workbookPort';
import { readPublishedLayout, type PublishedAnalysis } from './publishedLayoutReader';
import type { TemplateCells } from './totalCell';
import type { LayoutContext } from '../layout/context';

export type ReadBudgetResult =
  | {
      ok: true;
      budget: Budget;
      findings: Finding[];
      layout: 'own' | 'published';
      stateInWorkbook?: string | null;
      cells: TemplateCells;
      /** Our layout: the layout the set was read against (its sheets and block sizes), for a State change. */
      context?: LayoutContext;
      /** Our layout: the State the templates' words still name when B2 was typed over with another (USPS code). */
      stateInWords?: string;
    }
  | (Unreadable & {
      /** The layout found though no budget could be given from it (our templates without a State; the published ones without a State). */
      layout?: 'own' | 'published';
      /** The template's cells when its layout could be read without a budget (the published layout without a State): a repair needs no State. */
      cells?: TemplateCells;
    });

export interface ReadOptions {
  /** The State when the workbook names none (--state). */
  state?: string;
  /** One inserted set of our layout ("" the first, "_2"...); by default the first with an Appendix F. */
  suffix?: string;
  /** Read our layout of a fiscal year the product has no rules for (the repairer: the formulas are the same every year). */
  anyFiscalYear?: boolean;
}

export function readBudgetFromSnapshot(snapshot: WorkbookSnapshot, options: ReadOptions = {}): ReadBudgetResult {
  const read = readEitherLayout(snapshot, options);
  // The bounds of a budget's size and totals, at the workbook door as at the JSON one (budget/budgetSize.ts).
  const size = read.ok ? budgetBoundsProblem(read.budget) : null;
  if (size && read.ok) return { ok: false, problem: msg('reading.budgetOutOfBounds', { size }), layout: read.layout };
  return read;
}

function readEitherLayout(snapshot: WorkbookSnapshot, options: ReadOptions): ReadBudgetResult {
  // Findings on our layout's names when they do not fit its templates: the sheets are then read by
  // their labels, as the published layout is, and the findings say why.
  let misfits: Finding[] = [];
  try {
    const own = readOwnLayout(snapshot, {
      ...(options.state ? { state: options.state } : {}),
      ...(options.suffix !== undefined ? { suffix: options.suffix } : {}),
      ...(options.anyFiscalYear ? { anyFiscalYear: true } : {}),
    });
    if (own)
      return {
        ok: true,
        budget: own.budget,
        findings: own.findings,
        layout: 'own',
        cells: own.cells,
        context: own.context,
        ...(own.stateInWords ? { stateInWords: own.stateInWords } : {}),
      };
  } catch (err) {
    if (err instanceof OwnLayoutError)
      return {
        ok: false,
        problem: err.problem,
        ...(err.ofWorkbook ? { ofWorkbook: true } : {}),
        layout: 'own',
        ...(err.remedy ? { remedy: err.remedy } : {}),
        ...(err.at ? { sheet: err.at.sheet, cell: err.at.cell } : {}),
      };
    if (!(err instanceof OwnNamesError)) throw err;
    misfits = err.findings;
  }
  const published = readPublishedLayout(snapshot, options.state ? { state: options.state } : {});
  if (misfits.length && !published?.ok) {
    return {
      ok: false,
      layout: 'own',
      problem: msg('reading.namesMisfitUnreadable', { finding: (misfits[0] as Finding).message }),
    };
  }
  if (published) {
    if (!published.ok) {
      const { analysis, ...unreadable } = published;
      return { ...unreadable, layout: 'published', ...(analysis ? { cells: cellsOf(analysis) } : {}) };
    }
    // The State the workbook names, beside the one asked for: the CLI says when they differ.
    const a = published.analysis;
    return {
      ok: true,
      budget: published.budget,
      findings: [...misfits, ...published.findings],
      layout: 'published',
      stateInWorkbook: a.stateInWorkbook,
      cells: cellsOf(a),
    };
  }
  const sheets = snapshot.sheetNames.map((s) => `"${s.name}"`).join(', ');
  // A chart moved onto a sheet of its own under the template's name holds no cells: say so, or the
  // reviewer sees "Appendix F" listed and cannot tell why it was not read.
  const charts = snapshot.sheetNames.filter((s) => s.kind === 'chartsheet').map((s) => `"${s.name}"`);
  const data = { sheets: sheets ? msg('list.plain', { items: sheets }) : msg('read.noSheets') };
  return {
    ok: false,
    problem: charts.length
      ? msg('read.noBudgetCharts', { ...data, charts: charts.join(', '), count: charts.length })
      : msg('read.noBudget', data),
    ofWorkbook: true,
  };
}

/** The published templates protect no sheet: a repair writes without unprotecting. */
function cellsOf(a: PublishedAnalysis): TemplateCells {
  return { totals: a.totals, inputCells: a.inputCells, protectedSheets: [] };
}
