/**
 * A backend that loads itself on first use. The pane's first download holds only what draws it (React,
 * Fluent, the components); the workbook reader, the checks and the Office.js adapter come in a second
 * chunk that starts loading as soon as the pane asks for its first check, so the pane shows at once.
 */
import { PaneError } from '../addin/paneWords';
import { msg } from '../messages/words';
import type { PaneBackend } from '../addin/paneBackend';

export function lazyBackend(load: () => Promise<PaneBackend>): PaneBackend {
  let loading: Promise<PaneBackend> | null = null;
  const get = () =>
    (loading ??= load().catch((e: unknown) => {
      loading = null; // a failed download may succeed on the next try
      throw e;
    }));
  return {
    insertTemplates: async (state, fiscalYear) => (await get()).insertTemplates(state, fiscalYear),
    check: async (state) => (await get()).check(state),
    goTo: async (sheet, cell) => (await get()).goTo(sheet, cell),
    writeReviewSheet: async () => (await get()).writeReviewSheet(),
    repairTotals: async () => (await get()).repairTotals(),
    moveToLiveTemplates: async () => {
      const b = await get();
      if (!b.moveToLiveTemplates) throw new PaneError(msg('pane.moveUnavailable'));
      return b.moveToLiveTemplates();
    },
    changeState: async (state, options) => {
      const b = await get();
      if (!b.changeState) throw new PaneError(msg('pane.changeUnavailable'));
      return b.changeState(state, options);
    },
    watch: async (onChange) => (await get()).watch(onChange),
    onWaiting: (listener) => {
      let stop: (() => void) | null = null;
      let stopped = false;
      void get().then(
        (b) => {
          if (!stopped && b.onWaiting) stop = b.onWaiting(listener);
        },
        () => undefined,
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
