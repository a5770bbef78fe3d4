/**
 * The verdicts the `requests` section of `npm run bench` prints beside its figures (scripts/bench/requestBench.ts):
 * syncs of our code told apart from the library's cleanup request, and each target of issue 8 judged.
 */
import { requestTargets, summarize, type BudgetSummary } from '../../scripts/bench/requestBench';
import type { SyncRecord } from '../support/officeJsClient';

const KB = 1024;
const sync = (requestBytes: number, responseBytes: number, actions = 10, cleanup = false): SyncRecord => ({
  requestBytes,
  responseBytes,
  actions,
  objectPaths: 1,
  cleanup,
});
const flow = (syncs: SyncRecord[], error: string | null = null) => summarize({ syncs, error });
const budget = (responseBytes: number, recheckSyncs = 1, error: string | null = null): BudgetSummary => ({
  firstCheck: flow([sync(1 * KB, 1 * KB), sync(6 * KB, responseBytes), sync(1 * KB, 40, 7, true)], error),
  recheck: flow(
    [...Array.from({ length: recheckSyncs }, () => sync(5 * KB, responseBytes)), sync(1 * KB, 40, 7, true)],
    error,
  ),
  reviewSheet: flow([sync(5 * KB, responseBytes), sync(20 * KB, 3 * KB)], error),
});

describe('requests: summaries and targets', () => {
  it("counts our syncs apart from the library's cleanup, and totals every request", () => {
    const s = flow([sync(600, 200, 5), sync(2_800_000, 370_000, 19_573), sync(157_000, 43, 1_230, true)]);
    expect(s).toMatchObject({
      syncs: 2,
      cleanupRequests: 1,
      totalRequestBytes: 2_957_600,
      totalActions: 20_808,
      maxRequestBytes: 2_800_000,
      maxResponseBytes: 370_000,
    });
  });

  it('judges each target of issue 8', () => {
    const insertToday = flow([sync(600, 200, 5), sync(2_800_000, 370_000, 19_573), sync(157_000, 43, 1_230, true)]);
    const insertGoal = flow([sync(600, 200, 5), sync(300 * KB, 20 * KB, 1_500), sync(10 * KB, 43, 80, true)]);
    const today = requestTargets(insertToday, {
      '100': budget(200 * KB),
      '2000': budget(2_125_000),
      '10000': budget(10_000_000, 1, 'ResponsePayloadSizeLimitExceeded'),
    });
    expect(today.map((t) => t.met)).toEqual([false, false, false, true]);
    const goal = requestTargets(insertGoal, {
      '100': budget(200 * KB),
      '2000': budget(1_900 * KB),
      '10000': budget(4_900 * KB),
    });
    expect(goal.map((t) => t.met)).toEqual([true, true, true, true]);
    // A re-check of two syncs misses the last target.
    const twoSyncs = requestTargets(insertGoal, { '2000': budget(1_900 * KB, 2) });
    expect(twoSyncs.at(-1)).toMatchObject({ met: false, measured: '2,000: 2' });
  });
});
