/**
 * The fake's events and timing, as Excel has them:
 * - a worksheet's onChanged handlers belong to that worksheet (by its id): adding one to a sheet that
 *   was deleted fails with ItemNotFound, and a deleted sheet's handlers never fire again. A new sheet,
 *   even of the same name, has a new id and no handlers ("Handle events", Office.js docs).
 * - cell-edit mode: a batch run with `{ delayForCellEdit: true }` waits until the user leaves the cell
 *   where Excel reports the DelayForCellEdit requirement set (the library drops the option elsewhere);
 *   other batches fail. Older Excel answers with InvalidOperation instead of
 *   InvalidOperationInCellEditMode (Excel for Mac and some older builds do), which the fake plays with
 *   `cellEditErrorCode`.
 */
import { fakeError } from './fakeErrors';
import type { FakeChangeEvent } from './fakeWorkbook';

type Handler = (e: FakeChangeEvent) => unknown;

export class FakeChangeHandlers {
  private readonly bySheet = new Map<string, Handler[]>();
  private readonly deleted = new Set<string>();

  /** Adds a handler to a live sheet; refused on a deleted one, as Excel does. */
  add(sheetId: string, handler: Handler): () => void {
    if (this.deleted.has(sheetId))
      throw fakeError('ItemNotFound', "The requested resource doesn't exist. (The worksheet was deleted.)");
    const list = this.bySheet.get(sheetId) ?? [];
    list.push(handler);
    this.bySheet.set(sheetId, list);
    return () => {
      const l = this.bySheet.get(sheetId) ?? [];
      this.bySheet.set(
        sheetId,
        l.filter((h) => h !== handler),
      );
    };
  }

  /** The sheet is gone: its handlers die with it. */
  sheetDeleted(sheetId: string): void {
    this.deleted.add(sheetId);
    this.bySheet.delete(sheetId);
  }

  count(sheetId?: string): number {
    if (sheetId === undefined) return [...this.bySheet.values()].reduce((n, l) => n + l.length, 0);
    return this.bySheet.get(sheetId)?.length ?? 0;
  }

  /** Excel calls handlers after the edit, never inside it. */
  fire(event: FakeChangeEvent): void {
    for (const h of this.bySheet.get(event.worksheetId) ?? []) setTimeout(() => void h(event), 0);
  }
}

/** The options of Excel.run the fake understands. */
export interface FakeRunOptions {
  delayForCellEdit?: boolean;
}

export function runOptionsOf(a: unknown): FakeRunOptions {
  return typeof a === 'object' && a !== null ? (a as FakeRunOptions) : {};
}

/** What a sync does while the user is typing in a cell: wait (delayForCellEdit, ExcelApi 1.11) or fail. */
export async function cellEditGate(
  data: { cellEditMode: boolean; cellEditErrorCode: string; reportsDelayForCellEdit: boolean },
  options: FakeRunOptions,
): Promise<void> {
  if (!data.cellEditMode) return;
  // Microsoft's library passes the option on only where the host reports the DelayForCellEdit set.
  if (options.delayForCellEdit && data.reportsDelayForCellEdit) {
    // Excel holds the request until the user presses Enter or Esc.
    while (data.cellEditMode) await new Promise((resolve) => setTimeout(resolve, 10));
    return;
  }
  throw fakeError(
    data.cellEditErrorCode,
    'The operation could not be completed because Excel is in cell-editing mode.',
  );
}
