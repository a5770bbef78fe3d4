/**
 * The live findings: errors, then warnings, then notes, each with its message, the amount at stake and
 * its cell. A finding with a cell is a button: click or Enter selects the cell in the workbook.
 */
import * as React from 'react';
import { makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import { formatDollars, type Finding } from '../../budget';
import { paneWording } from '../../addin/paneWords';
import { cellButtonBase, cellButtonClickable } from './cellButtonStyles';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    ...cellButtonBase,
    borderLeftWidth: '4px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  clickable: cellButtonClickable,
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  head: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  severity: { fontWeight: tokens.fontWeightSemibold, textTransform: 'uppercase' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, overflowWrap: 'anywhere' },
  // Neutral, not the brand blue: on the hover background of the dark theme the blue falls under 4.5:1 (axe).
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  message: { margin: `${tokens.spacingVerticalXXS} 0 0 0`, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  amount: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  empty: { color: tokens.colorPaletteGreenForeground1, margin: 0 },
});

const SEVERITY_WORD: Record<Finding['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export interface ChecksListProps {
  findings: Finding[];
  onGoTo(sheet: string, cell: string): void;
}

export function ChecksList({ findings, onGoTo }: ChecksListProps) {
  const s = useStyles();
  if (findings.length === 0) return <p className={s.empty}>No findings: the budget passes every check.</p>;
  return (
    <ul className={s.list} aria-label="Findings">
      {findings.map((f, i) => {
        const place = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : null;
        const body = (
          <>
            <span className={s.head}>
              <span>
                <span className={s.severity}>{SEVERITY_WORD[f.severity]}</span> <span className={s.code}>{f.code}</span>
              </span>
              {place ? <span className={s.cell}>{place}</span> : null}
            </span>
            <span className={s.message} style={{ display: 'block' }}>
              {paneWording(f.message)}
            </span>
            {f.amount !== null ? <span className={s.amount}>Amount: {formatDollars(f.amount)}</span> : null}
          </>
        );
        const cls = mergeClasses(s.item, s[f.severity], place ? s.clickable : undefined);
        return (
          <li key={`${f.code}-${f.path ?? ''}-${i}`} data-code={f.code} data-cell={place ?? ''}>
            {place ? (
              <button type="button" className={cls} onClick={() => onGoTo(f.sheet as string, f.cell as string)} title={`Go to ${place}`}>
                {body}
              </button>
            ) : (
              <div className={cls}>
                {body}
                <span className={s.code}> {f.where}</span>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
