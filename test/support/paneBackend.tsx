/**
 * A scripted PaneBackend for the pane's component tests: checks answer the given outcomes in turn (the
 * last one repeats), every call is logged in `calls`, and `change()` plays an edit in the workbook.
 */
import * as React from 'react';
import { act, render, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { CheckOutcome, InsertOutcome, PaneBackend, RepairOutcome } from '../../src/addin/paneBackend';
import { App } from '../../src/taskpane/components/App';

export interface ScriptOptions {
  /** What Insert answers (default: one sheet, no notes). */
  inserted?: InsertOutcome;
  /** What Repair totals does (default: nothing to repair). */
  repair?: () => Promise<RepairOutcome>;
}

export function scriptedBackend(outcomes: CheckOutcome[], options: ScriptOptions = {}) {
  const calls: string[] = [];
  let i = 0;
  let onChange: (() => void) | null = null;
  const backend: PaneBackend = {
    insertTemplates: jest.fn(async (state: string, fy: number) => {
      calls.push(`insert ${state} ${fy}`);
      return options.inserted ?? { sheets: ['Appendix F'], notes: [] };
    }),
    check: jest.fn(async (state?: string) => {
      calls.push(state ? `check ${state}` : 'check');
      return outcomes[Math.min(i++, outcomes.length - 1)] as CheckOutcome;
    }),
    goTo: jest.fn(async (sheet: string, cell: string) => {
      calls.push(`goTo ${sheet}!${cell}`);
    }),
    writeReviewSheet: jest.fn(async () => 'Review'),
    repairTotals: jest.fn(options.repair ?? (async () => ({ changes: [] }))),
    watch: jest.fn(async (f: () => void) => {
      onChange = f;
      return () => undefined;
    }),
  };
  return { backend, calls, change: () => act(() => onChange?.()) };
}

/**
 * Waits until the pane has shown its first check's outcome: a test that ends before would leave React an
 * update to make after it (outside act, on a tree being torn down).
 */
export async function firstCheckShown(backend: PaneBackend): Promise<void> {
  await waitFor(() => expect(backend.check).toHaveBeenCalled());
  // The outcome lands a few promise hops after the call: a macrotask, inside act, lets them all run.
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

export const renderApp = (backend: PaneBackend) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App backend={backend} recheckDelayMs={5} />
    </FluentProvider>,
  );
