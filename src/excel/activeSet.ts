/**
 * Which inserted set of our templates the pane checks when a workbook holds several ("Appendix F" and
 * "Appendix F (2)"...): the set of the sheet the user is working in; when the active sheet belongs to
 * no set, the one last inserted or checked (if still there), else the first. Sets are found by their
 * GB_ sheet-mark names (src/layout/names.ts), so renamed sheets still belong to their set.
 */
import { findOwnLayouts, SHEET_TITLES } from '../layout/names';
import type { WorkbookSnapshot } from '../port/workbookPort';
import type { BudgetSet } from '../addin/paneBackend';

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
