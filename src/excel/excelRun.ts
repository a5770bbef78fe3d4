/**
 * Every Excel.run of the add-in goes through here, for one reason: cell-edit mode. While the user is typing
 * in a cell, Excel refuses a batch. Where Excel has ExcelApi 1.11, `Excel.run({ delayForCellEdit: true })`
 * asks it to hold the batch until the user leaves the cell. Older Excel refuses it with
 * InvalidOperationInCellEditMode (or, Excel for Mac and older builds, a plain InvalidOperation), so the
 * batch is retried a few times with growing waits (about 3 seconds in all); then the pane says what to do
 * instead of failing silently.
 *
 * A retry runs the batch again from the start, so it must not run a write twice. Excel refuses a request
 * in cell-edit mode whole, before running any of it; what ran is what earlier syncs of the batch did. So:
 *   - a batch is retried only when Excel refused its FIRST sync (nothing of it has run), or when it is
 *     read-only (`readOnly`: the checks, which may read in several syncs);
 *   - a plain InvalidOperation is retried only on the old path (no delayForCellEdit), where it may mean
 *     cell-edit mode; with delayForCellEdit it is a real refusal and goes to the caller as it is.
 */
import { PaneError } from '../addin/paneWords';
import { msg } from '../messages/words';
import { excelApiSupported } from './requirements';

export const CELL_EDIT_RETRY_DELAYS_MS = [150, 300, 600, 900, 1200] as const;
/** The set that brings Excel.run's delayForCellEdit option. */
export const DELAY_FOR_CELL_EDIT_API = '1.11';

export class CellEditModeError extends PaneError {
  constructor(detail?: string) {
    super(detail ? msg('excel.cellEditSaid', { detail }) : msg('excel.cellEdit'));
    this.name = 'CellEditModeError';
  }
}

export function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

export function isCellEditModeError(e: unknown): boolean {
  return errorCode(e) === 'InvalidOperationInCellEditMode';
}

export interface RunOptions {
  /** Waits between retries (tests shorten them). */
  delays?: readonly number[];
  /** The batch only reads: safe to run again whichever sync Excel refused. */
  readOnly?: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Batch<R> = (ctx: Excel.RequestContext) => Promise<R>;

/** The batch, with its completed syncs counted (a refused sync does not count). */
function counted<R>(batch: Batch<R>, progress: { syncs: number }): Batch<R> {
  return (ctx) => {
    const sync = ctx.sync.bind(ctx);
    ctx.sync = (<T>(passThrough?: T) =>
      sync(passThrough).then((v) => {
        progress.syncs++;
        return v;
      })) as typeof ctx.sync;
    return batch(ctx);
  };
}

function retryable(e: unknown, delayed: boolean): boolean {
  const code = errorCode(e);
  return code === 'InvalidOperationInCellEditMode' || (code === 'InvalidOperation' && !delayed);
}

/**
 * Excel.run with delayForCellEdit where Excel has it, and the bounded retry where it does not. The second
 * argument is the retry delays (as before) or RunOptions.
 */
export async function runExcel<R>(batch: Batch<R>, options: readonly number[] | RunOptions = {}): Promise<R> {
  const { delays = CELL_EDIT_RETRY_DELAYS_MS, readOnly = false } = Array.isArray(options)
    ? { delays: options as readonly number[] }
    : (options as RunOptions);
  const delayed = excelApiSupported(DELAY_FOR_CELL_EDIT_API);
  for (let attempt = 0; ; attempt++) {
    const progress = { syncs: 0 };
    try {
      const run = counted(batch, progress);
      return await (delayed ? Excel.run({ delayForCellEdit: true }, run) : Excel.run(run));
    } catch (e) {
      if (!retryable(e, delayed)) throw e;
      // Something of this batch ran already: running it again could write twice. Say what to do instead.
      if (progress.syncs > 0 && !readOnly) {
        if (isCellEditModeError(e)) throw new CellEditModeError();
        throw e;
      }
      const delay = delays[attempt];
      if (delay === undefined)
        throw new CellEditModeError(isCellEditModeError(e) ? undefined : e instanceof Error ? e.message : String(e));
      await sleep(delay);
    }
  }
}
