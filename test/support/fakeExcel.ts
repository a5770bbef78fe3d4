/**
 * The fake Excel object model for tests (it lives in src/excel/fake because the browser sandbox bundles
 * it too). installFakeOffice() sets the `Excel` and `Office` globals the add-in code calls.
 */
import { createFakeExcel, createFakeOffice, FakeWorkbook, type FakeTheme } from '../../src/excel/fake/fakeExcel';

export * from '../../src/excel/fake/fakeExcel';
export * from '../../src/excel/fake/fakeWorkbook';

export function installFakeOffice(data: FakeWorkbook = new FakeWorkbook(), theme: FakeTheme = 'light'): FakeWorkbook {
  const g = globalThis as unknown as { Excel: unknown; Office: unknown };
  g.Excel = createFakeExcel(data);
  g.Office = createFakeOffice(data, theme);
  return data;
}

export function uninstallFakeOffice(): void {
  const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
  delete g.Excel;
  delete g.Office;
}
