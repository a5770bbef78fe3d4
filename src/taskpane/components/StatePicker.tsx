/**
 * State (all of Appendix L) and fiscal year, and the button that inserts the templates. When the
 * workbook holds a budget of our templates the picker shows ITS State and is locked, with the reason:
 * a State chosen here would otherwise contradict the award level the checks use. Two actions unlock it,
 * each explicitly: "Insert templates for another State" (a new set) and "Change this budget's State"
 * (the same budget, in place: the pane says what will change before anything is written).
 */
import { useWords } from '../words';
import type { Words } from '../../messages/words';
import * as React from 'react';
import { Button, Select, makeStyles, tokens } from '@fluentui/react-components';
import { availableFiscalYears, plainStateName, rulePackFor } from '../../budget';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  state: { flexGrow: 1, minWidth: '140px' },
  // The budget's State, locked to the workbook, stays readable: not the grey of a control that is off.
  locked: {
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'default',
    opacity: 1,
  },
  year: { width: '92px' },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  why: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
});

export interface StatePickerProps {
  state: string;
  fiscalYear: number;
  busy: boolean;
  /** Why Insert waits, when something other than an action holds it (the question of a second Insert). */
  waitingFor?: string;
  /** Set when the workbook decides the State (a budget in our templates): why the picker is locked. */
  lockedReason?: string;
  /** Unlocks the picker to insert a set of templates for another State (shown when locked). */
  onAnotherState?(): void;
  /** Shown while choosing a State for another set: goes back to the workbook's State. */
  onCancelAnotherState?(): void;
  /** Unlocks the picker to change the budget's own State (shown when locked, where the host can). */
  onChangeState?(): void;
  /** Set while choosing the budget's new State: the State is chosen here, Insert is off; this goes back. */
  onCancelChange?(): void;
  onStateChange(code: string): void;
  onFiscalYearChange(year: number): void;
  onInsert(): void;
  insertRef?: React.Ref<HTMLButtonElement>;
  stateRef?: React.Ref<HTMLSelectElement>;
  /** Insert is the view's one primary action only while the workbook holds no budget of any layout. */
  insertPrimary?: boolean;
}

/** Why Insert cannot be pressed now, in words; null when it can. */
function insertBlocked(p: StatePickerProps, w: Words): string | null {
  if (p.waitingFor) return p.waitingFor;
  if (p.busy) return w.t('pane.picker.wait');
  if (!p.state) return w.t('pane.picker.chooseFirst');
  return null;
}

export function StatePicker({ insertRef, ...props }: StatePickerProps) {
  const s = useStyles();
  const w = useWords();
  const blocked = insertBlocked(props, w);
  const changing = props.onCancelChange !== undefined;
  return (
    <div
      className={s.box}
      onKeyDown={(e) => {
        // Esc closes the question of a new State (this budget's, or another set's): back to the workbook's.
        const back = props.onCancelChange ?? props.onCancelAnotherState;
        if (e.key !== 'Escape' || !back) return;
        e.preventDefault();
        back();
      }}
    >
      <div className={s.row}>
        <StateAndYear {...props} />
        {changing ? null : (
          <Button
            ref={insertRef}
            appearance={props.insertPrimary === false ? 'secondary' : 'primary'}
            data-primary={props.insertPrimary === false ? undefined : ''}
            disabled={blocked !== null}
            aria-describedby={blocked ? 'gb-insert-why' : undefined}
            onClick={props.onInsert}
          >
            {w.t('pane.picker.insert')}
          </Button>
        )}
      </div>
      {changing ? (
        <>
          <p className={s.why} data-testid="change-why">
            {w.t('pane.picker.changeWhy')}
          </p>
          <Button size="small" disabled={props.busy} onClick={props.onCancelChange}>
            {w.t('pane.picker.keep')}
          </Button>
        </>
      ) : blocked ? (
        <p id="gb-insert-why" className={s.why} data-testid="insert-why">
          {blocked}
        </p>
      ) : null}
      <LockedState {...props} />
    </div>
  );
}

/** The State and fiscal year selects: locked (not greyed) while the workbook's budget names its State. */
function StateAndYear(props: StatePickerProps) {
  const s = useStyles();
  const w = useWords();
  const pack = rulePackFor(props.fiscalYear);
  const locked = props.lockedReason !== undefined;
  return (
    <>
      <div className={`${s.field} ${s.state}`}>
        <label htmlFor="gb-state" className={s.label}>
          {w.t('pane.picker.state')}
        </label>
        <Select
          ref={props.stateRef}
          select={locked ? { className: s.locked } : undefined}
          id="gb-state"
          value={props.state}
          disabled={locked}
          aria-describedby={locked ? 'gb-state-why' : undefined}
          onChange={(_, d) => props.onStateChange(d.value)}
        >
          <option value="">{w.t('pane.picker.choose')}</option>
          {(pack?.states ?? []).map((st) => (
            <option key={st.code} value={st.code}>
              {/* "(PEO)" of Appendix L said in words: a State plan for public employees only. */}
              {plainStateName(st) === st.name ? st.name : w.t('pane.picker.peo', { state: plainStateName(st) })}
            </option>
          ))}
        </Select>
      </div>
      <div className={`${s.field} ${s.year}`}>
        <label htmlFor="gb-fy" className={s.label}>
          {w.t('pane.picker.year')}
        </label>
        <Select
          select={locked ? { className: s.locked } : undefined}
          id="gb-fy"
          value={String(props.fiscalYear)}
          disabled={locked || props.onCancelChange !== undefined}
          onChange={(_, d) => props.onFiscalYearChange(Number(d.value))}
        >
          {availableFiscalYears().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </div>
    </>
  );
}

/** Why the State is locked, and the ways out: change this budget's State, or insert a set for another. */
function LockedState(props: StatePickerProps) {
  const s = useStyles();
  const w = useWords();
  if (props.lockedReason === undefined)
    return props.onCancelAnotherState ? (
      <Button size="small" onClick={props.onCancelAnotherState}>
        {w.t('pane.picker.back')}
      </Button>
    ) : null;
  const waiting = props.busy || props.waitingFor !== undefined;
  return (
    <>
      <p id="gb-state-why" className={s.why} data-testid="state-why">
        {props.lockedReason}
      </p>
      <div className={s.row}>
        {props.onChangeState ? (
          <Button size="small" disabled={waiting} onClick={props.onChangeState}>
            {w.t('pane.picker.change')}
          </Button>
        ) : null}
        {props.onAnotherState ? (
          <Button size="small" disabled={waiting} onClick={props.onAnotherState}>
            {w.t('pane.picker.another')}
          </Button>
        ) : null}
      </div>
    </>
  );
}
