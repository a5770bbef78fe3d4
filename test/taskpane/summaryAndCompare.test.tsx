/**
 * @jest-environment jsdom
 *
 * Issue 19, item 10: the summary chips agree with the findings (an approved admin-cap justification makes the
 * Admin chip a warning, not an error; one error in a chip's lines is named), and another State's SF-424A pasted
 * in Compare is said to look like one before its differences.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { evaluateBudget, sf424aXml } from '../../src/budget';
import { summaryParts } from '../../src/taskpane/summary';
import ReconcilePanel from '../../src/taskpane/components/ReconcilePanel';
import { budgetOf, exampleJson, line } from '../support/budgets';
import { english } from '../support/words';

const overCap = (justification: string) =>
  evaluateBudget(
    budgetOf({
      state: 'KY',
      adminCapJustification: justification,
      other: [line('Rent', 'administration', 1000), line('Inspectors', 'program', 1000)],
    }),
  );

it('an approved justification turns the Admin chip from an error to a warning, as the finding is', () => {
  expect(summaryParts(overCap('')).find((p) => p.key === 'admin')?.tone).toBe('bad');
  const justified = overCap('Approved by the Regional Administrator, 2011-06-01');
  expect(justified.findings.find((f) => f.code === 'ADMIN_CAP_EXCEEDED')?.severity).toBe('warning');
  expect(summaryParts(justified).find((p) => p.key === 'admin')?.tone).toBe('warn');
});

it('one error in the lines of a chip is named by its line', () => {
  const e = evaluateBudget(
    budgetOf({
      state: 'KY',
      other: [line('Rent', 'program', 1000), { item: 'Refund', program: -10, federal: -5, stateMatch: -5 }],
    }),
  );
  const match = summaryParts(e).find((p) => p.key === 'match')!;
  expect(match.tone).toBe('bad');
  expect(english(match.text)).toMatch(/^Match equal, but 2 errors in G\. Other, line 2 \(Refund\)/);
});

it("says another State's form looks like one, first", () => {
  const pr = evaluateBudget(budgetOf(exampleJson('pr-example')));
  const nc = evaluateBudget(budgetOf(exampleJson('nc-example')));
  render(
    <FluentProvider theme={webLightTheme}>
      <ReconcilePanel form={nc.sf424a} />
    </FluentProvider>,
  );
  fireEvent.change(screen.getByRole('textbox', { name: 'Submitted SF-424A (Grants.gov XML)' }), {
    target: { value: sf424aXml(pr.sf424a) },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
  expect(screen.getByRole('status').textContent).toMatch(
    /^This looks like another State's form \(or another year's\): no activity total of its Section A is this budget's\. \d+ differences/,
  );
  // Its own form is no other State's.
  fireEvent.change(screen.getByRole('textbox', { name: 'Submitted SF-424A (Grants.gov XML)' }), {
    target: { value: sf424aXml(nc.sf424a) },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
  expect(screen.getByRole('status').textContent).toBe(
    'The submitted SF-424A agrees with this budget, figure for figure.',
  );
});
