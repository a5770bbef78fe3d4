/**
 * "Compare with the submitted SF-424A": the reviewer pastes the Grants.gov XML (or picks the file) and
 * sees every figure that differs from the budget's own SF-424A, how each activity was matched, and the
 * errors of the submitted form against itself. The comparison is the domain's (src/budget/reconcile),
 * the same as `grant-budget reconcile`. Loaded lazily with its XML parser.
 */
import { useWords } from '../words';
import { msg, type Msg } from '../../messages/words';
import * as React from 'react';
import { Button, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CATEGORY_TITLES, type Sf424a } from '../../budget';
import {
  isMatched,
  readSubmittedSf424a,
  reconcileSf424a,
  looksLikeAnotherForm,
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

type Result = { ok: true; r: Reconciliation } | { ok: false; problem: Msg };

const shown = (x: number | string) =>
  typeof x === 'string' ? msg('figure.quoted', { value: x }) : msg('figure.money', { value: x });

/** A difference in words, as the list shows it: the name of its go-to button (the same words, in order). */
function differenceWords(d: Difference): Msg {
  const data = {
    section: d.section,
    line: d.line,
    column: d.column ? ` (${d.column})` : '',
    label: d.label,
    submitted: shown(d.submitted),
    computed: shown(d.computed),
  };
  return d.difference !== null
    ? msg('pane.compare.difference', { ...data, difference: d.difference })
    : msg('pane.compare.differenceText', data);
}

export default function ReconcilePanel({ form, onShowForm, sources, onGoTo }: ReconcilePanelProps) {
  const s = useStyles();
  const w = useWords();
  const [xml, setXml] = React.useState('');
  const [result, setResult] = React.useState<Result | null>(null);
  const compare = (text: string) => {
    const read = readSubmittedSf424a(text.replace(/^\uFEFF/, ''));
    setResult(
      read.ok
        ? { ok: true, r: reconcileSf424a(read.form, form) }
        : {
            ok: false,
            problem: read.lines?.length
              ? msg('pane.compare.unreadableList', { problem: read.problem, lines: read.lines })
              : msg('pane.compare.unreadable', { problem: read.problem }),
          },
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
    <section className={s.root} aria-label={w.t('pane.compare.title')}>
      <h2 className={s.title}>{w.t('pane.compare.title')}</h2>
      <p className={s.hint}>{w.t('pane.compare.hint')}</p>
      <Textarea
        aria-label={w.t('pane.compare.xmlLabel')}
        value={xml}
        onChange={(_e, d) => setXml(d.value)}
        resize="vertical"
        rows={4}
      />
      <div className={s.row}>
        <Button disabled={!xml.trim()} onClick={() => compare(xml)}>
          {w.t('pane.compare.button')}
        </Button>
        <input
          type="file"
          accept=".xml,text/xml,application/xml"
          aria-label={w.t('pane.compare.pick')}
          onChange={(e) => void pick(e)}
        />
      </div>
      {result && !result.ok ? (
        <p className={s.problem} role="alert">
          {w.render(result.problem)}
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
  const w = useWords();
  const unmatched = r.matches.filter((m) => !isMatched(m));
  return (
    <div data-testid="reconcile-result">
      {/* Only the summary line is the live status: a screen reader says it, not every difference. */}
      <p className={s.hint} role="status">
        {looksLikeAnotherForm(r) ? `${w.t('pane.compare.anotherForm')} ` : null}
        {reconciles(r)
          ? w.t('pane.compare.agrees')
          : w.t('pane.compare.counts', {
              differences: r.differences.length,
              formErrors: r.formErrors.length,
              unmatched: unmatched.length,
            })}
      </p>
      {r.notes.length ? (
        <ul className={s.list} aria-label={w.t('pane.compare.notesLabel')}>
          {r.notes.map((n) => (
            <li key={`${n.kind}|${n.section}|${n.line}|${n.column}`} className={s.item}>
              {w.t('pane.compare.note', { section: n.section, line: n.line, note: n.text })}
            </li>
          ))}
        </ul>
      ) : null}
      {r.differences.length ? <h3 className={s.subtitle}>{w.t('pane.compare.differences')}</h3> : null}
      {r.differences.length ? (
        <ul className={s.list} aria-label={w.t('pane.compare.differencesLabel')}>
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
      {r.formErrors.length ? <h3 className={s.subtitle}>{w.t('pane.compare.formErrorsTitle')}</h3> : null}
      {r.formErrors.length ? (
        <ul className={s.list} aria-label={w.t('pane.compare.formErrorsLabel')}>
          {r.formErrors.map((e) => (
            <li key={e.rule} className={s.item}>
              {w.t('pane.compare.formError', { rule: e.rule, submitted: e.submitted, expected: e.expected })}
            </li>
          ))}
        </ul>
      ) : null}
      <MatchList r={r} />
      {onShowForm && r.differences.length ? (
        <Button appearance="subtle" onClick={onShowForm}>
          {w.t('pane.compare.showForm')}
        </Button>
      ) : null}
    </div>
  );
}

/** How each line of the submitted form was matched to a budget category (by title, by CFDA number, or combined). */
function MatchList({ r }: { r: Reconciliation }) {
  const s = useStyles();
  const w = useWords();
  return (
    <>
      <h3 className={s.subtitle}>{w.t('pane.compare.matchesTitle')}</h3>
      <ul className={s.list} aria-label={w.t('pane.compare.matchesLabel')}>
        {r.matches.map((m) => (
          <li key={`${m.section}|${m.line}`} className={s.item}>
            {w.t(
              m.category ? 'pane.compare.matched' : m.categories ? 'pane.compare.combined' : 'pane.compare.notMatched',
              {
                where:
                  m.section === 'B'
                    ? msg('reconcile.sectionColumn', { section: m.section, line: m.line })
                    : msg('reconcile.sectionLine', { section: m.section, line: m.line }),
                title: m.submitted ? msg('figure.text', { value: m.submitted }) : msg('reconcile.noTitle'),
                category: m.category
                  ? CATEGORY_TITLES[m.category]
                  : (m.categories ?? []).map((k) => CATEGORY_TITLES[k]).join(' + '),
                method: msg(`reconcile.method.${m.method ?? 'title'}` as 'reconcile.method.title'),
              },
            )}
          </li>
        ))}
      </ul>
    </>
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
  const w = useWords();
  const text = <>{w.render(differenceWords(d))}</>;
  return (
    <li className={s.item} data-cell={src ? `${src.sheet}!${src.cell}` : ''}>
      {src && onGoTo ? (
        <button
          type="button"
          className={s.goTo}
          onClick={() => onGoTo(src.sheet, src.cell)}
          aria-label={w.t('pane.compare.goToLabel', {
            difference: differenceWords(d),
            cell: `${src.sheet}!${src.cell}`,
            what: src.what,
          })}
        >
          {text}
          <span className={s.place}>
            {w.t('pane.compare.goTo', { cell: `${src.sheet}!${src.cell}`, what: src.what })}
          </span>
        </button>
      ) : (
        text
      )}
    </li>
  );
}
