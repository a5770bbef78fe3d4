/**
 * Every Excel.run of the add-in goes through here, for one reason: cell-edit mode. While the user is typing
 * in a cell, Excel refuses a batch. `Excel.run({ delayForCellEdit: true })` asks it to hold the batch until
 * the user leaves the cell, but Microsoft's library passes the option on only where the host reports the
 * DelayForCellEdit requirement set (excel-web-16.00.debug.js, onBeforeExcelRun), not with ExcelApi 1.11:
 * that set is what is asked here. Elsewhere Excel refuses the batch with InvalidOperationInCellEditMode
 * (or, Excel for Mac and older builds, a plain InvalidOperation), so the batch is retried a few times with
 * growing waits (about 3 seconds in all); then the pane says what to do instead of failing silently.
 *
 * Clicking the task pane does not end the cell's edit (office-js #806): the user must press Enter in
 * Excel. So when Excel has held a request for about 1.5 seconds (or refused it that long), whoever
 * listens (`onExcelWaiting`, the pane) is told, and says so.
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

export const CELL_EDIT_RETRY_DELAYS_MS = [150, 300, 600, 900, 1200] as const;
/** The requirement set the library checks before it passes Excel.run's delayForCellEdit option on. */
export const DELAY_FOR_CELL_EDIT_SET = 'DelayForCellEdit';
/** How long a request may wait (or be refused) before the pane says to press Enter in Excel. */
export const WAITING_NOTICE_MS = 1_500;

function delayForCellEditSupported(): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(DELAY_FOR_CELL_EDIT_SET);
}

type WaitingListener = (waiting: boolean) => void;
const waitingListeners = new Set<WaitingListener>();
let waitingNow = 0;

/** Calls `listener(true)` when Excel has held a request for about 1.5 s, and `listener(false)` when it goes on. */
export function onExcelWaiting(listener: WaitingListener): () => void {
  waitingListeners.add(listener);
  return () => waitingListeners.delete(listener);
}

/** A wait that tells the listeners once it has lasted WAITING_NOTICE_MS; `end()` when it is over. */
function startWait(): { end(): void } {
  let told = false;
  const timer = setTimeout(() => {
    told = true;
    if (waitingNow++ === 0) for (const l of waitingListeners) l(true);
  }, WAITING_NOTICE_MS);
  return {
    end() {
      clearTimeout(timer);
      if (told && --waitingNow === 0) for (const l of waitingListeners) l(false);
      told = false;
    },
  };
}

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

/** The batch, with its completed syncs counted (a refused sync does not count), each one timed for the pane. */
function counted<R>(batch: Batch<R>, progress: { syncs: number }): Batch<R> {
  return (ctx) => {
    const sync = ctx.sync.bind(ctx);
    ctx.sync = (<T>(passThrough?: T) => {
      const wait = startWait();
      return sync(passThrough).then(
        (v) => {
          wait.end();
          progress.syncs++;
          return v;
        },
        (e: unknown) => {
          wait.end();
          throw e;
        },
      );
    }) as typeof ctx.sync;
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
  const delayed = delayForCellEditSupported();
  // Refused for cell-edit mode again and again (no delayForCellEdit): the pane is told after 1.5 s too.
  let refusedFor: { end(): void } | null = null;
  try {
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
        refusedFor ??= startWait();
        await sleep(delay);
      }
    }
  } finally {
    refusedFor?.end();
  }
}
