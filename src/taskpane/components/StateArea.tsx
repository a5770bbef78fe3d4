/**
 * The State picker and the two questions it can lead to: a second Insert (a new set of templates) and
 * a change of the budget's own State (what will change, from the backend's preview, before anything
 * is written). The pane gives the state and the callbacks (App.tsx, usePicker).
 */
import * as React from 'react';
import type { CheckedBudget } from '../../addin/paneBackend';
import { stateName, type useStateChange } from '../paneActions';
import { Confirm } from './Confirm';
import { StatePicker } from './StatePicker';

/** Whose State the picker shows: the workbook's (locked), one for another set, or the budget's new one. */
export type PickerMode = 'workbook' | 'another' | 'change';

export interface StateAreaProps {
  mode: PickerMode;
  ownBudget: CheckedBudget | null;
  state: string;
  fiscalYear: number;
  busy: boolean;
  confirming: boolean;
  canChangeState: boolean;
  change: ReturnType<typeof useStateChange>;
  insertRef: React.RefObject<HTMLButtonElement>;
  onMode(mode: PickerMode): void;
  onStateChange(code: string): void;
  onFiscalYearChange(year: number): void;
  onInsert(): void;
  onConfirmInsert(): void;
  onCancelInsert(): void;
  /** Said before the first action that unprotects a sheet (Excel clears its undo history then); null after. */
  undoNote?: string | null;
}

export function StateArea(p: StateAreaProps) {
  const own = p.ownBudget;
  const locked = own && p.mode === 'workbook' ? own : null;
  // B2 typed over with another State: the award level and checks follow it, the templates' words do not yet.
  const behind = locked?.stateInWords;
  const lockedReason = locked
    ? behind
      ? `The State cell says ${stateName(locked.state, locked.fiscalYear)}, but the templates’ headings, Appendix J and footers still follow ${stateName(behind, locked.fiscalYear)}: Change this budget's State finishes the change.`
      : `Set by the budget in this workbook (${stateName(locked.state, locked.fiscalYear)}, FY ${locked.fiscalYear}): its award level, Appendix J and footers follow it.`
    : undefined;
  const onChangeState = behind && locked ? () => void p.change.ask(locked.state) : () => p.onMode('change');
  const preview = p.change.preview;
  const waiting = p.confirming || preview ? 'Answer the question below first.' : undefined;
  return (
    <>
      <StatePicker
        state={locked ? locked.state : p.state}
        fiscalYear={locked ? locked.fiscalYear : p.fiscalYear}
        busy={p.busy}
        {...(waiting ? { waitingFor: waiting } : {})}
        {...(lockedReason ? { lockedReason, onAnotherState: () => p.onMode('another') } : {})}
        {...(lockedReason && p.canChangeState ? { onChangeState } : {})}
        {...(p.mode === 'another' && own ? { onCancelAnotherState: () => p.onMode('workbook') } : {})}
        {...(p.mode === 'change' && own
          ? {
              onCancelChange: () => {
                p.change.cancel();
                p.onMode('workbook');
              },
            }
          : {})}
        onStateChange={p.onStateChange}
        onFiscalYearChange={p.onFiscalYearChange}
        onInsert={p.onInsert}
        insertRef={p.insertRef}
      />
      {p.confirming && own ? (
        <Confirm
          testId="insert-confirm"
          title={`This workbook already holds ${stateName(own.state, own.fiscalYear)}’s FY ${own.fiscalYear} budget${own.set && own.set.count > 1 ? ` (${own.set.count} sets of templates)` : ''}.`}
          text={`Insert adds a second set of empty templates for ${stateName(p.state, p.fiscalYear)}, FY ${p.fiscalYear}, named like “Appendix F (2)”. Your sheets and figures stay as they are. The pane then checks the set of the sheet you are working in.`}
          confirmLabel="Insert a second set"
          onConfirm={p.onConfirmInsert}
          onCancel={p.onCancelInsert}
        />
      ) : null}
      {preview ? (
        <Confirm
          testId="state-change-confirm"
          title={`Change this budget from ${stateName(preview.from, p.fiscalYear)} to ${stateName(preview.to, p.fiscalYear)}?`}
          text={p.undoNote ? [...preview.effects, p.undoNote] : preview.effects}
          confirmLabel={`Change to ${stateName(preview.to, p.fiscalYear)}`}
          onConfirm={() => void p.change.confirm()}
          onCancel={() => {
            p.change.cancel();
            p.onMode('workbook');
          }}
        />
      ) : null}
    </>
  );
}
