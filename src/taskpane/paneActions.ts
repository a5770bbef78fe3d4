/**
 * What the pane's buttons do, as hooks over the pane's state: each action runs through `act` (one at a
 * time, a busy label, errors as the notice), leaves a short notice and says where focus goes next.
 * The backend does the work; nothing here decides a rule.
 */
import * as React from 'react';
import { rulePackFor } from '../budget';
import type { PaneBackend, StateChangeOutcome } from '../addin/paneBackend';
import type { CoalescedRunner } from './coalesce';
import type { Notice } from './components/NoticeBox';

/** Where focus goes once an action has finished: its result, never <body>. */
export type FocusTarget = 'notice' | 'summary' | 'insert' | null;

/** What every action needs of the pane. */
export interface PaneControl {
  backend: PaneBackend;
  runner: React.MutableRefObject<CoalescedRunner | null>;
  act(label: string, f: () => Promise<void>): Promise<void>;
  setNotice(n: Notice | null): void;
  focusNext: React.MutableRefObject<FocusTarget>;
  /** An action that unprotects sheets has run: the undo-history note has been said and is not said again. */
  unprotected(): void;
}

/** "Kentucky" for "KY" (the code itself when the year has no rules). */
export function stateName(code: string, fiscalYear: number): string {
  return rulePackFor(fiscalYear)?.states.find((st) => st.code === code)?.name ?? code;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Insert templates: the notice names the State, the sheets and what was renamed. */
export function useInsert(c: PaneControl, after: () => void) {
  return (state: string, fiscalYear: number) =>
    c.act('Inserting the templates', async () => {
      const r = await c.backend.insertTemplates(state, fiscalYear);
      after();
      await c.runner.current?.runNow();
      const f = r.sheets.find((x) => /^Appendix F/.test(x));
      const asSet = r.sheets.some((x) => / \(\d+\)$/.test(x)) && f ? `, named like “${f}” (the names were taken)` : '';
      c.setNotice({
        intent: r.notes.length && !asSet ? 'warning' : 'success',
        text: `Inserted the ${stateName(state, fiscalYear)} templates: ${plural(r.sheets.length, 'sheet')}${asSet}.`,
        ...(r.notes.length ? { details: [`Sheets: ${r.sheets.join(', ')}.`, ...r.notes] } : {}),
      });
      c.focusNext.current = 'notice';
    });
}

/** Changing the budget's State: first what would change (nothing written), then the change itself. */
export function useStateChange(c: PaneControl, fiscalYear: number, done: () => void) {
  const [preview, setPreview] = React.useState<StateChangeOutcome | null>(null);
  const ask = (state: string) =>
    c.act('Working out what would change', async () => {
      setPreview(c.backend.changeState ? await c.backend.changeState(state, { preview: true }) : null);
    });
  const confirm = () =>
    c.act('Changing the State', async () => {
      if (!preview || !c.backend.changeState) return;
      c.unprotected();
      const r = await c.backend.changeState(preview.to);
      setPreview(null);
      done();
      await c.runner.current?.runNow();
      c.setNotice({
        intent: 'success',
        text: `The budget is now ${stateName(r.to, fiscalYear)}’s; nothing typed changed but the State.`,
        details: r.effects,
      });
      c.focusNext.current = 'notice';
    });
  const cancel = () => {
    setPreview(null);
    c.focusNext.current = 'insert';
  };
  return { preview, ask, confirm, cancel };
}

/** The reviewer's actions: review, repair, move into live templates, write the Review sheet. */
export function useReviewActions(c: PaneControl, showChecks: () => void) {
  const [repairChanges, setRepairChanges] = React.useState<string[] | null>(null);
  const review = () =>
    c.act('Reviewing the workbook', async () => {
      await c.runner.current?.runNow();
      showChecks();
      c.focusNext.current = 'summary';
    });
  const repair = () =>
    c.act('Repairing totals', async () => {
      c.unprotected();
      const r = await c.backend.repairTotals();
      setRepairChanges(r.changes);
      const done = r.changes.length
        ? `Rewrote ${r.changes.length} total formula(s); no typed value was changed.`
        : 'No total formula was rewritten.';
      const notes = r.notes ?? [];
      c.setNotice(
        notes.length
          ? { intent: 'warning', text: [done, ...notes].join(' ') }
          : {
              intent: 'success',
              text: r.changes.length ? done : 'Every total formula was already right: nothing changed.',
            },
      );
      await c.runner.current?.runNow();
    });
  const moveToLive = () =>
    c.act('Moving the budget into live templates', async () => {
      if (!c.backend.moveToLiveTemplates) return;
      const r = await c.backend.moveToLiveTemplates();
      await c.runner.current?.runNow();
      c.setNotice({
        intent: r.notes.length ? 'warning' : 'success',
        text: `Moved the budget into live templates (${r.sheets.length} sheets); your sheets are unchanged.`,
        details: [`Sheets: ${r.sheets.join(', ')}.`, ...r.notes],
      });
      c.focusNext.current = 'notice';
    });
  const writeReview = () =>
    c.act('Writing the review sheet', async () => {
      const name = await c.backend.writeReviewSheet();
      c.setNotice({
        intent: 'success',
        text: `Wrote the sheet "${name}": findings linked to their cells, the figures and the date.`,
      });
    });
  return { repairChanges, review, repair, moveToLive, writeReview };
}
