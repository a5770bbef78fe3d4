/**
 * @jest-environment jsdom
 *
 * Issue 19, item 6: the reviewer's first screen. A workbook in OSHA's published layout opens on Review, with
 * Repair totals as the one primary action and no "insert the templates" lead; fifteen #REF! findings of one
 * kind are one card listing their cells; the repair list says what each cell was and what it is now.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { evaluateBudget, type Finding } from '../../src/budget';
import { msg } from '../../src/messages/words';
import type { CheckOutcome } from '../../src/addin/paneBackend';
import { ChecksList } from '../../src/taskpane/components/ChecksList';
import { budgetOf } from '../support/budgets';
import { renderApp, scriptedBackend } from '../support/paneBackend';

const published: CheckOutcome = {
  status: 'none',
  problem: msg('pane.thisWorkbook', { problem: msg('read.publishedNoState') }),
  layout: 'published',
};

it("opens a published-layout workbook on Review, Repair the primary action, no 'insert the templates'", async () => {
  const { backend } = scriptedBackend([published], {
    repair: async () => ({
      changes: [
        {
          sheet: 'Appendix F',
          cell: 'F70',
          before: msg('figure.text', { value: '=F19+#REF!' }),
          after: '=SUM(F19,F28)',
          reason: msg('repair.why.ref'),
        },
      ],
    }),
  });
  renderApp(backend);
  await waitFor(() => expect(screen.getByRole('tab', { name: 'Review' }).getAttribute('aria-selected')).toBe('true'));
  expect(screen.queryByText('Choose your State, then insert the templates.')).toBeNull();
  expect(screen.getByTestId('check-summary').textContent).toBe("OSHA's published templates, State not chosen yet.");
  const repair = screen.getByRole('button', { name: 'Repair totals' });
  expect([...document.querySelectorAll('button[data-primary]')]).toEqual([repair]);
  fireEvent.click(repair);
  const list = await screen.findByRole('list', { name: 'Cells repaired' });
  expect(list.textContent).toBe('Appendix F!F70: was =F19+#REF!, now =SUM(F19,F28) (formula refers to #REF!)');
});

it('gathers fifteen #REF! findings of one kind into one card that lists each cell', () => {
  const base = evaluateBudget(budgetOf({ state: 'KY' })).findings;
  const refs: Finding[] = Array.from({ length: 15 }, (_, i) => ({
    code: 'BROKEN_FORMULA',
    severity: 'error',
    message: msg('finding.publishedError', {
      cell: `Appendix F!F${70 + i}`,
      where: msg('where.form', { part: 'Appendix F' }),
      error: '#REF!',
      why: msg('broken.why.ref', { formula: '=#REF!' }),
    }),
    sheet: 'Appendix F',
    cell: `F${70 + i}`,
    path: null,
    where: msg('where.cell', { cell: `Appendix F!F${70 + i}` }),
    amount: null,
    remedy: 'repair',
  }));
  render(
    <FluentProvider theme={webLightTheme}>
      <ChecksList findings={[...refs, ...base]} onGoTo={() => undefined} />
    </FluentProvider>,
  );
  const groups = document.querySelectorAll('li[data-group="BROKEN_FORMULA"]');
  expect(groups).toHaveLength(1);
  const group = groups[0] as HTMLElement;
  expect(group.querySelector('p')?.textContent).toBe(
    'Error: 15 total cells hold broken formulas: each below, Repair totals rewrites them',
  );
  expect(within(group).getAllByRole('button', { name: /Appendix F!F\d+ shows #REF!/ })).toHaveLength(15);
});
