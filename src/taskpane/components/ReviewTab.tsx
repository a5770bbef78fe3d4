/**
 * The reviewer's tab: review the workbook as it stands, repair broken totals (typed values never
 * change), write a Review sheet, move a published budget into live templates, and reconcile the
 * SF-424A with its sources. Each button calls back to the pane, which does the work.
 */
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckedBudget } from '../../addin/paneBackend';

const ReconcilePanel = React.lazy(() => import(/* webpackChunkName: "reconcile" */ './ReconcilePanel'));

const useStyles = makeStyles({
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'stretch' },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  changes: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

export interface ReviewTabProps {
  checked: CheckedBudget | null;
  busy: boolean;
  /** The cells the last repair rewrote, in words. */
  repairChanges: readonly string[] | null;
  onReview(): void;
  onRepair(): void;
  onWriteReview(): void;
  /** Set where the host can move a published budget into live templates. */
  onMoveToLive?: () => void;
  onGoTo(sheet: string, cell: string): void;
  onShowForm(): void;
  /** Said before the first action that unprotects a sheet (Excel clears its undo history then); null after. */
  undoNote?: string | null;
}

export function ReviewTab(p: ReviewTabProps) {
  const s = useStyles();
  return (
    <div role="tabpanel" id="gb-panel-review" aria-labelledby="gb-tab-review" className={s.actions}>
      <p className={s.hint}>
        For a reviewer: check the workbook as it stands, rewrite broken totals (typed values are never changed), and
        leave a Review sheet in the workbook.
      </p>
      <Button disabled={p.busy} onClick={p.onReview}>
        Review this workbook
      </Button>
      {p.undoNote ? (
        <p className={s.hint} data-testid="undo-note" id="gb-undo-note">
          {p.undoNote}
        </p>
      ) : null}
      <Button disabled={p.busy} onClick={p.onRepair} {...(p.undoNote ? { 'aria-describedby': 'gb-undo-note' } : {})}>
        Repair totals
      </Button>
      <Button disabled={p.busy || !p.checked} onClick={p.onWriteReview}>
        Write the review sheet
      </Button>
      {p.checked?.layout === 'published' && p.onMoveToLive ? (
        <Button disabled={p.busy} onClick={p.onMoveToLive}>
          Move this budget into live templates
        </Button>
      ) : null}
      {p.repairChanges && p.repairChanges.length > 0 ? (
        <ul className={s.changes} aria-label="Cells repaired">
          {p.repairChanges.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
      {p.checked ? (
        <React.Suspense fallback={<p className={s.hint}>Loading…</p>}>
          <ReconcilePanel
            form={p.checked.evaluation.sf424a}
            sources={p.checked.figureSources}
            onGoTo={p.onGoTo}
            onShowForm={p.onShowForm}
          />
        </React.Suspense>
      ) : null}
    </div>
  );
}
