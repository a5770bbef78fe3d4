/**
 * The reviewer's tab: review the workbook as it stands, repair broken totals (typed values never
 * change), write a Review sheet, move a published budget into live templates, and reconcile the
 * SF-424A with its sources. Each button calls back to the pane, which does the work.
 */
import { useWords } from '../words';
import type { Msg } from '../../messages/words';
import type { RepairedCell } from '../../addin/paneBackend';
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
  /** OSHA's published templates: the reviewer's first action here is the repair (the tab's primary button). */
  published?: boolean;
  busy: boolean;
  /** The cells the last repair rewrote. */
  repairChanges: readonly RepairedCell[] | null;
  onReview(): void;
  onRepair(): void;
  onWriteReview(): void;
  /** Set where the host can move a published budget into live templates. */
  onMoveToLive?: () => void;
  onGoTo(sheet: string, cell: string): void;
  onShowForm(): void;
  /** Said before the first action that unprotects a sheet (Excel clears its undo history then); null after. */
  undoNote?: Msg | null;
}

export function ReviewTab(p: ReviewTabProps) {
  const s = useStyles();
  const w = useWords();
  return (
    <div role="tabpanel" id="gb-panel-review" aria-labelledby="gb-tab-review" className={s.actions}>
      <p className={s.hint}>{w.t('pane.review.hint')}</p>
      <Button disabled={p.busy} onClick={p.onReview}>
        {w.t('pane.review.review')}
      </Button>
      {p.undoNote ? (
        <p className={s.hint} data-testid="undo-note" id="gb-undo-note">
          {w.render(p.undoNote)}
        </p>
      ) : null}
      <Button
        disabled={p.busy}
        onClick={p.onRepair}
        appearance={p.published ? 'primary' : 'secondary'}
        data-primary={p.published ? '' : undefined}
        {...(p.undoNote ? { 'aria-describedby': 'gb-undo-note' } : {})}
      >
        {w.t('pane.review.repair')}
      </Button>
      <Button disabled={p.busy || !p.checked} onClick={p.onWriteReview}>
        {w.t('pane.review.writeSheet')}
      </Button>
      {p.checked?.layout === 'published' && p.onMoveToLive ? (
        <Button disabled={p.busy} onClick={p.onMoveToLive}>
          {w.t('pane.review.moveToLive')}
        </Button>
      ) : null}
      {p.repairChanges && p.repairChanges.length > 0 ? (
        <ul className={s.changes} aria-label={w.t('pane.review.repairedCells')}>
          {p.repairChanges.map((c) => (
            <li key={`${c.sheet}!${c.cell}`}>
              {w.t('pane.review.repairedCell', {
                cell: `${c.sheet}!${c.cell}`,
                before: c.before,
                after: c.after,
                reason: c.reason,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {p.checked ? (
        <React.Suspense fallback={<p className={s.hint}>{w.t('pane.loading')}</p>}>
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
