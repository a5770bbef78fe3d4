/**
 * @jest-environment jsdom
 *
 * Issue 10, item 2 in the pane: the State of a budget in our templates changes only through its own
 * action, which first says what will change (the backend's preview, nothing written), then changes it
 * on confirmation; Cancel leaves the workbook's State. The Excel side: test/excel/stateChange.test.ts.
 */
import { plain } from '../support/words';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { evaluateBudget } from '../../src/budget';
import type { CheckedBudget, StateChangeOutcome } from '../../src/addin/paneBackend';
import { budgetOf, line } from '../support/budgets';
import { renderApp, scriptedBackend } from '../support/paneBackend';

function checked(state: string): CheckedBudget {
  const evaluation = evaluateBudget(budgetOf({ state, other: [line('Rent', 'program', 1000)] }));
  return {
    status: 'checked',
    state,
    fiscalYear: 2012,
    layout: 'own',
    evaluation,
    sheets: ['Appendix F'],
    checkedAt: new Date(),
  };
}

const EFFECTS = [
  'The State cell (Appendix F!B2) becomes Washington, and Appendix D and E name Washington.',
  'Appendix J is added as the sheet “Appendix J”.',
];

function backendChanging() {
  const outcomes = [checked('UT')];
  const script = scriptedBackend(outcomes);
  const changes: string[] = [];
  script.backend.changeState = jest.fn(
    async (state: string, options?: { preview?: boolean }): Promise<StateChangeOutcome> => {
      changes.push(`${options?.preview ? 'preview' : 'change'} ${state}`);
      if (!options?.preview) outcomes.push(checked(state));
      return { from: 'UT', to: state, effects: EFFECTS.map(plain), addedSheets: ['Appendix J'] };
    },
  );
  return { ...script, changes };
}

const stateSelect = () => screen.getByLabelText('State') as HTMLSelectElement;

it('changes the budget’s State only after saying what will change', async () => {
  const { backend, changes } = backendChanging();
  renderApp(backend);
  await waitFor(() => expect(stateSelect().value).toBe('UT'));
  expect(stateSelect().disabled).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: "Change this budget's State" }));
  expect(stateSelect().disabled).toBe(false);
  expect((screen.getByLabelText('Fiscal year') as HTMLSelectElement).disabled).toBe(true);
  expect(screen.queryByRole('button', { name: 'Insert templates' })).toBeNull();
  expect(screen.getByTestId('change-why').textContent).toMatch(/says what will change before anything is written/);
  fireEvent.change(stateSelect(), { target: { value: 'WA' } });
  const confirm = await screen.findByTestId('state-change-confirm');
  expect(changes).toEqual(['preview WA']);
  expect(confirm.textContent).toContain('Change this budget from Utah to Washington?');
  for (const e of EFFECTS) expect(confirm.textContent).toContain(e);
  expect(document.activeElement?.id).toBe('gb-confirm-title');
  fireEvent.click(screen.getByRole('button', { name: 'Change to Washington' }));
  await waitFor(() => expect(changes).toEqual(['preview WA', 'change WA']));
  const notice = await screen.findByTestId('notice');
  expect(notice.firstChild?.textContent).toBe('The budget is now Washington’s; nothing typed changed but the State.');
  await waitFor(() => expect(stateSelect().value).toBe('WA'));
  expect(stateSelect().disabled).toBe(true);
  expect(screen.queryByTestId('state-change-confirm')).toBeNull();
  await waitFor(() => expect(document.activeElement).toBe(notice));
});

it('Cancel writes nothing and goes back to the workbook’s State', async () => {
  const { backend, changes } = backendChanging();
  renderApp(backend);
  await waitFor(() => expect(stateSelect().value).toBe('UT'));
  fireEvent.click(screen.getByRole('button', { name: "Change this budget's State" }));
  fireEvent.change(stateSelect(), { target: { value: 'KY' } });
  await screen.findByTestId('state-change-confirm');
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(stateSelect().disabled).toBe(true));
  expect(stateSelect().value).toBe('UT');
  expect(changes).toEqual(['preview KY']);
  // Choosing, then keeping the workbook's State without a preview.
  fireEvent.click(screen.getByRole('button', { name: "Change this budget's State" }));
  fireEvent.click(screen.getByRole('button', { name: "Keep this workbook's State" }));
  expect(stateSelect().value).toBe('UT');
  expect(changes).toEqual(['preview KY']);
});

it('is not offered where the host cannot change a State', async () => {
  const { backend } = scriptedBackend([checked('UT')]);
  renderApp(backend);
  await waitFor(() => expect(stateSelect().value).toBe('UT'));
  expect(screen.queryByRole('button', { name: "Change this budget's State" })).toBeNull();
});
