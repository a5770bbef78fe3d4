/**
 * The task pane: templates, live checks, the SF-424A and the reviewer's actions. It gets a backend
 * (plain functions over the workbook) and never touches Excel itself. The checks run in useLiveChecks,
 * the actions in paneActions.ts; this file holds the pane's state and lays it out.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { DEFAULT_FISCAL_YEAR, countBySeverity } from '../../budget';
import type { CheckOutcome, CheckedBudget, PaneBackend } from '../../addin/paneBackend';
import { completedLinesText } from '../../addin/paneWords';
import { summaryParts } from '../summary';
import { CELL_EDIT_WAITING, UNDO_CLEARED_NOTE } from '../../addin/paneWords';
import { useLiveChecks } from '../useLiveChecks';
import { useInsert, useReviewActions, useStateChange, type FocusTarget, type PaneControl } from '../paneActions';
import { ChecksList } from './ChecksList';
import { NoBudgetHint } from './NoBudgetHint';
import { NoticeBox, type Notice } from './NoticeBox';
import { ReviewTab } from './ReviewTab';
import { StateArea, type PickerMode, type StateAreaProps } from './StateArea';
import { SummaryLine } from './SummaryLine';
import { Tabs } from './Tabs';
import { LanguageSetting } from './LanguageSetting';
import { useWords } from '../words';
import { errorWords } from '../../addin/paneWords';
import { msg, type MessageKey, type Msg, type Words } from '../../messages/words';

const Sf424aPanel = React.lazy(() => import(/* webpackChunkName: "sf424a" */ './Sf424aPanel'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    // Excel for Mac opens a pane 270 px wide: nothing may need more.
    minWidth: 0,
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: '100vh',
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subtitle: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  link: { color: tokens.colorBrandForegroundLink },
  status: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  lead: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  setNote: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
});

type TabKey = 'checks' | 'sf424a' | 'review';
const TABS: readonly { key: TabKey; label: MessageKey }[] = [
  { key: 'checks', label: 'pane.tab.checks' },
  { key: 'sf424a', label: 'pane.tab.sf424a' },
  { key: 'review', label: 'pane.tab.review' },
];

export interface AppProps {
  backend: PaneBackend;
  /** ms of quiet before a re-check after edits. */
  recheckDelayMs?: number;
  /** False where the pane cannot save a file (Excel for Mac, iPad): exports are shown to copy instead. */
  canDownload?: boolean;
  /** False where a download may be dropped silently (desktop Excel on Windows): never "Saved" there. */
  downloadKnown?: boolean;
}

/** The words of the live status line. */
function statusText(busy: Msg | null, outcome: CheckOutcome | null, w: Words): string {
  if (busy) return w.t('pane.status.busy', { action: busy });
  if (outcome?.status === 'checked') {
    const n = countBySeverity(outcome.evaluation.findings);
    return w.t('pane.status.counts', { errors: n.error, warnings: n.warning, notes: n.info });
  }
  if (outcome?.status === 'none')
    return outcome.layout === 'published' ? w.t('pane.status.publishedNoState') : w.t('pane.status.none');
  return w.t('pane.status.reading');
}

/** Once an action has finished and rendered, its result takes the focus (never <body>). */
function useActionFocus(busy: Msg | null) {
  const focusNext = React.useRef<FocusTarget>(null);
  const refs = {
    notice: React.useRef<HTMLDivElement>(null),
    summary: React.useRef<HTMLDivElement>(null),
    insert: React.useRef<HTMLButtonElement>(null),
    state: React.useRef<HTMLSelectElement>(null),
  };
  React.useEffect(() => {
    const target = focusNext.current;
    if (!target || busy) return;
    const el =
      target === 'notice'
        ? (refs.notice.current ?? refs.summary.current)
        : target === 'summary'
          ? refs.summary.current
          : target === 'state'
            ? refs.state.current
            : (refs.insert.current ?? refs.state.current);
    if (!el) return;
    focusNext.current = null;
    el.focus();
  });
  return { focusNext, refs };
}

/** Where the pane remembers that the undo-history note was said (it is said once, not once per session). */
const UNDO_NOTE_KEY = 'grantBudget.undoNoteSaid';

function storedFlag(key: string): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(key) === '1';
  } catch {
    return false; // storage may be refused in an add-in frame: then it is said once per session
  }
}

function storeFlag(key: string): void {
  try {
    localStorage.setItem(key, '1');
  } catch {
    // as above
  }
}

/** Whether Excel is holding one of the pane's requests (a cell in edit mode), from the backend. */
function useExcelWaiting(backend: PaneBackend): boolean {
  const [waiting, setWaiting] = React.useState(false);
  React.useEffect(() => backend.onWaiting?.(setWaiting), [backend]);
  return waiting;
}

/** The pane's state and its live checks; `mode` is whose State the picker shows. */
function usePaneCore(backend: PaneBackend, recheckDelayMs: number) {
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [state, setStateOnly] = React.useState('');
  const [fiscalYear, setFiscalYear] = React.useState(DEFAULT_FISCAL_YEAR);
  const [busy, setBusy] = React.useState<Msg | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [mode, setMode] = React.useState<PickerMode>('workbook');
  const { focusNext, refs } = useActionFocus(busy);
  const [undoSaid, setUndoSaid] = React.useState(() => storedFlag(UNDO_NOTE_KEY));
  const excelWaiting = useExcelWaiting(backend);
  // The State a check asks with: set at once when chosen, before the pane renders again (a check started
  // by the choice itself reads it), so every change of the State goes through setState below.
  const chosen = React.useRef('');
  const setState = React.useCallback((next: string | ((cur: string) => string)) => {
    const value = typeof next === 'function' ? next(chosen.current) : next;
    chosen.current = value;
    setStateOnly(value);
  }, []);
  const runner = useLiveChecks(backend, recheckDelayMs, {
    chosenState: () => chosen.current,
    onChecked: (o) => {
      setOutcome(o);
      // The picker shows the workbook's State: a budget in our templates names its own.
      if (o.status === 'checked' && o.layout === 'own' && mode === 'workbook') {
        setState(o.state);
        setFiscalYear(o.fiscalYear);
      } else if (o.status === 'checked') setState((cur) => cur || o.state);
      // The read had to go in parts (Excel on the web's 5 MB limit): say so, once per check that did.
      if (o.status === 'checked' && o.notes?.length)
        setNotice({ intent: 'warning', text: o.notes[0] as Msg, details: o.notes.slice(1) });
      else if (o.status === 'checked' && o.completedLines?.length)
        setNotice({ intent: 'success', text: completedLinesText(o.completedLines) });
    },
    onProblem: (text, intent) => setNotice({ intent, text }),
    // An edit is the user's next action: a notice about the last one is stale now (errors stay).
    onEdit: () => setNotice((n) => (n && n.intent !== 'error' ? null : n)),
  });
  const act = async (label: Msg, f: () => Promise<void>) => {
    setBusy(label);
    setNotice(null);
    try {
      await f();
    } catch (e) {
      setNotice({ intent: 'error', text: errorWords(e) });
    } finally {
      setBusy(null);
    }
  };
  const language = useWords().language;
  const unprotected = () => {
    storeFlag(UNDO_NOTE_KEY);
    setUndoSaid(true);
  };
  const control: PaneControl = { backend, runner, act, setNotice, focusNext, language, unprotected };
  const checked = outcome?.status === 'checked' ? outcome : null;
  return {
    outcome,
    checked,
    state,
    setState,
    fiscalYear,
    setFiscalYear,
    busy,
    notice,
    setNotice,
    mode,
    setMode,
    refs,
    runner,
    control,
    undoNote: undoSaid ? null : UNDO_CLEARED_NOTE,
    excelWaiting,
  };
}

type PaneCore = ReturnType<typeof usePaneCore>;

/** The State picker's callbacks: choosing a State, the modes, and Insert with its question. */
function usePicker(core: PaneCore, change: ReturnType<typeof useStateChange>): Omit<StateAreaProps, 'change'> {
  const insert = useInsert(core.control, () => core.setMode('workbook'));
  const [confirming, setConfirming] = React.useState(false);
  const { checked, state, fiscalYear, mode } = core;
  const ownBudget = checked?.layout === 'own' ? checked : null;
  return {
    mode,
    ownBudget,
    state,
    fiscalYear,
    busy: core.busy !== null,
    confirming,
    canChangeState: core.control.backend.changeState !== undefined,
    insertRef: core.refs.insert,
    stateRef: core.refs.state,
    // The officer's first action is Insert; once the workbook holds a budget (or a reviewer's published
    // templates), each tab has its own primary action and Insert is a plain button.
    insertPrimary: core.outcome?.status !== 'checked' && core.outcome?.layout !== 'published',
    onMode: (m) => {
      core.setMode(m);
      // Choosing another State (a new set, or this budget's new one) starts at the picker; going back, at Insert.
      core.control.focusNext.current = m === 'workbook' ? 'insert' : 'state';
      if (m === 'another') core.setState('');
      if (m === 'workbook' && ownBudget) core.setState(ownBudget.state);
    },
    onStateChange: (code) => {
      core.setState(code);
      if (mode === 'change' && ownBudget && code && code !== ownBudget.state) void change.ask(code);
      // A workbook in the published layout waits for its State: check again with it.
      else if (code && (core.outcome?.status === 'none' || checked?.layout === 'published'))
        void core.runner.current?.runNow();
    },
    onFiscalYearChange: core.setFiscalYear,
    onInsert: () => {
      core.setNotice(null);
      if (checked) setConfirming(true);
      else void insert(state, fiscalYear);
    },
    onConfirmInsert: () => {
      setConfirming(false);
      void insert(state, fiscalYear);
    },
    onCancelInsert: () => {
      setConfirming(false);
      core.control.focusNext.current = 'insert';
    },
    undoNote: core.undoNote,
  };
}

export function App({ backend, recheckDelayMs = 300, canDownload = true, downloadKnown = true }: AppProps) {
  const s = useStyles();
  const w = useWords();
  const core = usePaneCore(backend, recheckDelayMs);
  const [tab, setTab] = React.useState<TabKey>('checks');
  // A reviewer's workbook (OSHA's published templates) opens on Review, once: its first task is the repair.
  // Decided while rendering the first outcome (React's way to adjust state to new data), not in an effect.
  const [opened, setOpened] = React.useState(false);
  if (!opened && core.outcome) {
    setOpened(true);
    if (core.outcome.layout === 'published') setTab('review');
  }
  const change = useStateChange(core.control, core.fiscalYear, () => core.setMode('workbook'));
  const picker = usePicker(core, change);
  const { repairChanges, ...reviewer } = useReviewActions(core.control, () => setTab('checks'));
  const { outcome, checked, notice, setNotice, busy } = core;
  const selectTab = (key: TabKey) => {
    setTab(key);
    setNotice(null);
  };
  const goTo = (sheet: string, cell: string) =>
    void backend
      .goTo(sheet, cell)
      .catch((e: unknown) =>
        setNotice({ intent: 'error', text: msg('pane.goToFailed', { cell: `${sheet}!${cell}`, why: errorWords(e) }) }),
      );
  return (
    <main className={s.root} aria-label="Grant Budget">
      <PaneHeader checked={checked} />
      {outcome?.status === 'none' && !outcome.at ? (
        <p className={s.lead}>
          {outcome.layout === 'published' ? w.t('pane.lead.published') : w.t('pane.lead.choose')}
        </p>
      ) : null}
      <StateArea {...picker} change={change} />
      <CheckStatus busy={busy} outcome={outcome} statusRef={core.refs.summary} />
      {core.excelWaiting ? <ExcelWaiting /> : null}
      {notice ? <NoticeBox notice={notice} ref={core.refs.notice} /> : null}
      {checked ? <SummaryLine parts={summaryParts(checked.evaluation)} /> : null}
      <Tabs<TabKey>
        tabs={TABS.map((t) => ({ key: t.key, label: w.t(t.label as 'pane.tab.checks') }))}
        selected={tab}
        onSelect={selectTab}
        label={w.t('pane.tabs')}
        idPrefix="gb"
      />
      {tab === 'checks' ? <ChecksTab checked={checked} outcome={outcome} onGoTo={goTo} /> : null}
      {tab === 'sf424a' ? (
        <Sf424aTab
          checked={checked}
          canDownload={canDownload}
          downloadKnown={downloadKnown}
          onStatus={(text, intent = 'success') => setNotice({ intent, text })}
        />
      ) : null}
      {tab === 'review' ? (
        <ReviewTab
          checked={checked}
          published={checked?.layout === 'published' || outcome?.layout === 'published'}
          busy={busy !== null}
          repairChanges={repairChanges}
          onReview={() => void reviewer.review()}
          onRepair={() => void reviewer.repair()}
          onWriteReview={() => void reviewer.writeReview()}
          {...(backend.moveToLiveTemplates ? { onMoveToLive: () => void reviewer.moveToLive() } : {})}
          onGoTo={goTo}
          onShowForm={() => selectTab('sf424a')}
          undoNote={core.undoNote}
        />
      ) : null}
      <LanguageSetting />
    </main>
  );
}

/** Said while Excel holds the pane's request for a cell in edit mode (clicking the pane does not end it). */
function ExcelWaiting() {
  const s = useStyles();
  const w = useWords();
  return (
    <p role="alert" className={s.lead} data-testid="excel-waiting">
      {w.render(CELL_EDIT_WAITING)}
    </p>
  );
}

/** The Checks tab: the findings, or why there is no budget to check yet. */
function ChecksTab(props: {
  checked: CheckedBudget | null;
  outcome: CheckOutcome | null;
  onGoTo(sheet: string, cell: string): void;
}) {
  const s = useStyles();
  const { checked, outcome } = props;
  return (
    <div role="tabpanel" id="gb-panel-checks" aria-labelledby="gb-tab-checks" className={s.panel}>
      {checked ? (
        <ChecksList findings={checked.evaluation.findings} onGoTo={props.onGoTo} />
      ) : outcome?.status === 'none' ? (
        <NoBudgetHint outcome={outcome} className={s.hint} onGoTo={props.onGoTo} />
      ) : null}
    </div>
  );
}

function PaneHeader({ checked }: { checked: CheckedBudget | null }) {
  const s = useStyles();
  const w = useWords();
  return (
    <header>
      <h1 className={s.title}>Grant Budget</h1>
      <p className={s.subtitle}>
        {checked
          ? w.t('pane.header.checked', {
              state: checked.state,
              year: checked.fiscalYear,
              time: w.time(checked.checkedAt),
            })
          : w.t('pane.header.product')}
        {' · '}
        <a href="help.html" target="_blank" rel="noopener noreferrer" className={s.link}>
          {w.t('pane.header.help')}
        </a>
      </p>
    </header>
  );
}

/** The live status line (read by screen readers), and which set is checked when there are several. */
function CheckStatus({
  busy,
  outcome,
  statusRef,
}: {
  busy: Msg | null;
  outcome: CheckOutcome | null;
  statusRef: React.RefObject<HTMLDivElement>;
}) {
  const s = useStyles();
  const w = useWords();
  const checked = outcome?.status === 'checked' ? outcome : null;
  const set = checked?.set && checked.set.count > 1 ? checked.set : null;
  return (
    <>
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={s.status}
        data-testid="check-summary"
        tabIndex={-1}
        ref={statusRef}
      >
        {statusText(busy, outcome, w)}
      </div>
      {set ? (
        <p className={s.setNote} data-testid="set-note">
          {w.t(set.byActiveSheet ? 'pane.set.active' : 'pane.set.lastInserted', {
            number: set.number,
            count: set.count,
            sheet: set.appendixF,
          })}
        </p>
      ) : null}
    </>
  );
}

function Sf424aTab({
  checked,
  canDownload,
  downloadKnown,
  onStatus,
}: {
  checked: CheckedBudget | null;
  canDownload: boolean;
  downloadKnown: boolean;
  onStatus(text: Msg, intent?: 'success' | 'error' | 'info' | 'warning'): void;
}) {
  const s = useStyles();
  const w = useWords();
  return (
    <div role="tabpanel" id="gb-panel-sf424a" aria-labelledby="gb-tab-sf424a" className={s.panel}>
      {checked ? (
        <React.Suspense fallback={<p className={s.hint}>{w.t('pane.sf424a.loading')}</p>}>
          <Sf424aPanel
            form={checked.evaluation.sf424a}
            osha110={checked.evaluation.osha110}
            fileStem={`${checked.state.toLowerCase()}-fy${checked.fiscalYear}`}
            canDownload={canDownload}
            downloadKnown={downloadKnown}
            openErrors={countBySeverity(checked.evaluation.findings).error}
            onStatus={onStatus}
          />
        </React.Suspense>
      ) : (
        <p className={s.hint}>{w.t('pane.sf424a.none')}</p>
      )}
    </div>
  );
}
