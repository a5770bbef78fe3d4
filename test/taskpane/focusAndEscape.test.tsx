/**
 * @jest-environment jsdom
 *
 * Issue 19, item 8: after every action focus moves to its result (never <body>): Change this budget's State and
 * Insert templates for another State to the State picker, Repair totals and the Review sheet to the notice; Esc
 * closes every question (the State change's, the second Insert's, the choice of a new State).
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { evaluateBudget } from '../../src/budget';
import type { CheckedBudget, StateChangeOutcome } from '../../src/addin/paneBackend';
import { budgetOf, line } from '../support/budgets';
import { renderApp, scriptedBackend } from '../support/paneBackend';
import { plain } from '../support/words';

function checked(state: string): CheckedBudget {
  return {
    status: 'checked',
    state,
    fiscalYear: 2012,
    layout: 'own',
    evaluation: evaluateBudget(budgetOf({ state, other: [line('Rent', 'program', 1000)] })),
    sheets: ['Appendix F'],
    checkedAt: new Date(),
  };
}

function open() {
  const script = scriptedBackend([checked('UT')], {
    repair: async () => ({ changes: [] }),
  });
  script.backend.changeState = jest.fn(async (state: string): Promise<StateChangeOutcome> => ({
    from: 'UT',
    to: state,
    effects: [plain('The State cell becomes Washington.')],
    addedSheets: [],
  }));
  renderApp(script.backend);
  return script;
}

const stateSelect = () => screen.getByLabelText('State') as HTMLSelectElement;
const escape = () => fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });

it("Change this budget's State and Insert for another State take focus to the picker; Esc goes back", async () => {
  open();
  await waitFor(() => expect(stateSelect().value).toBe('UT'));
  fireEvent.click(screen.getByRole('button', { name: "Change this budget's State" }));
  await waitFor(() => expect(document.activeElement).toBe(stateSelect()));
  escape();
  await waitFor(() => expect(stateSelect().disabled).toBe(true));
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Insert templates' }));
  fireEvent.click(screen.getByRole('button', { name: 'Insert templates for another State' }));
  await waitFor(() => expect(document.activeElement).toBe(stateSelect()));
  escape();
  await waitFor(() => expect(stateSelect().value).toBe('UT'));
});

it('Esc closes the question of a State change, and focus comes back where it was asked', async () => {
  open();
  await waitFor(() => expect(stateSelect().value).toBe('UT'));
  fireEvent.click(screen.getByRole('button', { name: "Change this budget's State" }));
  fireEvent.change(stateSelect(), { target: { value: 'WA' } });
  await screen.findByTestId('state-change-confirm');
  expect(document.activeElement?.id).toBe('gb-confirm-title');
  escape();
  await waitFor(() => expect(screen.queryByTestId('state-change-confirm')).toBeNull());
  expect(document.activeElement).not.toBe(document.body);
});

it('Esc closes the question of a second Insert', async () => {
  open();
  await waitFor(() => expect(stateSelect().value).toBe('UT'));
  fireEvent.click(screen.getByRole('button', { name: 'Insert templates' }));
  await screen.findByTestId('insert-confirm');
  escape();
  await waitFor(() => expect(screen.queryByTestId('insert-confirm')).toBeNull());
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Insert templates' }));
});

it('Repair totals and the Review sheet move focus to their notice', async () => {
  open();
  await waitFor(() => expect(stateSelect().value).toBe('UT'));
  fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
  fireEvent.click(screen.getByRole('button', { name: 'Repair totals' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('notice')));
  fireEvent.click(screen.getByRole('button', { name: 'Write the review sheet' }));
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/Wrote the sheet "Review"/));
  expect(document.activeElement).toBe(screen.getByTestId('notice'));
});
