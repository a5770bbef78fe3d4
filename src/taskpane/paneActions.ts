/**
 * What the pane's buttons do, as hooks over the pane's state: each action runs through `act` (one at a
 * time, a busy label, errors as the notice), leaves a short notice and says where focus goes next.
 * The backend does the work; nothing here decides a rule.
 */
import { msg, type Language, type Msg } from '../messages/words';
import * as React from 'react';
import { rulePackFor } from '../budget';
import type { PaneBackend, RepairedCell, StateChangeOutcome } from '../addin/paneBackend';
import type { CoalescedRunner } from './coalesce';
import type { Notice } from './components/NoticeBox';

/** Where focus goes once an action has finished: its result, never <body>. */
export type FocusTarget = 'notice' | 'summary' | 'insert' | 'state' | null;

/** What every action needs of the pane. */
export interface PaneControl {
  backend: PaneBackend;
  runner: React.MutableRefObject<CoalescedRunner | null>;
  act(label: Msg, f: () => Promise<void>): Promise<void>;
  setNotice(n: Notice | null): void;
  focusNext: React.MutableRefObject<FocusTarget>;
  /** The pane's language (the Review sheet is written in it). */
  language: Language;
  /** An action that unprotects sheets has run: the undo-history note has been said and is not said again. */
  unprotected(): void;
}

/** "Kentucky" for "KY" (the code itself when the year has no rules). */
export function stateName(code: string, fiscalYear: number): string {
  return rulePackFor(fiscalYear)?.states.find((st) => st.code === code)?.name ?? code;
}

/** Insert templates: the notice names the State, the sheets and what was renamed. */
export function useInsert(c: PaneControl, after: () => void) {
  return (state: string, fiscalYear: number) =>
    c.act(msg('pane.busy.inserting'), async () => {
      const r = await c.backend.insertTemplates(state, fiscalYear);
      after();
      await c.runner.current?.runNow();
      // A second set: its sheets went to other names (the planner says which), Appendix F's among them.
      const asSet = (r.renamed?.length ?? 0) > 0 && r.appendixF !== undefined;
      const data = { state: stateName(state, fiscalYear), count: r.sheets.length };
      c.setNotice({
        intent: r.notes.length && !asSet ? 'warning' : 'success',
        text: asSet
          ? msg('pane.inserted.asSet', { ...data, sheet: r.appendixF as string })
          : msg('pane.inserted', data),
        ...(r.notes.length ? { details: [msg('pane.sheets', { sheets: r.sheets.join(', ') }), ...r.notes] } : {}),
      });
      c.focusNext.current = 'notice';
    });
}

/** Changing the budget's State: first what would change (nothing written), then the change itself. */
export function useStateChange(c: PaneControl, fiscalYear: number, done: () => void) {
  const [preview, setPreview] = React.useState<StateChangeOutcome | null>(null);
  const ask = (state: string) =>
    c.act(msg('pane.busy.preview'), async () => {
      setPreview(c.backend.changeState ? await c.backend.changeState(state, { preview: true }) : null);
    });
  const confirm = () =>
    c.act(msg('pane.busy.changing'), async () => {
      if (!preview || !c.backend.changeState) return;
      c.unprotected();
      const r = await c.backend.changeState(preview.to);
      setPreview(null);
      done();
      await c.runner.current?.runNow();
      c.setNotice({
        intent: 'success',
        text: msg('pane.stateChanged', { state: stateName(r.to, fiscalYear) }),
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
  const [repairChanges, setRepairChanges] = React.useState<RepairedCell[] | null>(null);
  const review = () =>
    c.act(msg('pane.busy.reviewing'), async () => {
      await c.runner.current?.runNow();
      showChecks();
      c.focusNext.current = 'summary';
    });
  const repair = () =>
    c.act(msg('pane.busy.repairing'), async () => {
      c.unprotected();
      const r = await c.backend.repairTotals();
      setRepairChanges(r.changes);
      const done = r.changes.length ? msg('pane.repaired', { count: r.changes.length }) : msg('pane.repairedNone');
      const notes = r.notes ?? [];
      c.setNotice(
        notes.length
          ? { intent: 'warning', text: done, details: notes }
          : { intent: 'success', text: r.changes.length ? done : msg('pane.repairedAllRight') },
      );
      c.focusNext.current = 'notice';
      await c.runner.current?.runNow();
    });
  const moveToLive = () =>
    c.act(msg('pane.busy.moving'), async () => {
      if (!c.backend.moveToLiveTemplates) return;
      const r = await c.backend.moveToLiveTemplates();
      await c.runner.current?.runNow();
      c.setNotice({
        intent: r.notes.length ? 'warning' : 'success',
        text: msg('pane.moved', { count: r.sheets.length }),
        details: [msg('pane.sheets', { sheets: r.sheets.join(', ') }), ...r.notes],
      });
      c.focusNext.current = 'notice';
    });
  const writeReview = () =>
    c.act(msg('pane.busy.writingReview'), async () => {
      const name = await c.backend.writeReviewSheet(c.language);
      c.setNotice({ intent: 'success', text: msg('pane.wroteReview', { sheet: name }) });
      c.focusNext.current = 'notice';
    });
  return { repairChanges, review, repair, moveToLive, writeReview };
}
