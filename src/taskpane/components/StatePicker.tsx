/** State (all of Appendix L) and fiscal year, and the button that inserts the templates. */
import * as React from 'react';
import { Button, Select, makeStyles, tokens } from '@fluentui/react-components';
import { availableFiscalYears, rulePackFor } from '../../budget';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  state: { flexGrow: 1, minWidth: '150px' },
  year: { width: '92px' },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface StatePickerProps {
  state: string;
  fiscalYear: number;
  busy: boolean;
  onStateChange(code: string): void;
  onFiscalYearChange(year: number): void;
  onInsert(): void;
}

export function StatePicker(props: StatePickerProps) {
  const s = useStyles();
  const pack = rulePackFor(props.fiscalYear);
  return (
    <div className={s.row}>
      <div className={`${s.field} ${s.state}`}>
        <label htmlFor="gb-state" className={s.label}>
          State
        </label>
        <Select id="gb-state" value={props.state} onChange={(_, d) => props.onStateChange(d.value)}>
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
        <Select id="gb-fy" value={String(props.fiscalYear)} onChange={(_, d) => props.onFiscalYearChange(Number(d.value))}>
          {availableFiscalYears().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </div>
      <Button appearance="primary" disabled={!props.state || props.busy} onClick={props.onInsert}>
        Insert templates
      </Button>
    </div>
  );
}
