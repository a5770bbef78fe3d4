/**
 * The pane's actions in Excel, each one Excel.run with as few round trips as the action allows:
 *   insert templates   read sheet list + names (1 sync), plan, apply (1 sync)        = 2 syncs
 *   check              read the budget sheets, names and sheet list                  = 1 sync
 *                      (after a person inserted rows: + 1 batch that completes their lines)
 *                      (the first check of a workbook does not know its sheets yet: it reads the
 *                      sheet list and names, then only the budget's sheets (officeDiscover.ts), 2
 *                      syncs for our layout; a check that finds the layout moved reads once more;
 *                      sheets too big for one response are read in row blocks, officeReadParts.ts)
 *   go to a cell       select (1 sync)
 *   review sheet       read (1 sync), plan, apply (1 sync)
 *   repair totals      read (1 sync), planRepair from that read, apply (1 sync)
 *   move to live       read every sheet (2 syncs), plan the templates with the budget, apply (1 sync)
 *   change the State   read (1 sync), plan; unprotect (1 sync); add Appendix J and write (1 sync)
 *   (repair and the State change read each sheet's protection with their read, sheet by sheet, for the
 *   sheets the last check knew; any other sheet they write costs one more sync)
 * The planner, reader and repairer are those of the CLI (services); nothing here decides a rule.
 */
import { SHEET_TITLES } from '../layout/names';
import { evaluateBudget, rulePackFor, stateByCode } from '../budget';
import type { WorkbookSnapshot, WritePlan } from '../port/workbookPort';
import type { ReadBudgetResult } from '../workbook/readBudget';
import type {
  BudgetSet,
  CheckOutcome,
  CheckedBudget,
  InsertOutcome,
  PaneBackend,
  RepairOutcome,
  StateChangeOutcome,
} from '../addin/paneBackend';
import { PaneError, notMovedNote, paneProblem } from '../addin/paneWords';
import { msg, wordsFor, type Language, type Msg } from '../messages/words';
import { chooseSet, queueActiveSheet, sheetsOfBudget, sheetsOfSet } from './activeSet';
import { onExcelWaiting, runExcel } from './excelRun';
import { addedBy, removeAdded, undoFailedInsert, type Added } from './insertCleanup';
import type { ApplyOutcome } from './officeWrite';
import { OwnWrites } from './ownWrites';
import { degrading } from './degrading';
import { SheetWatch } from './sheetWatch';
import { discoverBudgetIn } from './officeDiscover';
import { readSnapshotIn, readWorkbookIn, type WorkbookRead } from './officeRead';
import { applyRepair, passwordNote, protectionOfSheets, queueProtectionRead } from './repairProtection';
import { requireExcelApi, skippedFeaturesMessage, MANIFEST_EXCEL_API } from './requirements';
import type { BudgetServices } from './services';
import { figureSourcesOf } from '../workbook/figureSources';
import { completeInsertedLines, queueInsertedSheetsProtection } from './lineCompletionApply';

/** The writing half of the adapter and the review-sheet planner, loaded on the first write. */
const loadWriting = () => import(/* webpackChunkName: "writers" */ './writers');

type Apply = (ctx: Excel.RequestContext, plan: WritePlan) => Promise<ApplyOutcome>;

export class ExcelBackend implements PaneBackend {
  /** The sheets the last good read took the budget from; null until the first check. */
  private budgetSheets: string[] | null = null;
  /** Cells of each sheet's used range at the last read: a big budget is read in parts at once. */
  private knownCells = new Map<string, number>();
  /** The State chosen in the pane, for workbooks that do not say theirs (the published layout). */
  private state: string | undefined;
  /** The suffix of the set last inserted or checked: checked when the active sheet belongs to no set. */
  private preferredSuffix: string | null = null;
  /** The add-in's own writes, kept apart from its checks (ownWrites.ts). */
  private readonly own = new OwnWrites();
  /** What the add-in listens to in Excel (sheetWatch.ts). */
  private readonly sheetWatch = new SheetWatch(this.own);
  /**
   * Sheets and names a failed write added and could not take out again (the user kept a cell in edit
   * mode): the next write that adds sheets removes them first, so trying again never leaves a half set.
   */
  private leftovers: Added | null = null;

  constructor(
    private readonly services: BudgetServices,
    options: { state?: string } = {},
  ) {
    this.state = options.state;
  }

  /** Tells the pane when Excel has held a request for a while (a cell in edit mode): excelRun.ts. */
  onWaiting(listener: (waiting: boolean) => void): () => void {
    return onExcelWaiting(listener);
  }

  /**
   * Applies a plan that adds sheets; if it fails, takes out again what it added (Excel never rolls a batch
   * back), whatever the failure, cell-edit mode included. The leftovers of an earlier failure go first.
   */
  private async applyAdding(
    ctx: Excel.RequestContext,
    apply: Apply,
    plan: WritePlan,
    before: WorkbookSnapshot,
    what: Msg,
  ): Promise<ApplyOutcome> {
    try {
      return await apply(ctx, plan);
    } catch (e) {
      const failed = await undoFailedInsert(ctx, addedBy(plan, before), e, what);
      if (!failed.undone) this.leftovers = failed.added;
      throw failed;
    }
  }

  /** Removes what an earlier failed write left (two syncs, only when there is something). */
  private async removeLeftovers(ctx: Excel.RequestContext): Promise<void> {
    if (!this.leftovers) return;
    await removeAdded(ctx, this.leftovers);
    this.leftovers = null;
  }

  async insertTemplates(state: string, fiscalYear: number): Promise<InsertOutcome> {
    requireExcelApi(MANIFEST_EXCEL_API);
    const [writers, { applyIn }] = await Promise.all([this.services.writers(), loadWriting()]);
    const { sheets, appendixF, renamed, skipped, suffix, notes } = await this.own.write(() =>
      degrading(() =>
        runExcel(async (ctx) => {
          await this.removeLeftovers(ctx);
          // Only the sheet list and the names: the planner never writes over a sheet or name that exists.
          const snapshot = await readSnapshotIn(ctx, { sheets: [] });
          const planned = writers.planInsertTemplates(snapshot, { state, fiscalYear });
          const applied = await this.applyAdding(ctx, applyIn, planned.plan, snapshot, msg('excel.action.insert'));
          this.sheetWatch.activatedByPlan(planned.plan);
          return {
            sheets: planned.sheets.map((x) => x.sheet),
            appendixF: planned.sheets.find((x) => x.template === SHEET_TITLES.appendixF)?.sheet,
            renamed: planned.renamed,
            skipped: applied.skipped,
            suffix: planned.nameSuffix,
            notes: applied.notes,
          };
        }),
      ),
    );
    this.budgetSheets = sheets;
    this.preferredSuffix = suffix;
    const said = renamed.map((r) => msg('pane.insert.renamed', { wanted: r.wanted, used: r.used }));
    const old = skippedFeaturesMessage(skipped);
    if (old) said.push(old);
    // Listening to the new sheets comes with the check the pane runs next (check() -> rewatch).
    return {
      sheets,
      appendixF,
      renamed: renamed.map((r) => ({ wanted: r.wanted, used: r.used })),
      notes: [...said, ...notes],
    };
  }

  /** A read of the budget sheets, with the sizes and ids remembered for the next read and the watch. */
  private async readBudgetSheets(
    ctx: Excel.RequestContext,
    sheets: string[] | null,
    notes: Msg[],
  ): Promise<WorkbookSnapshot> {
    const options = { knownCells: this.knownCells, onNote: (n: Msg) => notes.push(n) };
    const read: WorkbookRead = sheets
      ? await readWorkbookIn(ctx, { sheets }, options)
      : await discoverBudgetIn(ctx, this.services, options);
    this.sheetWatch.sawSheets(read.sheetIds);
    for (const sh of read.snapshot.sheets)
      this.knownCells.set(
        sh.name.toLowerCase(),
        sh.cells.reduce((n, r) => n + r.length, 0),
      );
    return read.snapshot;
  }

  /** One read, one reader pass; `snapshot` is kept for actions that write next (review, repair). */
  private async readChecked(
    ctx: Excel.RequestContext,
  ): Promise<{ outcome: CheckOutcome; snapshot: WorkbookSnapshot; read: ReadBudgetResult }> {
    const notes: Msg[] = [];
    const active = queueActiveSheet(ctx);
    let snapshot = await this.readBudgetSheets(ctx, this.budgetSheets, notes);
    // Our layout is found by its names, which come in the same read: if they name sheets we did not
    // load (a sheet renamed, a second set inserted), read once more with the right list.
    const own = this.services.ownSheetNames(snapshot);
    const loaded = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
    if (this.budgetSheets && own.some((s) => !loaded.has(s.toLowerCase()))) {
      snapshot = await this.readBudgetSheets(ctx, [...new Set([...this.budgetSheets, ...own])], notes);
    }
    let set = chooseSet(snapshot, active(), this.preferredSuffix);
    let read = this.services.readBudgetFromSnapshot(snapshot, this.readOptions(set));
    if (!read.ok && this.budgetSheets) {
      // The sheets we knew no longer hold the budget (renamed, deleted, a published layout): look again.
      snapshot = await this.readBudgetSheets(ctx, null, notes);
      set = chooseSet(snapshot, active(), this.preferredSuffix);
      read = this.services.readBudgetFromSnapshot(snapshot, this.readOptions(set));
    }
    if (!read.ok) {
      // A reason in one cell (the State cell): that sheet is listened to, so correcting it checks again.
      this.budgetSheets = read.sheet ? [read.sheet] : null;
      const outcome: CheckOutcome = {
        status: 'none',
        problem: paneProblem(read),
        ...(read.layout ? { layout: read.layout } : {}),
        ...(read.sheet && read.cell ? { at: { sheet: read.sheet, cell: read.cell } } : {}),
      };
      return { outcome, snapshot, read };
    }
    const evaluation = evaluateBudget(read.budget, read.findings);
    const sheets = [
      ...new Set([...this.services.ownSheetNames(snapshot), ...sheetsOfBudget(read.budget, evaluation.findings)]),
    ].filter((s) => snapshot.sheetNames.some((n) => n.name.toLowerCase() === s.toLowerCase()));
    this.budgetSheets = sheets;
    this.sheetWatch.checked(set ? sheetsOfSet(snapshot, set.suffix) : sheets);
    if (set) this.preferredSuffix = set.suffix;
    const figureSources = figureSourcesOf(snapshot, read.budget, read.layout, set?.suffix);
    const outcome: CheckedBudget = {
      status: 'checked',
      state: read.budget.state,
      fiscalYear: read.budget.fiscalYear,
      layout: read.layout,
      evaluation,
      sheets,
      checkedAt: new Date(),
      ...(set && read.layout === 'own' ? { set } : {}),
      ...(notes.length ? { notes } : {}),
      ...(figureSources ? { figureSources } : {}),
      ...(read.stateInWords ? { stateInWords: read.stateInWords } : {}),
    };
    return { outcome, snapshot, read };
  }

  /** The chosen State (for workbooks that name none) and the set to read (when the workbook holds several). */
  private readOptions(set: BudgetSet | null): { state?: string; suffix?: string } {
    return { ...(this.state ? { state: this.state } : {}), ...(set ? { suffix: set.suffix } : {}) };
  }

  async check(state?: string): Promise<CheckOutcome> {
    if (state) this.state = state;
    const outcome = await this.own.check(() =>
      degrading(async () => ({
        // Completing inserted lines writes: marked as the add-in's own write, from inside this check.
        outcome: this.sheetWatch.insertedRows.any
          ? await this.own.write(() => this.checkAndComplete(), { fromCheck: true })
          : await runExcel(async (ctx) => (await this.readChecked(ctx)).outcome, { readOnly: true }),
        notes: [] as Msg[],
      })),
    );
    if (outcome.outcome.status === 'checked' || outcome.outcome.at)
      await this.sheetWatch.rewatch(this.budgetSheets ?? []);
    if (outcome.notes.length && outcome.outcome.status === 'checked')
      return { ...outcome.outcome, notes: [...(outcome.outcome.notes ?? []), ...outcome.notes] };
    return outcome.outcome;
  }

  /** A check that completes the lines a person inserted: read with their sheets' protection (1 sync), complete (1 sync). */
  private async checkAndComplete(): Promise<CheckOutcome> {
    const inserted = this.sheetWatch.insertedRows.take((id) => this.sheetWatch.nameOf(id));
    const [writers, { applyIn }] = await Promise.all([this.services.writers(), loadWriting()]);
    return runExcel(async (ctx) => {
      const protection = queueInsertedSheetsProtection(ctx, inserted);
      const { outcome, snapshot, read } = await this.readChecked(ctx);
      if (outcome.status !== 'checked' || !read.ok || !read.context) return outcome;
      const context = read.context;
      const completed = await completeInsertedLines(ctx, writers, applyIn, { context, snapshot, inserted }, protection);
      return completed.length ? { ...outcome, completedLines: completed } : outcome;
    });
  }

  async goTo(sheet: string, cell: string): Promise<void> {
    await runExcel(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      this.sheetWatch.activatedByUs(sheet);
      await ctx.sync();
    });
  }

  async writeReviewSheet(language: Language = 'en'): Promise<string> {
    const { applyIn, planReviewSheet } = await loadWriting();
    const { sheet } = await this.own.write(() =>
      degrading(() =>
        runExcel(async (ctx) => ({
          sheet: await this.reviewSheetIn(ctx, applyIn, planReviewSheet, language),
          notes: [] as Msg[],
        })),
      ),
    );
    return sheet;
  }

  private async reviewSheetIn(
    ctx: Excel.RequestContext,
    applyIn: Apply,
    planReviewSheet: Awaited<ReturnType<typeof loadWriting>>['planReviewSheet'],
    language: Language,
  ): Promise<string> {
    await this.removeLeftovers(ctx);
    const { outcome, snapshot } = await this.readChecked(ctx);
    if (outcome.status !== 'checked') throw new PaneError(msg('pane.noBudgetToReview', { problem: outcome.problem }));
    const pack = rulePackFor(outcome.fiscalYear);
    const stateName = pack ? stateByCode(pack, outcome.state).name : outcome.state;
    const { sheet, plan } = planReviewSheet({
      existingSheets: snapshot.sheetNames.map((s) => s.name),
      stateName,
      fiscalYear: outcome.fiscalYear,
      evaluation: outcome.evaluation,
      at: new Date(),
      words: wordsFor(language),
    });
    await this.applyAdding(ctx, applyIn, plan, snapshot, msg('excel.action.reviewSheet'));
    this.sheetWatch.activatedByPlan(plan);
    return sheet;
  }

  async repairTotals(): Promise<RepairOutcome> {
    const [writers, { applyIn }] = await Promise.all([this.services.writers(), loadWriting()]);
    return this.own.write(() => degrading(() => this.repairOnce(writers, applyIn)));
  }

  private repairOnce(
    writers: Awaited<ReturnType<BudgetServices['writers']>>,
    applyIn: Apply,
  ): Promise<RepairOutcome & { notes: Msg[] }> {
    return runExcel(async (ctx) => {
      // Each sheet's protection comes with the read (same sync) for the sheets the last check knew: only
      // protected sheets are unprotected.
      const protection = this.budgetSheets ? queueProtectionRead(ctx, this.budgetSheets) : null;
      // The repair plans from the check's own read (the set being worked in); a read that gave no budget
      // (a fiscal year without rules) is read again by the repairer, which needs no rules.
      const { snapshot, read } = await this.readChecked(ctx);
      const { plan, changes, problem, refused } = read.ok
        ? writers.planRepair(snapshot, {}, read)
        : writers.planRepair(snapshot);
      if (problem) throw new PaneError(msg('pane.thisWorkbook', { problem }));
      const states = await protectionOfSheets(
        ctx,
        protection,
        changes.map((c) => c.sheet),
      );
      const { done, passwordSheets } = await applyRepair(ctx, plan, changes, states, applyIn);
      const note = passwordNote(passwordSheets, changes.length - done.length);
      const notes = [note, writers.repairRefusalNote(refused)].filter((n): n is Msg => n !== null);
      return {
        changes: done.map((c) => ({
          sheet: c.sheet,
          cell: c.cell,
          before: c.before,
          after: c.after,
          reason: c.reason,
        })),
        notes,
      };
    });
  }

  /**
   * read (1 sync, with each sheet's protection), plan; `preview` stops there. Otherwise unprotect the
   * changed sheets (1 sync), then add Appendix J and write (1 sync): stateChangeApply.ts says why in steps.
   */
  async changeState(state: string, options: { preview?: boolean } = {}): Promise<StateChangeOutcome> {
    requireExcelApi(MANIFEST_EXCEL_API);
    const [writers, { applyIn, applyStateChange }] = await Promise.all([this.services.writers(), loadWriting()]);
    const lane = <T>(f: () => Promise<T>) => (options.preview ? this.own.check(f) : this.own.write(f));
    const run = () =>
      runExcel(
        async (ctx) => {
          const protection = !options.preview && this.budgetSheets ? queueProtectionRead(ctx, this.budgetSheets) : null;
          const { outcome: checked, snapshot, read } = await this.readChecked(ctx);
          if (checked.status !== 'checked' || checked.layout !== 'own')
            throw new PaneError(msg('stateChange.noOwnBudget'));
          // Planned from the check's own read of the set: the workbook is read once.
          const change = writers.planStateChange(
            snapshot,
            { state, ...(checked.set ? { suffix: checked.set.suffix } : {}) },
            read,
          );
          if (!options.preview)
            await applyStateChange(
              ctx,
              change,
              snapshot,
              await protectionOfSheets(ctx, protection, change.changedSheets),
              applyIn,
            );
          return {
            from: change.from.code,
            to: change.to.code,
            effects: change.effects,
            addedSheets: change.addedSheets,
            notes: [] as Msg[],
          };
        },
        options.preview ? { readOnly: true } : {},
      );
    const { notes, ...outcome } = await lane(() => degrading(run));
    if (notes.length) outcome.effects = [...outcome.effects, ...notes];
    // The next check reads Appendix J with the set's other sheets (one sync), and listens to it.
    if (!options.preview && outcome.addedSheets.length && this.budgetSheets)
      this.budgetSheets = [...this.budgetSheets, ...outcome.addedSheets];
    return outcome;
  }

  /** read every sheet (2 syncs: the list, then the cells; sheets beside the appendices are searched for figures too), plan the templates filled with the budget read, apply (1 sync) = 3 syncs. */
  async moveToLiveTemplates(): Promise<InsertOutcome> {
    requireExcelApi(MANIFEST_EXCEL_API);
    const [writers, { applyIn }] = await Promise.all([this.services.writers(), loadWriting()]);
    const {
      sheets,
      renamed,
      leftovers,
      notes: applyNotes,
    } = await this.own.write(() =>
      degrading(() =>
        runExcel(async (ctx) => {
          await this.removeLeftovers(ctx);
          const snapshot = await readSnapshotIn(ctx, {});
          const read = this.services.readBudgetFromSnapshot(snapshot, this.state ? { state: this.state } : {});
          if (!read.ok) throw new PaneError(paneProblem(read));
          if (read.layout !== 'published') throw new PaneError(msg('pane.move.alreadyLive'));
          const planned = writers.planInsertTemplates(snapshot, {
            state: read.budget.state,
            fiscalYear: read.budget.fiscalYear,
            budget: read.budget,
          });
          const applied = await this.applyAdding(ctx, applyIn, planned.plan, snapshot, msg('excel.action.move'));
          this.sheetWatch.activatedByPlan(planned.plan);
          const unread = read.findings
            .filter((f) => f.code === 'NOT_A_NUMBER')
            .map((f) => ({ where: `${f.sheet ?? ''}!${f.cell ?? ''}`, kind: 'textInFigure' as const, text: '' }));
          return {
            sheets: planned.sheets.map((x) => x.sheet),
            renamed: planned.renamed,
            leftovers: [...writers.leftoversOfPublished(snapshot, read.budget.state), ...unread],
            notes: applied.notes,
          };
        }),
      ),
    );
    this.budgetSheets = sheets;
    const notes = renamed.map((r) => msg('pane.insert.renamed', { wanted: r.wanted, used: r.used }));
    if (leftovers.length) notes.push(notMovedNote(leftovers));
    return {
      sheets,
      renamed: renamed.map((r) => ({ wanted: r.wanted, used: r.used })),
      notes: [...notes, ...applyNotes],
    };
  }

  async watch(onChange: (why?: 'activated') => void): Promise<() => void> {
    this.sheetWatch.listen(onChange);
    await this.sheetWatch.rewatch(this.budgetSheets ?? []);
    return () => this.sheetWatch.listen(null);
  }
}
