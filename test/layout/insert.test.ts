/**
 * Inserting the templates into a workbook that already has an "Appendix F" with data and our names:
 * nothing existing is touched, clashing sheets get " (2)", the names a suffix, and the inserted
 * formulas work over the sheets actually used.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { budgetToJsonValue } from '../../src/budget';
import { SHEET_MARK_NAMES, findOwnLayouts, ownSheetNames } from '../../src/layout/names';
import { planInsertTemplates } from '../../src/layout/planner';
import { readOwnLayout } from '../../src/workbook/ownLayoutReader';
import type { WorkbookSnapshot } from '../../src/port/workbookPort';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { budgetOf, exampleJson } from '../support/budgets';
import { errorCells, readValues, recalculate } from '../support/libreoffice';
import { OUT, figurePairs } from './support';

const DIR = path.join(OUT, 'insert');

async function existingWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const f = wb.addWorksheet('Appendix F');
  f.getCell('A1').value = 'Our own Appendix F, typed by hand';
  f.getCell('B2').value = 'Kentucky';
  f.getCell('F12').value = 1234.56;
  f.getCell('K12').value = { formula: 'F12*2' } as ExcelJS.CellFormulaValue;
  const sf = wb.addWorksheet('sf-424a');
  sf.getCell('C3').value = 'notes';
  wb.definedNames.add("'Appendix F'!$B$2", 'GB_State');
  wb.definedNames.add("'Appendix F'!$A$10:$R$30", 'GB_F_Personnel');
  wb.definedNames.add("'Appendix F'!$F$12", 'GB_F_Personnel_2');
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function sheetOf(s: WorkbookSnapshot, name: string) {
  return s.sheets.find((x) => x.name === name);
}

test('insert never overwrites a sheet or a name, and the inserted templates compute right', async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  const original = await existingWorkbook();
  const before = await readXlsxSnapshot(original, 'existing.xlsx');
  const budget = budgetOf({ ...exampleJson('pr-example'), state: 'KY' });
  const result = planInsertTemplates(before, { state: 'KY', fiscalYear: 2012, budget });

  expect(result.renamed).toEqual([
    { template: 'Appendix F', wanted: 'Appendix F', used: 'Appendix F (2)' },
    { template: 'SF-424A', wanted: 'SF-424A', used: 'SF-424A (2)' },
  ]);
  // "_2" is taken too (GB_F_Personnel_2), so the set gets "_3".
  expect(result.nameSuffix).toBe('_3');
  const existingSheets = new Set(before.sheetNames.map((s) => s.name.toLowerCase()));
  const existingNames = new Set(before.names.map((n) => n.name.toLowerCase()));
  for (const op of result.plan.ops) {
    if ('sheet' in op) expect([op.op, existingSheets.has(op.sheet.toLowerCase())]).toEqual([op.op, false]);
    if (op.op === 'name') expect([op.name, existingNames.has(op.name.toLowerCase())]).toEqual([op.name, false]);
  }

  const wb = await XlsxWorkbook.open(original, 'existing.xlsx');
  await wb.apply(result.plan);
  const file = path.join(DIR, 'inserted.xlsx');
  fs.writeFileSync(file, await wb.toBuffer());
  const after = await readXlsxSnapshot(fs.readFileSync(file), file);

  // Nothing existing is touched: the old sheets' cells and the old names are as they were. A formula is
  // compared by its text: the written file asks to be recalculated (fullCalcOnLoad), so the reader gives
  // what the formula computes (staleCache.ts), where the file without that flag had no cached value.
  const typed = (s: WorkbookSnapshot, name: string) =>
    sheetOf(s, name)?.cells.map((row) => row.map((c) => (c.formula === null ? c : { ...c, value: 'formula' })));
  for (const name of ['Appendix F', 'sf-424a']) expect(typed(after, name)).toEqual(typed(before, name));
  for (const n of before.names) expect(after.names.find((x) => x.name === n.name)?.ref).toBe(n.ref);

  // Our set is found by its marks, whatever the sheets are called; a re-check loads just those sheets.
  const sets = findOwnLayouts(after);
  expect(sets).toEqual([
    {
      suffix: '_3',
      sheets: {
        appendixD: 'Appendix D',
        appendixE: 'Appendix E',
        appendixF: 'Appendix F (2)',
        appendixJ: 'Appendix J',
        sf424a: 'SF-424A (2)',
        checks: 'Checks',
      },
    },
  ]);
  expect(after.names.some((n) => n.name === `${SHEET_MARK_NAMES.appendixF}_3`)).toBe(true);
  expect(ownSheetNames(after).sort()).toEqual([
    'Appendix D',
    'Appendix E',
    'Appendix F (2)',
    'Appendix J',
    'Checks',
    'SF-424A (2)',
  ]);

  const read = readOwnLayout(after);
  expect(read?.findings).toEqual([]);
  expect(budgetToJsonValue(read?.budget as never)).toEqual(budgetToJsonValue(budget));
  expect(read?.budget.places.get('personnel[0].administration')).toEqual({ sheet: 'Appendix F (2)', cell: 'F12' });

  const [recalculated] = recalculate([file], path.join(DIR, 'recalculated'));
  const values = await readValues(recalculated as string);
  expect(errorCells(values)).toEqual([]);
  expect(figurePairs(values, budget, result).filter(([, s, d]) => s !== d)).toEqual([]);
  // The user's own formula still computes from the user's own cell.
  expect(values.get('Appendix F')?.get('K12')).toBe(2469.12);
});

test('inserting twice gives a second set of sheets and names, each read on its own', async () => {
  const budget = budgetOf(exampleJson('nc-example'));
  const wb = XlsxWorkbook.create();
  for (let i = 0; i < 2; i++) {
    const snapshot = await wb.readSnapshot({ sheets: [] });
    await wb.apply(planInsertTemplates(snapshot, { state: 'NC', fiscalYear: 2012, budget }).plan);
  }
  const after = await wb.readSnapshot();
  expect(findOwnLayouts(after).map((s) => [s.suffix, s.sheets.appendixF])).toEqual([
    ['', 'Appendix F'],
    ['_2', 'Appendix F (2)'],
  ]);
  for (const suffix of ['', '_2']) {
    const read = readOwnLayout(after, { suffix });
    expect(read?.findings).toEqual([]);
    expect(budgetToJsonValue(read?.budget as never)).toEqual(budgetToJsonValue(budget));
  }
});
