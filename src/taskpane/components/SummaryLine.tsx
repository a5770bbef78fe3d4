/** The verdict on the three figures a reviewer looks at first; words carry the meaning, colour helps. */
import { useWords } from '../words';
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { SummaryPart } from '../summary';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  part: {
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  ok: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1 },
  bad: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  warn: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorNeutralForeground1 },
});

const SYMBOL: Record<SummaryPart['tone'], string> = { ok: '✓', warn: '!', bad: '✗' };

export function SummaryLine({ parts }: { parts: SummaryPart[] }) {
  const s = useStyles();
  const w = useWords();
  return (
    <ul className={s.list} aria-label={w.t('pane.summary')}>
      {parts.map((p) => (
        <li key={p.key} className={`${s.part} ${s[p.tone]}`} data-summary={p.key} data-tone={p.tone}>
          <span aria-hidden="true">{SYMBOL[p.tone]} </span>
          {w.render(p.text)}
        </li>
      ))}
    </ul>
  );
}
