/**
 * The one notice of the pane: the outcome of the last action, short, with its long part (every sheet
 * renamed, every effect of a State change) folded under Details. Errors are alerts; the rest is status.
 */
import { useWords } from '../words';
import type { Msg } from '../../messages/words';
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** A short notice; `details` (the long part) folds away. */
export type Notice = { intent: 'success' | 'error' | 'info' | 'warning'; text: Msg; details?: readonly Msg[] };

const useStyles = makeStyles({
  notice: {
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  details: { marginTop: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  detail: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `1px solid ${tokens.colorPaletteGreenBorder1}`,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder1}` },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke1}` },
});

export const NoticeBox = React.forwardRef<HTMLDivElement, { notice: Notice }>(function NoticeBox({ notice }, ref) {
  const s = useStyles();
  const w = useWords();
  return (
    <div
      className={mergeClasses(s.notice, s[notice.intent])}
      role={notice.intent === 'error' ? 'alert' : 'status'}
      data-testid="notice"
      tabIndex={-1}
      ref={ref}
    >
      {w.render(notice.text)}
      {notice.details?.length ? (
        <details className={s.details}>
          <summary>{w.t('pane.details')}</summary>
          {notice.details.map((d, i) => (
            <p key={i} className={s.detail}>
              {w.render(d)}
            </p>
          ))}
        </details>
      ) : null}
    </div>
  );
});
