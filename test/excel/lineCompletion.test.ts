/**
 * Issue 17, item 2: where the add-in is loaded, it completes the lines a person inserts with Excel's own
 * command (the change event says RowInserted): the line's Total Cost formula where blank, and for a row
 * inserted right under a block's heads (which took the heads' look) the line's look, each sheet
 * protected again as it was; one line says so. Over the strict fake: the sheet stays protected, a typed
 * value is never written over, a sheet protected with a password keeps its look, and nothing is said
 * of a blank Total Cost before or after.
 */
import { english } from '../support/words';
import type { CheckedBudget } from '../../src/addin/paneBackend';
import { completedLinesText } from '../../src/addin/paneWords';
import { ExcelBackend } from '../../src/excel/excelBackend';
import { userInsertRows } from '../../src/excel/fake/fakeUserRows';
import { protectionOf } from '../../src/excel/fake/fakeProtection';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { planNewWorkbook } from '../../src/layout/planner';
import { INPUT_FILL } from '../../src/layout/styles';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
});
afterEach(() => uninstallFakeOffice());

const settle = () => new Promise((r) => setTimeout(r, 20));
const F = 'Appendix F';
const { layout } = planNewWorkbook({ state: 'KY', fiscalYear: 2012 });
const personnel = layout.appendixF.sections.personnel;
const other = layout.appendixF.sections.other;

async function watched(): Promise<{ backend: ExcelBackend; hints: () => number }> {
  const backend = new ExcelBackend(DEFAULT_SERVICES);
  await backend.insertTemplates('KY', 2012);
  expect((await backend.check()).status).toBe('checked');
  let hints = 0;
  await backend.watch(() => void hints++);
  return { backend, hints: () => hints };
}

function typeLine(row: number, admin: string): void {
  wb.typeInto(F, `A${row}`, 'Inserted line');
  wb.typeInto(F, `F${row}`, admin);
  wb.typeInto(F, `H${row}`, '50');
  wb.typeInto(F, `I${row}`, '50');
}

describe('a line inserted with Excel’s command, the add-in loaded', () => {
  it('gets its Total Cost inside a block, and under the heads its look too; the sheet stays protected as it was', async () => {
    const { backend } = await watched();
    const options = { ...protectionOf(wb.sheet(F)!).options };
    // Lower first, so the upper row numbers stay those of the layout.
    userInsertRows(wb, F, other.first + 1);
    userInsertRows(wb, F, personnel.first);
    await settle();
    const under = personnel.first;
    const inside = other.first + 1 + 1; // the row above moved down by the insert under the heads
    const before = wb.syncCount;
    const outcome = (await backend.check()) as CheckedBudget;
    expect(outcome.completedLines).toEqual([
      { sheet: F, row: inside },
      { sheet: F, row: under },
    ]);
    expect(english(completedLinesText(outcome.completedLines ?? []))).toMatch(
      /^Completed the lines you inserted \(Appendix F rows/,
    );
    // One read, one batch of writes.
    expect(wb.syncCount - before).toBe(2);
    for (const row of [under, inside])
      expect(wb.cellText(F, `K${row}`).formula).toBe(`=N(H${row})+N(I${row})+N(J${row})`);
    const s = wb.sheet(F)!;
    expect(s.protected).toBe(true);
    expect(protectionOf(s).options).toEqual(options);
    // Under the heads: the input look, unlocked to the end of the row (so it can be deleted again).
    expect(wb.isLocked(s, `F${under}`)).toBe(false);
    expect(wb.cellFor(s, under - 1, 5).style.fill).toBe(INPUT_FILL);
    expect(wb.isLocked(s, `Z${under}`)).toBe(false);
    // Typed afterwards, the lines count and raise nothing about their formulas.
    typeLine(under, '100');
    typeLine(inside, '100');
    const after = (await backend.check()) as CheckedBudget;
    expect(after.completedLines).toBeUndefined();
    expect(after.evaluation.findings.filter((f) => f.code === 'FORMULA_OVERWRITTEN')).toEqual([]);
    expect(after.evaluation.totals.administration).toBe(200_00);
  });

  it('never writes over a figure typed into the Total Cost before the check ran', async () => {
    const { backend } = await watched();
    userInsertRows(wb, F, other.first + 1);
    const row = other.first + 1;
    wb.typeInto(F, `K${row}`, '999');
    await settle();
    const outcome = (await backend.check()) as CheckedBudget;
    expect(outcome.completedLines).toBeUndefined();
    expect(wb.cellText(F, `K${row}`)).toEqual({ value: 999, formula: null });
    // The typed total is said, at its cell, and Repair totals puts the formula back.
    expect(
      outcome.evaluation.findings.filter((f) => f.code === 'FORMULA_OVERWRITTEN').map((f) => `${f.cell} ${f.remedy}`),
    ).toEqual([`K${row} repair`]);
  });

  it('a row inserted with the pane closed keeps a blank Total Cost, which raises nothing', async () => {
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    await backend.insertTemplates('KY', 2012);
    userInsertRows(wb, F, other.first + 1);
    const outcome = (await backend.check()) as CheckedBudget;
    expect(outcome.completedLines).toBeUndefined();
    expect(wb.cellText(F, `K${other.first + 1}`).formula).toBeNull();
    expect(outcome.evaluation.findings.filter((f) => f.code === 'FORMULA_OVERWRITTEN')).toEqual([]);
  });

  it('leaves a sheet protected with a password as it is, and the check stands', async () => {
    const { backend } = await watched();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(F);
      ws.protection.unprotect();
      ws.protection.protect({ allowInsertRows: true, allowDeleteRows: true }, 'secret');
      await ctx.sync();
    });
    userInsertRows(wb, F, other.first + 1);
    await settle();
    const outcome = (await backend.check()) as CheckedBudget;
    expect(outcome.status).toBe('checked');
    expect(outcome.completedLines).toBeUndefined();
    expect(wb.cellText(F, `K${other.first + 1}`).formula).toBeNull();
    expect(protectionOf(wb.sheet(F)!).password).toBe('secret');
  });
});
