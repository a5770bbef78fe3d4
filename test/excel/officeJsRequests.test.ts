/**
 * Our Excel code run through Microsoft's real Excel client library (@microsoft/office-js,
 * dist/excel-web-16.00.js) with its transport answered from the fake workbook (test/support/officeJsClient.ts):
 * the requests are the ones Excel would receive, byte for byte; the answers are estimated from the fake.
 * Excel on the web refuses a request or a response over 5 MB; every action of the pane must stay under it.
 */
import { english } from '../support/words';
import { ExcelBackend } from '../../src/excel/excelBackend';
import { readSnapshotIn } from '../../src/excel/officePort';
import { PAYLOAD_LIMIT_BYTES, readPayload } from '../../src/excel/officeReadParts';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { userInsertRows } from '../../src/excel/fake/fakeUserRows';
import { planNewWorkbook } from '../../src/layout/planner';
import type { CheckedBudget } from '../../src/addin/paneBackend';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';
import {
  DELAY_FOR_CELL_EDIT_FLAG,
  EXCEL_WEB_PAYLOAD_LIMIT,
  OfficeJsHarness,
  type SyncRecord,
} from '../support/officeJsClient';
import type { RequestBody } from '../support/officeJsReplay';
import { applyIn } from '../../src/excel/officeWrite';
import { runExcel } from '../../src/excel/excelRun';
import type { WritePlan } from '../../src/port/workbookPort';
import {
  measureBudgetFlows,
  measureInsertTemplates,
  type BudgetFlows,
  type FlowFigures,
} from '../support/officeJsScenarios';

const MB5 = 5 * 1024 * 1024;

/** Everything the fake holds of a workbook, to compare two ways of writing it. */
function contents(wb: FakeWorkbook): unknown {
  return {
    sheets: wb.sheets.map((s) => ({ ...s, cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)) })),
    names: wb.names,
  };
}

function blankWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  return wb;
}

function expectUnderLimit(flow: FlowFigures, limit = MB5): void {
  expect(flow.error).toBeNull();
  expect(flow.syncs.length).toBeGreaterThan(0);
  for (const s of flow.syncs) {
    expect(s.requestBytes).toBeLessThan(limit);
    expect(s.responseBytes).toBeLessThan(limit);
  }
}

afterEach(() => uninstallFakeOffice());

describe("the harness: Microsoft's client library over the fake workbook", () => {
  it('the limit is the 5 MB of Excel on the web', () => {
    expect(EXCEL_WEB_PAYLOAD_LIMIT).toBe(MB5);
  });

  it("sends the library's own message: Actions and ObjectPaths, counted and measured", async () => {
    const harness = new OfficeJsHarness(blankWorkbook()).install();
    const { syncs, error } = await harness.measure(() => Excel.run((ctx) => readSnapshotIn(ctx, { sheets: [] })));
    harness.uninstall();
    expect(error).toBeNull();
    expect(syncs).toHaveLength(1);
    const [s] = syncs as [SyncRecord];
    // A sheet list and the names: a handful of actions, well under a kilobyte.
    expect(s.actions).toBeGreaterThanOrEqual(4);
    expect(s.requestBytes).toBeGreaterThan(200);
    expect(s.requestBytes).toBeLessThan(2000);
    expect(s.responseBytes).toBeGreaterThan(0);
  });

  it('inserting the templates through the library leaves the same workbook as through the fake', async () => {
    const direct = installFakeOffice(blankWorkbook());
    await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    uninstallFakeOffice();

    const viaLibrary = blankWorkbook();
    const harness = new OfficeJsHarness(viaLibrary).install();
    const { error } = await harness.measure(() => new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012));
    harness.uninstall();
    expect(error).toBeNull();
    expect(viaLibrary.sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      'Appendix D',
      'Appendix E',
      'Appendix F',
      'Appendix J',
      'SF-424A',
      'Checks',
    ]);
    expect(contents(viaLibrary)).toEqual(contents(direct));
  });

  it('changing the State (Utah to Washington) through the library: the same workbook as through the fake, 3 syncs, small requests', async () => {
    const utah = async () => {
      const wb = installFakeOffice(blankWorkbook());
      const backend = new ExcelBackend(DEFAULT_SERVICES);
      await backend.insertTemplates('UT', 2012);
      await backend.check();
      uninstallFakeOffice();
      return wb;
    };
    const direct = await utah();
    installFakeOffice(direct);
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    await backend.check();
    await backend.changeState('WA');
    uninstallFakeOffice();

    const viaLibrary = await utah();
    const harness = new OfficeJsHarness(viaLibrary).install();
    // As in the pane, the workbook has been checked before the State is changed.
    const checking = new ExcelBackend(DEFAULT_SERVICES);
    expect((await harness.measure(() => checking.check())).error).toBeNull();
    const { syncs, error } = await harness.measure(() => checking.changeState('WA'));
    harness.uninstall();
    expect(error).toBeNull();
    expect(viaLibrary.sheets.map((s) => s.name)).toContain('Appendix J');
    expect(contents(viaLibrary)).toEqual(contents(direct));
    // The read with each sheet's protection; the unprotects; Appendix J and the writes.
    expect(syncs.filter((x) => !x.cleanup)).toHaveLength(3);
    for (const x of syncs) expect(x.requestBytes).toBeLessThan(500 * 1024);
  });

  it("completing lines a person inserted, through the library: the check's read, then one batch, its requests counted", async () => {
    const wb = installFakeOffice(blankWorkbook());
    await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    uninstallFakeOffice();
    const harness = new OfficeJsHarness(wb).install();
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    await backend.watch(() => undefined);
    expect((await harness.measure(() => backend.check())).error).toBeNull();
    const p = planNewWorkbook({ state: 'KY', fiscalYear: 2012 }).layout.appendixF.sections.personnel;
    // One row inside the block, one under its heads (Excel's RowInserted, through the library's events).
    userInsertRows(wb, 'Appendix F', p.first + 2);
    userInsertRows(wb, 'Appendix F', p.first);
    await new Promise((r) => setTimeout(r, 20));
    let completed: unknown;
    const { syncs, error } = await harness.measure(async () => {
      completed = ((await backend.check()) as CheckedBudget).completedLines;
    });
    harness.uninstall();
    expect(error).toBeNull();
    expect(completed).toEqual([
      { sheet: 'Appendix F', row: p.first + 3 },
      { sheet: 'Appendix F', row: p.first },
    ]);
    // The check's read (with the sheet's protection), then the completion: one batch.
    const ours = syncs.filter((x) => !x.cleanup);
    expect(ours).toHaveLength(2);
    const batch = ours[1] as SyncRecord;
    // Counted: unprotect, the two rows (a formula; a row's look, cell styles by rectangle), protect again.
    expect(batch.actions).toBeLessThan(200);
    expect(batch.requestBytes).toBeLessThan(64 * 1024);
    for (const row of [p.first, p.first + 3]) expect(wb.cellText('Appendix F', `K${row}`).formula).toMatch(/^=N\(H/);
    expect(wb.sheet('Appendix F')!.protected).toBe(true);
  });

  it('two loads of workbook.worksheets in one batch: the items are those of the last load, in the library and in the fake', async () => {
    const twoLoads = () =>
      Excel.run(async (ctx) => {
        const first = ctx.workbook.worksheets.load('items/id,items/name,items/protection/protected');
        ctx.workbook.worksheets.load('items/id,items/name,items/visibility');
        await ctx.sync();
        const ws = first.items[0]!;
        try {
          return `${ws.name} ${String(ws.protection.protected)}`;
        } catch (e) {
          return `${ws.name} ${(e as { code?: string }).code ?? String(e)}`;
        }
      });
    const harness = new OfficeJsHarness(blankWorkbook()).install();
    let viaLibrary = '';
    const { error } = await harness.measure(async () => {
      viaLibrary = await twoLoads();
    });
    harness.uninstall();
    expect(error).toBeNull();
    installFakeOffice(blankWorkbook());
    const viaFake = await twoLoads();
    expect(viaLibrary).toBe('Sheet1 PropertyNotLoaded');
    expect(viaFake).toBe(viaLibrary);
  });

  // The protection was read by a second load of workbook.worksheets in the read's batch: the library
  // rebuilt the items at the read's own load, and the repair failed with PropertyNotLoaded.
  it('repairing a total through the library: each sheet’s protection is read so that the library keeps it', async () => {
    const wb = installFakeOffice(blankWorkbook());
    await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('UT', 2012);
    uninstallFakeOffice();
    const total = [...wb.sheet('Appendix F')!.cells].find(([, c]) => c.formula?.startsWith('=SUM('))!;
    wb.sheet('Appendix F')!.cells.set(total[0], { ...total[1], formula: null, value: 7 });
    const harness = new OfficeJsHarness(wb).install();
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    expect((await harness.measure(() => backend.check())).error).toBeNull();
    let changes: string[] = [];
    const { error } = await harness.measure(async () => {
      changes = (await backend.repairTotals()).changes.map((c) => `${c.sheet}!${c.cell}: ${english(c.reason)}`);
    });
    harness.uninstall();
    expect(error).toBeNull();
    expect(changes).toHaveLength(1);
    expect(wb.sheet('Appendix F')!.cells.get(total[0])?.formula).toBe(total[1].formula);
    expect(wb.sheet('Appendix F')!.protected).toBe(true);
  });

  it("Windows desktop's client builds the same requests as Excel on the web's, byte for byte", async () => {
    const sizes = async (client: 'excel-web-16.00.js' | 'excel-win32-16.01.js') => {
      const harness = new OfficeJsHarness(blankWorkbook(), { client }).install();
      const { syncs, error } = await harness.measure(() =>
        new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012),
      );
      harness.uninstall();
      expect(error).toBeNull();
      return syncs.map((s) => [s.requestBytes, s.actions]);
    };
    expect(await sizes('excel-win32-16.01.js')).toEqual(await sizes('excel-web-16.00.js'));
  });

  it("an Excel error reaches our code as the library's error, with Excel's code", async () => {
    const harness = new OfficeJsHarness(blankWorkbook()).install();
    const failure = Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('No such sheet').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: 'ItemNotFound' });
    harness.uninstall();
  });

  it('refuses a request over the limit before running it, as Excel on the web does', async () => {
    const wb = blankWorkbook();
    const harness = new OfficeJsHarness(wb, { limitBytes: 5_000 }).install();
    const big = Array.from({ length: 200 }, (_, i) => [`a line of text long enough to count ${i}`]);
    const failure = Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A200').values = big;
      await ctx.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    harness.uninstall();
    expect(harness.records.at(-1)).toMatchObject({ error: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.sheet('Sheet1')!.cells.size).toBe(0);
  });

  it('refuses a response over the limit, as Excel on the web does', async () => {
    const wb = blankWorkbook();
    wb.setCells(
      'Sheet1',
      'A1:A300',
      Array.from({ length: 300 }, (_, i) => [`cell text number ${i}`]),
    );
    const harness = new OfficeJsHarness(wb, { limitBytes: 4_000 }).install();
    const failure = Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A300').load('values');
      await ctx.sync();
      return r.values;
    });
    await expect(failure).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    harness.uninstall();
  });

  it("a change in the workbook reaches the pane's live check through the library's event channel", async () => {
    const wb = installFakeOffice(blankWorkbook());
    await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    uninstallFakeOffice();
    const harness = new OfficeJsHarness(wb).install();
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const hints: number[] = [];
    await backend.watch(() => hints.push(1));
    const outcome = await backend.check();
    expect(outcome.status).toBe('checked');
    expect(wb.handlerCount('Appendix F')).toBe(1);
    wb.typeInto('Appendix F', 'F12', '1');
    await new Promise((r) => setTimeout(r, 20));
    harness.uninstall();
    expect(hints).toHaveLength(1);
  });
});

describe("a user's big data sheet beside the templates", () => {
  // Reading every sheet in one sync made this answer over 5 MB, which Excel on the web refuses: the first
  // check now reads the names and the sheet list, then only the template sheets (src/excel/officeRead.ts).
  it('the first check works and reads nothing of that sheet beyond its name', async () => {
    const wb = installFakeOffice(blankWorkbook());
    await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    uninstallFakeOffice();
    // About 6 MB of text in 20,000 cells (building 200,000 short cells took seconds; the bytes are the point).
    const filler = 'x'.repeat(300);
    const rows = Array.from({ length: 2000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `DATA-${r}-${c} ${filler}`),
    );
    wb.setCells('Data', 'A1', rows);
    let dataRead = false;
    const harness = new OfficeJsHarness(wb, {
      onExchange: (_request, response) => (dataRead ||= response.includes('DATA-')),
    }).install();
    const { syncs, error } = await harness.measure(() => new ExcelBackend(DEFAULT_SERVICES).check());
    harness.uninstall();
    expect(error).toBeNull();
    expect(dataRead).toBe(false);
    for (const s of syncs) expect(s.responseBytes).toBeLessThan(MB5);
  }, 300_000);
});

describe('every request and response under 5 MB (Excel on the web)', () => {
  it("inserting blank Kentucky templates: under 500 KB and 2,000 actions in all, cleanup included (issue 8's target; bytes and actions are counts, not timings)", async () => {
    const flow = await measureInsertTemplates();
    expectUnderLimit(flow);
    const total = flow.syncs.reduce((t, s) => ({ bytes: t.bytes + s.requestBytes, actions: t.actions + s.actions }), {
      bytes: 0,
      actions: 0,
    });
    expect(total.bytes).toBeLessThan(500 * 1024);
    expect(total.actions).toBeLessThan(2000);
  });

  it('a budget of 100 lines: every request and response under 2 MB, the re-check in one sync', async () => {
    const flows = await measureBudgetFlows(100);
    for (const flow of [flows.firstCheck, flows.recheck, flows.reviewSheet]) expectUnderLimit(flow, 2 * 1024 * 1024);
    expect(flows.recheck.syncs.filter((s) => !s.cleanup)).toHaveLength(1);
  }, 120_000);

  /**
   * The budgets of 2,000 and 10,000 lines at a tenth: the harness plays a limit of 512 KB and the reader plans
   * for it (readPayload), so the very code that keeps a 10,000-line budget under 5 MB runs on 1,000 lines
   * (a tenth of the time to build and check). The figures under the real 5 MB, at 2,000 and 10,000 lines,
   * are `npm run bench requests`'s, beside their targets (issue 8's 2 MB at 2,000 lines; 5 MB at 10,000).
   */
  describe('budgets of 2,000 and 10,000 lines, at a tenth (200 and 1,000 lines under 512 KB)', () => {
    const SCALE = 10;
    const limit = MB5 / SCALE;
    const measured = new Map<number, BudgetFlows>();
    beforeAll(async () => {
      readPayload.limitBytes = limit;
      try {
        for (const lines of [2000, 10000]) measured.set(lines, await measureBudgetFlows(lines / SCALE, limit));
      } finally {
        readPayload.limitBytes = PAYLOAD_LIMIT_BYTES;
      }
    }, 300_000);
    const flows = (lines: number) => measured.get(lines) as BudgetFlows;

    // Issue 8's 2 MB at 2,000 lines is a figure of the real size (the templates' fixed cells do not shrink
    // with the lines): `npm run bench requests` measures it beside its target. Value types no longer travel
    // where Excel can say where the error values are (ExcelApi 1.9, src/excel/officeCells.ts): the re-check's
    // answer at 2,000 lines fell from 2.07 MB to 1.73 MB.
    it('2,000 lines: every request and response under the limit, and the re-check in one sync', () => {
      for (const flow of [flows(2000).firstCheck, flows(2000).recheck, flows(2000).reviewSheet])
        expectUnderLimit(flow, limit);
      expect(flows(2000).recheck.syncs.filter((s) => !s.cleanup)).toHaveLength(1);
    });

    // At 10,000 lines Appendix F's answer is about 10 MB in one read, which Excel on the web refuses
    // (ResponsePayloadSizeLimitExceeded): src/excel/officeRead.ts reads it in row blocks under the limit.
    it('10,000 lines: the first check, the re-check and the Review sheet each under the limit, read in parts', () => {
      for (const flow of [flows(10000).firstCheck, flows(10000).recheck, flows(10000).reviewSheet])
        expectUnderLimit(flow, limit);
      expect(flows(10000).recheck.syncs.filter((s) => !s.cleanup).length).toBeGreaterThan(1);
    });
  });
});

describe("issue 18: what the requests say, built by Microsoft's library", () => {
  const bold = { kind: 'value' as const, value: 1, style: { bold: true } };
  const skip = { kind: 'skip' as const };
  /** A sheet, three bold cells apart (three rectangles of one style: one RangeAreas), and its print setup. */
  const plan: WritePlan = {
    ops: [
      { op: 'addSheet', sheet: 'S' },
      { op: 'cells', sheet: 'S', address: 'A1', rows: [[bold, skip, bold], [skip, skip, skip], [bold]] },
      { op: 'print', sheet: 'S', setup: { landscape: true, fitToWidth: 1, fitToHeight: 0, area: 'A1:C3' } },
    ],
  };
  function capture(wb: FakeWorkbook) {
    const requests: RequestBody[] = [];
    const harness = new OfficeJsHarness(wb, { onExchange: (r) => requests.push(JSON.parse(r) as RequestBody) });
    return { harness: harness.install(), requests };
  }
  const args = (requests: RequestBody[], name: string) =>
    requests.flatMap((r) => [
      ...r.Actions.filter((a) => a.Name === name).map((a) => a.ArgumentInfo?.Arguments ?? []),
      ...Object.values(r.ObjectPaths)
        .filter((p) => p.Name === name)
        .map((p) => p.ArgumentInfo?.Arguments ?? []),
    ]);

  it('item 1: the fit goes with its height, verticalFitToPages 0, as Excel’s recorder writes it', async () => {
    const wb = blankWorkbook();
    const { harness, requests } = capture(wb);
    const { error } = await harness.measure(() => Excel.run((ctx) => applyIn(ctx, plan)));
    harness.uninstall();
    expect(error).toBeNull();
    expect(args(requests, 'Zoom')).toEqual([[{ horizontalFitToPages: 1, verticalFitToPages: 0 }]]);
  });

  it('item 2: where the list separator is ";", the areas go with ";" once Excel has refused ","', async () => {
    const wb = blankWorkbook();
    wb.listSeparator = ';';
    const { harness, requests } = capture(wb);
    const { error } = await harness.measure(() => Excel.run((ctx) => applyIn(ctx, plan)));
    harness.uninstall();
    expect(error).toBeNull();
    const lists = args(requests, 'GetRanges').map((a) => String(a[0]));
    expect(lists).toContain('A1,C3'); // the probe Excel refused, before anything of the request ran
    expect(lists).toContain('A1;C3'); // the one it took
    // The styles' areas were sent again, with ";".
    const styled = lists.filter((l) => l !== 'A1,C3' && l !== 'A1;C3');
    expect(styled[styled.length - 1]).toMatch(/^[A-Z0-9:]+(;[A-Z0-9:]+)+$/);
    expect(wb.sheet('S')!.cells.get('2,0')?.style.bold).toBe(true);
  });

  it('item 3: delayForCellEdit reaches Excel only where it reports the DelayForCellEdit set', async () => {
    const wb = blankWorkbook();
    const harness = new OfficeJsHarness(wb).install();
    wb.delayForCellEditSet = false;
    const without = await harness.measure(() => runExcel((ctx) => ctx.sync()));
    wb.delayForCellEditSet = true;
    wb.cellEditMode = true;
    setTimeout(() => (wb.cellEditMode = false), 50);
    const held = await harness.measure(() => runExcel((ctx) => ctx.sync()));
    harness.uninstall();
    const flagged = (r: SyncRecord[]) =>
      r.filter((x) => !x.cleanup).map((x) => ((x.flags ?? 0) & DELAY_FOR_CELL_EDIT_FLAG) !== 0);
    expect(flagged(without.syncs)).toEqual([false]);
    expect(held.error).toBeNull();
    expect(flagged(held.syncs)).toEqual([true]);
  });

  it("item 4: the error cells are asked of each sheet's used range, never of the whole sheet", async () => {
    const wb = installFakeOffice(blankWorkbook());
    await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    uninstallFakeOffice();
    const { harness, requests } = capture(wb);
    const { error } = await harness.measure(() => new ExcelBackend(DEFAULT_SERVICES).check());
    harness.uninstall();
    expect(error).toBeNull();
    const parents = requests.flatMap((r) =>
      Object.values(r.ObjectPaths)
        .filter((p) => p.Name === 'GetSpecialCellsOrNullObject')
        .map((p) => r.ObjectPaths[String(p.ParentObjectPathId)]?.Name),
    );
    expect(parents.length).toBeGreaterThan(0);
    expect(new Set(parents)).toEqual(new Set(['GetUsedRangeOrNullObject']));
  });

  it("item 6: the add-in's own writes come back as events that do not start a check; a user's edit does", async () => {
    const wb = installFakeOffice(blankWorkbook());
    await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
    uninstallFakeOffice();
    const harness = new OfficeJsHarness(wb).install();
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const hints: number[] = [];
    await backend.watch(() => hints.push(1));
    await backend.check();
    await backend.changeState('PR');
    await new Promise((r) => setTimeout(r, 20));
    expect(hints).toEqual([]);
    wb.typeInto('Appendix F', 'F12', '1');
    await new Promise((r) => setTimeout(r, 20));
    harness.uninstall();
    expect(hints).toHaveLength(1);
  });
});
