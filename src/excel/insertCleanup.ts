/**
 * Excel never rolls a batch back: when an insert fails half-way, the sheets and names it had added stay,
 * protected, and the next Insert would make "Appendix D (2)". So the add-in removes what this insert
 * added (only what it added: names and sheets that were not there before it), and says what happened.
 */
import { PaneError } from '../addin/paneWords';
import { msg, type Msg } from '../messages/words';
import type { WorkbookSnapshot, WritePlan } from '../port/workbookPort';

export class InsertFailedError extends PaneError {
  constructor(
    problem: Msg,
    readonly excelError: unknown,
  ) {
    super(problem);
    this.name = 'InsertFailedError';
  }
}

/** The sheets and names a plan adds that the workbook did not have before. */
export function addedBy(plan: WritePlan, before: WorkbookSnapshot): { sheets: string[]; names: string[] } {
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
export async function removeAdded(
  ctx: Excel.RequestContext,
  added: { sheets: string[]; names: string[] },
): Promise<string[]> {
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

/** Removes what a failed insert added and returns the error to show. */
export async function undoFailedInsert(
  ctx: Excel.RequestContext,
  added: { sheets: string[]; names: string[] },
  failure: unknown,
): Promise<InsertFailedError> {
  const said = reasonOf(failure);
  try {
    const removed = await removeAdded(ctx, added);
    return new InsertFailedError(
      removed.length > 0
        ? msg('excel.insertFailedRemoved', { said, count: removed.length, sheets: removed.join(', ') })
        : msg('excel.insertFailedNothing', { said }),
      failure,
    );
  } catch (cleanup) {
    return new InsertFailedError(
      msg('excel.insertFailedCleanup', { said, cleanup: reasonOf(cleanup), sheets: added.sheets.join(', ') }),
      failure,
    );
  }
}
