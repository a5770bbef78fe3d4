/**
 * Changing a budget's State in Excel (the plan: src/workbook/stateChange.ts). Excel never rolls a batch
 * back, and a State changed half-way would leave Checks formulas that read a sheet the set lacks, so the
 * change goes in steps that each leave the workbook whole:
 *   1. every changed sheet that is protected is unprotected, in one sync. If Excel refuses one (a
 *      password), the sheets already unprotected are protected again as they were, and nothing changed;
 *   2. the new Appendix J, then each sheet's writes, each sheet protected again with its own options,
 *      Appendix F last with the State cell its last write. If this fails, the sheet and names it added
 *      are removed (insertCleanup.ts), the State is still the old one, and the error says to change it again.
 * A sheet Excel says is protected with a password (Excel on the web) is refused before anything is written.
 */
import { PaneError } from '../addin/paneWords';
import { msg, type Msg } from '../messages/words';
import type { StateChange } from '../workbook/stateChange';
import type { WriteOp, WritePlan } from '../port/workbookPort';
import { addedBy, reasonOf, removeAdded } from './insertCleanup';
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
): Promise<void> {
  const withPassword = knownPasswordSheets(states);
  const refused = change.changedSheets.filter((s) => withPassword.has(s.toLowerCase()));
  if (refused.length) throw new PaneError(passwordRefusal(refused));
  const added = new Set(change.addedSheets.map((s) => s.toLowerCase()));
  const { fresh, existing } = splitPlan(change.plan, added);
  // The existing sheets' writes, wrapped in the protection each sheet has now (none where it has none).
  const fitted = fitProtection(existing, states, new Set());
  const unprotects = fitted.ops.filter((o) => o.op === 'unprotect');
  await unprotectAll(ctx, unprotects, states, apply);
  try {
    await apply(ctx, { ops: [...fresh, ...fitted.ops.filter((o) => o.op !== 'unprotect')] });
  } catch (e) {
    if (isCellEditModeError(e)) throw e;
    throw new PaneError(await failureText(ctx, change, before, e));
  }
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
): Promise<Msg> {
  const data = { said: reasonOf(failure), from: change.from.name, to: change.to.name };
  try {
    const removed = await removeAdded(ctx, addedBy(change.plan, before));
    return removed.length
      ? msg('excel.stateChangeFailedRemoved', { ...data, sheets: removed.join(', ') })
      : msg('excel.stateChangeFailed', data);
  } catch (cleanup) {
    return msg('excel.stateChangeFailedCleanup', {
      ...data,
      cleanup: reasonOf(cleanup),
      sheets: change.addedSheets.join(', '),
    });
  }
}

/** Step 1: unprotect in one sync; on a refusal, protect again what was unprotected, and say which sheet has a password. */
async function unprotectAll(
  ctx: Excel.RequestContext,
  ops: readonly WriteOp[],
  states: ReadonlyMap<string, SheetProtectionState>,
  apply: Apply,
): Promise<void> {
  if (ops.length === 0) return;
  try {
    await apply(ctx, { ops: [...ops] });
  } catch (e) {
    if (isCellEditModeError(e)) throw e;
    const sheets = ops.map((o) => (o as Extract<WriteOp, { op: 'unprotect' }>).sheet);
    const now = sheets.map((s) => ({ s, ws: ctx.workbook.worksheets.getItem(s).load('protection/protected') }));
    await ctx.sync();
    const open = now.filter((x) => !x.ws.protection.protected).map((x) => x.s);
    if (open.length)
      await apply(ctx, {
        ops: open.map((sheet) => ({
          op: 'protect' as const,
          sheet,
          options: states.get(sheet.toLowerCase())?.options ?? {},
        })),
      });
    // Excel runs a batch in order and stops at the refusal: the first sheet still protected is the one.
    const refused = now.find((x) => x.ws.protection.protected)?.s;
    throw new PaneError(passwordRefusal([refused ?? (sheets[0] as string)]));
  }
}
