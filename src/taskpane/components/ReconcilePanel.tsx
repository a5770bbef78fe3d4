/**
 * "Compare with the submitted SF-424A": the reviewer pastes the Grants.gov XML (or picks the file) and
 * sees every figure that differs from the budget's own SF-424A, how each activity was matched, and the
 * errors of the submitted form against itself. The comparison is the domain's (src/budget/reconcile),
 * the same as `grant-budget reconcile`. Loaded lazily with its XML parser.
 */
import * as React from 'react';
import { Button, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CATEGORY_TITLES, formatDollars, type Sf424a } from '../../budget';
import {
  isMatched,
  readSubmittedSf424a,
  reconcileSf424a,
  reconciles,
  xmlTextOf,
  type Difference,
  type Reconciliation,
} from '../../budget/reconcile';
import type { FigureSources } from '../../workbook/figureSources';
import { sourceOfFigure } from '../../workbook/figureSource';
import { cellButtonBase, cellButtonClickable } from './cellButtonStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 0 0`,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  item: { marginBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  goTo: {
    ...cellButtonBase,
    ...cellButtonClickable,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  // Neutral, as the findings' cells: the brand blue falls under 4.5:1 on the dark hover background.
  place: { display: 'block', color: tokens.colorNeutralForeground2 },
  cellRef: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  figure: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  subtitle: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS} 0`,
  },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  problem: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteRedForeground1,
    margin: 0,
    whiteSpace: 'pre-wrap',
  },
});

export interface ReconcilePanelProps {
  /** The budget's own SF-424A. */
  form: Sf424a;
  /** Opens the SF-424A tab, where each figure of the budget's form stands. */
  onShowForm?: () => void;
  /** Where the form's figures come from in the workbook; with `onGoTo`, each difference leads there. */
  sources?: FigureSources | undefined;
  /** Selects a cell of the workbook (the backend's go-to). */
  onGoTo?: (sheet: string, cell: string) => void;
}

type Result = { ok: true; r: Reconciliation } | { ok: false; problem: string };

const shown = (x: number | string) => (typeof x === 'string' ? `"${x}"` : formatDollars(x));

/** A difference in words, as the list shows it: the name of its go-to button (the same words, in order). */
function differenceWords(d: Difference): string {
  const diff = d.difference !== null ? ` (${formatDollars(d.difference)})` : '';
  return `${d.section} line ${d.line}${d.column ? ` (${d.column})` : ''} ${d.label}: submitted ${shown(d.submitted)}, budget ${shown(d.computed)}${diff}`;
}

export default function ReconcilePanel({ form, onShowForm, sources, onGoTo }: ReconcilePanelProps) {
  const s = useStyles();
  const [xml, setXml] = React.useState('');
  const [result, setResult] = React.useState<Result | null>(null);
  const compare = (text: string) => {
    const read = readSubmittedSf424a(text.replace(/^\uFEFF/, ''));
    setResult(
      read.ok
        ? { ok: true, r: reconcileSf424a(read.form, form) }
        : { ok: false, problem: `The submitted SF-424A ${read.problem}.` },
    );
  };
  const pick = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    // As an XML processor reads it: a UTF-16 file (with its byte order mark) is not UTF-8 text.
    const text = xmlTextOf(new Uint8Array(await file.arrayBuffer()));
    setXml(text);
    compare(text);
  };
  return (
    <section className={s.root} aria-label="Compare with the submitted SF-424A">
      <h2 className={s.title}>Compare with the submitted SF-424A</h2>
      <p className={s.hint}>
        Paste the SF-424A as Grants.gov XML, or pick the file: every figure that differs from this budget is listed.
      </p>
      <Textarea
        aria-label="Submitted SF-424A (Grants.gov XML)"
        value={xml}
        onChange={(_e, d) => setXml(d.value)}
        resize="vertical"
        rows={4}
      />
      <div className={s.row}>
        <Button disabled={!xml.trim()} onClick={() => compare(xml)}>
          Compare
        </Button>
        <input
          type="file"
          accept=".xml,text/xml,application/xml"
          aria-label="Pick the submitted SF-424A file"
          onChange={(e) => void pick(e)}
        />
      </div>
      {result && !result.ok ? (
        <p className={s.problem} role="alert">
          {result.problem}
        </p>
      ) : null}
      {result?.ok ? <ReconcileResult r={result.r} sources={sources} onGoTo={onGoTo} onShowForm={onShowForm} /> : null}
    </section>
  );
}

/** The outcome of a comparison: the count, every difference (each leading to its source), the form's own errors, the matches. */
function ReconcileResult({
  r,
  sources,
  onGoTo,
  onShowForm,
}: { r: Reconciliation } & Pick<ReconcilePanelProps, 'sources' | 'onGoTo' | 'onShowForm'>) {
  const s = useStyles();
  const unmatched = r.matches.filter((m) => !isMatched(m));
  return (
    <div role="status" data-testid="reconcile-result">
      <p className={s.hint}>
        {reconciles(r)
          ? 'The submitted SF-424A agrees with this budget, figure for figure.'
          : `${r.differences.length} difference${r.differences.length === 1 ? '' : 's'}, ${r.formErrors.length} error${r.formErrors.length === 1 ? '' : 's'} in the form itself, ${unmatched.length} activit${unmatched.length === 1 ? 'y' : 'ies'} not matched.`}
      </p>
      {r.notes.length ? (
        <ul className={s.list} aria-label="Notes on the submitted form">
          {r.notes.map((n) => (
            <li key={`${n.kind}|${n.section}|${n.line}|${n.column}`} className={s.item}>
              Section {n.section} line {n.line}: {n.text}.
            </li>
          ))}
        </ul>
      ) : null}
      {r.differences.length ? <h3 className={s.subtitle}>Differences (submitted, budget, difference)</h3> : null}
      {r.differences.length ? (
        <ul className={s.list} aria-label="Differences">
          {r.differences.map((d) => (
            <DifferenceItem
              key={`${d.section}|${d.line}|${d.column}|${d.category ?? ''}`}
              d={d}
              src={onGoTo ? sourceOfFigure(d, sources) : null}
              onGoTo={onGoTo}
            />
          ))}
        </ul>
      ) : null}
      {r.formErrors.length ? <h3 className={s.subtitle}>The submitted form against itself</h3> : null}
      {r.formErrors.length ? (
        <ul className={s.list} aria-label="Errors of the submitted form">
          {r.formErrors.map((e) => (
            <li key={e.rule} className={s.item}>
              {e.rule}: <span className={s.figure}>{formatDollars(e.submitted)}</span>, should be{' '}
              <span className={s.figure}>{formatDollars(e.expected)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className={s.subtitle}>How each activity was recognised</h3>
      <ul className={s.list} aria-label="How the activities were matched">
        {r.matches.map((m) => (
          <li key={`${m.section}|${m.line}`} className={s.item}>
            Section {m.section} {m.section === 'B' ? `column (${m.line})` : `line ${m.line}`} “
            {m.submitted || 'no title'}”:{' '}
            {m.category
              ? `${CATEGORY_TITLES[m.category]} (${m.method === 'activity' ? 'the same activity in another section' : `by ${m.method}`})`
              : m.categories
                ? `${m.categories.map((k) => CATEGORY_TITLES[k]).join(' + ')} (combined)`
                : 'not matched'}
          </li>
        ))}
      </ul>
      {onShowForm && r.differences.length ? (
        <Button appearance="subtle" onClick={onShowForm}>
          Show this budget&apos;s SF-424A
        </Button>
      ) : null}
    </div>
  );
}

/** One difference; a button to the figure's source when the workbook says where it comes from. */
function DifferenceItem({
  d,
  src,
  onGoTo,
}: {
  d: Difference;
  src: ReturnType<typeof sourceOfFigure>;
  onGoTo: ReconcilePanelProps['onGoTo'];
}) {
  const s = useStyles();
  const text = (
    <>
      {d.section} line {d.line}
      {d.column ? ` (${d.column})` : ''} {d.label}: submitted <span className={s.figure}>{shown(d.submitted)}</span>,
      budget <span className={s.figure}>{shown(d.computed)}</span>
      {d.difference !== null ? <span className={s.figure}> ({formatDollars(d.difference)})</span> : null}
    </>
  );
  return (
    <li className={s.item} data-cell={src ? `${src.sheet}!${src.cell}` : ''}>
      {src && onGoTo ? (
        <button
          type="button"
          className={s.goTo}
          onClick={() => onGoTo(src.sheet, src.cell)}
          aria-label={`${differenceWords(d)}. Go to ${src.sheet}!${src.cell}, ${src.what}`}
        >
          {text}
          <span className={s.place}>
            Go to{' '}
            <span className={s.cellRef}>
              {src.sheet}!{src.cell}
            </span>
            , {src.what}
          </span>
        </button>
      ) : (
        text
      )}
    </li>
  );
}
