/**
 * @jest-environment jsdom
 *
 * The pane's components with a plain backend (no Excel): findings with their cells, click and Enter go
 * to the cell, the live summary, inserting for the chosen State, errors shown in words.
 */
import { plain } from '../support/words';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { evaluateBudget, placesOf } from '../../src/budget';
import type { CheckOutcome } from '../../src/addin/paneBackend';
import { budgetOf, exampleJson } from '../support/budgets';
import { renderApp, scriptedBackend } from '../support/paneBackend';

function checkedNc(): CheckOutcome {
  const budget = budgetOf(exampleJson('nc-example'));
  budget.places = placesOf({ 'totals.administration': { sheet: 'Appendix F', cell: 'F93' } });
  const evaluation = evaluateBudget(budget);
  return {
    status: 'checked',
    state: 'NC',
    fiscalYear: 2012,
    evaluation,
    sheets: ['Appendix F'],
    checkedAt: new Date(),
  };
}

it('checks the open workbook at once and lists its findings with their amounts and cells', async () => {
  const { backend, calls } = scriptedBackend([checkedNc()]);
  renderApp(backend);
  await waitFor(() =>
    expect(screen.getByTestId('check-summary').textContent).toMatch(/^\d+ errors?, \d+ warnings?, \d+ notes?$/),
  );
  expect(screen.getByTestId('check-summary').getAttribute('role')).toBe('status');
  expect(screen.getByTestId('check-summary').getAttribute('aria-live')).toBe('polite');
  const list = screen.getByRole('list', { name: 'Findings' });
  const admin = within(list)
    .getByText(/ADMIN_CAP_EXCEEDED/)
    .closest('li') as HTMLElement;
  expect(admin.textContent).toContain('Appendix F!F93');
  expect(admin.textContent).toMatch(/Amount: \$[\d,]+\.\d\d/);
  fireEvent.click(within(admin).getByRole('button'));
  await waitFor(() => expect(calls).toContain('goTo Appendix F!F93'));
  expect(calls[0]).toBe('check');
  expect(backend.watch).toHaveBeenCalled();
  // A finding without a cell is not a button.
  const noCell = within(list)
    .getAllByRole('listitem')
    .find((li) => li.getAttribute('data-cell') === '');
  if (noCell) expect(within(noCell).queryByRole('button')).toBeNull();
});

it('shows the summary against the cap, the match and the award level', async () => {
  const { backend } = scriptedBackend([checkedNc()]);
  renderApp(backend);
  const summary = await screen.findByRole('list', { name: 'Summary' });
  expect(summary.textContent).toMatch(/Admin \d+\.\d\d% of 25% cap \(\$[\d,.]+ over\)/);
  expect(summary.querySelector('[data-summary="award"]')?.getAttribute('data-tone')).toBe('warn');
});

it('re-checks when the workbook tells it something changed', async () => {
  const none: CheckOutcome = { status: 'none', problem: plain('This workbook holds no budget.') };
  const { backend, change } = scriptedBackend([none, checkedNc()]);
  renderApp(backend);
  await screen.findByText(/This workbook holds no budget\./);
  await waitFor(() => expect(backend.watch).toHaveBeenCalled());
  change();
  await screen.findByRole('list', { name: 'Findings' });
  expect(backend.check).toHaveBeenCalledTimes(2);
});

it('inserts the templates for the chosen State only once one is chosen', async () => {
  const none: CheckOutcome = { status: 'none', problem: plain('This workbook holds no budget.') };
  const { backend, calls } = scriptedBackend([none]);
  renderApp(backend);
  const insert = screen.getByRole('button', { name: 'Insert templates' });
  expect((insert as HTMLButtonElement).disabled).toBe(true);
  const select = screen.getByLabelText('State') as HTMLSelectElement;
  expect(select.querySelectorAll('option')).toHaveLength(28); // "Choose a State" + the 27 of Appendix L
  fireEvent.change(select, { target: { value: 'KY' } });
  fireEvent.click(insert);
  await waitFor(() => expect(calls).toContain('insert KY 2012'));
  expect((await screen.findByTestId('notice')).textContent).toBe('Inserted the Kentucky templates: 1 sheet.');
});

it('says what went wrong, in words, when an action fails', async () => {
  const { backend } = scriptedBackend([checkedNc()], {
    repair: async () => {
      throw new Error('This workbook holds no budget.');
    },
  });
  renderApp(backend);
  fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
  fireEvent.click(screen.getByRole('button', { name: 'Repair totals' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe('This workbook holds no budget.');
});

it('moves between tabs with the arrow keys', async () => {
  const { backend } = scriptedBackend([checkedNc()]);
  renderApp(backend);
  const checks = screen.getByRole('tab', { name: 'Checks' });
  expect(checks.getAttribute('aria-selected')).toBe('true');
  fireEvent.keyDown(checks, { key: 'ArrowRight' });
  expect(screen.getByRole('tab', { name: 'SF-424A' }).getAttribute('aria-selected')).toBe('true');
  expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'SF-424A' }));
  // The SF-424A panel is a lazily loaded chunk: ts-jest compiles it on first import, which can take seconds
  // on a loaded machine (a bound, not a speed test).
  await screen.findByRole('button', { name: 'Copy Section B' }, { timeout: 20_000 });
});

it('checks again with the chosen State when the workbook does not say its own', async () => {
  const none: CheckOutcome = {
    status: 'none',
    problem: plain('This workbook is in the layout of the published OSHA templates: choose its State above.'),
  };
  const { backend, calls } = scriptedBackend([none, checkedNc()]);
  renderApp(backend);
  await screen.findByText(/choose its State above/);
  fireEvent.change(screen.getByLabelText('State'), { target: { value: 'NC' } });
  await waitFor(() => expect(calls).toContain('check NC'));
  await screen.findByRole('list', { name: 'Findings' });
});
