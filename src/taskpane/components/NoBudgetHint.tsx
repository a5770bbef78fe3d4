/**
 * Why no budget was read, and, when the reason is one cell (a State cell that names no State), a button
 * that selects that cell: the pane says it where the fix is typed. A reviewer's workbook in OSHA's published
 * layout is not told to open another one.
 */
import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { NoBudget } from '../../addin/paneBackend';
import { useWords } from '../words';

export function NoBudgetHint({
  outcome,
  className,
  onGoTo,
}: {
  outcome: NoBudget;
  className: string;
  onGoTo(sheet: string, cell: string): void;
}) {
  const w = useWords();
  const at = outcome.at;
  return (
    <div className={className} data-testid="no-budget">
      <p>{at || outcome.layout ? w.render(outcome.problem) : w.t('pane.noBudgetHint', { problem: outcome.problem })}</p>
      {at ? (
        <Button size="small" onClick={() => onGoTo(at.sheet, at.cell)}>
          {w.t('pane.goTo', { cell: `${at.sheet}!${at.cell}` })}
        </Button>
      ) : null}
    </div>
  );
}
