/** The backend that loads on first use: loaded once, shared by every call, tried again after a failed download. */
import { plain } from '../support/words';
import type { PaneBackend } from '../../src/addin/paneBackend';
import { lazyBackend } from '../../src/taskpane/lazyBackend';

function realBackend(log: string[]): PaneBackend {
  return {
    insertTemplates: async (s, y) => (log.push(`insert ${s} ${y}`), { sheets: [], notes: [] }),
    check: async (s) => (log.push(`check ${s ?? ''}`), { status: 'none', problem: plain('none') }),
    goTo: async (s, c) => void log.push(`goTo ${s}!${c}`),
    writeReviewSheet: async () => (log.push('review'), 'Review'),
    repairTotals: async () => (log.push('repair'), { changes: [] }),
    watch: async () => (log.push('watch'), () => undefined),
  };
}

it('loads once and passes every call through', async () => {
  const log: string[] = [];
  let loads = 0;
  const b = lazyBackend(async () => (loads++, realBackend(log)));
  await Promise.all([b.check('KY'), b.goTo('Appendix F', 'F93'), b.insertTemplates('KY', 2012)]);
  await b.writeReviewSheet();
  await b.repairTotals();
  await b.watch(() => undefined);
  expect(loads).toBe(1);
  expect(log).toEqual(['check KY', 'goTo Appendix F!F93', 'insert KY 2012', 'review', 'repair', 'watch']);
});

it('tries the download again after it failed', async () => {
  let attempts = 0;
  const b = lazyBackend(async () => {
    attempts++;
    if (attempts === 1) throw new Error('Loading chunk workbook failed');
    return realBackend([]);
  });
  await expect(b.check()).rejects.toThrow('Loading chunk workbook failed');
  await expect(b.check()).resolves.toEqual({ status: 'none', problem: plain('none') });
  expect(attempts).toBe(2);
});
