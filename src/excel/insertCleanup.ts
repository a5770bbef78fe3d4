/**
 * Excel never rolls a batch back: when an insert fails half-way, the sheets and names it had added stay,
 * protected, and the next Insert would make "Appendix D (2)". So the add-in removes what this insert
 * added (only what it added: names and sheets that were not there before it), and says what happened.
 */
import { PaneError } from '../addin/paneWords';
import { msg, type Msg } from '../messages/words';
import type { WorkbookSnapshot, WritePlan } from '../port/workbookPort';

/** The sheets and names an action added. */
export interface Added {
  sheets: string[];
  names: string[];
}

export class InsertFailedError extends PaneError {
  constructor(
    problem: Msg,
    readonly excelError: unknown,
    /** True when what the action added was taken out again: the workbook is as it was before. */
    readonly undone: boolean,
    readonly added: Added,
  ) {
    super(problem);
    this.name = 'InsertFailedError';
  }
}

/** The sheets and names a plan adds that the workbook did not have before. */
export function addedBy(plan: WritePlan, before: WorkbookSnapshot): Added {
  const hadSheet = new Set(before.sheetNames.map((s) => s.name.toLowerCase()));
  const hadName = new Set(before.names.map((n) => n.name.toLowerCase()));
  const sheets: string[] = [];
  const names: string[] = [];
  for (const op of plan.ops) {
    if (op.op === 'addSheet' && !hadSheet.has(op.sheet.toLowerCase())) sheets.push(op.sheet);
    if (op.op === 'name' && !hadName.has(op.name.toLowerCase())) names.push(op.name);
  }
  return { sheets, names };
}

/**
 * Removes the sheets and names an action added (two syncs: learn what exists, then delete it); returns
 * the sheets removed. Deleting a sheet also takes its protection with it; a name goes before its sheet.
 */
export async function removeAdded(ctx: Excel.RequestContext, added: Added): Promise<string[]> {
  const wanted = {
    sheets: new Set(added.sheets.map((s) => s.toLowerCase())),
    names: new Set(added.names.map((n) => n.toLowerCase())),
  };
  const sheets = ctx.workbook.worksheets.load('items/name');
  const names = ctx.workbook.names.load('items/name');
  await ctx.sync();
  const doomedNames = names.items.filter((n) => wanted.names.has(n.name.toLowerCase()));
  const doomedSheets = sheets.items.filter((s) => wanted.sheets.has(s.name.toLowerCase()));
  for (const n of doomedNames) n.delete();
  for (const s of doomedSheets) s.delete();
  await ctx.sync();
  return doomedSheets.map((s) => s.name);
}

/** What Excel said, on one line. */
export function reasonOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(/\s+/g, ' ').trim() || '-';
}

const isCellEdit = (e: unknown) =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'InvalidOperationInCellEditMode';

/** Waits between attempts to clean up while a cell is in edit mode (about 3 seconds in all). */
export const CLEANUP_RETRY_DELAYS_MS = [150, 300, 600, 900, 1200] as const;

/**
 * removeAdded, tried again while Excel refuses it for cell-edit mode (an older Excel, without
 * delayForCellEdit, refuses every request while the user types in a cell): what a failed write added
 * must go, even when it was cell-edit mode that failed it.
 */
async function removeAddedWhenFree(
  ctx: Excel.RequestContext,
  added: Added,
  delays: readonly number[],
): Promise<string[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await removeAdded(ctx, added);
    } catch (e) {
      const delay = delays[attempt];
      if (!isCellEdit(e) || delay === undefined) throw e;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Removes what a failed write (an insert, a move into live templates, a review sheet) added and returns
 * the error to show. `what` names the action ("Inserting the templates"). When cell-edit mode failed it
 * and still keeps the clean-up out, the error says so; the caller keeps `added` and removes it before
 * its next write, so trying again never leaves a second, half set.
 */
export async function undoFailedInsert(
  ctx: Excel.RequestContext,
  added: Added,
  failure: unknown,
  what: Msg = msg('excel.action.insert'),
  delays: readonly number[] = CLEANUP_RETRY_DELAYS_MS,
): Promise<InsertFailedError> {
  const said = isCellEdit(failure)
    ? msg('excel.action.stoppedCellEdit', { what })
    : msg('excel.action.failed', { what, said: reasonOf(failure) });
  try {
    const removed = await removeAddedWhenFree(ctx, added, delays);
    const next = isCellEdit(failure) ? msg('excel.action.thenTryAgain') : msg('excel.action.tryAgain');
    return new InsertFailedError(
      removed.length > 0
        ? msg('excel.action.removed', { said, count: removed.length, sheets: removed.join(', '), next })
        : msg('excel.action.addedNothing', { said, next }),
      failure,
      true,
      added,
    );
  } catch (cleanup) {
    const text = isCellEdit(cleanup)
      ? msg('excel.action.leftWhileEditing', { said, sheets: added.sheets.join(', ') })
      : msg('excel.action.cleanupFailed', { said, cleanup: reasonOf(cleanup), sheets: added.sheets.join(', ') });
    return new InsertFailedError(text, failure, false, added);
  }
}
