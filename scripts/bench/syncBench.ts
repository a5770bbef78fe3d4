/**
 * `syncs`: context.sync round trips of the add-in's actions, counted on the fake Excel object model
 * (src/excel/fake), for a small budget (the Puerto Rico example) and a 2,000-line one. Round trips
 * are what makes Excel on the web feel slow, and they do not depend on the machine.
 */
import * as fs from 'fs';
import * as path from 'path';
import { type Budget } from '../../src/budget';
import { budgetFromJsonValue } from '../../src/budget/budgetJson';
import { ExcelBackend } from '../../src/excel/excelBackend';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { writeBudgetWorkbook } from '../../src/excel/writeBudget';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../../test/support/fakeExcel';
import { syntheticBudgetJson } from '../../test/support/syntheticBudget';

export interface SyncFigures {
  insertTemplates: number;
  insertWithBudget: number;
  firstCheck: number;
  recheck: number;
  writeReviewSheet: number;
  changeState: number;
}

function budget(json: unknown): Budget {
  const r = budgetFromJsonValue(json);
  if (!r.ok) throw new Error('bench budget invalid: ' + (r.problems[0]?.message ?? ''));
  return r.budget;
}

async function counted(wb: FakeWorkbook, f: () => Promise<unknown>): Promise<number> {
  const before = wb.syncCount;
  await f();
  return wb.syncCount - before;
}

async function measure(b: Budget): Promise<SyncFigures> {
  // The pane's own insert (blank templates of the State), in an empty workbook.
  let wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
  const insertTemplates = await counted(wb, () =>
    new ExcelBackend(DEFAULT_SERVICES).insertTemplates(b.state, b.fiscalYear),
  );
  uninstallFakeOffice();

  // A workbook holding the budget (as `build` writes it), then what the pane does on it.
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
  const insertWithBudget = await counted(wb, () => writeBudgetWorkbook(b));
  const backend = new ExcelBackend(DEFAULT_SERVICES);
  const firstCheck = await counted(wb, () => backend.check());
  const recheck = await counted(wb, () => backend.check());
  const writeReviewSheet = await counted(wb, () => backend.writeReviewSheet());
  // The budget changed to a State of the other kind: North Carolina (no private-sector consultation).
  const changeState = await counted(wb, () => backend.changeState('NC'));
  uninstallFakeOffice();
  return { insertTemplates, insertWithBudget, firstCheck, recheck, writeReviewSheet, changeState };
}

export async function benchSyncs(): Promise<{ small: SyncFigures; lines2000: SyncFigures }> {
  const examples = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'examples');
  const prFile = [
    path.join(examples, 'pr-example.budget.json'),
    path.resolve(process.cwd(), '..', 'shared', 'examples', 'pr-example.budget.json'),
  ].find((f) => fs.existsSync(f));
  const small = prFile
    ? budget(JSON.parse(fs.readFileSync(prFile, 'utf8')))
    : budget(syntheticBudgetJson({ lines: 20, state: 'PR' }));
  return {
    small: await measure(small),
    lines2000: await measure(budget(syntheticBudgetJson({ lines: 2000, state: 'KY' }))),
  };
}
