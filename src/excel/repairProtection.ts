/**
 * Repair in the pane writes total formulas into sheets the user may have protected, or not, with or
 * without a password. The repairer's plan assumes our templates' protection; this fits it to the sheets
 * as they are: their protection state is loaded in the read the repair already makes, and only a sheet
 * that was protected is unprotected around its writes and protected again with the options it had.
 * A sheet protected with a password is never touched (the pane cannot know the password): Excel on the
 * web says which sheets have one (isPasswordProtected, ExcelApiOnline 1.1); elsewhere an unprotect that
 * Excel refuses tells it, and the other sheets are repaired all the same.
 */
import { msg, type Msg } from '../messages/words';
import type { RepairChange } from '../workbook/repair';
import { PROTECTION_FLAGS, withEquals, type SheetProtection, type WriteOp, type WritePlan } from '../port/workbookPort';
import { errorCode } from './excelRun';
import { isRefused } from './refusals';

export interface SheetProtectionState {
  protected: boolean;
  options: SheetProtection;
  /** true or false where Excel says so (Excel on the web); null where it cannot (then an unprotect tells). */
  passwordProtected: boolean | null;
}

const SELECTION_MODES: readonly string[] = ['Normal', 'Unlocked', 'None'];

/**
 * A sheet's protection options as Excel gave them, every one the port knows (all of Excel's
 * WorksheetProtectionOptions): protected again after a write, the sheet allows exactly what it did.
 */
export function protectionOptionsOf(loaded: Record<string, unknown> | undefined): SheetProtection {
  const options: SheetProtection = {};
  for (const f of PROTECTION_FLAGS) if (loaded?.[f] === true) options[f] = true;
  const mode = loaded?.selectionMode;
  if (typeof mode === 'string' && mode !== 'Normal' && SELECTION_MODES.includes(mode))
    options.selectionMode = mode as SheetProtection['selectionMode'];
  return options;
}

interface QueuedProtection {
  sheets: { name: string; ws: Excel.Worksheet }[];
  withPassword: boolean;
}

/**
 * Queues the protection of the sheets named; it is read by the caller's next sync (the action's own read).
 * Sheet by sheet, never through `workbook.worksheets.load`: the read loads that collection too, and
 * Microsoft's library rebuilds a collection's items at each load, so a second load in the same batch
 * would leave the protection unloaded (PropertyNotLoaded in a real Excel; the fake plays it).
 */
export function queueProtectionRead(ctx: Excel.RequestContext, names: readonly string[]): QueuedProtection {
  // isPasswordProtected (ExcelApiOnline 1.1) is left out once this Excel has refused it (refusals.ts).
  const withPassword =
    Office.context.requirements.isSetSupported('ExcelApiOnline', '1.1') && !isRefused('passwordInfo');
  const sheets = names.map((name) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
    ws.load('name');
    // isPasswordProtected is a scalar of ExcelApiOnline 1.1, which the rule's list of properties predates.
    // eslint-disable-next-line office-addins/no-navigational-load
    if (withPassword) ws.protection.load('protected,options,isPasswordProtected');
    else ws.protection.load('protected,options');
    return { name, ws };
  });
  return { sheets, withPassword };
}

export function protectionStates(q: QueuedProtection): Map<string, SheetProtectionState> {
  const out = new Map<string, SheetProtectionState>();
  for (const { ws } of q.sheets) {
    if (ws.isNullObject) continue; // a sheet deleted since the last check: nothing of it is written
    out.set(ws.name.toLowerCase(), {
      protected: ws.protection.protected,
      options: protectionOptionsOf(ws.protection.options as unknown as Record<string, unknown>),
      passwordProtected: q.withPassword ? ws.protection.isPasswordProtected : null,
    });
  }
  return out;
}

/**
 * The protection of every sheet in `sheets`: those of `queued` (read with the action's own read), and any
 * other read now, in one more sync (a sheet the last check did not know).
 */
export async function protectionOfSheets(
  ctx: Excel.RequestContext,
  queued: QueuedProtection | null,
  sheets: readonly string[],
): Promise<Map<string, SheetProtectionState>> {
  const states = queued ? protectionStates(queued) : new Map<string, SheetProtectionState>();
  const known = new Set(queued?.sheets.map((x) => x.name.toLowerCase()) ?? []);
  const missing = [...new Set(sheets)].filter((s) => !known.has(s.toLowerCase()));
  if (missing.length === 0) return states;
  const more = queueProtectionRead(ctx, missing);
  await ctx.sync();
  for (const [k, v] of protectionStates(more)) states.set(k, v);
  return states;
}

/**
 * The repair's writes, grouped by sheet, with unprotect/protect around the sheets that are protected
 * (with their own options) and none around the others; sheets in `skip` (password) left out.
 */
export function fitProtection(
  plan: WritePlan,
  states: ReadonlyMap<string, SheetProtectionState>,
  skip: ReadonlySet<string>,
): WritePlan {
  const bySheet = new Map<string, WriteOp[]>();
  for (const op of plan.ops) {
    if (op.op === 'protect' || op.op === 'unprotect' || !('sheet' in op)) continue;
    const key = op.sheet.toLowerCase();
    if (skip.has(key)) continue;
    bySheet.set(key, [...(bySheet.get(key) ?? []), op]);
  }
  const ops: WriteOp[] = [];
  for (const [key, writes] of bySheet) {
    const state = states.get(key);
    const sheet = (writes[0] as Extract<WriteOp, { sheet: string }>).sheet;
    if (state?.protected)
      ops.push({ op: 'unprotect', sheet }, ...writes, { op: 'protect', sheet, options: state.options });
    else ops.push(...writes);
  }
  return { ops };
}

/** The sheets to leave alone from the start: those Excel says are protected with a password. */
export function knownPasswordSheets(states: ReadonlyMap<string, SheetProtectionState>): Set<string> {
  return new Set([...states].filter(([, s]) => s.protected && s.passwordProtected === true).map(([k]) => k));
}

export function passwordNote(sheets: readonly string[], left: number): Msg | null {
  if (sheets.length === 0) return null;
  return msg('excel.repairPassword', { sheets: sheets.map((s) => `"${s}"`), count: sheets.length, left });
}

/**
 * Applies the repair, sheet groups in order. Where Excel refuses an unprotect (a password it did not
 * report), reads back which totals were written, sets that sheet aside and applies the rest again.
 * Returns the changes made and the sheets left for their password.
 */
export async function applyRepair(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  changes: readonly RepairChange[],
  states: ReadonlyMap<string, SheetProtectionState>,
  apply: (ctx: Excel.RequestContext, plan: WritePlan) => Promise<unknown>,
): Promise<{ done: RepairChange[]; passwordSheets: string[] }> {
  const skip = knownPasswordSheets(states);
  let pending = changes.filter((c) => !skip.has(c.sheet.toLowerCase()));
  const done: RepairChange[] = [];
  for (let attempt = 0; pending.length > 0 && attempt <= states.size; attempt++) {
    const wanted = new Set(pending.map((c) => `${c.sheet.toLowerCase()}!${c.cell}`));
    const left = {
      ops: plan.ops.filter((o) => o.op !== 'cells' || wanted.has(`${o.sheet.toLowerCase()}!${o.address}`)),
    };
    const fitted = fitProtection(left, states, skip);
    try {
      if (fitted.ops.length > 0) await apply(ctx, fitted);
      done.push(...pending);
      pending = [];
    } catch (e) {
      const written = await writtenAlready(ctx, pending);
      done.push(...pending.filter((c) => written.has(c)));
      const failed = pending.find((c) => !written.has(c));
      // Only a protected sheet's unprotect can fail this way; anything else is Excel's to explain.
      if (
        !failed ||
        !states.get(failed.sheet.toLowerCase())?.protected ||
        errorCode(e) === 'InvalidOperationInCellEditMode'
      )
        throw e;
      skip.add(failed.sheet.toLowerCase());
      pending = pending.filter((c) => !written.has(c) && !skip.has(c.sheet.toLowerCase()));
    }
  }
  const passwordSheets = [...new Set(changes.filter((c) => skip.has(c.sheet.toLowerCase())).map((c) => c.sheet))];
  return { done, passwordSheets };
}

/** The changes whose cell already holds the formula the repair writes (one sync). */
async function writtenAlready(ctx: Excel.RequestContext, changes: readonly RepairChange[]): Promise<Set<RepairChange>> {
  const ranges = changes.map((c) => ({
    c,
    r: ctx.workbook.worksheets.getItem(c.sheet).getRange(c.cell).load('formulas'),
  }));
  await ctx.sync();
  const norm = (f: string) => withEquals(f).toUpperCase();
  return new Set(
    ranges.filter(({ c, r }) => norm(String(r.formulas[0]?.[0] ?? '')) === norm(c.after)).map(({ c }) => c),
  );
}
