/**
 * Which inserted set of our templates the pane checks when a workbook holds several ("Appendix F" and
 * "Appendix F (2)"...): the set of the sheet the user is working in; when the active sheet belongs to
 * no set, the one last inserted or checked (if still there), else the first. Sets are found by their
 * GB_ sheet-mark names (src/layout/names.ts), so renamed sheets still belong to their set. Also: the active
 * sheet, read with a check, and the sheets a budget lives on (a published layout's too).
 */
import { findOwnLayouts, SHEET_TITLES } from '../layout/names';
import type { WorkbookSnapshot } from '../port/workbookPort';
import type { BudgetSet } from '../addin/paneBackend';
import type { Budget, Finding } from '../budget';

export function chooseSet(
  snapshot: WorkbookSnapshot,
  activeSheet: string | null,
  preferredSuffix: string | null,
): BudgetSet | null {
  const sets = findOwnLayouts(snapshot).filter((s) => s.sheets.appendixF);
  if (sets.length === 0) return null;
  const active = activeSheet?.toLowerCase();
  const ofActive = active
    ? sets.find((s) => Object.values(s.sheets).some((n) => n?.toLowerCase() === active))
    : undefined;
  const chosen = ofActive ?? sets.find((s) => s.suffix === preferredSuffix) ?? sets[0];
  if (!chosen) return null;
  return {
    suffix: chosen.suffix,
    number: sets.indexOf(chosen) + 1,
    count: sets.length,
    appendixF: chosen.sheets.appendixF ?? SHEET_TITLES.appendixF,
    byActiveSheet: ofActive !== undefined,
  };
}

/** The sheets of one set (by its suffix), as the workbook names them. */
export function sheetsOfSet(snapshot: WorkbookSnapshot, suffix: string): string[] {
  const set = findOwnLayouts(snapshot).find((s) => s.suffix === suffix);
  return set ? Object.values(set.sheets).filter((n): n is string => Boolean(n)) : [];
}

/** Sheets named in a budget's places and findings: where the budget lives, for a published layout too. */
export function sheetsOfBudget(budget: Budget, findings: readonly Finding[]): string[] {
  const out = new Set<string>();
  for (const [, p] of budget.places.entries()) out.add(p.sheet);
  for (const f of findings) if (f.sheet) out.add(f.sheet);
  return [...out];
}

/**
 * The active sheet's name, queued with the check's read (no sync of its own): the pane checks the set
 * the user is working in. Read after that read's sync; null if Excel could not say.
 */
export function queueActiveSheet(ctx: Excel.RequestContext): () => string | null {
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  ws.load('name');
  return () => {
    try {
      // Read after the caller's sync (this function is called then), which the rule cannot follow.
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
      return ws.name;
    } catch {
      return null;
    }
  };
}
