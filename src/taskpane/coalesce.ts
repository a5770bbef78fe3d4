/**
 * Excel fires onChanged for every edit, paste and recalculation; the pane treats each as a hint and runs
 * one re-check after a quiet spell. At most one check runs at a time: hints that arrive during a check
 * ask for one more check after it, never a pile of them.
 */
export interface CoalescedRunner {
  /** Asks for a run after `delayMs` of quiet. */
  hint(): void;
  /** Runs now (still never two at once); resolves when that run is done. */
  runNow(): Promise<void>;
  dispose(): void;
}

export function coalesce(task: () => Promise<void>, delayMs = 300): CoalescedRunner {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let disposed = false;

  const start = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          try {
            await task();
          } catch {
            // The task reports its own errors; a failed check must not stop the next one.
          }
        } while (again && !disposed);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  return {
    hint() {
      if (disposed) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void start();
      }, delayMs);
    },
    runNow() {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      return start();
    },
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
    },
  };
}
