/**
 * Asked before Insert when the workbook already holds a budget: what Insert will do (a new set of empty
 * templates beside the budget, nothing of it changed) and which set the pane checks afterwards. Focus
 * goes to the question when it opens, and back to Insert when it is cancelled (the pane does that).
 */
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
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface InsertConfirmProps {
  /** "Kentucky's FY 2012 budget". */
  existing: string;
  /** "Kentucky, FY 2012". */
  inserting: string;
  onConfirm(): void;
  onCancel(): void;
}

export function InsertConfirm({ existing, inserting, onConfirm, onCancel }: InsertConfirmProps) {
  const s = useStyles();
  const title = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => title.current?.focus(), []);
  return (
    <section className={s.box} aria-labelledby="gb-confirm-title" data-testid="insert-confirm">
      <h2 id="gb-confirm-title" className={s.title} tabIndex={-1} ref={title}>
        This workbook already holds {existing}.
      </h2>
      <p className={s.text}>
        Insert adds a second set of empty templates for {inserting}, named like “Appendix F (2)”. Your sheets and figures stay as they are. The pane then checks the set
        of the sheet you are working in.
      </p>
      <div className={s.buttons}>
        <Button appearance="primary" onClick={onConfirm}>
          Insert a second set
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </section>
  );
}
