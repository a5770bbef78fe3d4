/**
 * @jest-environment jsdom
 *
 * The State typed into Appendix F!B2 by hand, as the pane shows it (issue 19, items 2 and 3): a State
 * that names none is said with a button to its cell; another State typed over the old one is said in the
 * State area, whose "Change this budget's State" then finishes that change (no State to choose).
 */
import { plain } from '../support/words';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { evaluateBudget } from '../../src/budget';
import type { CheckedBudget, StateChangeOutcome } from '../../src/addin/paneBackend';
import { budgetOf, line } from '../support/budgets';
import { renderApp, scriptedBackend } from '../support/paneBackend';

it('a State cell that names no State: the problem, and a button that selects the cell', async () => {
  const problem =
    'Appendix F!B2 should name the State (it holds "Kentuky"): type its Appendix L name or USPS code there';
  const { backend, calls } = scriptedBackend([
    { status: 'none', problem: plain(problem), at: { sheet: 'Appendix F', cell: 'B2' } },
  ]);
  renderApp(backend);
  expect((await screen.findByTestId('no-budget')).textContent).toContain(problem);
  expect(screen.queryByText('Choose your State, then insert the templates.')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Go to Appendix F!B2' }));
  await waitFor(() => expect(calls).toContain('goTo Appendix F!B2'));
});

it('a State typed over the old one: said in the State area, and Change this budget’s State finishes it', async () => {
  const checked: CheckedBudget = {
    status: 'checked',
    state: 'KY',
    fiscalYear: 2012,
    layout: 'own',
    evaluation: evaluateBudget(budgetOf({ state: 'KY', other: [line('Rent', 'program', 1000)] })),
    sheets: ['Appendix F'],
    checkedAt: new Date(),
    stateInWords: 'NC',
  };
  const { backend } = scriptedBackend([checked]);
  const asked: string[] = [];
  backend.changeState = jest.fn(async (state: string, options?: { preview?: boolean }): Promise<StateChangeOutcome> => {
    asked.push(`${state}${options?.preview ? ' preview' : ''}`);
    return {
      from: 'NC',
      to: 'KY',
      effects: [plain('The State cell (Appendix F!B2) already says Kentucky.')],
      addedSheets: [],
    };
  });
  renderApp(backend);
  await waitFor(() =>
    expect(screen.getByTestId('state-why').textContent).toMatch(
      /says Kentucky, but the templates’ headings, Appendix J and footers still follow North Carolina/,
    ),
  );
  fireEvent.click(screen.getByRole('button', { name: "Change this budget's State" }));
  await screen.findByTestId('state-change-confirm');
  expect(asked).toEqual(['KY preview']);
});
