/**
 * Issue 17, item 4: the fake models Excel's rules for rows a person inserts and deletes, each shown:
 * - an inserted row takes the format of the row above, Locked included, and no formula;
 * - deleting rows of a protected sheet is refused (AccessDenied) when a row holds a locked cell, every
 *   column counted (an untouched cell is locked unless its row is formatted unlocked), and allowed with
 *   allowDeleteRows when none does; never without allowDeleteRows;
 * - references that span a deleted row shrink; references to a deleted cell become #REF!, in formulas
 *   of every sheet and in defined names;
 * - a person's Insert and Delete fire onChanged with RowInserted and RowDeleted.
 * Then the templates as the add-in inserts them: a line of Appendix F deletes, a subtotal row does not.
 */
import { rowsHoldLockedCell } from '../../src/excel/fake/fakeRowDelete';
import { userDeleteRows, userInsertRows } from '../../src/excel/fake/fakeUserRows';
import type { FakeChangeEvent } from '../../src/excel/fake/fakeWorkbook';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';
import { ExcelBackend } from '../../src/excel/excelBackend';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { planNewWorkbook } from '../../src/layout/planner';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
});
afterEach(() => uninstallFakeOffice());

const run = (f: (ctx: Excel.RequestContext) => void) =>
  Excel.run(async (ctx) => {
    f(ctx);
    await ctx.sync();
  });
const sheet = (ctx: Excel.RequestContext, name = 'Budget') => ctx.workbook.worksheets.getItem(name);

/** Rows 10 to 13: three lines (F unlocked, G a locked formula), then their total. */
function lines(options: { lockedFormula: boolean; rowsUnlocked: boolean }) {
  wb.setCells('Budget', 'F10', [
    [1, '=F10*2'],
    [2, '=F11*2'],
    [3, '=F12*2'],
    ['=SUM(F10:F12)', '=SUM(G10:G12)'],
  ]);
  return run((ctx) => {
    if (options.rowsUnlocked) sheet(ctx).getRange('10:12').format.protection.locked = false;
    sheet(ctx).getRange('F10:F12').format.protection.locked = false;
    sheet(ctx).getRange('F10:F12').format.fill.color = '#FFF2CC';
    // Formatting whole rows formats every cell of them, as in Excel: a formula stays locked only if set so after.
    sheet(ctx).getRange('G10:G12').format.protection.locked = options.lockedFormula;
  });
}

describe('an inserted row', () => {
  it('takes the format of the row above, Locked included, and no formula', async () => {
    await lines({ lockedFormula: true, rowsUnlocked: true });
    await run((ctx) => sheet(ctx).protection.protect({ allowInsertRows: true }));
    userInsertRows(wb, 'Budget', 12);
    const s = wb.sheet('Budget')!;
    expect(wb.cellText('Budget', 'F12')).toEqual({ value: null, formula: null });
    expect(wb.cellText('Budget', 'G12')).toEqual({ value: null, formula: null });
    expect(wb.isLocked(s, 'F12')).toBe(false);
    expect(wb.isLocked(s, 'G12')).toBe(true); // a locked formula cell above: a locked empty cell here
    expect(wb.isLocked(s, 'Z12')).toBe(false); // the row's own format, beyond the table
    expect(wb.cellFor(s, 11, 5).style.fill).toBe('#FFF2CC');
    // The totals grew over the new row; the formulas below moved with their rows.
    expect(wb.cellText('Budget', 'F14').formula).toBe('=SUM(F10:F13)');
    expect(wb.cellText('Budget', 'G13').formula).toBe('=F13*2');
  });
});

describe('deleting rows of a protected sheet', () => {
  it('is refused when a row holds a locked cell (a formula, or any cell of a row not formatted unlocked)', async () => {
    await lines({ lockedFormula: true, rowsUnlocked: true });
    await run((ctx) => sheet(ctx).protection.protect({ allowInsertRows: true, allowDeleteRows: true }));
    const before = wb.dump();
    await expect(run((ctx) => sheet(ctx).getRange('11:11').delete('Up'))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    expect(() => userDeleteRows(wb, 'Budget', 11)).toThrow(/protected sheet/);
    expect(wb.dump()).toBe(before);
  });

  it('is refused for a row whose table cells are all unlocked but whose other cells are not', async () => {
    await lines({ lockedFormula: false, rowsUnlocked: false });
    await run((ctx) => sheet(ctx).protection.protect({ allowDeleteRows: true }));
    expect(rowsHoldLockedCell(wb.sheet('Budget')!, 10, 10)).toBe(true);
    await expect(run((ctx) => sheet(ctx).getRange('11:11').delete('Up'))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
  });

  it('is allowed with allowDeleteRows when no cell of the row is locked, never without it', async () => {
    await lines({ lockedFormula: false, rowsUnlocked: true });
    await run((ctx) => sheet(ctx).protection.protect({ allowInsertRows: true }));
    await expect(run((ctx) => sheet(ctx).getRange('11:11').delete('Up'))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    await run((ctx) => sheet(ctx).protection.unprotect());
    await run((ctx) => sheet(ctx).protection.protect({ allowDeleteRows: true }));
    await run((ctx) => sheet(ctx).getRange('11:11').delete('Up'));
    expect(wb.cellText('Budget', 'F11')).toEqual({ value: 3, formula: null });
    expect(wb.cellText('Budget', 'F12')).toEqual({ value: 4, formula: '=SUM(F10:F11)' });
  });
});

describe('references after a deletion', () => {
  beforeEach(() => {
    wb.setCells('Budget', 'F10', [[1], [2], [3], ['=SUM(F10:F12)'], ['=F11+F12'], ['=SUM(F11:F11)']]);
    wb.setCells('Other', 'A1', [['=SUM(Budget!F10:F12)+Budget!F11']]);
    wb.addName('GB_Lines', '=Budget!$F$10:$F$12');
    wb.addName('GB_Second', '=Budget!$F$11');
  });

  it('a range that spans a deleted row shrinks; a deleted cell becomes #REF!, on every sheet and in names', async () => {
    await run((ctx) => sheet(ctx).getRange('11:11').delete('Up'));
    expect(wb.cellText('Budget', 'F12').formula).toBe('=SUM(F10:F11)');
    expect(wb.cellText('Budget', 'F13').formula).toBe('=#REF!+F11');
    expect(wb.cellText('Budget', 'F14').formula).toBe('=SUM(#REF!)');
    expect(wb.cellText('Other', 'A1').formula).toBe('=SUM(Budget!F10:F11)+Budget!#REF!');
    expect(wb.names.find((n) => n.name === 'GB_Lines')?.formula).toBe('=Budget!$F$10:$F$11');
    expect(wb.names.find((n) => n.name === 'GB_Second')?.formula).toBe('=Budget!#REF!');
  });

  it('a range whose first or last row is deleted keeps the rows it has left', async () => {
    await run((ctx) => sheet(ctx).getRange('10:10').delete('Up'));
    expect(wb.cellText('Budget', 'F12').formula).toBe('=SUM(F10:F11)');
    await run((ctx) => sheet(ctx).getRange('11:11').delete('Up'));
    expect(wb.cellText('Budget', 'F11').formula).toBe('=SUM(F10:F10)');
  });
});

describe("a person's row commands", () => {
  it('fire onChanged with RowInserted and RowDeleted and the rows', async () => {
    wb.addSheet('Budget');
    const seen: FakeChangeEvent[] = [];
    const id = wb.sheet('Budget')!.id;
    wb.addChangeHandler(id, (e) => void seen.push(e));
    userInsertRows(wb, 'Budget', 5, 2);
    userDeleteRows(wb, 'Budget', 5);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen.map((e) => [e.changeType, e.address])).toEqual([
      ['RowInserted', '5:6'],
      ['RowDeleted', '5:5'],
    ]);
  });
});

describe('the templates as the add-in inserts them', () => {
  it("delete a line of Appendix F with Excel's command, never a subtotal, a spare or a head row", async () => {
    wb.addSheet('Sheet1');
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    await backend.insertTemplates('KY', 2012);
    const { layout } = planNewWorkbook({ state: 'KY', fiscalYear: 2012 });
    const p = layout.appendixF.sections.personnel;
    for (const row of [p.subtotal, p.spare, p.head])
      expect(() => userDeleteRows(wb, 'Appendix F', row)).toThrow(/protected/);
    const total = wb.cellText('Appendix F', `F${p.subtotal}`).formula;
    userDeleteRows(wb, 'Appendix F', p.first + 1);
    expect(wb.cellText('Appendix F', `F${p.subtotal - 1}`).formula).toBe(
      total?.replace(`F${p.spare}`, `F${p.spare - 1}`),
    );
    // A row inserted under the heads can be typed in; inserted inside a block, it can be deleted again.
    userInsertRows(wb, 'Appendix F', p.first);
    expect(() => wb.typeInto('Appendix F', `F${p.first}`, '100')).not.toThrow();
    userInsertRows(wb, 'Appendix F', p.first + 2);
    expect(() => userDeleteRows(wb, 'Appendix F', p.first + 2)).not.toThrow();
  });
});
