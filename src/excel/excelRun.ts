/**
 * Every Excel.run of the add-in goes through here, for one reason: cell-edit mode. While the user is typing
 * in a cell, Excel refuses every batch with InvalidOperationInCellEditMode. The user will press Enter soon,
 * so the batch is retried a few times with growing waits (about 3 seconds in all); then the pane says what
 * to do instead of failing silently.
 */

export const CELL_EDIT_RETRY_DELAYS_MS = [150, 300, 600, 900, 1200] as const;

export class CellEditModeError extends Error {
  constructor() {
    super('Excel is busy: a cell is being edited. Press Enter (or Esc) to finish typing in the cell, then try again.');
    this.name = 'CellEditModeError';
  }
}

export function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

export function isCellEditModeError(e: unknown): boolean {
  return errorCode(e) === 'InvalidOperationInCellEditMode';
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Excel.run with the bounded retry. `delays` is for tests; a batch must be safe to run again from the
 * start (ours are: reads, or writes that Excel refused before doing anything).
 */
export async function runExcel<R>(batch: (ctx: Excel.RequestContext) => Promise<R>, delays: readonly number[] = CELL_EDIT_RETRY_DELAYS_MS): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await Excel.run(batch);
    } catch (e) {
      if (!isCellEditModeError(e)) throw e;
      const delay = delays[attempt];
      if (delay === undefined) throw new CellEditModeError();
      await sleep(delay);
    }
  }
}
