/**
 * Issue 22, item 1: a line titled "Subtotal" (any spelling) is read as a line when the row and its place
 * say so, and said; and the repair's guard refuses a planned write over a typed figure, whatever the
 * reader believed, in both layouts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { centsToDollars } from '../../src/budget';
import { a1, cellAt } from '../../src/port/workbookPort';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { planRepair } from '../../src/workbook/repair';
import { refersBeyondRow } from '../../src/workbook/repairGuard';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { msg } from '../../src/messages/words';
import { english } from '../support/words';
import { runCli } from '../support/cli';
import { expectNoCrash, sha256 } from '../support/crash';
import { KY_INDIRECT, KY_LINES, makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';
import { SUBTOTAL_LINE, subtotalTitledLine } from '../fixtures/bad-input/roundTwo';
import { ownWorkbook } from '../fixtures/bad-input/workbooks';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-subtotal-line-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The fixture's true Federal total, in dollars, with the extra line's. */
function federalTruth(extra: number): number {
  let cents = KY_INDIRECT[1];
  for (const lines of Object.values(KY_LINES)) for (const l of lines) cents += l.amounts[2];
  return centsToDollars(cents) + extra;
}

/** "Appendix F" row `row` (1-based), columns A to I, as the snapshot of a file gives them. */
async function rowCells(bytes: Buffer, row: number): Promise<unknown[]> {
  const s = await readXlsxSnapshot(bytes, 'x.xlsx');
  const f = s.sheets.find((x) => x.name === 'Appendix F')!;
  return Array.from({ length: 9 }, (_, c) => cellAt(f, row - 1, c));
}

describe.each(['Subtotal', 'Sub total', 'Subtotals', 'SUBTOTAL'])('a personnel line titled %j', (title) => {
  it('review counts the line and says how the row was read; repair leaves its typed figures alone', async () => {
    const { buffer, row } = await subtotalTitledLine(title);
    const file = path.join(dir, `line-${title.replace(/\s/g, '_')}.xlsx`);
    fs.writeFileSync(file, buffer);
    const before = sha256(file);

    const r = await runCli(['review', '--json', '--state', 'KY', file]);
    expectNoCrash(r);
    const j = JSON.parse(r.stdout) as {
      totals: { federal: number };
      findings: { code: string; cell: string | null; message: string }[];
    };
    expect(j.totals.federal).toBe(federalTruth(SUBTOTAL_LINE.federal));
    const said = j.findings.find((f) => f.code === 'AMBIGUOUS_LAYOUT');
    expect(said).toMatchObject({ cell: `A${row}` });
    expect(said?.message).toMatch(/read as a line of the section/);

    const out = path.join(dir, `out-${title.replace(/\s/g, '_')}.xlsx`);
    const rep = await runCli(['repair', file, '-o', out]);
    expectNoCrash(rep);
    expect(rep.code).toBeLessThan(2);
    expect(await rowCells(fs.readFileSync(out), row)).toEqual(await rowCells(buffer, row));
    expect(rep.stdout).not.toContain(`!H${row}:`);
    expect(sha256(file)).toBe(before);
  });
});

it('a Subtotal row pasted as values (its figures equal the lines above) is still the Subtotal, with nothing said about it', async () => {
  const fx = await makePublishedWorkbook({
    stateInJ: 'Kentucky',
    edit: (ctx) => {
      const f = ctx.sheet('F');
      const r = ctx.rowF('A.sub');
      for (const c of ['D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']) {
        const cell = f.getCell(`${c}${r}`);
        const v = cell.value as { result?: number };
        cell.value = typeof v?.result === 'number' ? v.result : null;
      }
    },
  });
  const read = readBudgetFromSnapshot(await readXlsxSnapshot(fx.buffer, 'x.xlsx'), { state: 'KY' });
  if (!read.ok) throw new Error(english(read.problem));
  expect(read.findings.filter((f) => f.code === 'AMBIGUOUS_LAYOUT')).toEqual([]);
  expect(read.budget.personnel).toHaveLength(KY_LINES.personnel.length);
});

describe('the guard where repair plans its writes', () => {
  it('published layout: a total the reader planned over a typed figure is refused and reported, even when the reader is wrong', async () => {
    const { buffer, row } = await subtotalTitledLine();
    const snap = await readXlsxSnapshot(buffer, 'x.xlsx');
    const read = readBudgetFromSnapshot(snap, { state: 'KY' });
    if (!read.ok || !read.cells) throw new Error('not read');
    // The reader of before: the row taken for the Subtotal, its cells planned as totals.
    const forged = {
      ...read,
      cells: {
        ...read.cells,
        inputCells: new Set([...read.cells.inputCells].filter((k) => !k.endsWith(`${row}`))),
        totals: [
          ...['D', 'E', 'F', 'G', 'H', 'I'].map((c, i) => ({
            sheet: 'Appendix F',
            row: row - 1,
            col: 3 + i,
            formula: `=SUM(${c}5:${c}${row - 1})`,
            expected: 0,
            unit: 'cents' as const,
            where: msg('where.cell', { cell: 'A. Personnel, Subtotal' }),
          })),
          ...read.cells.totals,
        ],
      },
    };
    const result = planRepair(snap, {}, forged);
    expect(result.changes.filter((c) => c.cell.endsWith(String(row)))).toEqual([]);
    // Nothing is written into the row: its typed figures and its own Total Cost formula.
    expect(result.refused.map((x) => x.cell).sort()).toEqual(
      ['D', 'E', 'F', 'G', 'H', 'I', 'K'].map((c) => `${c}${row}`).sort(),
    );
    expect(english(result.refused[0]!.reason)).toMatch(/never writes over a typed figure/);
  });

  it('our layout: totals planned over a line (as names moved onto it would) are refused; a total typed over beside live totals is still restored', async () => {
    const bytes = await ownWorkbook();
    const snap = await readXlsxSnapshot(bytes, 'own.xlsx');
    const read = readBudgetFromSnapshot(snap);
    if (!read.ok || !read.cells) throw new Error('not read');
    const f = snap.sheets.find((s) => s.name === 'Appendix F')!;
    // The first personnel line: its Federal Share (H) is a typed figure.
    const line = read.budget.places?.get('personnel[0].federal');
    const lineRow = Number(/\d+$/.exec(line?.cell ?? '')?.[0]) - 1;
    expect(typeof cellAt(f, lineRow, 7).value).toBe('number');
    const forged = {
      ...read,
      cells: {
        ...read.cells,
        inputCells: new Set<string>(),
        totals: [
          {
            sheet: 'Appendix F',
            row: lineRow,
            col: 7,
            formula: '=SUM(H1:H2)',
            expected: 0,
            unit: 'cents' as const,
            where: msg('where.cell', { cell: 'x' }),
          },
          ...read.cells.totals,
        ],
      },
    };
    const result = planRepair(snap, {}, forged);
    expect(result.refused.map((x) => x.cell)).toEqual([a1(lineRow, 7)]);
    expect(result.changes.map((c) => c.cell)).not.toContain(a1(lineRow, 7));
  });
});

it('refersBeyondRow tells a total formula from a line own one', () => {
  expect(refersBeyondRow('=SUM(H9:J9)', 8)).toBe(false);
  expect(refersBeyondRow('=H9+I9+J9', 8)).toBe(false);
  expect(refersBeyondRow('=SUM(H5:H18)', 18)).toBe(true);
  expect(refersBeyondRow("='Appendix F'!K40", 3)).toBe(true);
  expect(refersBeyondRow('=IF(H9>0,"A1",1E5)', 8)).toBe(false);
  expect(refersBeyondRow('=GB_F_Total', 8)).toBe(true);
  expect(refersBeyondRow('=_xlfn.IFERROR(H9/I9,0)', 8)).toBe(false);
});
