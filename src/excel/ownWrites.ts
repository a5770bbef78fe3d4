/**
 * The add-in's own write batches, kept apart from its live checks. Excel fires onChanged for an add-in's
 * writes as for a user's, after each request; a write of several requests (an insert in parts, a State
 * change: unprotect, then write) would otherwise have its first events start a check that reads between
 * two of its requests: a half-written workbook, and findings that are wrong for a second or two.
 *
 * How a writer marks its batch: it runs its whole Excel.run through `write()` (ExcelBackend does it for
 * every action that writes; a write made from inside a check, such as completing a row the user
 * inserted, calls `write()` too: a check never waits for itself). Then:
 *   - a check does not start while a marked write runs, and a marked write does not start while a check
 *     runs (`check()` and `write()` wait for each other), so no check reads between two requests of a write;
 *   - a change event that says it came from this add-in (triggerSource "ThisLocalAddin", ExcelApi 1.14)
 *     is ignored: the action that wrote checks the workbook itself when it is done;
 *   - any other event that arrives while a write runs (an older Excel does not say whose change it was)
 *     is held, and one hint is given when the last write ends: the events of a batch are coalesced.
 */
export interface ChangeEventLike {
  triggerSource?: string;
}

export class OwnWrites {
  private writes = 0;
  private checks = 0;
  private heldHint = false;
  private waiters: (() => void)[] = [];

  get writing(): boolean {
    return this.writes > 0;
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  private settled(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Runs a check when no write runs. `inWrite`: the check is part of a write already marked (it must not
   * wait for it).
   */
  async check<T>(f: () => Promise<T>): Promise<T> {
    while (this.writes > 0) await this.settled();
    this.checks++;
    try {
      return await f();
    } finally {
      this.checks--;
      this.wake();
    }
  }

  /**
   * Runs a write of the add-in, marked as its own. It waits for a running check to finish, unless it is
   * called from inside one (`fromCheck`), which then simply goes on holding the workbook.
   */
  async write<T>(f: () => Promise<T>, options: { fromCheck?: boolean } = {}): Promise<T> {
    if (!options.fromCheck) while (this.checks > 0) await this.settled();
    this.writes++;
    try {
      return await f();
    } finally {
      this.writes--;
      this.wake();
      if (this.writes === 0 && this.heldHint) {
        this.heldHint = false;
        this.onHeld?.();
      }
    }
  }

  /** Where a hint held during a write goes when the write ends. */
  private onHeld: (() => void) | null = null;

  /** The change listener to register with Excel: our own changes dropped, others held while we write. */
  filter(listener: () => void): (event?: ChangeEventLike) => void {
    this.onHeld = listener;
    return (event) => {
      if (event?.triggerSource === 'ThisLocalAddin') return;
      if (this.writes > 0) {
        this.heldHint = true;
        return;
      }
      listener();
    };
  }
}
