/**
 * State (all of Appendix L) and fiscal year, and the button that inserts the templates. When the
 * workbook holds a budget of our templates the picker shows ITS State and is locked, with the reason:
 * a State chosen here would otherwise contradict the award level the checks use. Two actions unlock it,
 * each explicitly: "Insert templates for another State" (a new set) and "Change this budget's State"
 * (the same budget, in place: the pane says what will change before anything is written).
 */
import * as React from 'react';
import { Button, Select, makeStyles, tokens } from '@fluentui/react-components';
import { availableFiscalYears, rulePackFor } from '../../budget';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  state: { flexGrow: 1, minWidth: '150px' },
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
}

/** Why Insert cannot be pressed now, in words; null when it can. */
function insertBlocked(p: StatePickerProps): string | null {
  if (p.waitingFor) return p.waitingFor;
  if (p.busy) return 'Wait until the current action ends.';
  if (!p.state) return 'Choose a State first: Insert is off until then.';
  return null;
}

export function StatePicker({ insertRef, ...props }: StatePickerProps) {
  const s = useStyles();
  const pack = rulePackFor(props.fiscalYear);
  const blocked = insertBlocked(props);
  const locked = props.lockedReason !== undefined;
  const changing = props.onCancelChange !== undefined;
  return (
    <div className={s.box}>
      <div className={s.row}>
        <div className={`${s.field} ${s.state}`}>
          <label htmlFor="gb-state" className={s.label}>
            State
          </label>
          <Select
            id="gb-state"
            value={props.state}
            disabled={locked}
            aria-describedby={locked ? 'gb-state-why' : undefined}
            onChange={(_, d) => props.onStateChange(d.value)}
          >
            <option value="">Choose a State</option>
            {(pack?.states ?? []).map((st) => (
              <option key={st.code} value={st.code}>
                {st.name}
              </option>
            ))}
          </Select>
        </div>
        <div className={`${s.field} ${s.year}`}>
          <label htmlFor="gb-fy" className={s.label}>
            Fiscal year
          </label>
          <Select
            id="gb-fy"
            value={String(props.fiscalYear)}
            disabled={locked || changing}
            onChange={(_, d) => props.onFiscalYearChange(Number(d.value))}
          >
            {availableFiscalYears().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </div>
        {changing ? null : (
          <Button
            ref={insertRef}
            appearance="primary"
            disabled={blocked !== null}
            aria-describedby={blocked ? 'gb-insert-why' : undefined}
            onClick={props.onInsert}
          >
            Insert templates
          </Button>
        )}
      </div>
      {changing ? (
        <>
          <p className={s.why} data-testid="change-why">
            Choose the budget’s new State: the pane says what will change before anything is written.
          </p>
          <Button size="small" disabled={props.busy} onClick={props.onCancelChange}>
            Keep this workbook's State
          </Button>
        </>
      ) : blocked ? (
        <p id="gb-insert-why" className={s.why} data-testid="insert-why">
          {blocked}
        </p>
      ) : null}
      {locked ? (
        <>
          <p id="gb-state-why" className={s.why} data-testid="state-why">
            {props.lockedReason}
          </p>
          <div className={s.row}>
            {props.onChangeState ? (
              <Button
                size="small"
                disabled={props.busy || props.waitingFor !== undefined}
                onClick={props.onChangeState}
              >
                Change this budget's State
              </Button>
            ) : null}
            {props.onAnotherState ? (
              <Button
                size="small"
                disabled={props.busy || props.waitingFor !== undefined}
                onClick={props.onAnotherState}
              >
                Insert templates for another State
              </Button>
            ) : null}
          </div>
        </>
      ) : props.onCancelAnotherState ? (
        <Button size="small" onClick={props.onCancelAnotherState}>
          Back to this workbook's State
        </Button>
      ) : null}
    </div>
  );
}
