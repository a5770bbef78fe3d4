/**
 * A question asked before an action that changes the workbook in a way the user should see first (a
 * second set of templates, another State): what will happen, then the action and Cancel. Focus goes to
 * the question when it opens, and back where it came from when it is cancelled (the pane does that).
 */
import { useWords } from '../words';
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0, outline: 'none' },
  text: { fontSize: tokens.fontSizeBase300, margin: 0 },
  list: {
    fontSize: tokens.fontSizeBase300,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ConfirmProps {
  testId: string;
  title: string;
  /** One paragraph, or a list of what will happen. */
  text: string | readonly string[];
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

export function Confirm({ testId, title, text, confirmLabel, onConfirm, onCancel }: ConfirmProps) {
  const s = useStyles();
  const w = useWords();
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), []);
  return (
    // Esc answers "Cancel", as in every question of Office.
    <section
      className={s.box}
      aria-labelledby="gb-confirm-title"
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="gb-confirm-title" className={s.title} tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {typeof text === 'string' ? (
        <p className={s.text}>{text}</p>
      ) : (
        <ul className={s.list}>
          {text.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ul>
      )}
      <div className={s.buttons}>
        <Button appearance="primary" data-primary="" onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button onClick={onCancel}>{w.t('pane.cancel')}</Button>
      </div>
    </section>
  );
}
