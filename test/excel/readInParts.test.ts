/**
 * Excel on the web refuses a request or a response over 5 MB (Office.js error codes
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). The fake plays that limit, and
 * the add-in's reads stay under it: the first check reads the sheet list and names, then only the
 * budget's sheets; without our layout it looks for the published one a candidate sheet at a time, in
 * bounded blocks; a sheet too big for one response is read in row blocks.
 */
import { english } from '../support/words';
import * as path from 'path';
import { evaluateBudget, type Budget } from '../../src/budget';
import { ExcelBackend } from '../../src/excel/excelBackend';
import { PROBE_ROWS } from '../../src/excel/officeDiscover';
import { applyIn, readSnapshotIn } from '../../src/excel/officePort';
import { readOfficeSnapshot } from '../support/officePort';
import { WEB_PAYLOAD_LIMIT_BYTES } from '../../src/excel/fake/fakeLimits';
import { PAYLOAD_LIMIT_BYTES, readPayload } from '../../src/excel/officeReadParts';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { WRITERS } from '../../src/excel/writers';
import type { CheckedBudget } from '../../src/addin/paneBackend';
import { budgetOf, exampleJson } from '../support/budgets';
import { FakeWorkbook, installFakeOffice, parseRect, uninstallFakeOffice, openXlsxIn } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
});
afterEach(() => {
  uninstallFakeOffice();
  readPayload.limitBytes = PAYLOAD_LIMIT_BYTES;
});

/**
 * Where a test says "at a tenth", the fake plays a limit of 512 KB and the reader plans for it
 * (readPayload): the same code as at 5 MB, on a tenth of the cells (a 1,000-line budget read in parts as a
 * 10,000-line one is at 5 MB). The figures at 2,000 and 10,000 lines under 5 MB are `npm run bench`'s
 * (`requests`, `sync`).
 */
const SCALE = 10;
const SCALED_LIMIT = WEB_PAYLOAD_LIMIT_BYTES / SCALE;
function playExcelOnTheWebAtATenth(): void {
  readPayload.limitBytes = SCALED_LIMIT;
  wb.limits.playExcelOnTheWeb(true, SCALED_LIMIT);
}

/** A user's data sheet: `rows` × 10 numbers with decimals (about 30 bytes a cell in a response). */
function dataSheet(name: string, rows: number): void {
  const s = wb.addSheet(name);
  for (let r = 0; r < rows; r++) for (let c = 0; c < 10; c++) wb.cellFor(s, r, c).value = r * 10 + c + 0.123456;
}

async function workbookWith(budget: Budget): Promise<void> {
  await Excel.run(async (ctx) => {
    const snap = await readSnapshotIn(ctx, { sheets: [] });
    await applyIn(
      ctx,
      WRITERS.planInsertTemplates(snap, { state: budget.state, fiscalYear: budget.fiscalYear, budget }).plan,
    );
  });
}

const openXlsx = (file: string) => openXlsxIn(wb, file);

function linesBudget(lines: number): Budget {
  const personnel = Array.from({ length: lines }, (_, i) => ({
    title: `Officer ${i + 1}`,
    programType: 'Enforcement (safety)',
    name: 'Staff',
    annualSalary: 60000.5,
    fte: 1,
    administration: 0,
    program: 60000.5,
    federal: 30000.25,
    stateMatch: 30000.25,
  }));
  return budgetOf({ state: 'KY', personnel });
}

function expectEverySyncUnderTheLimit(): void {
  const limit = wb.limits.payloadLimit ?? WEB_PAYLOAD_LIMIT_BYTES;
  expect(wb.limits.syncs.length).toBeGreaterThan(0);
  for (const s of wb.limits.syncs) {
    expect(s.refused).toBeUndefined();
    expect(s.requestBytes).toBeLessThan(limit);
    expect(s.responseBytes).toBeLessThan(limit);
  }
}

function rowsRead(sheet: string): number {
  return wb.limits.cellsRead(sheet).reduce((n, l) => {
    const r = parseRect(l.address);
    return n + r.r1 - r.r0 + 1;
  }, 0);
}

describe('the fake plays Excel on the web', () => {
  it('refuses a response over 5 MB, and answers it on the desktop', async () => {
    // 6 MB in 20,000 cells of text (building 200,000 cells of numbers took seconds).
    const data = wb.addSheet('Data');
    const text = 'x'.repeat(300);
    for (let r = 0; r < 2_000; r++) for (let c = 0; c < 10; c++) wb.cellFor(data, r, c).value = `${r}.${c} ${text}`;
    const read = () => Excel.run((ctx) => readSnapshotInOneSync(ctx, 'Data'));
    await expect(read()).resolves.toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES);
    wb.limits.playExcelOnTheWeb();
    await expect(read()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('refuses a request over 5 MB before running any of it', async () => {
    wb.addSheet('Sheet1');
    wb.limits.playExcelOnTheWeb();
    const big = Array.from({ length: 100_000 }, (_, i) => [
      `a line of text number ${i} that goes on for a while`,
      i + 0.5,
    ]);
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['first']];
        ctx.workbook.worksheets.getItem('Sheet1').getRange(`A2:B${big.length + 1}`).values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.cellText('Sheet1', 'A1').value).toBeNull();
  });
});

/** Loads a whole used range in one sync; returns the response's bytes as the fake counted them. */
async function readSnapshotInOneSync(ctx: Excel.RequestContext, sheet: string): Promise<number> {
  ctx.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load('values,formulas,valueTypes');
  await ctx.sync();
  return wb.limits.syncs[wb.limits.syncs.length - 1]!.responseBytes;
}

describe('the first check in Excel on the web', () => {
  it('reads our templates beside a data sheet too big for one response (20,000 cells at a tenth), and nothing of that sheet but its name', async () => {
    await workbookWith(budgetOf(exampleJson('nc-example')));
    dataSheet('Survey data', 20_000 / SCALE);
    playExcelOnTheWebAtATenth();
    const outcome = (await new ExcelBackend(DEFAULT_SERVICES).check()) as CheckedBudget;
    expect(outcome.status).toBe('checked');
    expect(outcome.evaluation.totals).toEqual(evaluateBudget(budgetOf(exampleJson('nc-example'))).totals);
    expect(wb.limits.rangeLoads.filter((l) => l.sheet === 'Survey data')).toEqual([]);
    expectEverySyncUnderTheLimit();
  });

  it('finds the published layout one candidate sheet at a time, in bounded pieces, beside a data sheet too big for one response (at a tenth)', async () => {
    await openXlsx(path.join(__dirname, '..', 'fixtures', 'published', 'ky-published.xlsx'));
    const alone = (await new ExcelBackend(DEFAULT_SERVICES).check('KY')) as CheckedBudget;
    expect(alone.status).toBe('checked');
    dataSheet('Survey data', 20_000 / SCALE);
    playExcelOnTheWebAtATenth();
    wb.limits.syncs.length = 0;
    wb.limits.rangeLoads.length = 0;
    const outcome = (await new ExcelBackend(DEFAULT_SERVICES).check('KY')) as CheckedBudget;
    expect(outcome.status).toBe('checked');
    expect(outcome.evaluation.totals).toEqual(alone.evaluation.totals);
    expect(outcome.sheets).not.toContain('Survey data');
    // Of the data sheet, only its first rows were read, to see that it is not a template.
    expect(rowsRead('Survey data')).toBeLessThanOrEqual(PROBE_ROWS);
    expectEverySyncUnderTheLimit();
  });
});

describe('a sheet too big for one response', () => {
  it('is read in row blocks after Excel refuses it, even when its cells cost far more than the estimate (at a tenth)', async () => {
    const s = wb.addSheet('Notes');
    const text = 'x'.repeat(300);
    for (let r = 0; r < 20_000 / SCALE; r++) {
      wb.cellFor(s, r, 0).value = `${r} ${text}`;
      wb.cellFor(s, r, 1).value = r;
    }
    const desktop = await readOfficeSnapshot({ sheets: ['Notes'] });
    playExcelOnTheWebAtATenth();
    wb.limits.syncs.length = 0;
    const web = await readOfficeSnapshot({ sheets: ['Notes'] });
    expect(web).toEqual(desktop);
    const refused = wb.limits.syncs.filter((x) => x.refused);
    expect(refused.length).toBeGreaterThan(0);
    const answered = wb.limits.syncs.filter((x) => !x.refused);
    for (const x of answered) expect(x.responseBytes).toBeLessThan(SCALED_LIMIT);
  });

  it('a 2,000-line budget (200 at a tenth): the re-check stays one sync, its response under the limit', async () => {
    await workbookWith(linesBudget(2000 / SCALE));
    playExcelOnTheWebAtATenth();
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    expect((await backend.check()).status).toBe('checked');
    wb.limits.syncs.length = 0;
    expect((await backend.check()).status).toBe('checked');
    expect(wb.limits.syncs).toHaveLength(1);
    expectEverySyncUnderTheLimit();
  }, 60_000);

  it('a 10,000-line budget (1,000 at a tenth): the first check goes in parts at once (its size known from the names), and so do the next ones, never refused', async () => {
    const budget = linesBudget(10_000 / SCALE);
    await workbookWith(budget);
    playExcelOnTheWebAtATenth();
    wb.limits.syncs.length = 0;
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const first = (await backend.check()) as CheckedBudget;
    expect(first.status).toBe('checked');
    expect(first.notes).toBeUndefined();
    expect(first.evaluation.totals).toEqual(evaluateBudget(budget).totals);
    expectEverySyncUnderTheLimit();
    expect(wb.limits.syncs.length).toBeGreaterThan(2);
    wb.limits.syncs.length = 0;
    const again = (await backend.check()) as CheckedBudget;
    expect(again.notes).toBeUndefined();
    expect(again.evaluation.totals).toEqual(first.evaluation.totals);
    expectEverySyncUnderTheLimit();
    expect(wb.limits.syncs.length).toBeGreaterThan(1);
  }, 120_000);

  it('a template sheet bigger than its names say (notes typed beside Appendix F): Excel refuses the one-sync read, the pane says so and reads in parts (at a tenth)', async () => {
    const budget = linesBudget(2_000 / SCALE);
    await workbookWith(budget);
    const notes = Array.from({ length: 2_000 / SCALE }, (_, r) =>
      Array.from({ length: 60 }, (_, c) => `note ${r}-${c} beside the budget`),
    );
    wb.setCells('Appendix F', 'AA1', notes);
    playExcelOnTheWebAtATenth();
    const first = (await new ExcelBackend(DEFAULT_SERVICES).check()) as CheckedBudget;
    expect(first.status).toBe('checked');
    expect(first.notes?.map(english).join(' ')).toMatch(/ResponsePayloadSizeLimitExceeded.*read in parts/);
    expect(first.evaluation.totals).toEqual(evaluateBudget(budget).totals);
  }, 120_000);
});
