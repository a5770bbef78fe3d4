/**
 * The State picker and the two questions it can lead to: a second Insert (a new set of templates) and
 * a change of the budget's own State (what will change, from the backend's preview, before anything
 * is written). The pane gives the state and the callbacks (App.tsx, usePicker).
 */
import { useWords } from '../words';
import type { Msg } from '../../messages/words';
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
  stateRef: React.RefObject<HTMLSelectElement>;
  onMode(mode: PickerMode): void;
  onStateChange(code: string): void;
  onFiscalYearChange(year: number): void;
  onInsert(): void;
  onConfirmInsert(): void;
  onCancelInsert(): void;
  /** False once the workbook holds a budget, or OSHA's published templates: then Insert is no primary action. */
  insertPrimary: boolean;
  /** Said before the first action that unprotects a sheet (Excel clears its undo history then); null after. */
  undoNote?: Msg | null;
}

export function StateArea(p: StateAreaProps) {
  const w = useWords();
  const own = p.ownBudget;
  const locked = own && p.mode === 'workbook' ? own : null;
  // B2 typed over with another State: the award level and checks follow it, the templates' words do not yet.
  const behind = locked?.stateInWords;
  const lockedReason = locked
    ? behind
      ? w.t('pane.state.behind', {
          state: stateName(locked.state, locked.fiscalYear),
          behind: stateName(behind, locked.fiscalYear),
        })
      : w.t('pane.state.locked', { state: stateName(locked.state, locked.fiscalYear), year: locked.fiscalYear })
    : undefined;
  const onChangeState = behind && locked ? () => void p.change.ask(locked.state) : () => p.onMode('change');
  const preview = p.change.preview;
  const waiting = p.confirming || preview ? w.t('pane.state.answerFirst') : undefined;
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
        stateRef={p.stateRef}
        insertPrimary={p.insertPrimary}
      />
      {p.confirming && own ? (
        <Confirm
          testId="insert-confirm"
          title={
            own.set && own.set.count > 1
              ? w.t('pane.insertAgain.titleSets', {
                  state: stateName(own.state, own.fiscalYear),
                  year: own.fiscalYear,
                  count: own.set.count,
                })
              : w.t('pane.insertAgain.title', { state: stateName(own.state, own.fiscalYear), year: own.fiscalYear })
          }
          text={w.t('pane.insertAgain.text', { state: stateName(p.state, p.fiscalYear), year: p.fiscalYear })}
          confirmLabel={w.t('pane.insertAgain.confirm')}
          onConfirm={p.onConfirmInsert}
          onCancel={p.onCancelInsert}
        />
      ) : null}
      {preview ? (
        <Confirm
          testId="state-change-confirm"
          title={w.t('pane.change.title', {
            from: stateName(preview.from, p.fiscalYear),
            to: stateName(preview.to, p.fiscalYear),
          })}
          text={(p.undoNote ? [...preview.effects, p.undoNote] : preview.effects).map((e) => w.render(e))}
          confirmLabel={w.t('pane.change.confirm', { to: stateName(preview.to, p.fiscalYear) })}
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
