/**
 * What the add-in listens to in Excel, and what the events mean: an onChanged handler on each budget sheet
 * (by worksheet id: a handler dies with its sheet, so templates deleted and inserted again get handlers of
 * their own), and one onActivated handler for the workbook (another sheet made active may belong to another
 * set, issue 19). A change is a hint to check again (our own writes dropped: ownWrites.ts); the rows a person
 * inserted are kept for the next check to complete (lineCompletionApply.ts).
 */
import type { WritePlan, WriteOpOf } from '../port/workbookPort';
import { runExcel } from './excelRun';
import { InsertedRowLog } from './lineCompletionApply';
import type { OwnWrites } from './ownWrites';

export type ChangeListener = (why?: 'activated') => void;

export class SheetWatch {
  /** Worksheet ids with our change handler. */
  private readonly watched = new Set<string>();
  /** Ids of the budget sheets at the last read (lower-case name -> id). */
  private sheetIds = new Map<string, string>();
  /** The sheets (lower case) of the set last checked: activating one of them needs no new check. */
  private checkedSheets = new Set<string>();
  /** The sheet (lower case) the pane's own last action made active, whose activation event is not the user's. */
  private ownActivation: string | null = null;
  /** Whether worksheets.onActivated has our handler (added with the first change handlers). */
  private activationWatched = false;
  private listener: ChangeListener | null = null;
  /** Rows a person inserted since the last check, for it to complete. */
  readonly insertedRows = new InsertedRowLog();
  /** The change handler every watched sheet calls: our own changes dropped, the rest a hint. */
  private readonly changed: (event?: { triggerSource?: string }) => void;

  constructor(own: OwnWrites) {
    this.changed = own.filter(() => this.listener?.());
  }

  listen(listener: ChangeListener | null): void {
    this.listener = listener;
  }

  /** The ids of the sheets a read saw (lower-case name -> id). */
  sawSheets(ids: Map<string, string>): void {
    this.sheetIds = ids;
  }

  /** The sheet name (lower case) of a worksheet id, as the last read saw it. */
  nameOf(id: string): string | null {
    for (const [name, sheetId] of this.sheetIds) if (sheetId === id) return name;
    return null;
  }

  /** The sheets of the set just checked. */
  checked(sheets: readonly string[]): void {
    this.checkedSheets = new Set(sheets.map((n) => n.toLowerCase()));
  }

  /** The pane's own action made this sheet active (a plan's last `activate`, or go to). */
  activatedByUs(sheet: string | null): void {
    this.ownActivation = sheet?.toLowerCase() ?? null;
  }

  /** The sheet a plan makes active, as activatedByUs takes it. */
  activatedByPlan(plan: WritePlan): void {
    const ops = plan.ops.filter((o): o is WriteOpOf<'activate'> => o.op === 'activate');
    this.activatedByUs(ops[ops.length - 1]?.sheet ?? null);
  }

  /**
   * Adds an onChanged handler to each of `sheets` not yet watched. Handlers stay; events of other sheets
   * are ignored. The ids come with the check's read: no extra sync unless a sheet is new.
   */
  async rewatch(sheets: readonly string[]): Promise<void> {
    const live = new Set(this.sheetIds.values());
    for (const id of [...this.watched]) if (!live.has(id)) this.watched.delete(id);
    const wanted = sheets
      .map((name) => this.sheetIds.get(name.toLowerCase()))
      .filter((id): id is string => id !== undefined && !this.watched.has(id));
    if (wanted.length === 0) return;
    const activation = !this.activationWatched;
    await runExcel(async (ctx) => {
      for (const id of wanted)
        ctx.workbook.worksheets.getItem(id).onChanged.add(async (e) => {
          this.insertedRows.note(e);
          this.changed(e);
        });
      // In the same batch, once.
      if (activation)
        ctx.workbook.worksheets.onActivated.add(async (e: { worksheetId: string }) => this.activated(e.worksheetId));
      await ctx.sync();
    });
    for (const id of wanted) this.watched.add(id);
    if (activation) this.activationWatched = true;
  }

  /**
   * Another sheet was made active (its tab clicked): a sheet outside the set last checked calls for a
   * check. A sheet of that set changes nothing (go to a cell activates its sheet too).
   */
  private activated(worksheetId: string): void {
    const name = this.nameOf(worksheetId) ?? undefined;
    // The pane's own action made it active (Insert, Review sheet, go to): the action checks on its own.
    const own = this.ownActivation;
    this.ownActivation = null;
    if (own !== null && (name === undefined || name === own)) return;
    if (name && this.checkedSheets.has(name)) return;
    this.listener?.('activated');
  }
}
