/**
 * The pane's actions run through Microsoft's Excel client library (officeJsClient.ts), measured sync by
 * sync: insert blank templates, the first check of a workbook holding a budget, a re-check, and writing
 * the Review sheet. Shared by test/excel/officeJsRequests.test.ts (limits) and `npm run bench` (figures).
 */
import { type Budget } from '../../src/budget';
import { budgetFromJsonValue } from '../../src/budget/budgetJson';
import { ExcelBackend } from '../../src/excel/excelBackend';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { writeBudgetWorkbook } from '../../src/excel/writeBudget';
import { FakeWorkbook } from '../../src/excel/fake/fakeExcel';
import { installFakeOffice, uninstallFakeOffice } from './fakeExcel';
import { OfficeJsHarness, type SyncRecord } from './officeJsClient';
import { syntheticBudgetJson } from './syntheticBudget';

export interface FlowFigures {
  syncs: SyncRecord[];
  /** How the action failed, if it did (e.g. a request over Excel on the web's limit). */
  error: string | null;
}

export interface BudgetFlows {
  lines: number;
  firstCheck: FlowFigures;
  recheck: FlowFigures;
  reviewSheet: FlowFigures;
}

export const REQUEST_SIZES = [100, 2000, 10000] as const;
export const REQUEST_STATE = 'KY';

export function syntheticKentucky(lines: number): Budget {
  const r = budgetFromJsonValue(syntheticBudgetJson({ lines, state: REQUEST_STATE }));
  if (!r.ok)
    throw new Error('synthetic budget invalid: ' + r.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return r.budget;
}

/** The pane's Insert templates (blank Kentucky) in a new workbook, through the library. */
export async function measureInsertTemplates(fiscalYear = 2012): Promise<FlowFigures> {
  const workbook = new FakeWorkbook();
  workbook.addSheet('Sheet1');
  const harness = new OfficeJsHarness(workbook).install();
  try {
    return await harness.measure(() => new ExcelBackend(DEFAULT_SERVICES).insertTemplates(REQUEST_STATE, fiscalYear));
  } finally {
    harness.uninstall();
  }
}

/**
 * A workbook holding a budget of `lines` lines (written as `build` writes it, on the fake directly: the
 * set-up is not what is measured), then the pane's first check, a re-check and the Review sheet.
 * `limitBytes`: the limit the harness plays, when a test lowers it from Excel on the web's 5 MB (with the
 * reader's, readPayload in src/excel/officeReadParts.ts).
 */
export async function measureBudgetFlows(lines: number, limitBytes?: number): Promise<BudgetFlows> {
  const budget = syntheticKentucky(lines);
  const workbook = new FakeWorkbook();
  workbook.addSheet('Sheet1');
  installFakeOffice(workbook);
  try {
    await writeBudgetWorkbook(budget);
  } finally {
    uninstallFakeOffice();
  }
  const harness = new OfficeJsHarness(workbook, limitBytes === undefined ? {} : { limitBytes }).install();
  try {
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const firstCheck = await harness.measure(() => backend.check());
    const recheck = await harness.measure(() => backend.check());
    const reviewSheet = await harness.measure(() => backend.writeReviewSheet());
    return { lines, firstCheck, recheck, reviewSheet };
  } finally {
    harness.uninstall();
  }
}

/** The largest request and response of a flow. */
export function largest(flow: FlowFigures): { requestBytes: number; responseBytes: number; actions: number } {
  return {
    requestBytes: Math.max(0, ...flow.syncs.map((s) => s.requestBytes)),
    responseBytes: Math.max(0, ...flow.syncs.map((s) => s.responseBytes)),
    actions: Math.max(0, ...flow.syncs.map((s) => s.actions)),
  };
}
