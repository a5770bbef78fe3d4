/**
 * The print setup of the templates is decided once, in the plan (src/layout/printFit.ts), and both
 * writers put the same on paper: the .xlsx file (exceljs) and Office.js (here the fake, which refuses
 * what Excel refuses in worksheet.pageLayout and horizontalPageBreaks, ExcelApi 1.9).
 */
import ExcelJS from 'exceljs';
import { applyOfficePlan } from '../support/officePort';
import { planNewWorkbook } from '../../src/layout/planner';
import { estimatedPages, fittedPrintSetup, MAX_PAGE_BREAKS, SQUEEZE } from '../../src/layout/printFit';
import { PRINT_MARGINS as TEMPLATE_MARGINS } from '../../src/port/workbookPort';
import { longestShownText } from '../../src/layout/shownText';
import { wrappedLines } from '../../src/layout/sheetModel';
import type { PrintSetup, WriteOp } from '../../src/port/workbookPort';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { entryContent, readZip } from '../../src/xlsx/zipArchive';
import { budgetOf } from '../support/budgets';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

afterEach(() => uninstallFakeOffice());

/** Kentucky with enough Appendix F lines for several pages. */
function longPlan() {
  const personnel = Array.from({ length: 60 }, (_, i) => ({
    title: `Officer ${i + 1}`,
    programType: 'Enforcement (safety)',
    name: 'Staff',
    annualSalary: 50000,
    fte: 1,
    program: 50000,
    federal: 25000,
    stateMatch: 25000,
  }));
  const budget = budgetOf({ state: 'KY', personnel });
  return planNewWorkbook({ state: 'KY', fiscalYear: 2012, budget });
}

const prints = (ops: WriteOp[]) => ops.filter((o): o is Extract<WriteOp, { op: 'print' }> => o.op === 'print');

describe('the plan', () => {
  const { plan } = longPlan();
  const setups = new Map(prints(plan.ops).map((o) => [o.sheet, o.setup]));

  it('prints every sheet on US Letter, landscape, one page wide, with the template margins', () => {
    expect(setups.size).toBe(6);
    for (const s of setups.values())
      expect(s).toMatchObject({ landscape: true, paper: 'letter', margins: TEMPLATE_MARGINS, fitToWidth: 1 });
  });

  it('fits a sheet that nearly fits one page to one page tall; breaks a longer one into even parts', () => {
    expect(setups.get('Appendix D')).toMatchObject({ fitToHeight: 1 });
    expect(setups.get('Appendix J')).toMatchObject({ fitToHeight: 1 });
    // The SF-424A as the form: Sections A and B, then C to F (row of Section C's title).
    const sf = setups.get('SF-424A') as PrintSetup;
    expect(sf.fitToHeight).toBe(0);
    expect(sf.breaksBefore).toHaveLength(1);
    const f = setups.get('Appendix F') as PrintSetup;
    expect(f.fitToHeight).toBe(0);
    expect((f.breaksBefore ?? []).length).toBeGreaterThanOrEqual(2);
  });

  it('gives each part of a broken sheet a fair share of the rows: no part of one or two rows', () => {
    const f = setups.get('Appendix F') as PrintSetup;
    const last = Number(/\d+$/.exec(f.area as string)?.[0]);
    const bounds = [1, ...(f.breaksBefore ?? []), last + 1];
    const sizes = bounds.slice(1).map((b, i) => b - (bounds[i] as number));
    expect(Math.min(...sizes)).toBeGreaterThan(Math.max(...sizes) / 3);
  });

  it('folds a sheet of up to 1 + SQUEEZE pages into one, and keeps a template break only when its parts fit', () => {
    const widths = [{ column: 'A', width: 100 }];
    const rows = (n: number, height = 15) => Array.from({ length: n }, (_, i) => ({ row: i + 1, height }));
    const setup: PrintSetup = { landscape: true, fitToWidth: 1, fitToHeight: 0, area: 'A1:A60', titleRows: '1:2' };
    const pages = estimatedPages(setup, { widths, heights: rows(60, 10) });
    expect(pages).toBeLessThan(1 + SQUEEZE);
    expect(fittedPrintSetup(setup, { widths, heights: rows(60, 10) })).toMatchObject({ fitToHeight: 1 });
    expect(fittedPrintSetup(setup, { widths, heights: rows(60, 20) }).breaksBefore).toEqual([22, 41]);
    // A template's break whose first part would not fit a page is dropped for even parts.
    const big = fittedPrintSetup({ ...setup, area: 'A1:A90', breaksBefore: [80] }, { widths, heights: rows(90, 15) });
    expect(big.breaksBefore).not.toContain(80);
  });
});

describe('the longest text a formula can show (row heights of wrapped formula text)', () => {
  it('reads concatenation, IF branches, TEXT of an amount and cells', () => {
    expect(longestShownText('="abc"&"de"')).toBe(5);
    expect(longestShownText('=IF(C8="FAIL","a long failing note","short")')).toBe(19);
    expect(longestShownText('="over by "&TEXT(ABS(B12),"$#,##0.00")&"."')).toBe(8 + 15 + 1);
    expect(longestShownText(`="State: "&'Appendix F'!B2`)).toBe(7 + 12);
    expect(longestShownText('=IF($J$8=1,(3-0)&".","")')).toBe(2);
    expect(longestShownText('=B17&" line(s) ""quoted"""')).toBe(12 + 17);
  });

  it('wraps words as a cell does', () => {
    expect(wrappedLines('23(g) Consultation (private sector, safety)', 28)).toBe(2);
    expect(wrappedLines('short', 28)).toBe(1);
    expect(wrappedLines('a\nb', 28)).toBe(2);
    expect(wrappedLines('x'.repeat(60), 28)).toBe(3);
  });
});

describe('both writers put the one plan on paper', () => {
  it('the .xlsx file and Excel (the fake) get the same paper, margins, fit, area, title rows and breaks', async () => {
    const { plan } = longPlan();
    const xlsx = XlsxWorkbook.create('print.xlsx');
    await xlsx.apply(plan);
    const bytes = await xlsx.toBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    // exceljs does not read page breaks back: they are read from the sheet's XML (sheetN.xml in sheet order).
    const zip = readZip(Buffer.from(bytes), 'print.xlsx');
    const breaksIn = (sheet: string) => {
      const part = `xl/worksheets/sheet${book.worksheets.findIndex((w) => w.name === sheet) + 1}.xml`;
      const entry = zip.entries.find((e) => e.name === part);
      const xml = entry ? entryContent(zip, entry, part).toString('utf8') : '';
      return [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1);
    };

    const wb = installFakeOffice(new FakeWorkbook());
    await applyOfficePlan(plan);

    for (const { sheet, setup } of prints(plan.ops)) {
      const ws = book.getWorksheet(sheet) as ExcelJS.Worksheet;
      const ps = ws.pageSetup;
      const m = setup.margins as NonNullable<PrintSetup['margins']>;
      expect({ sheet, orientation: ps.orientation, paper: ps.paperSize, margins: ps.margins }).toEqual({
        sheet,
        orientation: 'landscape',
        paper: 1,
        margins: m,
      });
      expect({ sheet, fit: [ps.fitToPage, ps.fitToWidth, ps.fitToHeight] }).toEqual({
        sheet,
        fit: [true, 1, setup.fitToHeight],
      });
      expect({ sheet, breaks: breaksIn(sheet) }).toEqual({ sheet, breaks: setup.breaksBefore ?? [] });

      const layout = wb.sheet(sheet)!.pageLayout;
      // The same fit both ways: 1 page wide and the file's fitToHeight (0: as many pages as needed),
      // as Excel's action recorder writes "Fit All Columns on One Page" (verticalFitToPages: 0).
      const zoom = { horizontalFitToPages: ps.fitToWidth, verticalFitToPages: ps.fitToHeight };
      expect({ sheet, ...layout }).toMatchObject({
        sheet,
        orientation: 'Landscape',
        paperSize: 'Letter',
        zoom,
        leftMargin: m.left * 72,
        rightMargin: m.right * 72,
        topMargin: m.top * 72,
        bottomMargin: m.bottom * 72,
        headerMargin: m.header * 72,
        footerMargin: m.footer * 72,
        printArea: setup.area,
      });
      expect(layout.horizontalPageBreaks ?? []).toEqual(setup.breaksBefore ?? []);
    }
  });
});

describe('the fake takes only what Excel takes in worksheet.pageLayout', () => {
  const attempt = async (change: (ws: Excel.Worksheet) => void) =>
    Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      change(ws);
      await ctx.sync();
    });

  beforeEach(() => installFakeOffice(new FakeWorkbook()).addSheet('S'));

  it('refuses an orientation, a paper size or a margin Excel does not have', async () => {
    await expect(
      attempt((ws) => (ws.pageLayout.orientation = 'Sideways' as Excel.PageOrientation)),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((ws) => (ws.pageLayout.paperSize = 'Napkin' as Excel.PaperType))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(attempt((ws) => (ws.pageLayout.leftMargin = -1))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((ws) => (ws.pageLayout.paperSize = 'Letter'))).resolves.toBeUndefined();
  });

  it('refuses a zoom with a scale outside 10 to 400, a scale and a fit at once, or a fit that is no whole number; takes 0 pages tall', async () => {
    await expect(attempt((ws) => (ws.pageLayout.zoom = { scale: 5 }))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(attempt((ws) => (ws.pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 }))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(
      attempt((ws) => (ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 })),
    ).resolves.toBeUndefined();
    await expect(
      attempt((ws) => (ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1.5 })),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      attempt((ws) => (ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: -1 })),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      attempt((ws) => (ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 2 })),
    ).resolves.toBeUndefined();
  });

  it('refuses title rows that are not whole rows', async () => {
    await expect(attempt((ws) => ws.pageLayout.setPrintTitleRows('A1:B2'))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(attempt((ws) => ws.pageLayout.setPrintTitleRows('$1:$2'))).resolves.toBeUndefined();
  });

  it('has no pageLayout or page breaks before ExcelApi 1.9', async () => {
    const wb = installFakeOffice(new FakeWorkbook());
    wb.addSheet('S');
    wb.excelApiMinor = 8;
    await expect(attempt((ws) => (ws.pageLayout.orientation = 'Landscape'))).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
    await expect(attempt((ws) => ws.horizontalPageBreaks.add('A20'))).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('at most 1,026 manual page breaks a sheet, as Excel keeps (issue 18, item 12)', () => {
  it('a sheet that would need more breaks is fitted to its pages instead, with no manual break', () => {
    const heights = Array.from({ length: 20_000 }, (_, i) => ({ row: i + 1, height: 45 }));
    const setup = fittedPrintSetup(
      { landscape: true, fitToWidth: 1, fitToHeight: 0, area: 'A1:K20000', titleRows: '1:2' },
      { widths: [{ column: 'A', width: 40 }], heights },
    );
    expect(setup.breaksBefore).toBeUndefined();
    expect(setup.fitToWidth).toBe(1);
    expect(setup.fitToHeight).toBeGreaterThan(MAX_PAGE_BREAKS);
  });

  it('3,600 lines of long text on Appendix F: no more than 1,026 breaks', () => {
    const personnel = Array.from({ length: 3_600 }, (_, i) => ({
      title: `Compliance safety and health officer ${i + 1}, inspections of construction sites across the eastern region, with trenching, fall protection, scaffolding and crane programs, outreach to small employers and follow-up visits`,
      programType: 'Enforcement (safety)',
      name: 'Staff member with a long name to wrap',
      annualSalary: 50000,
      fte: 1,
      program: 50000,
      federal: 25000,
      stateMatch: 25000,
    }));
    const { plan } = planNewWorkbook({ state: 'KY', fiscalYear: 2012, budget: budgetOf({ state: 'KY', personnel }) });
    for (const { sheet, setup } of prints(plan.ops))
      expect({ sheet, breaks: Math.min(setup.breaksBefore?.length ?? 0, MAX_PAGE_BREAKS + 1) }).toEqual({
        sheet,
        breaks: Math.min(setup.breaksBefore?.length ?? 0, MAX_PAGE_BREAKS),
      });
    // Some 1,800 pages: fitted to them by scaling, with no manual break (Excel would repair the file).
    const f = prints(plan.ops).find((p) => p.sheet === 'Appendix F')!.setup;
    expect(f.breaksBefore).toBeUndefined();
    expect(f.fitToHeight).toBeGreaterThan(MAX_PAGE_BREAKS);
  }, 60_000);
});
