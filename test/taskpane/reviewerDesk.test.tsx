/**
 * @jest-environment jsdom
 *
 * The Review tab's reviewer-desk actions with a plain backend (no Excel): compare the budget with a
 * submitted SF-424A (pasted XML), and move a published-layout budget into live templates.
 */
import { plain } from '../support/words';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { evaluateBudget, sf424aXml, type CategoryKey } from '../../src/budget';
import { sf424aSheetCells } from '../../src/layout/sf424aFigureCells';
import type { CheckOutcome, PaneBackend } from '../../src/addin/paneBackend';
import { App } from '../../src/taskpane/components/App';
import { budgetOf, exampleJson } from '../support/budgets';

function checkedPr(layout: 'own' | 'published'): CheckOutcome {
  const evaluation = evaluateBudget(budgetOf(exampleJson('pr-example')));
  return {
    status: 'checked',
    state: 'PR',
    fiscalYear: 2012,
    layout,
    evaluation,
    sheets: ['Appendix F'],
    checkedAt: new Date(),
  };
}

function backendOf(outcome: CheckOutcome, extra: Partial<PaneBackend> = {}): PaneBackend {
  const refuse = async () => {
    throw new Error('not in this test');
  };
  return {
    insertTemplates: refuse,
    check: jest.fn(async () => outcome),
    goTo: refuse,
    writeReviewSheet: refuse,
    repairTotals: refuse,
    watch: async () => () => undefined,
    ...extra,
  };
}

async function openReview(backend: PaneBackend) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App backend={backend} recheckDelayMs={5} />
    </FluentProvider>,
  );
  await waitFor(() => expect(screen.getByTestId('check-summary').textContent).toMatch(/errors?,/));
  fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
}

it('compares pasted SF-424A XML with the budget and lists exactly the figure that differs', async () => {
  const outcome = checkedPr('own');
  await openReview(backendOf(outcome));
  const box = await screen.findByRole('textbox', { name: 'Submitted SF-424A (Grants.gov XML)' });
  const xml = sf424aXml((outcome as { evaluation: ReturnType<typeof evaluateBudget> }).evaluation.sf424a).replace(
    '<SF424A:BudgetTravelRequestedAmount>24000.00<',
    '<SF424A:BudgetTravelRequestedAmount>25000.00<',
  );
  fireEvent.change(box, { target: { value: xml } });
  fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
  const result = await screen.findByTestId('reconcile-result');
  expect(result.textContent).toMatch(/1 difference, 2 errors in the form itself, 0 activities not matched/);
  const diffs = within(result).getByRole('list', { name: 'Differences' });
  expect(
    within(diffs)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['B line 6c (4) Travel: submitted $25,000.00, budget $24,000.00 ($1,000.00)']);
  expect(within(result).getByRole('list', { name: 'Errors of the submitted form' }).textContent).toMatch(
    /B 6i \(4\) = 6a \+ \.\.\. \+ 6h/,
  );
  fireEvent.click(within(result).getByRole('button', { name: "Show this budget's SF-424A" }));
  await waitFor(() => expect(screen.getByRole('tab', { name: 'SF-424A' }).getAttribute('aria-selected')).toBe('true'));
});

it('says what cannot be read, in words', async () => {
  await openReview(backendOf(checkedPr('own')));
  fireEvent.change(await screen.findByRole('textbox', { name: 'Submitted SF-424A (Grants.gov XML)' }), {
    target: { value: '<html>not a form</html>' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/The submitted SF-424A holds no SF-424A/);
});

it('offers to move a published-layout budget into live templates, and says what it could not move', async () => {
  const move = jest.fn(async () => ({
    sheets: ['Appendix F (2)', 'SF-424A', 'Checks'],
    notes: [plain('Not moved (copy by hand if they belong in the budget): Appendix F!M5 $1,234.50.')],
  }));
  await openReview(backendOf(checkedPr('published'), { moveToLiveTemplates: move }));
  fireEvent.click(await screen.findByRole('button', { name: 'Move this budget into live templates' }));
  await waitFor(() => expect(move).toHaveBeenCalledTimes(1));
  expect((await screen.findByTestId('notice')).textContent).toMatch(
    /^Moved the budget into live templates \(3 sheets\); your sheets are unchanged\.Details.*Sheets: Appendix F \(2\), SF-424A, Checks\..*Not moved .*Appendix F!M5/,
  );
});

it('does not offer the move for a budget already in live templates', async () => {
  await openReview(backendOf(checkedPr('own'), { moveToLiveTemplates: jest.fn() }));
  await screen.findByRole('button', { name: 'Repair totals' });
  expect(screen.queryByRole('button', { name: 'Move this budget into live templates' })).toBeNull();
});

describe('each difference leads to its figure’s source', () => {
  async function compareTravelChanged(outcome: CheckOutcome) {
    const evaluation = (outcome as { evaluation: ReturnType<typeof evaluateBudget> }).evaluation;
    const xml = sf424aXml(evaluation.sf424a).replace(
      '<SF424A:BudgetTravelRequestedAmount>24000.00<',
      '<SF424A:BudgetTravelRequestedAmount>25000.00<',
    );
    fireEvent.change(await screen.findByRole('textbox', { name: 'Submitted SF-424A (Grants.gov XML)' }), {
      target: { value: xml },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const diffs = within(await screen.findByTestId('reconcile-result')).getByRole('list', { name: 'Differences' });
    return { evaluation, diffs };
  }

  it('our layout: a button that selects the figure’s formula on the SF-424A sheet', async () => {
    const outcome = { ...checkedPr('own'), figureSources: { kind: 'sf424a', sheet: 'SF-424A (2)' } } as CheckOutcome;
    const goTo = jest.fn(async () => undefined);
    await openReview(backendOf(outcome, { goTo }));
    const { evaluation, diffs } = await compareTravelChanged(outcome);
    const category = evaluation.sf424a.categories[3] as CategoryKey;
    const cell = sf424aSheetCells().sectionB.travel?.[category] as string;
    const button = within(diffs).getByRole('button', {
      name: new RegExp(`^B line 6c \\(4\\) Travel: .*Go to SF-424A \\(2\\)!${cell}, its formula on SF-424A \\(2\\)$`),
    });
    fireEvent.click(button);
    expect(goTo).toHaveBeenCalledWith('SF-424A (2)', cell);
  });

  it('published layout: a button to the Appendix F total that feeds the figure, which it names', async () => {
    const totals = { total: { sheet: 'Appendix F', cell: 'K90' }, program: { sheet: 'Appendix F', cell: 'G90' } };
    const outcome = { ...checkedPr('published'), figureSources: { kind: 'appendixF', totals } } as CheckOutcome;
    const goTo = jest.fn(async () => undefined);
    await openReview(backendOf(outcome, { goTo }));
    const { evaluation, diffs } = await compareTravelChanged(outcome);
    const category = evaluation.sf424a.categories[3];
    const [where, what] =
      category === 'program'
        ? ['G90', 'the Program total of Appendix F']
        : ['K90', 'the Total Cost total of Appendix F'];
    fireEvent.click(within(diffs).getByRole('button', { name: new RegExp(`Go to Appendix F!${where}, ${what}$`) }));
    expect(goTo).toHaveBeenCalledWith('Appendix F', where);
  });
});
