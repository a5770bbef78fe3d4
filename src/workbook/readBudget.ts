/**
 * A budget from a workbook snapshot, whichever layout it is in: the product's own (found by its
 * names, read by src/workbook/ownLayoutReader.ts) or the published OSHA templates (found by their
 * labels). The findings returned are the workbook's own (BROKEN_FORMULA, NOT_A_NUMBER,
 * FORMULA_OVERWRITTEN); the budget checks come from the domain (evaluateBudget).
 */
import type { Budget, Finding, Unreadable } from '../budget';
import { OwnLayoutError, readOwnLayout } from './ownLayoutReader';
import type { WorkbookSnapshot } from '../port/workbookPort';
import { readPublishedLayout } from './publishedLayoutReader';

export type ReadBudgetResult =
  | { ok: true; budget: Budget; findings: Finding[]; layout: 'own' | 'published'; stateInWorkbook?: string | null }
  | Unreadable;

/** `suffix` picks one inserted set of our layout ("" the first, "_2"...); by default the first with an Appendix F. */
export function readBudgetFromSnapshot(snapshot: WorkbookSnapshot, options: { state?: string; suffix?: string } = {}): ReadBudgetResult {
  try {
    const own = readOwnLayout(snapshot, { ...(options.state ? { state: options.state } : {}), ...(options.suffix !== undefined ? { suffix: options.suffix } : {}) });
    if (own) return { ok: true, budget: own.budget, findings: own.findings, layout: 'own' };
  } catch (err) {
    if (err instanceof OwnLayoutError) return { ok: false, problem: err.message, ...(err.remedy ? { remedy: err.remedy } : {}) };
    throw err;
  }
  const published = readPublishedLayout(snapshot, options.state ? { state: options.state } : {});
  if (published) {
    // The State the workbook names, beside the one asked for: the CLI says when they differ.
    return published.ok
      ? { ok: true, budget: published.budget, findings: published.findings, layout: 'published', stateInWorkbook: published.analysis.stateInWorkbook }
      : published;
  }
  const sheets = snapshot.sheetNames.map((s) => `"${s.name}"`).join(', ');
  // A chart moved onto a sheet of its own under the template's name holds no cells: say so, or the
  // reviewer sees "Appendix F" listed and cannot tell why it was not read.
  const charts = snapshot.sheetNames.filter((s) => s.kind === 'chartsheet').map((s) => `"${s.name}"`);
  const chartNote = charts.length ? `; ${charts.join(', ')} ${charts.length === 1 ? 'is a chart sheet, which holds' : 'are chart sheets, which hold'} no cells` : '';
  return {
    ok: false,
    problem:
      `holds no budget: none of its sheets (${sheets || 'none'}) is a Grant Budget template or the published OSHA Appendix F ` +
      `(found by its section titles "A. PERSONNEL" to "J. TOTAL CHARGES")${chartNote}`,
  };
}
