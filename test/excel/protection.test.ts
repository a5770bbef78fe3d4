/**
 * Issue 8, point 2: the templates are protected so that rows can still be inserted (allowInsertRows and
 * friends, ExcelApi 1.2), and the fake refuses, as Excel does, row inserts on a sheet protected without
 * them and a second protect(). Where allowed, the fake inserts rows as Excel does: cells move down and
 * references that span the insertion point grow.
 */
import { ExcelBackend } from '../../src/excel/excelBackend';
import { shiftRowsInFormula } from '../../src/excel/fake/fakeRowInsert';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { planNewWorkbook } from '../../src/layout/planner';
import type { CheckedBudget } from '../../src/addin/paneBackend';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
});
afterEach(() => uninstallFakeOffice());

const insertRowAt = (sheet: string, row: number) =>
  Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(`${row}:${row}`).insert('Down');
    await ctx.sync();
  });

describe('the fake, as strict as Excel about protection', () => {
  beforeEach(() => {
    wb.setCells('Budget', 'F10', [[1], [2], [3], ['=SUM(F10:F12)']]);
  });

  it('refuses to insert rows on a sheet protected without allowInsertRows, and a second protect()', async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Budget').protection.protect();
      await ctx.sync();
    });
    await expect(insertRowAt('Budget', 11)).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Budget').protection.protect({ allowInsertRows: true });
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(wb.cellText('Budget', 'F13').formula).toBe('=SUM(F10:F12)');
  });

  it('inserts whole rows on a sheet protected with allowInsertRows, never part of a row', async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Budget').protection.protect({ allowInsertRows: true });
      await ctx.sync();
    });
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Budget').getRange('F11:G11').insert('Down');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    await insertRowAt('Budget', 11);
    expect(wb.sheet('Budget')!.protected).toBe(true);
    expect(wb.cellText('Budget', 'F14')).toEqual({ value: 6, formula: '=SUM(F10:F13)' });
  });

  it('needs the password to unprotect a sheet protected with one, and tells whether there is one', async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Budget').protection.protect({ allowInsertRows: true }, 'secret');
      await ctx.sync();
    });
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Budget').protection.unprotect();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    const state = await Excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem('Budget').protection;
      p.load('protected,options,isPasswordProtected');
      await ctx.sync();
      return {
        on: p.protected,
        insert: p.options.allowInsertRows,
        format: p.options.allowFormatCells,
        password: p.isPasswordProtected,
      };
    });
    expect(state).toEqual({ on: true, insert: true, format: false, password: true });
  });
});

describe('row insertion in the fake follows references as Excel does', () => {
  it('grows ranges that span the row, moves references below it, leaves text and other sheets alone', () => {
    const f = (text: string, sheet = 'Budget') => shiftRowsInFormula(text, sheet, 'Budget', 10, 1); // insert above row 11
    expect(f('=SUM(F10:F20)')).toBe('=SUM(F10:F21)');
    expect(f('=SUM($F$11:$F$20)+F9')).toBe('=SUM($F$12:$F$21)+F9');
    expect(f('=F10+F11')).toBe('=F10+F12');
    expect(f("=SUM(Budget!F5:F30)+'Other one'!F30", 'Sheet1')).toBe("=SUM(Budget!F5:F31)+'Other one'!F30");
    expect(f("=SUM('Budget'!F5:F30)", 'Sheet1')).toBe("=SUM('Budget'!F5:F31)");
    expect(f('=F30', 'Sheet1')).toBe('=F30');
    expect(f('=HYPERLINK("#Budget!F30","F30")&LOG10(F30)')).toBe('=HYPERLINK("#Budget!F30","F30")&LOG10(F31)');
    expect(shiftRowsInFormula("='Budget'!$F$5:$F$30", '', 'Budget', 10, 3)).toBe("='Budget'!$F$5:$F$33");
  });

  it('moves cells, grows defined names and validation, and gives new rows the format of the row above', async () => {
    wb.setCells('Budget', 'A1', [
      ['Item', 'Amount'],
      ['Rent', 100],
      ['Phone', 50],
      [null, null],
      ['Total', '=SUM(B2:B4)'],
    ]);
    wb.addName('GB_Lines', "='Budget'!$A$2:$B$4");
    const s = wb.sheet('Budget')!;
    s.cells.get('1,1')!.style = { locked: false, fill: '#FFF2CC' }; // B2, the row above the insert
    s.validations.push({ range: 'B2:B4', rule: {} });
    await insertRowAt('Budget', 3);
    expect(wb.cellText('Budget', 'A4').value).toBe('Phone');
    expect(wb.cellText('Budget', 'B6')).toEqual({ value: 150, formula: '=SUM(B2:B5)' });
    expect(wb.names[0]!.formula).toBe("='Budget'!$A$2:$B$5");
    expect(s.validations[0]!.range).toBe('B2:B5');
    expect(s.cells.get('2,1')!.style).toEqual({ locked: false, fill: '#FFF2CC' });
    wb.typeInto('Budget', 'B3', '25');
    expect(wb.cellText('Budget', 'B6').value).toBe(175);
  });
});

describe('the templates', () => {
  it('are protected with allowInsertRows, allowDeleteRows, allowFormatRows and allowFormatColumns', () => {
    const { plan } = planNewWorkbook({ state: 'KY', fiscalYear: 2012 });
    const protects = plan.ops.filter((o) => o.op === 'protect');
    expect(protects).toHaveLength(6);
    for (const p of protects)
      expect(p).toMatchObject({
        options: { allowInsertRows: true, allowDeleteRows: true, allowFormatRows: true, allowFormatColumns: true },
      });
  });

  it('take a row inserted inside the personnel block: the sheet stays protected and the line counts', async () => {
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    await backend.insertTemplates('KY', 2012);
    const before = (await backend.check()) as CheckedBudget;
    const nameOf = (n: string) => wb.names.find((x) => x.name === n)!.formula;
    // GB_F_Personnel: the column-head row, the input rows and the spare row; insert above its 3rd line.
    const [, headRow] = /\$A\$(\d+):/.exec(nameOf('GB_F_Personnel')) ?? [];
    const row = Number(headRow) + 3;
    await insertRowAt('Appendix F', row);
    expect(wb.sheet('Appendix F')!.protected).toBe(true);
    wb.typeInto('Appendix F', `A${row}`, 'Inserted inspector');
    wb.typeInto('Appendix F', `G${row}`, '1000');
    wb.typeInto('Appendix F', `H${row}`, '500');
    wb.typeInto('Appendix F', `I${row}`, '500');
    const after = (await backend.check()) as CheckedBudget;
    expect(after.evaluation.totals.program - before.evaluation.totals.program).toBe(100_000);
    expect(after.evaluation.totals.federal - before.evaluation.totals.federal).toBe(50_000);
  });
});
