/**
 * A workbook with two sets of templates (Insert pressed twice): the pane checks the set of the active
 * sheet, says which, and a figure typed into the second set is checked (issue 10, item 1).
 */
import { ExcelBackend } from '../../src/excel/excelBackend';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import type { CheckedBudget } from '../../src/addin/paneBackend';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
});
afterEach(() => uninstallFakeOffice());

async function twoSets(): Promise<ExcelBackend> {
  const backend = new ExcelBackend(DEFAULT_SERVICES);
  await backend.insertTemplates('KY', 2012);
  await backend.insertTemplates('KY', 2012);
  return backend;
}

const personnelOf = (o: CheckedBudget) => o.evaluation.totals.program;

it('checks the set of the active sheet, and says which set of how many', async () => {
  const backend = await twoSets();
  wb.typeInto('Appendix F (2)', 'A12', 'Program Director');
  wb.typeInto('Appendix F (2)', 'G12', '100000');
  wb.typeInto('Appendix F (2)', 'H12', '50000');
  wb.typeInto('Appendix F (2)', 'I12', '50000');

  wb.activeSheet = 'Appendix F (2)';
  const second = (await backend.check()) as CheckedBudget;
  expect(second.status).toBe('checked');
  expect(second.set).toEqual({ suffix: '_2', number: 2, count: 2, appendixF: 'Appendix F (2)', byActiveSheet: true });
  expect(personnelOf(second)).toBe(10_000_000);

  wb.activeSheet = 'Checks';
  const first = (await backend.check()) as CheckedBudget;
  expect(first.set).toMatchObject({ suffix: '', number: 1, count: 2, appendixF: 'Appendix F', byActiveSheet: true });
  expect(personnelOf(first)).toBe(0);
});

it('checks the set last inserted when the active sheet belongs to no set', async () => {
  const backend = await twoSets();
  wb.activeSheet = 'Sheet1';
  const o = (await backend.check()) as CheckedBudget;
  expect(o.set).toMatchObject({ number: 2, count: 2, byActiveSheet: false });
});

it('reads the active sheet with the check, without a sync of its own', async () => {
  const backend = await twoSets();
  await backend.check();
  const before = wb.syncCount;
  wb.activeSheet = 'SF-424A (2)';
  await backend.check();
  expect(wb.syncCount - before).toBe(1);
});

it('clicking another set’s sheet tab re-checks that set, as Excel’s activation event does (issue 19)', async () => {
  const backend = await twoSets();
  wb.typeInto('Appendix F (2)', 'A12', 'Program Director');
  wb.typeInto('Appendix F (2)', 'G12', '100000');
  wb.typeInto('Appendix F (2)', 'H12', '50000');
  wb.typeInto('Appendix F (2)', 'I12', '50000');
  wb.activeSheet = 'Appendix F';
  const first = (await backend.check()) as CheckedBudget;
  expect(first.set?.number).toBe(1);
  const calls: string[] = [];
  await backend.watch(() => calls.push('recheck'));
  expect(wb.activation.count()).toBe(1);
  // A sheet of the set checked: nothing to do (go to a cell activates its sheet too).
  wb.activeSheet = 'Checks';
  await new Promise((r) => setTimeout(r, 20));
  expect(calls).toEqual([]);
  // The other set's tab: the pane is told, and its check reads the set of that sheet.
  wb.activeSheet = 'Appendix F (2)';
  await new Promise((r) => setTimeout(r, 20));
  expect(calls).toEqual(['recheck']);
  const second = (await backend.check()) as CheckedBudget;
  expect(second.set?.number).toBe(2);
  expect(personnelOf(second)).toBe(10_000_000);
  // Activating the sheet already active fires nothing.
  wb.activeSheet = 'Appendix F (2)';
  await new Promise((r) => setTimeout(r, 20));
  expect(calls).toEqual(['recheck']);
  // The pane's own Insert makes the new set's Appendix F active: that is no hint (the pane checks after it anyway).
  await backend.insertTemplates('NC', 2012);
  await new Promise((r) => setTimeout(r, 20));
  expect(wb.activeSheet).toBe('Appendix F (3)');
  expect(calls).toEqual(['recheck']);
});
