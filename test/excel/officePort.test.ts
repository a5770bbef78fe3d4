/**
 * The Office.js adapter of the workbook port, over the fake Excel: what it reads and writes, and in how
 * many round trips.
 */
import { readSnapshotIn, splitHeaderFooter } from '../../src/excel/officePort';
import { applyOfficePlan, readOfficeSnapshot } from '../support/officePort';
import { runExcel, CellEditModeError } from '../../src/excel/excelRun';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
});
afterEach(() => uninstallFakeOffice());

describe('the fake behaves like Office.js where the adapter relies on it', () => {
  it('throws when a property is read before load and sync', async () => {
    wb.setCells('Sheet1', 'A1', [[1]]);
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => r.values).toThrow(/not available/);
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([[1]]);
    });
  });

  it('fails the batch on getItem of a missing sheet, and gives a null object with getItemOrNullObject', async () => {
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Nope').getRange('A1').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });
});

describe('readSnapshot', () => {
  beforeEach(() => {
    wb.setCells('Appendix F', 'B3', [
      ['Item', 'Amount'],
      ['Rent', 1200.5],
      ['Total', '=SUM(C4:C4)'],
      ['Broken', '=C4+#REF!'],
      ["'=not a formula", true],
    ]);
    wb.setCells('Notes', 'A1', [['hello']]);
    wb.addName('GB_Total', "='Appendix F'!$C$5");
  });

  it('reads the named sheets, the sheet list and the names in ONE sync', async () => {
    const before = wb.syncCount;
    const snap = await readOfficeSnapshot({ sheets: ['Appendix F'] });
    expect(wb.syncCount - before).toBe(1);
    expect(snap.sheetNames.map((s) => s.name)).toEqual(['Appendix F', 'Notes']);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Appendix F']);
    expect(snap.names).toEqual([{ name: 'GB_Total', ref: "'Appendix F'!$C$5" }]);
    const f = snap.sheets[0]!;
    expect(f.origin).toEqual({ row: 2, col: 1 });
    expect(f.cells[1]).toEqual([
      { value: 'Rent', formula: null },
      { value: 1200.5, formula: null },
    ]);
    expect(f.cells[2]![1]).toEqual({ value: 1200.5, formula: '=SUM(C4:C4)' });
    expect(f.cells[3]![1]).toEqual({ value: { error: '#REF!' }, formula: '=C4+#REF!' });
    expect(f.cells[4]).toEqual([
      { value: '=not a formula', formula: null },
      { value: true, formula: null },
    ]);
  });

  it('skips a requested sheet that does not exist, still in one sync', async () => {
    const before = wb.syncCount;
    const snap = await readOfficeSnapshot({ sheets: ['Gone', 'Notes'] });
    expect(wb.syncCount - before).toBe(1);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Notes']);
  });

  it('reads every sheet in two syncs when none is named (it must learn the list first)', async () => {
    const before = wb.syncCount;
    const snap = await readOfficeSnapshot();
    expect(wb.syncCount - before).toBe(2);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Appendix F', 'Notes']);
  });

  it('gives an empty sheet as no cells', async () => {
    wb.addSheet('Blank');
    const snap = await Excel.run((ctx) => readSnapshotIn(ctx, { sheets: ['Blank'] }));
    expect(snap.sheets[0]).toMatchObject({ name: 'Blank', cells: [], origin: { row: 0, col: 0 } });
  });
});

describe('apply', () => {
  it('queues a whole plan and syncs once', async () => {
    // The list source below is on a sheet of its own, which must exist (Excel refuses a missing one).
    wb.setCells('Other Sheet', 'A1', [['a'], ['b'], ['c'], ['d']]);
    const before = wb.syncCount;
    await applyOfficePlan({
      ops: [
        { op: 'addSheet', sheet: 'New', tabColor: '#217346' },
        {
          op: 'cells',
          sheet: 'New',
          address: 'B2',
          rows: [
            [
              { kind: 'value', value: '=2+2 is text' },
              { kind: 'value', value: 12.25, style: { numberFormat: '#,##0.00', bold: true } },
            ],
            [{ kind: 'formula', formula: '=SUM(C2:C2)' }, { kind: 'skip' }],
            [{ kind: 'value', value: '007' }],
          ],
        },
        { op: 'name', name: 'GB_X', ref: 'New!$C$2' },
        { op: 'columnWidths', sheet: 'New', widths: [{ column: 'B', width: 20 }] },
        { op: 'rowHeights', sheet: 'New', heights: [{ row: 2, height: 30 }] },
        {
          op: 'validation',
          sheet: 'New',
          range: 'C2:C3',
          rule: { type: 'list', source: "'Other Sheet'!$A$1:$A$4", errorTitle: 'Pick', errorMessage: 'Pick one' },
        },
        { op: 'freeze', sheet: 'New', rows: 2, columns: 1 },
        {
          op: 'print',
          sheet: 'New',
          setup: {
            landscape: true,
            fitToWidth: 1,
            fitToHeight: 0,
            titleRows: '1:4',
            footer: '&LKentucky&CPage &P of &N&RNew',
          },
        },
        { op: 'protect', sheet: 'New' },
        { op: 'activate', sheet: 'New' },
      ],
    });
    // The writes in one request, the activation in one of its own after them (office-js #930).
    expect(wb.syncCount - before).toBe(2);
    expect(wb.cellText('New', 'B2')).toEqual({ value: '=2+2 is text', formula: null });
    expect(wb.cellText('New', 'C2').value).toBe(12.25);
    expect(wb.cellText('New', 'B3')).toEqual({ value: 12.25, formula: '=SUM(C2:C2)' });
    expect(wb.cellText('New', 'B4').value).toBe('007');
    const s = wb.sheet('New')!;
    expect(s.cells.get('1,2')!.style).toMatchObject({ numberFormat: '#,##0.00', bold: true });
    expect(s.freeze).toEqual({ rows: 2, columns: 1 });
    expect(s.rowHeights).toEqual({ 2: 30 });
    expect(s.columnWidths.B).toBeCloseTo((20 * 7 + 5) * 0.75);
    expect(s.validations).toEqual([
      {
        range: 'C2:C3',
        rule: {
          rule: { list: { inCellDropDown: true, source: "='Other Sheet'!$A$1:$A$4" } },
          errorAlert: { showAlert: true, style: 'Stop', title: 'Pick', message: 'Pick one' },
        },
      },
    ]);
    expect(s.pageLayout).toMatchObject({
      zoom: { horizontalFitToPages: 1 },
      orientation: 'Landscape',
      printTitleRows: '$1:$4',
      leftFooter: 'Kentucky',
      centerFooter: 'Page &P of &N',
      rightFooter: 'New',
    });
    expect(s.protected).toBe(true);
    expect(s.tabColor).toBe('#217346');
    expect(wb.names).toEqual([{ name: 'GB_X', formula: '=New!$C$2', comment: '' }]);
  });

  it('leaves print setup out on an Excel older than ExcelApi 1.9, and says so', async () => {
    wb.excelApiMinor = 8;
    wb.addSheet('Old');
    const skipped = await applyOfficePlan({
      ops: [{ op: 'print', sheet: 'Old', setup: { landscape: true, fitToWidth: 1, fitToHeight: 0 } }],
    });
    expect(wb.sheet('Old')!.pageLayout).toEqual({});
    expect(skipped).toEqual(['printSetup']);
  });

  it('splits Excel header codes into the parts Office.js sets', () => {
    expect(splitHeaderFooter('&LA&CB&RC')).toEqual({ left: 'A', center: 'B', right: 'C' });
    expect(splitHeaderFooter('Page &P')).toEqual({ left: '', center: 'Page &P', right: '' });
  });
});

describe('cell-edit mode, on an Excel without delayForCellEdit (ExcelApi 1.11)', () => {
  beforeEach(() => {
    wb.excelApiMinor = 10;
  });

  it('retries while the user is typing in a cell, then succeeds', async () => {
    wb.setCells('S', 'A1', [[5]]);
    wb.cellEditMode = true;
    setTimeout(() => (wb.cellEditMode = false), 30);
    const values = await runExcel(
      async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
        await ctx.sync();
        return r.values;
      },
      [20, 20, 20, 20, 20],
    );
    expect(values).toEqual([[5]]);
  });

  it('gives up after the bounded retries with a message that says what to do', async () => {
    wb.cellEditMode = true;
    const before = wb.syncCount;
    await expect(runExcel(async (ctx) => ctx.sync(), [1, 1, 1])).rejects.toBeInstanceOf(CellEditModeError);
    expect(wb.syncCount - before).toBe(4);
    await expect(runExcel(async (ctx) => ctx.sync(), [1])).rejects.toThrow(/Press Enter/);
  });
});

describe('a requested sheet that is gone, where Excel refuses the chained used range', () => {
  it('learns the sheet list and reads the ones that exist (3 syncs, only in that case)', async () => {
    wb.nullChainsThrow = true;
    wb.setCells('Notes', 'A1', [['hello']]);
    const before = wb.syncCount;
    const snap = await readOfficeSnapshot({ sheets: ['Gone', 'Notes'] });
    expect(wb.syncCount - before).toBe(3);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Notes']);
    expect(snap.sheets[0]!.cells).toEqual([[{ value: 'hello', formula: null }]]);
  });
});
