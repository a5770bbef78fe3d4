/**
 * Changing a budget's State in Excel (the plan: src/workbook/stateChange.ts). Excel never rolls a batch
 * back, and a State changed half-way would leave Checks formulas that read a sheet the set lacks, so the
 * change goes in steps that each leave the workbook whole:
 *   1. every changed sheet that is protected is unprotected, in one sync. If Excel refuses one (a
 *      password), the sheets already unprotected are protected again as they were, and nothing changed;
 *   2. the new Appendix J, then each sheet's writes, each sheet protected again with its own options,
 *      Appendix F last with the State cell its last write. If this fails, whatever failed it (a refusal,
 *      cell-edit mode), the sheet and names it added are removed (insertCleanup.ts), every sheet that was
 *      protected is protected again with every option it had, the State is still the old one, and the
 *      error says so and to change it again.
 * A sheet Excel says is protected with a password (Excel on the web) is refused before anything is written.
 * So on every way out, each sheet's protection is as it was before the change.
 */
import { PaneError } from '../addin/paneWords';
import { msg, type Msg } from '../messages/words';
import type { StateChange } from '../workbook/stateChange';
import type { WriteOp, WriteOpOf, WritePlan } from '../port/workbookPort';
import { addedBy, CLEANUP_RETRY_DELAYS_MS, reasonOf, removeAdded } from './insertCleanup';
import { isCellEditModeError } from './excelRun';
import { fitProtection, knownPasswordSheets, type SheetProtectionState } from './repairProtection';
import type { WorkbookSnapshot } from '../port/workbookPort';

type Apply = (ctx: Excel.RequestContext, plan: WritePlan) => Promise<unknown>;

/** Why the change cannot touch these sheets, and what to do. */
function passwordRefusal(sheets: readonly string[]): Msg {
  return msg('excel.stateChangePassword', { sheets: sheets.map((s) => `"${s}"`), count: sheets.length });
}

/** The ops of the sheets the change adds (and every defined name), kept as planned: they are new and ours. */
function splitPlan(plan: WritePlan, added: ReadonlySet<string>): { fresh: WriteOp[]; existing: WritePlan } {
  const fresh: WriteOp[] = [];
  const existing: WriteOp[] = [];
  for (const op of plan.ops) {
    if (op.op === 'name' || ('sheet' in op && added.has(op.sheet.toLowerCase()))) fresh.push(op);
    else existing.push(op);
  }
  return { fresh, existing: { ops: existing } };
}

export async function applyStateChange(
  ctx: Excel.RequestContext,
  change: StateChange,
  before: WorkbookSnapshot,
  states: ReadonlyMap<string, SheetProtectionState>,
  apply: Apply,
  delays: readonly number[] = CLEANUP_RETRY_DELAYS_MS,
): Promise<void> {
  const withPassword = knownPasswordSheets(states);
  const refused = change.changedSheets.filter((s) => withPassword.has(s.toLowerCase()));
  if (refused.length) throw new PaneError(passwordRefusal(refused));
  const added = new Set(change.addedSheets.map((s) => s.toLowerCase()));
  const { fresh, existing } = splitPlan(change.plan, added);
  // The existing sheets' writes, wrapped in the protection each sheet has now (none where it has none).
  const fitted = fitProtection(existing, states, new Set());
  const unprotects = fitted.ops.filter((o) => o.op === 'unprotect');
  await unprotectAll(ctx, unprotects, states, apply, delays);
  try {
    await apply(ctx, { ops: [...fresh, ...fitted.ops.filter((o) => o.op !== 'unprotect')] });
  } catch (e) {
    const unprotected = unprotects.map((o) => (o as WriteOpOf<'unprotect'>).sheet);
    const { text, undone } = await failureText(ctx, change, before, e, unprotected, states, apply, delays);
    throw new StateChangeFailedError(text, e, undone);
  }
}

/** A State change that failed and was undone as far as it could be; `excelError` is what Excel said. */
export class StateChangeFailedError extends PaneError {
  constructor(
    problem: Msg,
    readonly excelError: unknown,
    /** The added sheet is gone and every sheet protected as before: the change can simply run again. */
    readonly undone: boolean,
  ) {
    super(problem);
    this.name = 'StateChangeFailedError';
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs a clean-up step again while Excel refuses it for cell-edit mode (about 3 seconds in all). */
async function whenFree<T>(step: () => Promise<T>, delays: readonly number[]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await step();
    } catch (e) {
      const delay = delays[attempt];
      if (!isCellEditModeError(e) || delay === undefined) throw e;
      await sleep(delay);
    }
  }
}

/**
 * Protects again, with every option it had, each of `sheets` that was protected before the change and is
 * not now (one read, one write). Returns the sheets still unprotected when Excel refused that too.
 */
async function restoreProtection(
  ctx: Excel.RequestContext,
  sheets: readonly string[],
  states: ReadonlyMap<string, SheetProtectionState>,
  apply: Apply,
  delays: readonly number[],
): Promise<string[]> {
  const wanted = sheets.filter((s) => states.get(s.toLowerCase())?.protected);
  if (wanted.length === 0) return [];
  let open: string[] = wanted;
  try {
    await whenFree(async () => {
      const now = wanted.map((s) => ({
        s,
        ws: ctx.workbook.worksheets.getItemOrNullObject(s).load('protection/protected'),
      }));
      await ctx.sync();
      open = now.filter((x) => !x.ws.isNullObject && !x.ws.protection.protected).map((x) => x.s);
      if (open.length)
        await apply(ctx, {
          ops: open.map((sheet) => ({
            op: 'protect' as const,
            sheet,
            options: states.get(sheet.toLowerCase())?.options ?? {},
          })),
        });
      open = [];
    }, delays);
  } catch {
    return open;
  }
  return [];
}

/**
 * What a write that failed half-way leaves, in words. The plan writes the State cell last, so the State
 * is still the old one, and the change can be made again: it writes every cell that differs between the
 * two States' templates, whatever the failed attempt had already written.
 */
async function failureText(
  ctx: Excel.RequestContext,
  change: StateChange,
  before: WorkbookSnapshot,
  failure: unknown,
  unprotected: readonly string[],
  states: ReadonlyMap<string, SheetProtectionState>,
  apply: Apply,
  delays: readonly number[],
): Promise<{ text: Msg; undone: boolean }> {
  const why = isCellEditModeError(failure)
    ? msg('excel.stateChange.busy')
    : msg('excel.stateChange.excelSaid', { said: reasonOf(failure) });
  const said = msg('excel.stateChange.failed', { why, from: change.from.name });
  const again = msg('excel.stateChange.again', { to: change.to.name });
  let removal: Msg | null;
  let removedAll = true;
  try {
    const removed = await whenFree(() => removeAdded(ctx, addedBy(change.plan, before)), delays);
    removal = removed.length ? msg('excel.stateChange.sheetRemoved', { sheets: removed.join(', ') }) : null;
  } catch (cleanup) {
    removedAll = false;
    removal = msg('excel.stateChange.removeFailed', {
      cleanup: reasonOf(cleanup),
      sheets: change.addedSheets.join(', '),
    });
  }
  const open = await restoreProtection(ctx, unprotected, states, apply, delays);
  const protection = unprotected.length
    ? open.length
      ? protectAgainFailed(open)
      : msg('excel.stateChange.reprotected')
    : null;
  return { text: sentences([said, removal, protection, again]), undone: removedAll && open.length === 0 };
}

/** Sheets left unprotected after a failure: the user protects them again. */
function protectAgainFailed(open: readonly string[]): Msg {
  return msg('excel.protectAgainFailed', { count: open.length, sheets: open.map((s) => `"${s}"`).join(', ') });
}

/** Sentences said one after the other (those that apply). */
function sentences(parts: readonly (Msg | null)[]): Msg {
  const said = parts.filter((p): p is Msg => p !== null);
  return said.slice(1).reduce((first, next) => msg('text.sentences', { first, next }), said[0] as Msg);
}

/** Step 1: unprotect in one sync; on a refusal, protect again what was unprotected, and say which sheet has a password. */
async function unprotectAll(
  ctx: Excel.RequestContext,
  ops: readonly WriteOp[],
  states: ReadonlyMap<string, SheetProtectionState>,
  apply: Apply,
  delays: readonly number[],
): Promise<void> {
  if (ops.length === 0) return;
  try {
    await apply(ctx, { ops: [...ops] });
  } catch (e) {
    // Cell-edit mode refuses a request whole, before any of it runs: nothing was unprotected.
    if (isCellEditModeError(e)) throw e;
    const sheets = ops.map((o) => (o as WriteOpOf<'unprotect'>).sheet);
    let now: { s: string; ws: Excel.Worksheet }[] = [];
    await whenFree(async () => {
      now = sheets.map((s) => ({ s, ws: ctx.workbook.worksheets.getItem(s).load('protection/protected') }));
      await ctx.sync();
    }, delays);
    const open = await restoreProtection(ctx, sheets, states, apply, delays);
    // Excel runs a batch in order and stops at the refusal: the first sheet still protected is the one.
    const refused = now.find((x) => x.ws.protection.protected)?.s;
    const left = open.length ? protectAgainFailed(open) : null;
    throw new PaneError(sentences([passwordRefusal([refused ?? (sheets[0] as string)]), left]));
  }
}
