/**
 * @jest-environment jsdom
 *
 * Issue 10 in the pane's components, with a plain backend: Insert asks first when a budget is there;
 * the State picker shows the workbook's State and is locked, with the reason; "Insert templates for
 * another State" is explicit; notices are short and clear at the next action; first open leads with
 * what to do; a disabled Insert says why; messages name the pane's actions, never the command line;
 * a summary chip never ticks beside an error about its figure; the set checked is named.
 */
import { english, plain } from '../support/words';
import { englishWords } from '../../src/messages/words';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { evaluateBudget, type Finding } from '../../src/budget';
import type { CheckOutcome, CheckedBudget } from '../../src/addin/paneBackend';
import { paneMessage, paneProblem } from '../../src/addin/paneWords';
import { nextIndex } from '../../src/taskpane/roving';
import { summaryParts } from '../../src/taskpane/summary';
import { budgetOf, line } from '../support/budgets';
import { renderApp, scriptedBackend } from '../support/paneBackend';

/** Insert answers as when our sheet names were taken. */
const backendOf = (outcomes: CheckOutcome[]) =>
  scriptedBackend(outcomes, {
    inserted: {
      sheets: ['Appendix F (2)', 'Checks (2)'],
      appendixF: 'Appendix F (2)',
      renamed: [{ wanted: 'Appendix F', used: 'Appendix F (2)' }],
      notes: [plain('"Appendix F" was taken, so the template went to "Appendix F (2)".')],
    },
  });

function checkedKy(extra: Partial<CheckedBudget> = {}): CheckedBudget {
  const evaluation = evaluateBudget(budgetOf({ state: 'KY', other: [line('Rent', 'program', 1000)] }));
  return {
    status: 'checked',
    state: 'KY',
    fiscalYear: 2012,
    layout: 'own',
    evaluation,
    sheets: ['Appendix F'],
    checkedAt: new Date(),
    ...extra,
  };
}

const stateSelect = () => screen.getByLabelText('State') as HTMLSelectElement;
const insertButton = () => screen.getByRole('button', { name: 'Insert templates' }) as HTMLButtonElement;

it('first open: leads with what to do, and the disabled Insert says why', async () => {
  const { backend } = backendOf([{ status: 'none', problem: plain('This workbook holds no budget.') }]);
  renderApp(backend);
  await screen.findByText('Choose your State, then insert the templates.');
  expect(insertButton().disabled).toBe(true);
  const why = screen.getByTestId('insert-why');
  expect(why.textContent).toBe('Choose a State first: Insert is off until then.');
  expect(insertButton().getAttribute('aria-describedby')).toBe(why.id);
});

it('shows the workbook State, locked with the reason, and asks before a second Insert', async () => {
  const { backend, calls } = backendOf([checkedKy()]);
  renderApp(backend);
  await waitFor(() => expect(stateSelect().value).toBe('KY'));
  expect(stateSelect().disabled).toBe(true);
  expect(screen.getByTestId('state-why').textContent).toBe(
    'Set by the budget in this workbook (Kentucky, FY 2012): its award level, Appendix J and footers follow it.',
  );
  fireEvent.click(insertButton());
  const confirm = await screen.findByTestId('insert-confirm');
  expect(confirm.textContent).toContain('This workbook already holds Kentucky’s FY 2012 budget.');
  expect(confirm.textContent).toContain('Insert adds a second set of empty templates for Kentucky, FY 2012');
  expect(document.activeElement?.id).toBe('gb-confirm-title');
  expect(screen.getByTestId('insert-why').textContent).toBe('Answer the question below first.');
  expect(
    (screen.getByRole('button', { name: 'Insert templates for another State' }) as HTMLButtonElement).disabled,
  ).toBe(true);
  expect(calls.filter((c) => c.startsWith('insert'))).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(document.activeElement).toBe(insertButton()));
  expect(calls.filter((c) => c.startsWith('insert'))).toEqual([]);
  fireEvent.click(insertButton());
  fireEvent.click(await screen.findByRole('button', { name: 'Insert a second set' }));
  await waitFor(() => expect(calls).toContain('insert KY 2012'));
  const notice = await screen.findByTestId('notice');
  expect(notice.firstChild?.textContent).toBe(
    'Inserted the Kentucky templates: 2 sheets, named like “Appendix F (2)” (the names were taken).',
  );
  await waitFor(() => expect(document.activeElement).toBe(notice));
});

it('inserts for another State only through its own action', async () => {
  const { backend, calls } = backendOf([checkedKy()]);
  renderApp(backend);
  await waitFor(() => expect(stateSelect().disabled).toBe(true));
  fireEvent.click(screen.getByRole('button', { name: 'Insert templates for another State' }));
  expect(stateSelect().disabled).toBe(false);
  expect(stateSelect().value).toBe('');
  fireEvent.change(stateSelect(), { target: { value: 'UT' } });
  fireEvent.click(insertButton());
  expect((await screen.findByTestId('insert-confirm')).textContent).toContain('empty templates for Utah, FY 2012');
  fireEvent.click(screen.getByRole('button', { name: 'Insert a second set' }));
  await waitFor(() => expect(calls).toContain('insert UT 2012'));
});

it('names the set it checks when the workbook holds several', async () => {
  const { backend } = backendOf([
    checkedKy({ set: { suffix: '_2', number: 2, count: 2, appendixF: 'Appendix F (2)', byActiveSheet: true } }),
  ]);
  renderApp(backend);
  expect((await screen.findByTestId('set-note')).textContent).toBe(
    'Checking set 2 of 2 (“Appendix F (2)”): the set of the active sheet.',
  );
});

it('clears a notice at the next action: an edit, or another tab', async () => {
  const { backend, change } = backendOf([checkedKy()]);
  renderApp(backend);
  await waitFor(() => expect(stateSelect().value).toBe('KY'));
  fireEvent.click(insertButton());
  fireEvent.click(await screen.findByRole('button', { name: 'Insert a second set' }));
  await screen.findByTestId('notice');
  change();
  await waitFor(() => expect(screen.queryByTestId('notice')).toBeNull());
  fireEvent.click(insertButton());
  fireEvent.click(await screen.findByRole('button', { name: 'Insert a second set' }));
  await screen.findByTestId('notice');
  fireEvent.click(screen.getByRole('tab', { name: 'SF-424A' }));
  expect(screen.queryByTestId('notice')).toBeNull();
  // The panel comes in a chunk of its own (React.lazy): the test ends once it is in, not while it loads.
  await waitFor(() => expect(document.querySelector('#gb-panel-sf424a section[data-section]')).not.toBeNull());
});

it('never tells a pane user to run the command line: the remedy is data, the pane names its own action', () => {
  const finding: Finding = {
    code: 'FORMULA_OVERWRITTEN',
    severity: 'warning',
    message: plain('F88 is empty where the template totals the rows: its formula is =SUM(F12:F87).'),
    sheet: 'Appendix F',
    cell: 'F88',
    path: null,
    where: plain('Appendix F!F88'),
    amount: null,
    remedy: 'repair',
  };
  expect(paneMessage(finding, englishWords())).toBe(
    "F88 is empty where the template totals the rows: its formula is =SUM(F12:F87). In the task pane, press Repair totals on the Review tab to rewrite the template's formulas.",
  );
  expect(paneMessage({ ...finding, remedy: undefined }, englishWords())).toBe(english(finding.message));
  expect(
    english(
      paneProblem({
        ok: false,
        problem: plain(
          'Appendix F!B2 should name the State (it is blank): type its Appendix L name or USPS code there',
        ),
        remedy: 'chooseState',
      }),
    ),
  ).toBe(
    'Appendix F!B2 should name the State (it is blank): type its Appendix L name or USPS code there. Choose the State above and the checks run',
  );
  expect(
    english(
      paneProblem({
        ok: false,
        problem: plain('is in the layout of the published OSHA templates, which does not say which State it is for'),
        ofWorkbook: true,
        remedy: 'chooseState',
      }),
    ),
  ).toBe(
    'This workbook is in the layout of the published OSHA templates, which does not say which State it is for. Choose the State above and the checks run.',
  );
});

it('the admin chip is never a tick beside an error about Administration', () => {
  const evaluation = evaluateBudget(
    budgetOf({
      state: 'KY',
      other: [{ item: 'Refund', administration: -200, program: 300, federal: 50, stateMatch: 50 }],
    }),
  );
  expect(evaluation.findings.some((f) => f.code === 'NEGATIVE_AMOUNT' && f.severity === 'error')).toBe(true);
  const admin = summaryParts(evaluation).find((p) => p.key === 'admin');
  expect(admin?.tone).toBe('bad');
  expect(admin && english(admin.text)).toBe('Admin -$200.00: below zero');
});

it('moves inside a table with the arrow keys (roving tab stop)', () => {
  // Two rows of three figures, the second row without its first figure.
  const items = [
    { row: 0, col: 0 },
    { row: 0, col: 1 },
    { row: 0, col: 2 },
    { row: 1, col: 1 },
    { row: 1, col: 2 },
  ];
  expect(nextIndex(items, 0, 'ArrowRight')).toBe(1);
  expect(nextIndex(items, 0, 'ArrowLeft')).toBeNull();
  expect(nextIndex(items, 2, 'ArrowDown')).toBe(4);
  expect(nextIndex(items, 0, 'ArrowDown')).toBe(3);
  expect(nextIndex(items, 3, 'ArrowUp')).toBe(1);
  expect(nextIndex(items, 1, 'End')).toBe(4);
  expect(nextIndex(items, 4, 'Home')).toBe(0);
  expect(nextIndex(items, 4, 'Tab')).toBeNull();
});

it('checks again when the user comes back to the pane (a sheet of another set may be active now)', async () => {
  const { backend } = backendOf([
    checkedKy(),
    checkedKy({ set: { suffix: '_2', number: 2, count: 2, appendixF: 'Appendix F (2)', byActiveSheet: true } }),
  ]);
  renderApp(backend);
  await waitFor(() => expect(backend.check).toHaveBeenCalledTimes(1));
  expect(screen.queryByTestId('set-note')).toBeNull();
  act(() => {
    window.dispatchEvent(new Event('focus'));
  });
  expect((await screen.findByTestId('set-note')).textContent).toContain('Checking set 2 of 2');
});
