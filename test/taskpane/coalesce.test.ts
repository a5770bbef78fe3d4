/** Edits come in bursts; the pane re-checks once after a quiet spell, never two checks at once. */
import { coalesce } from '../../src/taskpane/coalesce';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it('runs once after a burst of hints', async () => {
  let runs = 0;
  const r = coalesce(async () => {
    runs++;
  }, 300);
  for (let i = 0; i < 10; i++) {
    r.hint();
    jest.advanceTimersByTime(100);
  }
  expect(runs).toBe(0);
  jest.advanceTimersByTime(300);
  await Promise.resolve();
  expect(runs).toBe(1);
});

it('asks for one more run when hints arrive during a run, never overlapping', async () => {
  let running = 0;
  let maxRunning = 0;
  let runs = 0;
  let release: (() => void) | null = null;
  const r = coalesce(async () => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    runs++;
    await new Promise<void>((resolve) => (release = resolve));
    running--;
  }, 300);
  const first = r.runNow();
  r.hint();
  jest.advanceTimersByTime(300); // the hint fires while the first run is going
  r.hint();
  jest.advanceTimersByTime(300);
  expect(runs).toBe(1);
  release!();
  await Promise.resolve();
  await Promise.resolve();
  expect(runs).toBe(2);
  release!();
  await first;
  expect(runs).toBe(2);
  expect(maxRunning).toBe(1);
});

it('keeps going after a failed run and stops when disposed', async () => {
  let runs = 0;
  const r = coalesce(async () => {
    runs++;
    throw new Error('Excel said no');
  }, 10);
  await r.runNow();
  await r.runNow();
  expect(runs).toBe(2);
  r.hint();
  r.dispose();
  jest.advanceTimersByTime(50);
  expect(runs).toBe(2);
});
