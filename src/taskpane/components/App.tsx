/**
 * The task pane: templates, live checks, the SF-424A and the reviewer's actions. It gets a backend
 * (plain functions over the workbook) and never touches Excel itself.
 */
import * as React from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DEFAULT_FISCAL_YEAR, countBySeverity, rulePackFor } from '../../budget';
import type { CheckOutcome, PaneBackend } from '../../addin/paneBackend';
import { coalesce, type CoalescedRunner } from '../coalesce';
import { summaryParts } from '../summary';
import { ChecksList } from './ChecksList';
import { InsertConfirm } from './InsertConfirm';
import { StatePicker } from './StatePicker';
import { SummaryLine } from './SummaryLine';
import { Tabs } from './Tabs';

const Sf424aPanel = React.lazy(() => import(/* webpackChunkName: "sf424a" */ './Sf424aPanel'));
const ReconcilePanel = React.lazy(() => import(/* webpackChunkName: "reconcile" */ './ReconcilePanel'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: '100vh',
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subtitle: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  link: { color: tokens.colorBrandForegroundLink },
  status: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  lead: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  setNote: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'stretch' },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  notice: {
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  details: { marginTop: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, border: `1px solid ${tokens.colorPaletteGreenBorder1}` },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder1}` },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, border: `1px solid ${tokens.colorPaletteYellowBorder1}` },
  info: { backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke1}` },
  changes: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type TabKey = 'checks' | 'sf424a' | 'review';
const TABS: readonly { key: TabKey; label: string }[] = [
  { key: 'checks', label: 'Checks' },
  { key: 'sf424a', label: 'SF-424A' },
  { key: 'review', label: 'Review' },
];
/** A short notice; `details` (the long part: every sheet renamed, what was not moved) folds away. */
type Notice = { intent: 'success' | 'error' | 'info' | 'warning'; text: string; details?: string[] };
/** Where focus goes once an action has finished: its result, never <body>. */
type FocusTarget = 'notice' | 'summary' | 'insert' | null;

/** "Kentucky" for "KY" (the code itself when the year has no rules). */
function stateName(code: string, fiscalYear: number): string {
  return rulePackFor(fiscalYear)?.states.find((st) => st.code === code)?.name ?? code;
}

export interface AppProps {
  backend: PaneBackend;
  /** ms of quiet before a re-check after edits. */
  recheckDelayMs?: number;
  /** False where the pane cannot save a file (Excel for Mac, iPad): exports are shown to copy instead. */
  canDownload?: boolean;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function App({ backend, recheckDelayMs = 300, canDownload = true }: AppProps) {
  const s = useStyles();
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [state, setState] = React.useState('');
  const [fiscalYear, setFiscalYear] = React.useState(DEFAULT_FISCAL_YEAR);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [tab, setTab] = React.useState<TabKey>('checks');
  const [repairChanges, setRepairChanges] = React.useState<string[] | null>(null);
  const runner = React.useRef<CoalescedRunner | null>(null);
  const chosenState = React.useRef('');
  chosenState.current = state;
  // Choosing a State for another set of templates: the picker is unlocked and checks do not reset it.
  const [another, setAnother] = React.useState(false);
  const anotherRef = React.useRef(false);
  anotherRef.current = another;
  const [confirming, setConfirming] = React.useState(false);
  const focusNext = React.useRef<FocusTarget>(null);
  const noticeRef = React.useRef<HTMLDivElement>(null);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const insertRef = React.useRef<HTMLButtonElement>(null);

  React.useEffect(() => {
    let stop: (() => void) | null = null;
    let alive = true;
    const r = coalesce(async () => {
      try {
        const o = await backend.check(chosenState.current || undefined);
        if (!alive) return;
        setOutcome(o);
        // The picker shows the workbook's State: a budget in our templates names its own.
        if (o.status === 'checked' && o.layout === 'own' && !anotherRef.current) {
          setState(o.state);
          setFiscalYear(o.fiscalYear);
        } else if (o.status === 'checked') setState((cur) => cur || o.state);
        // The read had to go in parts (Excel on the web's 5 MB limit): say so, once per check that did.
        if (o.status === 'checked' && o.notes?.length) setNotice({ intent: 'warning', text: o.notes.join(' ') });
      } catch (e) {
        if (alive) setNotice({ intent: 'error', text: errorText(e) });
      }
    }, recheckDelayMs);
    runner.current = r;
    // Opening a workbook that already holds a budget: check it at once, then listen to its sheets.
    void r.runNow().then(async () => {
      if (!alive) return;
      try {
        stop = await backend.watch(() => {
          // An edit is the user's next action: a notice about the last one is stale now (errors stay).
          setNotice((n) => (n && n.intent !== 'error' ? null : n));
          r.hint();
        });
      } catch (e) {
        setNotice({ intent: 'warning', text: `Live checks are off: ${errorText(e)}` });
      }
    });
    // Excel tells an add-in of edits, not of a sheet tab clicked: coming back to the pane after working in
    // another sheet (perhaps of another set) checks again, so the set checked is the one of the active sheet.
    const backToPane = () => r.hint();
    window.addEventListener('focus', backToPane);
    return () => {
      alive = false;
      window.removeEventListener('focus', backToPane);
      r.dispose();
      stop?.();
    };
  }, [backend, recheckDelayMs]);

  const act = async (label: string, f: () => Promise<void>) => {
    setBusy(label);
    setNotice(null);
    try {
      await f();
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  const insert = () =>
    act('Inserting the templates', async () => {
      setConfirming(false);
      const r = await backend.insertTemplates(state, fiscalYear);
      setAnother(false);
      anotherRef.current = false;
      await runner.current?.runNow();
      const f = r.sheets.find((x) => /^Appendix F/.test(x));
      const asSet = r.sheets.some((x) => / \(\d+\)$/.test(x)) && f ? `, named like “${f}” (the names were taken)` : '';
      setNotice({
        intent: r.notes.length && !asSet ? 'warning' : 'success',
        text: `Inserted the ${stateName(state, fiscalYear)} templates: ${r.sheets.length} sheet${r.sheets.length === 1 ? '' : 's'}${asSet}.`,
        ...(r.notes.length ? { details: [`Sheets: ${r.sheets.join(', ')}.`, ...r.notes] } : {}),
      });
      focusNext.current = 'notice';
    });
  // A workbook that holds a budget: ask first, and say what Insert will do.
  const requestInsert = () => {
    setNotice(null);
    if (outcome?.status === 'checked') setConfirming(true);
    else void insert();
  };
  const cancelInsert = () => {
    setConfirming(false);
    focusNext.current = 'insert';
  };
  const selectTab = (key: TabKey) => {
    setTab(key);
    setNotice(null);
  };

  const chooseState = (code: string) => {
    setState(code);
    chosenState.current = code;
    // A workbook in the published layout waits for its State: check again with it.
    if (code && (outcome?.status === 'none' || (outcome?.status === 'checked' && outcome.layout === 'published'))) void runner.current?.runNow();
  };

  const goTo = (sheet: string, cell: string) =>
    void backend.goTo(sheet, cell).catch((e: unknown) => setNotice({ intent: 'error', text: `Could not go to ${sheet}!${cell}: ${errorText(e)}` }));

  const review = () =>
    act('Reviewing the workbook', async () => {
      await runner.current?.runNow();
      setTab('checks');
      focusNext.current = 'summary';
    });
  const repair = () =>
    act('Repairing totals', async () => {
      const r = await backend.repairTotals();
      setRepairChanges(r.changes);
      const done = r.changes.length ? `Rewrote ${r.changes.length} total formula(s); no typed value was changed.` : 'No total formula was rewritten.';
      const notes = r.notes ?? [];
      setNotice(
        notes.length
          ? { intent: 'warning', text: [done, ...notes].join(' ') }
          : { intent: 'success', text: r.changes.length ? done : 'Every total formula was already right: nothing changed.' },
      );
      await runner.current?.runNow();
    });
  const moveToLive = () =>
    act('Moving the budget into live templates', async () => {
      if (!backend.moveToLiveTemplates) return;
      const r = await backend.moveToLiveTemplates();
      await runner.current?.runNow();
      setNotice({
        intent: r.notes.length ? 'warning' : 'success',
        text: `Moved the budget into live templates (${r.sheets.length} sheets); your sheets are unchanged.`,
        details: [`Sheets: ${r.sheets.join(', ')}.`, ...r.notes],
      });
      focusNext.current = 'notice';
    });
  const writeReview = () =>
    act('Writing the review sheet', async () => {
      const name = await backend.writeReviewSheet();
      setNotice({ intent: 'success', text: `Wrote the sheet "${name}": findings linked to their cells, the figures and the date.` });
    });

  const checked = outcome?.status === 'checked' ? outcome : null;
  const counts = checked ? countBySeverity(checked.evaluation.findings) : null;
  const liveText = busy
    ? `${busy}…`
    : checked && counts
      ? `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} note${counts.info === 1 ? '' : 's'}`
      : outcome?.status === 'none'
        ? 'No budget in this workbook yet.'
        : 'Reading the workbook…';

  // Once an action has finished and rendered, its result takes the focus (never <body>).
  React.useEffect(() => {
    const target = focusNext.current;
    if (!target || busy) return;
    const el = target === 'notice' ? (noticeRef.current ?? summaryRef.current) : target === 'summary' ? summaryRef.current : insertRef.current;
    if (!el) return;
    focusNext.current = null;
    el.focus();
  });

  const ownBudget = checked?.layout === 'own' ? checked : null;
  const locked = ownBudget && !another ? ownBudget : null;
  const lockedReason = locked
    ? `Set by the budget in this workbook (${stateName(locked.state, locked.fiscalYear)}, FY ${locked.fiscalYear}): its award level, Appendix J and footers follow it.`
    : undefined;
  const set = checked?.set && checked.set.count > 1 ? checked.set : null;

  return (
    <main className={s.root} aria-label="Grant Budget">
      <header>
        <h1 className={s.title}>Grant Budget</h1>
        <p className={s.subtitle}>
          {checked ? `${checked.state}, FY ${checked.fiscalYear} · checked ${checked.checkedAt.toLocaleTimeString()}` : 'OSHA 23(g) State Plan grant budget'}
          {' · '}
          <a href="help.html" target="_blank" rel="noopener noreferrer" className={s.link}>
            Help: how the rules are read
          </a>
        </p>
      </header>

      {outcome?.status === 'none' ? <p className={s.lead}>Choose your State, then insert the templates.</p> : null}

      <StatePicker
        state={locked ? locked.state : state}
        fiscalYear={locked ? locked.fiscalYear : fiscalYear}
        busy={busy !== null}
        {...(confirming ? { waitingFor: 'Answer the question below first.' } : {})}
        {...(lockedReason ? { lockedReason, onAnotherState: () => { setAnother(true); setState(''); } } : {})}
        {...(another && ownBudget ? { onCancelAnotherState: () => setAnother(false) } : {})}
        onStateChange={chooseState}
        onFiscalYearChange={setFiscalYear}
        onInsert={requestInsert}
        insertRef={insertRef}
      />
      {confirming && checked ? (
        <InsertConfirm
          existing={`${stateName(checked.state, checked.fiscalYear)}’s FY ${checked.fiscalYear} budget${checked.set && checked.set.count > 1 ? ` (${checked.set.count} sets of templates)` : ''}`}
          inserting={`${stateName(state, fiscalYear)}, FY ${fiscalYear}`}
          onConfirm={() => void insert()}
          onCancel={cancelInsert}
        />
      ) : null}

      <div role="status" aria-live="polite" aria-atomic="true" className={s.status} data-testid="check-summary" tabIndex={-1} ref={summaryRef}>
        {liveText}
      </div>
      {set ? (
        <p className={s.setNote} data-testid="set-note">
          Checking set {set.number} of {set.count} (“{set.appendixF}”):{' '}
          {set.byActiveSheet ? 'the set of the active sheet.' : 'the set last inserted (the active sheet is in no set). Work in a sheet of another set to check that one.'}
        </p>
      ) : null}
      {notice ? (
        <div className={mergeClasses(s.notice, s[notice.intent])} role={notice.intent === 'error' ? 'alert' : 'status'} data-testid="notice" tabIndex={-1} ref={noticeRef}>
          {notice.text}
          {notice.details?.length ? (
            <details className={s.details}>
              <summary>Details</summary>
              {notice.details.map((d) => (
                <p key={d} className={s.hint}>
                  {d}
                </p>
              ))}
            </details>
          ) : null}
        </div>
      ) : null}
      {checked ? <SummaryLine parts={summaryParts(checked.evaluation)} /> : null}

      <Tabs<TabKey> tabs={TABS} selected={tab} onSelect={selectTab} label="Views" idPrefix="gb" />

      {tab === 'checks' ? (
        <div role="tabpanel" id="gb-panel-checks" aria-labelledby="gb-tab-checks" className={s.panel}>
          {checked ? (
            <ChecksList findings={checked.evaluation.findings} onGoTo={goTo} />
          ) : outcome?.status === 'none' ? (
            <p className={s.hint}>{outcome.problem} Or open a workbook that holds a budget.</p>
          ) : null}
        </div>
      ) : null}

      {tab === 'sf424a' ? (
        <div role="tabpanel" id="gb-panel-sf424a" aria-labelledby="gb-tab-sf424a" className={s.panel}>
          {checked ? (
            <React.Suspense fallback={<p className={s.hint}>Loading the SF-424A…</p>}>
              <Sf424aPanel
                form={checked.evaluation.sf424a}
                osha110={checked.evaluation.osha110}
                fileStem={`${checked.state.toLowerCase()}-fy${checked.fiscalYear}`}
                canDownload={canDownload}
                openErrors={counts?.error ?? 0}
                onStatus={(text, intent = 'success') => setNotice({ intent, text })}
              />
            </React.Suspense>
          ) : (
            <p className={s.hint}>The SF-424A figures appear once the workbook holds a budget.</p>
          )}
        </div>
      ) : null}

      {tab === 'review' ? (
        <div role="tabpanel" id="gb-panel-review" aria-labelledby="gb-tab-review" className={s.actions}>
          <p className={s.hint}>For a reviewer: check the workbook as it stands, rewrite broken totals (typed values are never changed), and leave a Review sheet in the workbook.</p>
          <Button disabled={busy !== null} onClick={() => void review()}>
            Review this workbook
          </Button>
          <Button disabled={busy !== null} onClick={() => void repair()}>
            Repair totals
          </Button>
          <Button disabled={busy !== null || !checked} onClick={() => void writeReview()}>
            Write the review sheet
          </Button>
          {checked?.layout === 'published' && backend.moveToLiveTemplates ? (
            <Button disabled={busy !== null} onClick={() => void moveToLive()}>
              Move this budget into live templates
            </Button>
          ) : null}
          {repairChanges && repairChanges.length > 0 ? (
            <ul className={s.changes} aria-label="Cells repaired">
              {repairChanges.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : null}
          {checked ? (
            <React.Suspense fallback={<p className={s.hint}>Loading…</p>}>
              <ReconcilePanel form={checked.evaluation.sf424a} sources={checked.figureSources} onGoTo={goTo} onShowForm={() => selectTab('sf424a')} />
            </React.Suspense>
          ) : null}
        </div>
      ) : null}
    </main>
  );
}
