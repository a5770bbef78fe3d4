/**
 * The sandbox opens an .xlsx into its fake workbook (issue 19): the cells, names and data validation of
 * the file, read by the product's own reader with JSZip (as in the browser), so a reviewer's workflow can be
 * tried on a real submitted file. The pane's backend then reads it as it reads Excel.
 */
import { english } from '../support/words';
import * as fs from 'fs';
import * as path from 'path';
import { ExcelBackend } from '../../src/excel/excelBackend';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { FakeValidationRefusal } from '../../src/excel/fake/fakeValidation';
import { openXlsxIn } from '../../src/sandbox/openWorkbook';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { budgetOf, exampleJson } from '../support/budgets';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';
import { OUT, writeBudgetWorkbook } from '../layout/support';

const PUBLISHED = path.join(__dirname, '..', 'fixtures', 'published', 'ky-published.xlsx');

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
});
afterEach(() => uninstallFakeOffice());

it('opens a workbook of the published layout cell for cell, and the pane reviews it', async () => {
  await openXlsxIn(wb, new Uint8Array(fs.readFileSync(PUBLISHED)), 'ky-published.xlsx');
  const snap = await readXlsxSnapshot(fs.readFileSync(PUBLISHED), PUBLISHED);
  expect(wb.sheets.map((s) => s.name)).toEqual(snap.sheetNames.map((s) => s.name));
  for (const sheet of snap.sheets)
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.value === null && cell.formula === null) return;
        const at = wb.sheet(sheet.name)?.cells.get(`${sheet.origin.row + r},${sheet.origin.col + c}`);
        expect([sheet.name, r, c, at?.value, at?.formula]).toEqual([sheet.name, r, c, cell.value, cell.formula]);
      }),
    );
  const outcome = await new ExcelBackend(DEFAULT_SERVICES, { state: 'KY' }).check();
  if (outcome.status !== 'checked') throw new Error(english(outcome.problem));
  expect(outcome.layout).toBe('published');
});

it('opens our own templates with their names and data validation, which the fake then enforces', async () => {
  const file = path.join(OUT, 'sandbox-open', 'pr.xlsx');
  await writeBudgetWorkbook(budgetOf(exampleJson('pr-example')), file);
  await openXlsxIn(wb, new Uint8Array(fs.readFileSync(file)), 'pr.xlsx');
  expect(wb.names.some((n) => n.name === 'GB_F_Personnel')).toBe(true);
  const outcome = await new ExcelBackend(DEFAULT_SERVICES).check();
  if (outcome.status !== 'checked') throw new Error(english(outcome.problem));
  expect([outcome.layout, outcome.state]).toEqual(['own', 'PR']);
  expect(() => wb.typeInto('Appendix F', 'B12', 'Enforcement')).toThrow(FakeValidationRefusal);
  expect(() => wb.typeInto('Appendix F', 'F12', 'twelve')).toThrow(/Numbers only/);
  wb.typeInto('Appendix F', 'B12', 'enforcement (safety)');
  expect(wb.cellText('Appendix F', 'B12').value).toBe('enforcement (safety)');
});

it('a file that is not a workbook is refused in words', async () => {
  await expect(openXlsxIn(wb, new TextEncoder().encode('not a zip'), 'notes.xlsx')).rejects.toThrow(
    /notes\.xlsx.*not an \.xlsx workbook/,
  );
});
