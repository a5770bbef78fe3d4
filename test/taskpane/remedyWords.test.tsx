/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * (The node conditions: the corpus is made and read with exceljs, whose uuid has only an ESM browser build.)
 *
 * Messages are written once, free of either door's words (issue 11, item 6): over every finding the
 * bad-input workbook corpus raises (both layouts) and every reason it gives for holding no budget, the
 * pane's findings list, Review sheet and no-budget hint name the pane's own actions ("Repair totals",
 * "choose the State above") and never the command line's; the command line's words for the same
 * findings name `grant-budget repair` and --state. The remedy is data on the finding, not words to rewrite.
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { evaluateBudget, type Finding, type Unreadable } from '../../src/budget';
import { paneMessage as paneMessageIn, paneProblem as paneProblemMsg } from '../../src/addin/paneWords';
import { cliFinding, cliProblem as cliProblemMsg } from '../../src/cli/remedyWords';
import { englishWords } from '../../src/messages/words';
import { english } from '../support/words';

const en = englishWords();
const paneMessage = (f: Finding) => paneMessageIn(f, en);
const paneProblem = (u: Unreadable) => english(paneProblemMsg(u));
const cliMessage = (f: Finding) => cliFinding(f, en).message;
const cliProblem = (u: Unreadable) => english(cliProblemMsg(u));
import { ChecksList } from '../../src/taskpane/components/ChecksList';
import { planReviewSheet } from '../../src/excel/reviewSheetPlan';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { WORKBOOK_CASES } from '../fixtures/bad-input/workbooks';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';
import { budgetOf } from '../support/budgets';
import { renderApp, scriptedBackend } from '../support/paneBackend';

/** The command line's vocabulary: none of it belongs in the pane. */
const CLI_WORDS = /grant-budget|--state|`/;

interface Read {
  id: string;
  layout: 'own' | 'published' | null;
  findings: Finding[];
  unreadable: Unreadable | null;
}

const reads: Read[] = [];

async function readCase(id: string, bytes: Buffer, state?: string): Promise<void> {
  let snapshot;
  try {
    snapshot = await readXlsxSnapshot(bytes, `${id}.xlsx`);
  } catch {
    return; // not a workbook at all: the reader never sees it (its reasons are the package reader's, in neither door's words)
  }
  const read = readBudgetFromSnapshot(snapshot, state ? { state } : {});
  reads.push(
    read.ok
      ? { id, layout: read.layout, findings: evaluateBudget(read.budget, read.findings).findings, unreadable: null }
      : { id, layout: null, findings: [], unreadable: read },
  );
}

beforeAll(async () => {
  // The zip bombs are refused before any cell is read: they add time, not messages.
  for (const c of WORKBOOK_CASES.filter((x) => !x.id.startsWith('zip-bomb'))) await readCase(c.id, await c.make());
  // The published fixture with its #REF! and #DIV/0! cells, and without the State it does not name.
  const published = (await makePublishedWorkbook()).buffer;
  await readCase('published-ref', published, 'KY');
  await readCase('published-no-state', published);
}, 120_000);

const allFindings = () => reads.flatMap((r) => r.findings);

it('a finding the repair puts right carries the remedy, in both layouts, and its message no door words', () => {
  for (const layout of ['own', 'published'] as const) {
    const repairable = reads
      .filter((r) => r.layout === layout)
      .flatMap((r) => r.findings.filter((f) => f.remedy === 'repair'));
    expect(repairable.length).toBeGreaterThan(0);
    // Every overwritten template formula is one the repair restores.
    const overwritten = reads
      .filter((r) => r.layout === layout)
      .flatMap((r) => r.findings.filter((f) => f.code === 'FORMULA_OVERWRITTEN'));
    expect(overwritten.every((f) => f.remedy === 'repair')).toBe(true);
  }
  for (const f of allFindings()) expect(english(f.message)).not.toMatch(CLI_WORDS);
  // The published fixture's broken totals (#REF!) and our layout's: both say the repair rewrites them.
  const refs = reads
    .filter((r) => r.id === 'published-ref' || r.id === 'ref-in-total-own')
    .flatMap((r) => r.findings.filter((f) => f.code === 'BROKEN_FORMULA'));
  expect(refs.length).toBeGreaterThan(1);
  expect(refs.every((f) => f.remedy === 'repair')).toBe(true);
});

it('the findings list names Repair totals for every repairable finding and never the command line', () => {
  const findings = allFindings();
  const codes = new Set(findings.map((f) => f.code));
  // The corpus raises these at least: the test is over more than the repair findings.
  for (const code of [
    'BROKEN_FORMULA',
    'FORMULA_OVERWRITTEN',
    'NOT_A_NUMBER',
    'NEGATIVE_AMOUNT',
    'ADMIN_CAP_EXCEEDED',
    'MATCH_UNEQUAL',
  ])
    expect(codes).toContain(code);
  render(
    <FluentProvider theme={webLightTheme}>
      <ChecksList findings={findings} onGoTo={() => undefined} />
    </FluentProvider>,
  );
  // One item per finding (a total finding's related lines are items of their own, without a code).
  const items = [...screen.getByRole('list', { name: 'Findings' }).querySelectorAll('li[data-code]')];
  expect(items).toHaveLength(findings.length);
  // Findings of one kind are gathered in one card (issue 19, item 6): each still has its own item, in its group.
  const texts = items.map((item) => item.textContent ?? '');
  findings.forEach((f) => {
    const text = texts.find((t) => t.includes(paneMessage(f))) ?? '';
    expect(text).not.toMatch(CLI_WORDS);
    expect(text).toContain(paneMessage(f));
    if (f.remedy === 'repair')
      expect(text).toContain(
        "In the task pane, press Repair totals on the Review tab to rewrite the template's formulas.",
      );
    else expect(text).not.toContain('Repair totals');
  });
});

it("the Review sheet's What to do column has the pane's words too", () => {
  const repairable = allFindings().filter((x) => x.remedy === 'repair');
  const evaluation = { ...evaluateBudget(budgetOf({ state: 'KY' })), findings: repairable };
  const plan = planReviewSheet({
    evaluation,
    stateName: 'Kentucky',
    fiscalYear: 2012,
    at: new Date(0),
    existingSheets: [],
  });
  const texts = JSON.stringify(plan.plan.ops);
  expect(texts.split('press Repair totals on the Review tab').length - 1).toBe(repairable.length);
  expect(texts).not.toMatch(/grant-budget|--state/);
});

it('the no-budget hint says to choose the State above, and never the command line', async () => {
  const unreadable = reads.filter((r) => r.unreadable).map((r) => ({ id: r.id, reason: r.unreadable as Unreadable }));
  expect(unreadable.map((u) => u.id)).toEqual(
    expect.arrayContaining(['no-budget', 'state-blank-own', 'published-no-state', 'other-fy-own', 'chart-sheet-own']),
  );
  for (const { reason } of unreadable) expect(paneProblem(reason)).not.toMatch(CLI_WORDS);
  const noState = unreadable.find((u) => u.id === 'published-no-state')?.reason as Unreadable;
  expect(noState.remedy).toBe('chooseState');
  expect(unreadable.find((u) => u.id === 'state-blank-own')?.reason.remedy).toBe('chooseState');
  const { backend } = scriptedBackend([{ status: 'none', problem: paneProblemMsg(noState) }]);
  renderApp(backend);
  const hint = await screen.findByText(/does not say which State it is for/);
  expect(hint.textContent).toBe(
    'This workbook is in the layout of the published OSHA templates, which does not say which State it is for. Choose the State above and the checks run. Or open a workbook that holds a budget.',
  );
});

it("the command line's words for the same findings and reasons name grant-budget repair and --state", () => {
  for (const f of allFindings().filter((x) => x.remedy === 'repair')) {
    expect(cliMessage(f)).toBe(`${english(f.message)} Run \`grant-budget repair\` to rewrite the template's formulas.`);
  }
  for (const r of reads.filter((x) => x.unreadable?.remedy === 'chooseState')) {
    expect(cliProblem(r.unreadable as Unreadable)).toMatch(
      /\. Give the State with --state \(a USPS code such as KY, or its Appendix L name\)$/,
    );
  }
  const plain = allFindings().find((f) => !f.remedy) as Finding;
  expect(cliMessage(plain)).toBe(english(plain.message));
});
