/**
 * The fake enforces the templates' data validation as Excel does (issue 19, the sandbox): a typed entry
 * is checked against the cell's rule and refused with the alert's words; a pasted value is not; a write
 * through Office.js is not. The rules are those the add-in's own insert sets (src/layout).
 */
import { ExcelBackend } from '../../src/excel/excelBackend';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { FakeValidationRefusal } from '../../src/excel/fake/fakeValidation';
import type { CheckedBudget } from '../../src/addin/paneBackend';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(async () => {
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
  await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
});
afterEach(() => uninstallFakeOffice());

const refused = (sheet: string, cell: string, text: string) => {
  try {
    wb.typeInto(sheet, cell, text);
    return null;
  } catch (e) {
    if (e instanceof FakeValidationRefusal) return e;
    throw e;
  }
};

describe('a list cell (Program Type, from the Checks sheet’s list)', () => {
  it('takes an entry of the list, in any case, and keeps what was typed', () => {
    expect(refused('Appendix F', 'B12', 'Enforcement (safety)')).toBeNull();
    expect(refused('Appendix F', 'B13', '23(g) consultation (private sector, safety)')).toBeNull();
    expect(wb.cellText('Appendix F', 'B13').value).toBe('23(g) consultation (private sector, safety)');
  });

  it('refuses other text when typed, with the alert’s words, and leaves the cell as it was', () => {
    const e = refused('Appendix F', 'B12', 'Enforcement');
    expect(e?.title).toBe('Program type');
    expect(e?.alert).toMatch(/Choose one of the program types of Appendix F/);
    expect(wb.cellText('Appendix F', 'B12').value).toBeNull();
    expect(refused('Appendix F', 'B12', ' Enforcement (safety)')).not.toBeNull();
  });

  it('does not refuse it when pasted (Excel does not validate a paste)', () => {
    wb.typeInto('Appendix F', 'B12', 'Enforcement', 'pasted');
    expect(wb.cellText('Appendix F', 'B12').value).toBe('Enforcement');
  });

  it('a Y/N mark: "y" typed is taken, "yes" is refused (pasted, it stands, and the line reads it as Y)', () => {
    expect(refused('Appendix F', 'L12', 'y')).toBeNull();
    expect(refused('Appendix F', 'L13', 'yes')?.title).toBe('Y or N');
  });
});

describe('number cells', () => {
  it('a whole-number cell refuses 2.5, text and a negative; takes 3 and a blank', () => {
    const staffing = wb.sheet('Appendix D');
    const rule = staffing?.validations.find((v) => JSON.stringify(v.rule).includes('wholeNumber'));
    if (!rule) throw new Error('Appendix D has no whole-number rule');
    const cell = rule.range.split(':')[0] as string;
    expect(refused('Appendix D', cell, '2.5')?.alert).toMatch(/Whole numbers only/);
    expect(refused('Appendix D', cell, 'ten')).not.toBeNull();
    expect(refused('Appendix D', cell, '-1')).not.toBeNull();
    expect(refused('Appendix D', cell, '3')).toBeNull();
    expect(refused('Appendix D', cell, '')).toBeNull();
  });

  it('a money cell refuses text typed, takes 1,250.50 and $900; pasted text stands and the check says so', async () => {
    expect(refused('Appendix F', 'F12', 'twelve')?.title).toBe('Numbers only');
    expect(refused('Appendix F', 'F12', '1,250.50')).toBeNull();
    expect(refused('Appendix F', 'G12', '$900')).toBeNull();
    wb.typeInto('Appendix F', 'H12', 'twelve', 'pasted');
    const checked = (await new ExcelBackend(DEFAULT_SERVICES).check()) as CheckedBudget;
    expect(checked.evaluation.findings.some((f) => f.code === 'NOT_A_NUMBER' && f.cell === 'H12')).toBe(true);
  });
});

it('a write through Office.js is not validated (the add-in writes past it, as Excel lets it)', async () => {
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Appendix F');
    ws.protection.unprotect();
    ws.getRange('B12').values = [['Not a program type']];
    await ctx.sync();
  });
  expect(wb.cellText('Appendix F', 'B12').value).toBe('Not a program type');
});
