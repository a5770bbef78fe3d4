/**
 * The fake Excel object model for tests (it lives in src/excel/fake because the browser sandbox bundles
 * it too). installFakeOffice() sets the `Excel` and `Office` globals the add-in code calls.
 */
import * as fs from 'fs';
import { createFakeExcel, createFakeOffice, FakeWorkbook, type FakeTheme } from '../../src/excel/fake/fakeExcel';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';

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

/** Loads an .xlsx into a fake workbook, cell by cell (values, formulas, cached errors), as Excel would open it. */
export async function openXlsxIn(wb: FakeWorkbook, file: string): Promise<void> {
  const snap = await readXlsxSnapshot(fs.readFileSync(file), file);
  for (const sheet of snap.sheets) {
    const s = wb.addSheet(sheet.name);
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.value === null && cell.formula === null) return;
        const target = wb.cellFor(s, sheet.origin.row + r, sheet.origin.col + c);
        target.value = cell.value;
        target.formula = cell.formula;
      }),
    );
  }
  for (const n of snap.names) wb.addName(n.name, `=${n.ref}`);
}
