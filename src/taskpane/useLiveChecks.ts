/**
 * The pane's live checks: check the workbook at once, then again (coalesced) after each edit of a
 * budget sheet and whenever the user comes back to the pane. The component gets each outcome through
 * `onChecked`; the hook owns the runner, the watch and their clean-up.
 */
import { errorWords } from '../addin/paneWords';
import { msg, type Msg } from '../messages/words';
import * as React from 'react';
import type { CheckOutcome, PaneBackend } from '../addin/paneBackend';
import { coalesce, type CoalescedRunner } from './coalesce';

export interface LiveCheckHandlers {
  /** The State chosen in the pane, for a workbook that does not name its own (read at each check). */
  chosenState(): string;
  onChecked(outcome: CheckOutcome): void;
  /** A check or the watch failed: what to say. */
  onProblem(text: Msg, intent: 'error' | 'warning'): void;
  /** An edit of a budget sheet (before its check runs). */
  onEdit(): void;
}

export function useLiveChecks(
  backend: PaneBackend,
  recheckDelayMs: number,
  handlers: LiveCheckHandlers,
): React.MutableRefObject<CoalescedRunner | null> {
  const runner = React.useRef<CoalescedRunner | null>(null);
  // The handlers change with every render; the checks read the latest without starting over.
  const latest = React.useRef(handlers);
  latest.current = handlers;
  React.useEffect(() => {
    let stop: (() => void) | null = null;
    let alive = true;
    const r = coalesce(async () => {
      try {
        const o = await backend.check(latest.current.chosenState() || undefined);
        if (alive) latest.current.onChecked(o);
      } catch (e) {
        if (alive) latest.current.onProblem(errorWords(e), 'error');
      }
    }, recheckDelayMs);
    runner.current = r;
    // Opening a workbook that already holds a budget: check it at once, then listen to its sheets.
    void r.runNow().then(async () => {
      if (!alive) return;
      try {
        stop = await backend.watch((why) => {
          // A sheet of another set made active is no edit: the notice of the last action stays.
          if (why !== 'activated') latest.current.onEdit();
          r.hint();
        });
      } catch (e) {
        latest.current.onProblem(msg('pane.liveChecksOff', { why: errorWords(e) }), 'warning');
      }
    });
    // Coming back to the pane checks again too: Excel tells of a sheet tab clicked (worksheets.onActivated,
    // which the backend listens to), but not of every way the workbook can change while the pane waits.
    const backToPane = () => r.hint();
    window.addEventListener('focus', backToPane);
    return () => {
      alive = false;
      window.removeEventListener('focus', backToPane);
      r.dispose();
      stop?.();
    };
  }, [backend, recheckDelayMs]);
  return runner;
}
