/**
 * Run in Node by the sandbox's build (scripts/web/sandbox.js bundles it for Node and calls it): the preset
 * budget written into a fake workbook through the add-in's own path, saved as data the page opens.
 */
import { createFakeExcel, createFakeOffice } from '../excel/fake/fakeExcel';
import { workbookData, type FakeWorkbookData } from '../excel/fake/fakeSnapshot';
import { FakeWorkbook } from '../excel/fake/fakeWorkbook';
import { loadLanguage } from '../messages/words';
import { writePresetBudget } from './presetBudget';

export async function presetSnapshot(): Promise<FakeWorkbookData> {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1'); // the page's new workbook, as Excel opens one
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = createFakeExcel(wb);
  g.Office = createFakeOffice(wb);
  try {
    await loadLanguage('en');
    await writePresetBudget();
    return workbookData(wb);
  } finally {
    delete g.Excel;
    delete g.Office;
  }
}
// The file name too, so that the build writes the data where the page asks for it.
export { PRESET_FILE } from './sandboxBudget';
