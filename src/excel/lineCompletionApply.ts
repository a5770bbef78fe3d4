/**
 * The add-in completes the lines a person inserts with Excel's own Insert command (the workbook stays
 * whole without it: see src/workbook/lineCompletion.ts for what is written and why):
 *   - the change handler keeps the rows of each RowInserted event (`InsertedRowLog`);
 *   - the next check reads the set as always, with the protection of the sheets those rows are on
 *     (same sync), plans the completion from its own read, and applies it in one more batch: the
 *     line's own formulas, and for rows inserted under a block's heads their look, each protected sheet
 *     unprotected around its writes and protected again with the options it had. A sheet protected
 *     with a password keeps its rows as they are (the Total Cost stays blank, which raises nothing).
 * Rows inserted while the pane was closed are not seen: their blank Total Cost raises nothing and
 * Repair totals writes it.
 */
import type { WorkbookSnapshot, WritePlan } from '../port/workbookPort';
import type { LayoutContext } from '../layout/context';
import type { InsertedRows } from '../workbook/lineCompletion';
import { rectsOfAddress } from './officeAddress';
import {
  fitProtection,
  knownPasswordSheets,
  protectionStates,
  queueProtectionRead,
  type SheetProtectionState,
} from './repairProtection';
import type { BudgetWriters } from './writers';
import { isCellEditModeError } from './excelRun';

/** Rows a person inserted into a watched sheet since the last check, by worksheet id (Excel's events). */
export class InsertedRowLog {
  private pending: { sheetId: string; first: number; last: number }[] = [];

  /**
   * From an onChanged event: rows Excel says were inserted are kept; rows inserted or deleted later on
   * the same sheet move the ones kept, as they move the rows themselves (and a kept row deleted goes).
   */
  note(e: { changeType?: string; worksheetId: string; address: string }): void {
    if (e.changeType !== 'RowInserted' && e.changeType !== 'RowDeleted') return;
    for (const { first, last } of rowsOf(e.address)) {
      const count = last - first + 1;
      const moved: typeof this.pending = [];
      for (const p of this.pending) {
        if (p.sheetId !== e.worksheetId) moved.push(p);
        else if (e.changeType === 'RowInserted') {
          moved.push(p.first >= first ? { ...p, first: p.first + count, last: p.last + count } : p);
        } else if (p.last < first) moved.push(p);
        else if (p.first > last) moved.push({ ...p, first: p.first - count, last: p.last - count });
      }
      if (e.changeType === 'RowInserted') moved.push({ sheetId: e.worksheetId, first, last });
      this.pending = moved;
    }
  }

  get any(): boolean {
    return this.pending.length > 0;
  }

  /** The rows, by sheet name (`nameOf` maps a worksheet id to its name); the log is emptied. */
  take(nameOf: (sheetId: string) => string | null): InsertedRows[] {
    const out: InsertedRows[] = [];
    for (const { sheetId, first, last } of this.pending) {
      const sheet = nameOf(sheetId);
      if (sheet) out.push({ sheet, first, last });
    }
    this.pending = [];
    return out;
  }
}

/** The rows of an event's address (1-based): "17:18", "A17:XFD18", sheet-qualified or not. */
function rowsOf(address: string): { first: number; last: number }[] {
  const rects = rectsOfAddress(address.includes('!') ? address : `x!${address}`) ?? [];
  return rects.map((r) => ({ first: r.r0 + 1, last: r.r1 + 1 }));
}

/** Queues the protection of the sheets rows were inserted on, with the check's read (no sync of its own). */
export function queueInsertedSheetsProtection(ctx: Excel.RequestContext, inserted: readonly InsertedRows[]) {
  return queueProtectionRead(ctx, [...new Set(inserted.map((i) => i.sheet))]);
}

/**
 * Plans and applies the completion after the check's read (its protection read in the same sync): one
 * batch. Returns the rows completed.
 */
export async function completeInsertedLines(
  ctx: Excel.RequestContext,
  writers: BudgetWriters,
  apply: (ctx: Excel.RequestContext, plan: WritePlan) => Promise<unknown>,
  read: { context: LayoutContext; snapshot: WorkbookSnapshot; inserted: readonly InsertedRows[] },
  protection: ReturnType<typeof queueProtectionRead>,
): Promise<{ sheet: string; row: number }[]> {
  const completion = writers.planLineCompletion(read.context, read.snapshot, read.inserted);
  if (completion.rows.length === 0) return [];
  const states: ReadonlyMap<string, SheetProtectionState> = protectionStates(protection);
  const passwords = knownPasswordSheets(states);
  // Any write into a protected sheet is refused, unlocked cells included (the fake plays it, the strictest
  // reading of Excel): each protected sheet is unprotected around its writes, then protected as it was.
  const plan = fitProtection({ ops: [...completion.formulas.ops, ...completion.looks.ops] }, states, passwords);
  if (plan.ops.length === 0) return [];
  try {
    await apply(ctx, plan);
  } catch (e) {
    // A password Excel did not report refuses the unprotect, and the batch stops there: each sheet before
    // it was written whole and protected again, this one was not touched. Nothing typed is at stake (the
    // Total Cost is a convenience): the check stands, and the rows stay as they are.
    if (isCellEditModeError(e)) throw e;
    return [];
  }
  return completion.rows.filter((r) => !passwords.has(r.sheet.toLowerCase())).map(({ sheet, row }) => ({ sheet, row }));
}
