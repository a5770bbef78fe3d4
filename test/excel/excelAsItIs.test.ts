/**
 * Excel as it is, round two (issue 18): the fake refuses what Excel refuses, and the add-in lives with it.
 * Each block names the item; the requests themselves, built by Microsoft's library, are shown in
 * test/excel/officeJsRequests.test.ts.
 */
import { ExcelBackend } from '../../src/excel/excelBackend';
import { CellEditModeError, onExcelWaiting, runExcel } from '../../src/excel/excelRun';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { downloadKnownToSave, fileDownloadsWork } from '../../src/excel/platform';
import { english } from '../support/words';
import {
  FakeWorkbook,
  installFakeOffice,
  uninstallFakeOffice,
  type FakeChangeEvent,
  type FakeRequestContext,
} from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
});
afterEach(() => uninstallFakeOffice());

const run = (f: (ctx: FakeRequestContext) => void) =>
  Excel.run(async (ctx) => {
    f(ctx as unknown as FakeRequestContext);
    await ctx.sync();
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every cell, style and setting of the workbook's sheets (not their ids), to compare two workbooks. */
function contents(w: FakeWorkbook): unknown {
  return w.sheets.map(({ id: _id, cells, ...rest }) => ({
    ...rest,
    cells: [...cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
  }));
}

async function kentucky(): Promise<ExcelBackend> {
  const backend = new ExcelBackend(DEFAULT_SERVICES);
  await backend.insertTemplates('KY', 2012);
  await backend.check();
  return backend;
}

describe('the fake refuses what Excel refuses', () => {
  beforeEach(() => {
    const s = wb.addSheet('P');
    wb.setCells('P', 'A1', [[1]]);
    return s;
  });
  const onProtected = async (options: Record<string, unknown>, change: (ws: Excel.Worksheet) => void) => {
    await run((ctx) => ctx.workbook.worksheets.getItem('P').protection.protect(options as never));
    return run((ctx) => change(ctx.workbook.worksheets.getItem('P') as unknown as Excel.Worksheet));
  };

  it('formats on a protected sheet, unless Format Cells (Rows, Columns) is allowed', async () => {
    const fill = (ws: Excel.Worksheet) => (ws.getRange('A1').format.fill.color = '#FF0000');
    await expect(onProtected({}, fill)).rejects.toMatchObject({ code: 'AccessDenied' });
    await run((ctx) => ctx.workbook.worksheets.getItem('P').protection.unprotect());
    await expect(onProtected({ allowFormatCells: true }, fill)).resolves.toBeUndefined();
    await expect(
      run((ctx) => (ctx.workbook.worksheets.getItem('P').getRange('A1').numberFormat = [['0.00']])),
    ).resolves.toBeUndefined();
    await expect(
      run((ctx) => (ctx.workbook.worksheets.getItem('P').getRange('1:1').format.rowHeight = 30)),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(
      run((ctx) => (ctx.workbook.worksheets.getItem('P').getRange('A:A').format.columnWidth = 30)),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('row heights and column widths with their own options; merges, validation and page layout never', async () => {
    await expect(
      onProtected({ allowFormatRows: true, allowFormatColumns: true, allowFormatCells: true }, (ws) => {
        ws.getRange('1:1').format.rowHeight = 30;
        ws.getRange('A:A').format.columnWidth = 30;
      }),
    ).resolves.toBeUndefined();
    for (const change of [
      (ws: Excel.Worksheet) => ws.getRange('A1:B1').merge(false),
      (ws: Excel.Worksheet) =>
        (ws.getRange('A1').dataValidation.rule = { wholeNumber: { operator: 'GreaterThan', formula1: 0 } }),
      (ws: Excel.Worksheet) => (ws.pageLayout.orientation = 'Landscape'),
      (ws: Excel.Worksheet) => ws.horizontalPageBreaks.add('A5'),
    ])
      await expect(
        run((ctx) => change(ctx.workbook.worksheets.getItem('P') as unknown as Excel.Worksheet)),
      ).rejects.toMatchObject({
        code: 'AccessDenied',
      });
  });

  it('formulas over 8,192 characters, and text values over 255 characters in a formula', async () => {
    const write = (formula: string) =>
      run((ctx) => (ctx.workbook.worksheets.getItem('P').getRange('B1').formulas = [[formula]]));
    await expect(write(`=${'1+'.repeat(4096)}1`)).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write(`=${'1+'.repeat(4000)}1`)).resolves.toBeUndefined();
    await expect(write(`=LEN("${'x'.repeat(256)}")`)).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write(`=LEN("${'x'.repeat(255)}")&"${'""'.repeat(10)}"`)).resolves.toBeUndefined();
  });

  it('more than 1,026 manual page breaks on a sheet', async () => {
    await expect(
      run((ctx) => {
        const breaks = ctx.workbook.worksheets.getItem('P').horizontalPageBreaks;
        for (let r = 2; r <= 1027; r++) breaks.add(`A${r}`);
      }),
    ).resolves.toBeUndefined();
    await expect(
      run((ctx) => ctx.workbook.worksheets.getItem('P').horizontalPageBreaks.add('A2000')),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('getRanges with a list separator other than the regional one (office-js #1167)', async () => {
    const areas = (list: string) =>
      Excel.run(async (ctx) => {
        const a = ctx.workbook.worksheets.getItem('P').getRanges(list).load('areaCount');
        await ctx.sync();
        return a.areaCount;
      });
    await expect(areas('A1:B2,D4')).resolves.toBe(2);
    await expect(areas('A1:B2;D4')).rejects.toMatchObject({ code: 'InvalidArgument' });
    wb.listSeparator = ';';
    await expect(areas('A1:B2;D4')).resolves.toBe(2);
    await expect(areas('A1:B2,D4')).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('a call this Excel refuses, with the location Excel names', async () => {
    wb.refusedApis.add('PageLayout');
    await expect(
      run((ctx) => (ctx.workbook.worksheets.getItem('P').pageLayout.orientation = 'Landscape')),
    ).rejects.toMatchObject({ code: 'GeneralException', debugInfo: { errorLocation: 'PageLayout.orientation' } });
  });
});

describe('listening is no write', () => {
  it('registering onChanged and onActivated neither recalculates nor tells of a change; a value written does', async () => {
    let told = 0;
    wb.onDocumentChanged(() => told++);
    const from = wb.syncLog.length;
    await run((ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(() => undefined);
      ctx.workbook.worksheets.onActivated.add(() => undefined);
    });
    expect({ told, wrote: wb.syncLog.slice(from).map((s) => s.wrote) }).toEqual({ told: 0, wrote: [false] });
    await run((ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    });
    expect({ told, wrote: wb.syncLog.slice(from).map((s) => s.wrote) }).toEqual({ told: 1, wrote: [false, true] });
  });
});

describe('item 1: printing fit with its height', () => {
  it('every template sheet is fitted 1 page wide with a height (0: as many pages as needed)', async () => {
    await kentucky();
    for (const name of ['Appendix F', 'SF-424A', 'Checks']) {
      const zoom = wb.sheet(name)!.pageLayout.zoom as { horizontalFitToPages: number; verticalFitToPages?: number };
      expect({ name, h: zoom.horizontalFitToPages, v: typeof zoom.verticalFitToPages }).toEqual({
        name,
        h: 1,
        v: 'number',
      });
    }
    expect(wb.sheet('Appendix F')!.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it('where Excel does not keep the fit (office-js #1860), the insert says how to set it by hand', async () => {
    wb.dropsFitToPages = true;
    const r = await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    expect(r.notes.map(english).join(' ')).toMatch(
      /did not keep "fit to 1 page wide" on .*"Appendix F".*Page Layout > Scale to Fit/,
    );
  });
});

describe('item 2: the regional list separator', () => {
  it('with ";" the insert learns it and styles the same workbook as with ","; the next write does not ask again', async () => {
    await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    const comma = contents(wb);
    const semi = installFakeOffice(new FakeWorkbook());
    semi.addSheet('Sheet1');
    semi.listSeparator = ';';
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    await backend.insertTemplates('KY', 2012);
    expect(contents(semi)).toEqual(comma);
    const syncs = semi.syncCount;
    await backend.writeReviewSheet();
    // The check's read, the writes, the activation: no probe, no request sent twice.
    expect(semi.syncCount - syncs).toBe(3);
  });

  it('where Excel takes no list at all, one range per rectangle: the same workbook', async () => {
    await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    const comma = contents(wb);
    const none = installFakeOffice(new FakeWorkbook());
    none.addSheet('Sheet1');
    none.refusedApis.add('Worksheet.getRanges');
    const r = await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    expect(contents(none)).toEqual(comma);
    expect(r.notes).toEqual([]);
  });
});

describe('item 3: cell-edit mode', () => {
  it('asks Excel to wait only where it reports the DelayForCellEdit set, whatever its ExcelApi', async () => {
    wb.delayForCellEditSet = false;
    await runExcel(async (ctx) => ctx.sync());
    wb.excelApiMinor = 10;
    wb.delayForCellEditSet = true;
    await runExcel(async (ctx) => ctx.sync());
    expect(wb.runOptions.slice(-2)).toEqual([{}, { delayForCellEdit: true }]);
  });

  it('after about 1.5 s of waiting for a cell in edit mode, the pane is told; and when Excel goes on', async () => {
    const told: boolean[] = [];
    const stop = onExcelWaiting((w) => told.push(w));
    wb.cellEditMode = true;
    setTimeout(() => (wb.cellEditMode = false), 1_800);
    await runExcel(async (ctx) => ctx.sync());
    stop();
    expect(told).toEqual([true, false]);
  });
});

describe('item 4: newer calls narrowed, and a refusal degrades', () => {
  it('asks for the error cells of each used range, never of a whole sheet', async () => {
    await kentucky();
    wb.limits.specialCellsAsked.length = 0;
    await new ExcelBackend(DEFAULT_SERVICES).check();
    expect(wb.limits.specialCellsAsked.length).toBeGreaterThan(0);
    for (const a of wb.limits.specialCellsAsked) expect(a).not.toMatch(/!A1:XFD1048576$/);
  });

  it('getSpecialCells refused: the check reads value types instead, with the same findings, one sync more once', async () => {
    const backend = await kentucky();
    wb.typeInto('Appendix F', 'G12', '=1/0');
    const good = await backend.check();
    wb.refusedApis.add('Range.getSpecialCellsOrNullObject');
    const fresh = new ExcelBackend(DEFAULT_SERVICES);
    await fresh.check();
    const syncs = wb.syncCount;
    const degraded = await fresh.check();
    expect(wb.syncCount - syncs).toBe(1);
    const codes = (o: typeof good) => (o.status === 'checked' ? o.evaluation.findings.map((f) => f.code).sort() : o);
    expect(codes(degraded)).toEqual(codes(good));
  });

  it('validation or print setup refused by Excel: the templates are inserted without it, and the pane says so', async () => {
    wb.refusedApis.add('DataValidation');
    const r = await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    expect(r.notes.map(english).join(' ')).toMatch(/refused data validation/);
    expect(wb.sheet('Appendix F')!.validations).toEqual([]);
    expect(wb.sheets.filter((s) => / \(2\)$/.test(s.name))).toEqual([]);

    const w2 = installFakeOffice(new FakeWorkbook());
    w2.addSheet('Sheet1');
    w2.refusedApis.add('PageLayout');
    const r2 = await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    expect(r2.notes.map(english).join(' ')).toMatch(/refused print setup/);
    expect(w2.sheet('Appendix F')!.validations.length).toBeGreaterThan(0);
  });

  it('print setup refused during a State change: undone, then changed without it, every sheet protected again', async () => {
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    await backend.insertTemplates('UT', 2012);
    await backend.check();
    const protectedBefore = wb.sheets.filter((s) => s.protected).map((s) => s.name);
    wb.refusedApis.add('PageLayout');
    const done = await backend.changeState('WA');
    expect(done.effects.map(english).join(' ')).toMatch(/refused print setup/);
    expect(
      wb.sheets
        .filter((s) => s.protected)
        .map((s) => s.name)
        .sort(),
    ).toEqual([...protectedBefore, 'Appendix J'].sort());
    const after = await backend.check();
    expect(after.status === 'checked' && after.state).toBe('WA');
  });

  it('isPasswordProtected refused (Excel on the web): repair goes on without it', async () => {
    wb.excelApiOnline = true;
    const backend = await kentucky();
    wb.refusedApis.add('WorksheetProtection.isPasswordProtected');
    await expect(backend.repairTotals()).resolves.toMatchObject({ changes: [] });
  });
});

describe('item 5: a State change that fails puts protection back as it was', () => {
  const protectedNow = () => wb.sheets.filter((s) => s.protected).map((s) => s.name);
  async function utah() {
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    await backend.insertTemplates('UT', 2012);
    await backend.check();
    return backend;
  }
  /** Fails the write request that follows the unprotect (the 2nd request of the change's batch after its read). */
  function failWrites(code: string) {
    const start = wb.syncCount;
    const limits = wb.limits as unknown as { beginSync: (a: number, b: number) => void };
    const begin = limits.beginSync.bind(wb.limits);
    let done = false;
    limits.beginSync = (a, b) => {
      if (!done && wb.syncCount === start + 3) {
        done = true;
        throw Object.assign(new Error(`refused (${code})`), { code });
      }
      begin(a, b);
    };
  }

  it('the writes refused after the unprotect: Appendix J removed, every sheet protected again', async () => {
    const backend = await utah();
    const before = protectedNow();
    failWrites('GeneralException');
    await expect(backend.changeState('WA')).rejects.toThrow(/protected again, as it was/);
    expect(protectedNow()).toEqual(before);
    expect(wb.sheet('Appendix J')).toBeUndefined();
  });

  it('cell-edit mode after the unprotect (no delayForCellEdit): waits for Enter, then puts protection back', async () => {
    const backend = await utah();
    wb.delayForCellEditSet = false;
    const before = protectedNow();
    const start = wb.syncCount;
    const limits = wb.limits as unknown as { beginSync: (a: number, b: number) => void };
    const begin = limits.beginSync.bind(wb.limits);
    limits.beginSync = (a, b) => {
      begin(a, b);
      if (wb.syncCount === start + 2 && !wb.cellEditMode) {
        wb.cellEditMode = true; // the unprotect went through; the user is typing before the writes
        setTimeout(() => (wb.cellEditMode = false), 300);
      }
    };
    await expect(backend.changeState('WA')).rejects.toThrow(/cell is being edited.*protected again, as it was/);
    limits.beginSync = begin;
    expect(protectedNow()).toEqual(before);
  });

  it('refused half-way (Appendix J added), and removing it fails too: protection is put back all the same', async () => {
    const backend = await utah();
    const before = protectedNow();
    wb.refusedApis.add('Range.merge'); // the new Appendix J's first merge
    wb.refusedApis.add('Worksheet.delete');
    await expect(backend.changeState('WA')).rejects.toThrow(
      /Removing the sheet it had added failed too.*protected again/,
    );
    expect(protectedNow().filter((s) => s !== 'Appendix J')).toEqual(before);
  });

  it('protecting again refused too: the error names the sheets to protect by hand', async () => {
    const backend = await utah();
    failWrites('GeneralException');
    wb.refusedApis.add('WorksheetProtection.protect');
    await expect(backend.changeState('WA')).rejects.toThrow(
      /Protecting "Appendix D".* again failed: protect them in Excel/,
    );
  });

  it('an unprotect refused part-way (a password Excel did not report): the others protected again with all their options', async () => {
    const backend = await utah();
    await run((ctx) => {
      const p = ctx.workbook.worksheets.getItem('Appendix F').protection;
      p.unprotect();
      p.protect({ allowInsertRows: true, selectionMode: 'Unlocked', allowPivotTables: true } as never, 'secret');
    });
    const before = protectedNow();
    await expect(backend.changeState('WA')).rejects.toThrow(/"Appendix F" is protected with a password/);
    expect(protectedNow()).toEqual(before);
  });
});

describe('item 6: our own writes fire onChanged; no check reads a half-written workbook', () => {
  it('Excel (the fake) fires onChanged for the add-in’s writes, saying so where it can (ExcelApi 1.14)', async () => {
    const seen: FakeChangeEvent[] = [];
    await run((ctx) => ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(async (e) => void seen.push(e)));
    await run(
      (ctx) =>
        (ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:C3').values = [
          [1, 2],
          [3, 4],
        ]),
    );
    await sleep(10);
    expect(seen).toMatchObject([{ address: 'B2:C3', source: 'Local', triggerSource: 'ThisLocalAddin' }]);
  });

  test.each([17, 12])(
    'a State change of several requests with live checks on (ExcelApi 1.%i): no check runs between them',
    async (minor) => {
      wb.excelApiMinor = minor;
      const backend = new ExcelBackend(DEFAULT_SERVICES);
      await backend.insertTemplates('UT', 2012);
      await backend.check();
      const checks: Promise<unknown>[] = [];
      // The pane with no quiet delay: every hint starts a check at once.
      await backend.watch(() => void checks.push(backend.check()));
      wb.typeInto('Appendix F', 'B4', 'x'); // a user's edit: a check is running when the change starts
      const from = wb.syncLog.length;
      await backend.changeState('WA');
      await sleep(30);
      await Promise.all(checks);
      const log = wb.syncLog.slice(from);
      for (const w of new Set(log.filter((s) => s.wrote).map((s) => s.run))) {
        const first = log.findIndex((s) => s.run === w);
        const last = log.map((s) => s.run).lastIndexOf(w);
        expect({ run: w, between: log.slice(first, last + 1).filter((s) => s.run !== w) }).toEqual({
          run: w,
          between: [],
        });
      }
      expect(checks.length).toBeGreaterThan(0);
      const after = await backend.check();
      expect(after.status === 'checked' && after.state).toBe('WA');
    },
  );
});

describe('item 7: protected again with every option the sheet had', () => {
  it('repair keeps selectionMode and the options the port did not know', async () => {
    const backend = await kentucky();
    const options = {
      allowInsertRows: true,
      allowFormatColumns: true,
      allowEditObjects: true,
      allowInsertHyperlinks: true,
      allowPivotTables: true,
      selectionMode: 'Unlocked',
    };
    await run((ctx) => {
      const p = ctx.workbook.worksheets.getItem('Appendix F').protection;
      p.unprotect();
      p.protect(options as never);
    });
    const total = [...wb.sheet('Appendix F')!.cells.entries()].find(([, c]) => c.formula && /^=SUM\(F/.test(c.formula));
    const [r, c] = total![0].split(',').map(Number) as [number, number];
    wb.sheet('Appendix F')!.cells.get(`${r},${c}`)!.formula = null;
    const read = await Excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem('Appendix F').protection;
      p.load('options');
      await ctx.sync();
      return p.options;
    });
    await backend.repairTotals();
    const after = await Excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem('Appendix F').protection;
      p.load('options');
      await ctx.sync();
      return p.options;
    });
    expect(after).toEqual(read);
    expect(after).toMatchObject(options);
  });
});

describe('item 11: Appendix F shown after the insert', () => {
  it('on Excel on the web, which does not show a sheet activated in the request that added it (office-js #930)', async () => {
    wb.platform = 'OfficeOnline';
    await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    expect(wb.activeSheet).toBe('Appendix F');
  });
});

it('item 9: a download is known to save only in a browser (Excel on the web); Windows desktop cannot tell; the Mac blocks it', () => {
  const seen = (platform: string) => {
    wb.platform = platform;
    return [fileDownloadsWork(), downloadKnownToSave()];
  };
  expect(seen('OfficeOnline')).toEqual([true, true]);
  expect(seen('PC')).toEqual([true, false]);
  expect(seen('Mac')).toEqual([false, false]);
});

it('a CellEditModeError says to press Enter in Excel', () => {
  expect(new CellEditModeError().message).toMatch(/Press Enter in Excel to finish editing the cell/);
});
