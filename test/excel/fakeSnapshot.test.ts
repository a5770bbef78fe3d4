/**
 * The sandbox's preset workbook is written once, when the sandbox is built, and opened from saved data
 * (src/excel/fake/fakeSnapshot.ts): the data opens to the very workbook the write made, the pane's check
 * reads the same budget and findings from either, and a sheet added afterwards gets an id of its own.
 */
import { ExcelBackend } from '../../src/excel/excelBackend';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { restoreWorkbook, workbookData } from '../../src/excel/fake/fakeSnapshot';
import { presetSnapshot } from '../../src/sandbox/presetSnapshot.node';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

afterEach(uninstallFakeOffice);

async function checkOf(wb: FakeWorkbook) {
  installFakeOffice(wb);
  const result = await new ExcelBackend(DEFAULT_SERVICES).check();
  uninstallFakeOffice();
  return result;
}

test('saved as JSON and opened again, the preset workbook is the one the write made', async () => {
  const data = await presetSnapshot();
  expect(data.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Appendix D', 'Appendix F']));
  const opened = new FakeWorkbook();
  restoreWorkbook(opened, JSON.parse(JSON.stringify(data)));
  expect(workbookData(opened)).toEqual(data);
  expect(opened.sheets[0]?.cells).toBeInstanceOf(Map);
  // A sheet added afterwards never takes a restored sheet's id.
  const ids = new Set(opened.sheets.map((s) => s.id));
  expect(ids.has(opened.addSheet('Notes').id)).toBe(false);
});

test("the pane's check reads the same budget and findings from the opened data as from the write", async () => {
  const written = new FakeWorkbook();
  written.addSheet('Sheet1');
  installFakeOffice(written);
  const { writePresetBudget } = await import('../../src/sandbox/presetBudget');
  await writePresetBudget();
  uninstallFakeOffice();
  const opened = new FakeWorkbook();
  restoreWorkbook(opened, await presetSnapshot());
  const [a, b] = [await checkOf(written), await checkOf(opened)];
  expect(a.status).toBe('checked');
  expect({ ...b, checkedAt: null }).toEqual({ ...a, checkedAt: null });
});

test('opening data into a workbook that has sheets is refused', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  expect(() => restoreWorkbook(wb, { sheets: [], names: [], activeSheet: null, selection: null })).toThrow(
    /already has sheets/,
  );
});
