/**
 * Issue 8, point 1: an insert adds every sheet before writing references to them, and a failed insert
 * takes out what it added. The fake refuses what Excel refuses (a formula or a list source naming a
 * sheet that does not exist) and, like Excel, keeps what a failed batch had done.
 */
import { ExcelBackend } from '../../src/excel/excelBackend';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { applyIn } from '../../src/excel/officeWrite';
import { planNewWorkbook } from '../../src/layout/planner';
import { sheetRef, type WriteOp } from '../../src/port/workbookPort';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
});
afterEach(() => uninstallFakeOffice());

describe('the fake refuses references to sheets that do not exist, as Excel does', () => {
  it('fails the batch on a formula naming a missing sheet, and keeps what ran before (no rollback)', async () => {
    await expect(
      Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.add('First');
        ws.getRange('A1').values = [[42]];
        ws.getRange('A2').formulas = [['=IFERROR(INDEX(\'Not Yet\'!$M$5:$M$20,1),"")']];
        ctx.workbook.worksheets.add('Second');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(wb.cellText('First', 'A1').value).toBe(42);
    expect(wb.cellText('First', 'A2')).toEqual({ value: null, formula: null });
    expect(wb.sheet('Second')).toBeUndefined();
  });

  it('refuses a list validation source on a missing sheet, and a name pointing into one', async () => {
    wb.setCells('Here', 'A1', [[1]]);
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Here').getRange('B1').dataValidation.rule = {
          list: { inCellDropDown: true, source: '=Checks!$M$5:$M$20' },
        };
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.names.add('GB_X', '=Checks!$A$1');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    // Text that merely looks like a reference is not one; an existing sheet is fine.
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Here').getRange('C1:D1');
      r.formulas = [['=HYPERLINK("#Nowhere!A1","go")', '=Here!A1*2']];
      await ctx.sync();
    });
    expect(wb.cellText('Here', 'D1').value).toBe(2);
  });
});

/** The plan in the order it had before the fix: each sheet followed by its own writes and names. */
function perSheetOrder(ops: readonly WriteOp[]): WriteOp[] {
  const sheets = ops.filter((o): o is Extract<WriteOp, { op: 'addSheet' }> => o.op === 'addSheet').map((o) => o.sheet);
  const owner = (o: WriteOp) =>
    'sheet' in o ? o.sheet : o.op === 'name' ? sheets.find((s) => o.ref.startsWith(`${sheetRef(s)}!`)) : undefined;
  return sheets.flatMap((s) => ops.filter((o) => owner(o) === s && o.op !== 'activate'));
}

describe('inserting the templates', () => {
  it('adds every sheet before any cell, validation or name (the sheet-by-sheet order fails in Excel)', async () => {
    const { plan } = planNewWorkbook({ state: 'KY', fiscalYear: 2012 });
    const firstOther = plan.ops.findIndex((o) => o.op !== 'addSheet');
    expect(plan.ops.slice(0, firstOther).map((o) => (o.op === 'addSheet' ? o.sheet : ''))).toEqual([
      'Appendix D',
      'Appendix E',
      'Appendix F',
      'Appendix J',
      'SF-424A',
      'Checks',
    ]);
    expect(plan.ops.slice(firstOther).some((o) => o.op === 'addSheet')).toBe(false);

    // The order of the plan before this change: Appendix F's E3 names Checks before Checks exists.
    const old = perSheetOrder(plan.ops);
    expect(old).toHaveLength(plan.ops.length - 1);
    await expect(Excel.run((ctx) => applyIn(ctx, { ops: old }))).rejects.toMatchObject({ code: 'InvalidArgument' });
    // ...and Excel keeps the half: three protected sheets that the next insert would dodge with " (2)".
    expect(wb.sheets.map((s) => s.name)).toEqual(['Appendix D', 'Appendix E', 'Appendix F']);
    expect(wb.sheet('Appendix D')!.protected).toBe(true);

    const fresh = installFakeOffice(new FakeWorkbook());
    await Excel.run((ctx) => applyIn(ctx, plan));
    expect(fresh.sheets.map((s) => s.name)).toEqual([
      'Appendix D',
      'Appendix E',
      'Appendix F',
      'Appendix J',
      'SF-424A',
      'Checks',
    ]);
  });

  it('takes out the sheets and names it added when Excel refuses a command half-way, and says so', async () => {
    wb.setCells('My data', 'A1', [['keep me', 12]]);
    wb.addName('MyName', "='My data'!$B$1");
    const before = wb.dump();
    // Excel refuses one command late in the batch (here: a name); everything before it is done.
    const addName = wb.addName.bind(wb);
    wb.addName = (name, formula, comment) => {
      if (name.startsWith('GB_Sheet_Checks'))
        throw Object.assign(new Error('The request failed. Please try again.'), { code: 'GeneralException' });
      addName(name, formula, comment);
    };
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const failure = backend.insertTemplates('KY', 2012);
    await expect(failure).rejects.toThrow(
      /Inserting the templates failed: Excel said "The request failed\. Please try again\."/,
    );
    await expect(failure).rejects.toThrow(
      /The 6 sheet\(s\) it had added \(Appendix D, .*Checks\) and its names were removed, so the workbook is as it was before/,
    );
    wb.addName = addName;
    expect(wb.dump()).toBe(before);
    // The next insert gets the plain names, not "Appendix D (2)".
    const again = await backend.insertTemplates('KY', 2012);
    expect(again.sheets).toEqual(['Appendix D', 'Appendix E', 'Appendix F', 'Appendix J', 'SF-424A', 'Checks']);
  });
});
