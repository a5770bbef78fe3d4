/**
 * Why no budget was read, and, when the reason is one cell (a State cell that names no State), a button
 * that selects that cell: the pane says it where the fix is typed, in the command line's own words.
 */
import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { NoBudget } from '../../addin/paneBackend';

export function NoBudgetHint({
  outcome,
  className,
  onGoTo,
}: {
  outcome: NoBudget;
  className: string;
  onGoTo(sheet: string, cell: string): void;
}) {
  const at = outcome.at;
  return (
    <div className={className} data-testid="no-budget">
      <p>
        {outcome.problem}
        {at ? '' : ' Or open a workbook that holds a budget.'}
      </p>
      {at ? (
        <Button size="small" onClick={() => onGoTo(at.sheet, at.cell)}>
          {`Go to ${at.sheet}!${at.cell}`}
        </Button>
      ) : null}
    </div>
  );
}
