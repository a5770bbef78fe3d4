/**
 * One section of the SF-424A: a table where the pane is wide enough for all its columns, else stacked
 * (each line a block, each figure under its column's name), so that every figure of Sections B, C and D
 * can be seen and reached in a 320 px pane without scrolling sideways. Either way the section's figures
 * are one tab stop, with the arrow keys inside (roving.ts); Enter or a click copies a figure.
 */
import { useWords } from '../words';
import { errorWords } from '../../addin/paneWords';
import { msg, type Msg } from '../../messages/words';
import * as React from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SECTION_NOTES, sectionTsv, type SectionTable, type TableCell } from '../../budget/sf424aTables';
import { copyText } from '../clipboard';
import { rovingKeyDown } from '../roving';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalL },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  keys: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    margin: `0 0 ${tokens.spacingVerticalXS} 0`,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, minWidth: '100%' },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: 'bottom',
  },
  rowHead: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    minWidth: '84px',
    maxWidth: '110px',
  },
  td: { padding: 0, textAlign: 'right', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  figure: {
    font: 'inherit',
    fontVariantNumeric: 'tabular-nums',
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXXS} 2px ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    cursor: 'copy',
    whiteSpace: 'nowrap',
    width: '100%',
    textAlign: 'right',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  text: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: 'left' },
  stack: { listStyleType: 'none', margin: 0, padding: 0, fontSize: tokens.fontSizeBase200 },
  line: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: `${tokens.spacingVerticalXS} 0` },
  lineLabel: { fontWeight: tokens.fontWeightSemibold, display: 'block' },
  pairs: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  colLabel: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  note: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
  },
});

/** Width a table needs: the line column and about 84 px a figure column. */
export const widthNeeded = (t: SectionTable) => 130 + 84 * t.columns.length;

export interface SectionViewProps {
  table: SectionTable;
  /** True when the pane is too narrow for the table: the section is stacked. */
  stacked: boolean;
  onStatus(message: Msg, intent?: 'success' | 'error' | 'warning'): void;
}

export function SectionView({ table, stacked, onStatus }: SectionViewProps) {
  const s = useStyles();
  const w = useWords();
  const id = `sf424a-section-${table.section}`;
  const firstFigure = React.useMemo(() => {
    for (const [r, row] of table.rows.entries())
      for (const [c, cell] of row.cells.entries()) if (cell?.isAmount) return `${r}:${c}`;
    return '';
  }, [table]);
  const [active, setActive] = React.useState(firstFigure);
  const copy = async (text: string, what: Msg) => {
    try {
      await copyText(text);
      onStatus(msg('pane.copied', { what }), 'success');
    } catch (e) {
      onStatus(errorWords(e), 'error');
    }
  };
  const figures = table.rows.reduce((n, r) => n + r.cells.filter((c) => c?.isAmount).length, 0);
  const figure = (c: TableCell, r: number, col: number) => (
    <button
      type="button"
      className={s.figure}
      data-roving=""
      data-row={r}
      data-col={col}
      tabIndex={`${r}:${col}` === (active || firstFigure) ? 0 : -1}
      aria-label={w.t('pane.copyFigure', { label: c.label, figure: c.display })}
      onFocus={() => setActive(`${r}:${col}`)}
      onClick={() => void copy(c.copy, msg('pane.copiedFigure', { label: c.label, figure: c.copy }))}
    >
      {c.display}
    </button>
  );
  const onKeyDown = rovingKeyDown(setActive);
  return (
    <section
      className={s.section}
      aria-labelledby={id}
      data-section={table.section}
      data-layout={stacked ? 'stacked' : 'table'}
    >
      <div className={s.head}>
        <h2 id={id} className={s.title}>
          {table.title}
        </h2>
        <Button
          size="small"
          onClick={() =>
            void copy(sectionTsv(table), msg('pane.copiedSection', { section: table.section, count: figures }))
          }
        >
          {w.t('pane.copySection', { section: table.section })}
        </Button>
      </div>
      {stacked ? (
        <StackedLines table={table} figure={figure} onKeyDown={onKeyDown} />
      ) : (
        <TableLines table={table} figure={figure} onKeyDown={onKeyDown} />
      )}
      {SECTION_NOTES[table.section] ? <p className={s.note}>{w.render(SECTION_NOTES[table.section] as Msg)}</p> : null}
    </section>
  );
}

interface LinesProps {
  table: SectionTable;
  /** The figure's copy button (one tab stop per section: roving). */
  figure(c: TableCell, r: number, col: number): React.ReactNode;
  onKeyDown: React.KeyboardEventHandler;
}

/** Each line a block, each figure under its column's name: a narrow pane sees every figure. */
function StackedLines({ table, figure, onKeyDown }: LinesProps) {
  const s = useStyles();
  return (
    <ul className={s.stack} aria-label={table.title} onKeyDown={onKeyDown}>
      {table.rows.map((row, r) => (
        <li key={row.line} className={s.line}>
          <span className={s.lineLabel}>
            {row.line}. {row.label}
          </span>
          <div className={s.pairs}>
            {row.cells.map((c, col) =>
              c === null ? null : (
                <React.Fragment key={col}>
                  <span className={s.colLabel}>{table.columns[col]?.label}</span>
                  {c.isAmount ? figure(c, r, col) : <span className={s.text}>{c.display}</span>}
                </React.Fragment>
              ),
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The section as the form's table, where the pane is wide enough. */
function TableLines({ table, figure, onKeyDown }: LinesProps) {
  const s = useStyles();
  const w = useWords();
  return (
    <table className={s.table} onKeyDown={onKeyDown}>
      <thead>
        <tr>
          <th className={s.th} scope="col">
            {w.t('pane.sf424a.line')}
          </th>
          {table.columns.map((c) => (
            <th key={c.key} className={s.th} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={row.line}>
            <th className={s.rowHead} scope="row">
              {row.line}. {row.label}
            </th>
            {row.cells.map((c, col) =>
              c === null ? (
                <td key={col} className={s.td} />
              ) : (
                <td key={col} className={mergeClasses(s.td, !c.isAmount && s.text)}>
                  {c.isAmount ? figure(c, r, col) : c.display}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
