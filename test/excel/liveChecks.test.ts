/**
 * What keeps the live checks alive in Excel as it is:
 * - change handlers belong to a worksheet (by id) and die with it: templates deleted and inserted
 *   again are new sheets that need handlers of their own;
 * - cell-edit mode: Excel.run({ delayForCellEdit: true }) where ExcelApi 1.11 is there, the bounded
 *   retry elsewhere (on InvalidOperationInCellEditMode and on InvalidOperation), and never a write twice.
 */
import { ExcelBackend } from '../../src/excel/excelBackend';
import { CellEditModeError, runExcel } from '../../src/excel/excelRun';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { FakeWorkbook, installFakeOffice, rectAddress, uninstallFakeOffice } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
});
afterEach(() => uninstallFakeOffice());

const settle = () => new Promise((r) => setTimeout(r, 20));

/** An input cell (unlocked) of a sheet, as a user would type in. */
function inputCell(sheet: string): string {
  for (const [key, c] of wb.sheet(sheet)!.cells) {
    if (c.style.locked === false) {
      const [r, col] = key.split(',').map(Number) as [number, number];
      return rectAddress({ r0: r, c0: col, r1: r, c1: col });
    }
  }
  throw new Error(`no input cell on ${sheet}`);
}

describe('the fake: handlers belong to their worksheet', () => {
  it('refuses a handler on a deleted sheet, and a new sheet of the same name has a new id and no handler', async () => {
    const old = wb.addSheet('Appendix F');
    let fired = 0;
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Appendix F').onChanged.add(async () => void fired++);
      await ctx.sync();
    });
    await expect(
      Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Appendix F');
        ws.load('name');
        await ctx.sync();
        wb.deleteSheet('Appendix F');
        ws.onChanged.add(async () => undefined);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    const again = wb.addSheet('Appendix F');
    expect(again.id).not.toBe(old.id);
    expect(wb.handlerCount('Appendix F')).toBe(0);
    wb.typeInto('Appendix F', 'A1', '1');
    await settle();
    expect(fired).toBe(0);
  });
});

describe('live checks after the templates are deleted and inserted again', () => {
  it('listens to the new sheets: an edit there updates the checks', async () => {
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    await backend.insertTemplates('KY', 2012);
    expect((await backend.check()).status).toBe('checked');
    let hints = 0;
    await backend.watch(() => void hints++);
    wb.typeInto('Appendix F', inputCell('Appendix F'), '1');
    await settle();
    expect(hints).toBe(1);

    const inserted = ['Appendix D', 'Appendix E', 'Appendix F', 'Appendix J', 'SF-424A', 'Checks'];
    await Excel.run(async (ctx) => {
      for (const s of inserted) ctx.workbook.worksheets.getItem(s).delete();
      await ctx.sync();
    });
    expect((await backend.check()).status).toBe('none');
    const second = await backend.insertTemplates('KY', 2012);
    expect(second.sheets).toContain('Appendix F');
    expect((await backend.check()).status).toBe('checked');
    expect(wb.handlerCount('Appendix F')).toBe(1);
    // Deleting the active sheet made another one active: that activation (issue 19) is a hint of its own.
    await settle();
    hints = 0;
    wb.typeInto('Appendix F', inputCell('Appendix F'), '2');
    await settle();
    expect(hints).toBe(1);
  });
});

describe('cell-edit mode', () => {
  const readA1 = async (ctx: Excel.RequestContext) => {
    const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
    await ctx.sync();
    return r.values;
  };

  it('asks Excel (ExcelApi 1.11) to hold the batch until the user leaves the cell, beyond the old retry budget', async () => {
    wb.setCells('Sheet1', 'A1', [[5]]);
    wb.cellEditMode = true;
    setTimeout(() => (wb.cellEditMode = false), 200);
    const runs = wb.runCount;
    await expect(runExcel(readA1, [10, 10])).resolves.toEqual([[5]]);
    expect(wb.runCount - runs).toBe(1);
    expect(wb.runOptions[wb.runOptions.length - 1]).toEqual({ delayForCellEdit: true });
  });

  it('on an older Excel, retries when Excel answers InvalidOperation in cell-edit mode', async () => {
    wb.excelApiMinor = 10;
    wb.cellEditErrorCode = 'InvalidOperation';
    wb.setCells('Sheet1', 'A1', [[7]]);
    wb.cellEditMode = true;
    setTimeout(() => (wb.cellEditMode = false), 30);
    await expect(runExcel(readA1, [20, 20, 20, 20, 20])).resolves.toEqual([[7]]);
    expect(wb.runOptions[wb.runOptions.length - 1]).toEqual({});
  });

  it('never runs a write twice: a batch refused after one of its syncs ran is not run again', async () => {
    wb.excelApiMinor = 10;
    wb.setCells('Sheet1', 'A1', [[0]]);
    const runs = wb.runCount;
    const bump = async (ctx: Excel.RequestContext) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await ctx.sync();
      r.values = [[Number(r.values[0]![0]) + 1]];
      await ctx.sync();
      wb.cellEditMode = true; // the user starts typing between two requests of the batch
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B1').values = [['after']];
      await ctx.sync();
    };
    await expect(runExcel(bump, [1, 1, 1])).rejects.toBeInstanceOf(CellEditModeError);
    wb.cellEditMode = false;
    expect(wb.runCount - runs).toBe(1);
    expect(wb.cellText('Sheet1', 'A1').value).toBe(1);
  });

  it('a real InvalidOperation after a sync ran goes to the caller as it is', async () => {
    wb.excelApiMinor = 10;
    wb.sheet('Sheet1')!.protected = true;
    const runs = wb.runCount;
    await expect(
      runExcel(
        async (ctx) => {
          ctx.workbook.worksheets.getItem('Sheet1').load('name');
          await ctx.sync();
          ctx.workbook.worksheets.getItem('Sheet1').protection.protect();
          await ctx.sync();
        },
        [1, 1],
      ),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(wb.runCount - runs).toBe(1);
  });
});
