/**
 * The live findings: errors, then warnings, then notes, each with its message, the amount at stake and
 * its cell. A finding with a cell is a button: click or Enter selects the cell in the workbook. A
 * finding on a total (admin cap, match, award) lists below it the lines that make it up, each a button
 * to its own cell: those are the cells to change, not the locked total.
 */
import { useWords } from '../words';
import { msg, type MessageKey } from '../../messages/words';
import * as React from 'react';
import { makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import type { Finding } from '../../budget';
import { paneFinding } from '../../addin/paneWords';
import { cellButtonBase, cellButtonClickable } from './cellButtonStyles';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    ...cellButtonBase,
    borderLeftWidth: '4px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  goTo: {
    ...cellButtonBase,
    border: 'none',
    padding: 0,
    margin: 0,
    backgroundColor: 'transparent',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  headline: { fontWeight: tokens.fontWeightSemibold },
  where: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  details: { fontSize: tokens.fontSizeBase200 },
  summary: {
    cursor: 'pointer',
    color: tokens.colorNeutralForeground2,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  clickable: cellButtonClickable,
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  severity: { fontWeight: tokens.fontWeightSemibold },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  // Neutral, not the brand blue: on the hover background of the dark theme the blue falls under 4.5:1 (axe).
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  message: {
    margin: `${tokens.spacingVerticalXXS} 0 0 0`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  amount: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  empty: { color: tokens.colorPaletteGreenForeground1, margin: 0 },
  related: {
    listStyleType: 'none',
    margin: `${tokens.spacingVerticalXXS} 0 0 ${tokens.spacingHorizontalL}`,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  relatedItem: {
    ...cellButtonBase,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
  },
  relatedHead: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: `${tokens.spacingVerticalXXS} 0 0 ${tokens.spacingHorizontalL}`,
  },
});

/** What the lines under a total finding are: the lines to change instead of the locked total cell. */
const RELATED_HEAD: Partial<Record<Finding['code'], MessageKey>> = {
  ADMIN_CAP_EXCEEDED: 'pane.related.admin',
  MATCH_UNEQUAL: 'pane.related.match',
  FEDERAL_OVER_AWARD: 'pane.related.federal',
};

/** The lines a total finding is made of, each a button to its cell where the budget has one. */
function RelatedLines({ finding, onGoTo }: { finding: Finding; onGoTo(sheet: string, cell: string): void }) {
  const s = useStyles();
  const w = useWords();
  const lines = finding.related ?? [];
  if (lines.length === 0) return null;
  return (
    <>
      <p className={s.relatedHead}>
        {w.t((RELATED_HEAD[finding.code] ?? 'pane.related.lines') as 'pane.related.lines')}
      </p>
      <ul className={s.related} aria-label={w.t('pane.related.of', { code: finding.code })}>
        {lines.map((r) => {
          const place = r.sheet && r.cell ? `${r.sheet}!${r.cell}` : null;
          const text = (
            <>
              {w.render(r.where)}: <strong>{w.money(r.amount)}</strong>
              {place ? <span className={s.cell}> {place}</span> : null}
            </>
          );
          return (
            <li key={r.path} data-related={r.path} data-cell={place ?? ''}>
              {place ? (
                <button
                  type="button"
                  className={mergeClasses(s.relatedItem, s.clickable)}
                  onClick={() => onGoTo(r.sheet as string, r.cell as string)}
                  title={w.t('pane.goTo', { cell: place })}
                >
                  {text}
                </button>
              ) : (
                <span className={s.relatedItem}>{text}</span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

const SEVERITY_WORD: Record<Finding['severity'], MessageKey> = {
  error: 'pane.severity.error',
  warning: 'pane.severity.warning',
  info: 'pane.severity.info',
};

export interface ChecksListProps {
  findings: Finding[];
  onGoTo(sheet: string, cell: string): void;
}

export function ChecksList({ findings, onGoTo }: ChecksListProps) {
  const s = useStyles();
  const w = useWords();
  if (findings.length === 0) return <p className={s.empty}>{w.t('reviewSheet.none')}</p>;
  return (
    <ul className={s.list} aria-label={w.t('pane.findings')}>
      {groupsOf(findings).map((g, i) =>
        g.length >= GROUP_FROM ? (
          <FindingGroup key={`group-${i}`} findings={g} onGoTo={onGoTo} />
        ) : (
          g.map((f, j) => <FindingCard key={`${f.code}-${f.path ?? ''}-${i}-${j}`} f={f} onGoTo={onGoTo} />)
        ),
      )}
    </ul>
  );
}

/** From how many findings of one kind (one code, one message) the list shows them as one card. */
const GROUP_FROM = 3;

/** The findings in order, those of one kind (code and message) gathered where the first of them stands. */
function groupsOf(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.related || !f.cell ? `single-${groups.size}` : `${f.code}|${f.message.key}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

/** Fifteen #REF! totals of one kind are one card: how many, then each cell (a button), its words under Details. */
function FindingGroup({ findings, onGoTo }: { findings: Finding[]; onGoTo(sheet: string, cell: string): void }) {
  const s = useStyles();
  const w = useWords();
  const first = findings[0] as Finding;
  const titleId = `gb-group-${first.code}-${first.cell ?? ''}`;
  return (
    <li data-group={first.code} className={mergeClasses(s.item, s[first.severity])}>
      <p className={s.goTo} id={titleId}>
        <span className={s.severity}>{w.t(SEVERITY_WORD[first.severity] as 'pane.severity.error')}:</span>{' '}
        <span className={s.headline}>
          {w.t('pane.group', { count: findings.length, what: msg(groupWords(first)) })}
        </span>
      </p>
      <ul className={s.list} aria-labelledby={titleId}>
        {findings.map((f, i) => (
          <FindingCard key={`${f.cell ?? ''}-${i}`} f={f} onGoTo={onGoTo} />
        ))}
      </ul>
      <span className={s.code}>{first.code}</span>
    </li>
  );
}

/** What a group of findings is, by its code. */
function groupWords(
  f: Finding,
): 'pane.group.broken' | 'pane.group.overwritten' | 'pane.group.notANumber' | 'pane.group.other' {
  if (f.code === 'BROKEN_FORMULA') return 'pane.group.broken';
  if (f.code === 'FORMULA_OVERWRITTEN') return 'pane.group.overwritten';
  if (f.code === 'NOT_A_NUMBER') return 'pane.group.notANumber';
  return 'pane.group.other';
}

/**
 * One finding: its headline first (a few plain words, the button to its cell where it has one), then the place
 * and the amount, the full message one click away under Details, and the code last, as secondary text: a screen
 * reader says what is wrong before it says a code.
 */
function FindingCard({ f, onGoTo }: { f: Finding; onGoTo(sheet: string, cell: string): void }) {
  const s = useStyles();
  const w = useWords();
  const place = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : null;
  const r = paneFinding(f, w);
  const headline = (
    <>
      <span className={s.severity}>{w.t(SEVERITY_WORD[f.severity] as 'pane.severity.error')}:</span>{' '}
      <span className={s.headline}>{r.headline}</span>
      {place ? <span className={s.cell}> {place}</span> : null}
    </>
  );
  return (
    <li data-code={f.code} data-cell={place ?? ''} className={mergeClasses(s.item, s[f.severity])}>
      {place ? (
        <button
          type="button"
          className={mergeClasses(s.goTo, s.clickable)}
          onClick={() => (f.fix ? onGoTo(f.fix.sheet, f.fix.cell) : onGoTo(f.sheet as string, f.cell as string))}
          title={w.t('pane.goTo', { cell: f.fix ? `${f.fix.sheet}!${f.fix.cell}` : place })}
        >
          {headline}
        </button>
      ) : (
        <p className={s.goTo}>{headline}</p>
      )}
      {place ? null : <span className={s.where}>{r.where}</span>}
      {f.amount !== null ? <span className={s.amount}>{w.t('pane.amount', { amount: f.amount })}</span> : null}
      <details className={s.details}>
        <summary className={s.summary}>{w.t('pane.details')}</summary>
        <p className={s.message}>{r.message}</p>
      </details>
      <span className={s.code}>{f.code}</span>
      <RelatedLines finding={f} onGoTo={onGoTo} />
    </li>
  );
}
