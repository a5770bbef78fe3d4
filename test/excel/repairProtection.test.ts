/**
 * Issue 8, point 2 (repair): the pane's repair loads each sheet's protection in the read it already
 * makes, unprotects and protects again (with the same options) only the sheets that were protected, and
 * says clearly when a sheet is protected with a password, repairing the others all the same.
 */
import { english } from '../support/words';
import { ExcelBackend } from '../../src/excel/excelBackend';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice, type FakeRequestContext } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
});
afterEach(() => uninstallFakeOffice());

/** The address of the first cell of a sheet whose formula matches. */
function formulaCell(sheet: string, pattern: RegExp): { address: string; formula: string } {
  const s = wb.sheet(sheet)!;
  for (const [key, c] of s.cells) {
    if (c.formula && pattern.test(c.formula)) {
      const [r, col] = key.split(',').map(Number) as [number, number];
      return { address: `${String.fromCharCode(65 + col)}${r + 1}`, formula: c.formula };
    }
  }
  throw new Error(`no formula ${pattern} on ${sheet}`);
}

const run = (f: (ctx: FakeRequestContext) => void) =>
  Excel.run(async (ctx) => {
    f(ctx as unknown as FakeRequestContext);
    await ctx.sync();
  });

async function brokenTemplates() {
  const backend = new ExcelBackend(DEFAULT_SERVICES);
  await backend.insertTemplates('KY', 2012);
  await backend.check();
  const f = formulaCell('Appendix F', /^=SUM\(F\d+:F\d+\)$/);
  const e = formulaCell('Appendix E', /^=SUM\(/);
  // The user unprotected Appendix F for good, and protected Appendix E again with a password of theirs.
  await run((ctx) => {
    ctx.workbook.worksheets.getItem('Appendix F').protection.unprotect();
    const pe = ctx.workbook.worksheets.getItem('Appendix E').protection;
    pe.unprotect();
    pe.protect({ allowInsertRows: true, allowSort: true } as never, 'their secret');
  });
  // Totals typed over (as a user with the sheets unprotected would).
  wb.setCells('Appendix F', f.address, [[1]]);
  wb.setCells('Appendix E', e.address, [[1]]);
  return { backend, f, e };
}

it('repairs an unprotected sheet without protecting it, and leaves a password-protected sheet alone, saying so', async () => {
  const { backend, f, e } = await brokenTemplates();
  const syncs = wb.syncCount;
  const result = await backend.repairTotals();
  expect(result.changes.map((c) => `${c.sheet}!${c.cell}`).join('\n')).toContain(`Appendix F!${f.address}`);
  expect(result.changes.map((c) => `${c.sheet}!${c.cell}`).join('\n')).not.toContain('Appendix E!');
  expect(wb.cellText('Appendix F', f.address).formula).toBe(f.formula);
  expect(wb.cellText('Appendix E', e.address).value).toBe(1);
  expect(result.notes?.map(english).join(' ')).toMatch(
    /"Appendix E" is protected with a password, so the add-in did not change it \(1 total\(s\) left as they were\)\. Unprotect it in Excel/,
  );
  // Appendix F stays as the user left it: unprotected. Appendix E keeps its password and options.
  expect(wb.sheet('Appendix F')!.protected).toBe(false);
  const e2 = await Excel.run(async (ctx) => {
    const p = ctx.workbook.worksheets.getItem('Appendix E').protection;
    p.load('protected,options,isPasswordProtected');
    await ctx.sync();
    return { on: p.protected, password: p.isPasswordProtected, sort: p.options.allowSort };
  });
  expect(e2).toEqual({ on: true, password: true, sort: true });
  // Read + apply, then (Excel refused the unprotect) read back what was written and apply the rest.
  expect(wb.syncCount - syncs).toBeLessThanOrEqual(5);
});

it('on Excel on the web, knows the password from the read and never tries to unprotect', async () => {
  const office = (
    globalThis as unknown as {
      Office: { context: { requirements: { isSetSupported: (n: string, v?: string) => boolean } } };
    }
  ).Office;
  const base = office.context.requirements.isSetSupported;
  office.context.requirements.isSetSupported = (n, v) => n === 'ExcelApiOnline' || base(n, v);
  const { backend, f } = await brokenTemplates();
  const syncs = wb.syncCount;
  const result = await backend.repairTotals();
  expect(wb.syncCount - syncs).toBe(2);
  expect(result.changes.map((c) => `${c.sheet}!${c.cell}`).join('\n')).toContain(`Appendix F!${f.address}`);
  expect(result.notes?.map(english).join(' ')).toMatch(/"Appendix E" is protected with a password/);
});

it('protects again, with the options it had, a sheet that was protected', async () => {
  const backend = new ExcelBackend(DEFAULT_SERVICES);
  await backend.insertTemplates('KY', 2012);
  await backend.check();
  const f = formulaCell('Appendix F', /^=SUM\(G\d+:G\d+\)$/);
  wb.setCells('Appendix F', f.address, [[1]]);
  const result = await backend.repairTotals();
  expect(result.changes).toHaveLength(1);
  expect(result.notes).toEqual([]);
  const p = await Excel.run(async (ctx) => {
    const x = ctx.workbook.worksheets.getItem('Appendix F').protection;
    x.load('protected,options');
    await ctx.sync();
    return {
      on: x.protected,
      insert: x.options.allowInsertRows,
      del: x.options.allowDeleteRows,
      cells: x.options.allowFormatCells,
    };
  });
  expect(p).toEqual({ on: true, insert: true, del: true, cells: false });
});
