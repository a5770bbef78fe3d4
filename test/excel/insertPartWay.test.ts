/**
 * Issue 18, item 3: an insert of several requests that cell-edit mode refuses part-way, on an Excel
 * without delayForCellEdit (each request is refused while the user types in a cell). The insert takes out
 * what it had added, whatever failed it, and "try again" never leaves a second, half set. Requests are
 * made small here (as a 10,000-line budget's are big) so that the insert goes in several.
 */
import { ExcelBackend } from '../../src/excel/excelBackend';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

jest.mock('../../src/excel/planParts', () => ({
  ...jest.requireActual<object>('../../src/excel/planParts'),
  REQUEST_ALLOWANCE_BYTES: 60_000,
}));

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
  wb.delayForCellEditSet = false;
});
afterEach(() => uninstallFakeOffice());

/** The user starts typing in a cell once `after` requests of the insert have run, and presses Enter `enterMs` later. */
function editAfter(after: number, enterMs: number): void {
  const start = wb.syncCount;
  const limits = wb.limits as unknown as { endSync: () => void };
  const end = limits.endSync.bind(wb.limits);
  limits.endSync = () => {
    end();
    if (wb.syncCount === start + after) {
      wb.cellEditMode = true;
      setTimeout(() => (wb.cellEditMode = false), enterMs);
    }
  };
}

const numbered = () => wb.sheets.map((s) => s.name).filter((n) => / \(\d+\)$/.test(n));

it('goes in several requests here', async () => {
  const syncs = wb.syncCount;
  await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
  expect(wb.syncCount - syncs).toBeGreaterThan(4);
});

it('refused after two requests of writes: what it added is taken out once the user presses Enter; inserting again gives one set', async () => {
  const before = wb.dump();
  const backend = new ExcelBackend(DEFAULT_SERVICES);
  editAfter(3, 400); // the read, two parts of writes
  await expect(backend.insertTemplates('KY', 2012)).rejects.toThrow(
    /stopped half-way: Excel is busy because a cell is being edited\. Press Enter in Excel to finish editing the cell\. The \d+ sheet\(s\) it had added .* were removed, so the workbook is as it was before/,
  );
  expect(wb.dump()).toBe(before);
  await backend.insertTemplates('KY', 2012);
  expect(numbered()).toEqual([]);
  expect(wb.sheet('Appendix F')).toBeDefined();
});

it('the user keeps typing past the clean-up: the half set is removed before the next insert, never doubled', async () => {
  const backend = new ExcelBackend(DEFAULT_SERVICES);
  editAfter(3, 4_000);
  await expect(backend.insertTemplates('KY', 2012)).rejects.toThrow(/are still there .* removed when you try again/);
  expect(wb.sheet('Appendix D')).toBeDefined(); // the half set, while the cell is being edited
  await new Promise((r) => setTimeout(r, 1_000));
  await backend.insertTemplates('KY', 2012);
  expect(numbered()).toEqual([]);
  expect(wb.sheets.map((s) => s.name)).toEqual([
    'Sheet1',
    'Appendix D',
    'Appendix E',
    'Appendix F',
    'Appendix J',
    'SF-424A',
    'Checks',
  ]);
}, 15_000);
