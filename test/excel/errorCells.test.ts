/**
 * Where Excel has RangeAreas (ExcelApi 1.9), a read asks where the error values are instead of loading
 * every cell's value type (src/excel/officeCells.ts): a fifth less in every answer. These tests pin that
 * the two ways read the same cells, that the address Excel answers with is read whatever the sheet's
 * name, and that the fake answers getSpecialCells as Excel does (refused before 1.9, a single cell
 * searching the used range, nothing found as a null object).
 */
import { rectsOfAddress } from '../../src/excel/officeAddress';
import { cellRows, cellRowsWithErrors } from '../../src/excel/officeCells';
import { readSnapshotIn } from '../../src/excel/officePort';
import { readBlocksIn } from '../../src/excel/officeReadParts';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

afterEach(() => uninstallFakeOffice());

describe('the address of a RangeAreas', () => {
  it.each([
    ["'Appendix F'!M13:S2012", [{ r0: 12, c0: 12, r1: 2011, c1: 18 }]],
    [
      'Sheet1!A1,Sheet1!$C$3:$D$4',
      [
        { r0: 0, c0: 0, r1: 0, c1: 0 },
        { r0: 2, c0: 2, r1: 3, c1: 3 },
      ],
    ],
    [
      "'Budget, 2012'!B2,'It''s here!'!C3",
      [
        { r0: 1, c0: 1, r1: 1, c1: 1 },
        { r0: 2, c0: 2, r1: 2, c1: 2 },
      ],
    ],
    ['Data!A:B', [{ r0: 0, c0: 0, r1: 1_048_575, c1: 1 }]],
    ['Data!3:4', [{ r0: 2, c0: 0, r1: 3, c1: 16_383 }]],
    ['B2', [{ r0: 1, c0: 1, r1: 1, c1: 1 }]],
  ])('%s', (address, rects) => {
    expect(rectsOfAddress(address)).toEqual(rects);
  });

  it.each(["'Unclosed!A1", 'Sheet1!A1:', 'Sheet1!1A', 'Sheet1!A:3'])('%s is not an address', (address) => {
    expect(rectsOfAddress(address)).toBeNull();
  });

  it('is read in one pass, however long (an error in every other cell of 100,000 rows)', () => {
    const address = Array.from({ length: 100_000 }, (_, i) => `'Appendix F'!A${2 * i + 1}`).join(',');
    expect(rectsOfAddress(address)).toHaveLength(100_000);
  });
});

describe('cells typed from their values and the error areas', () => {
  it('give the cells that value types give', () => {
    const values = [[1.5, true, '', '#DIV/0!', '#N/A', 'text', '=x']];
    const formulas = [['=A2*1.5', true, '', '#DIV/0!', '=NA()', 'text', '=x']];
    const types = [['Double', 'Boolean', 'Empty', 'String', 'Error', 'String', 'String']];
    // Only E is an error value; D merely reads like one (text typed with an apostrophe).
    const errors = [{ r0: 9, c0: 4 + 2, r1: 9, c1: 4 + 2 }];
    expect(cellRowsWithErrors(values, formulas, { row: 9, col: 2 }, errors)).toEqual(cellRows(values, formulas, types));
  });

  it('ignore error areas outside the range read (Excel may answer for more than was asked)', () => {
    const cells = cellRowsWithErrors([['#REF!']], [['#REF!']], { row: 4, col: 4 }, [{ r0: 0, c0: 0, r1: 3, c1: 20 }]);
    expect(cells).toEqual([[{ value: '#REF!', formula: null }]]);
  });
});

/** A sheet holding each kind of cell, error values and text that reads like them side by side. */
function trickyWorkbook(minor: number): FakeWorkbook {
  const wb = installFakeOffice(new FakeWorkbook());
  wb.excelApiMinor = minor;
  const s = wb.addSheet("It's, a test");
  const put = (r: number, c: number, value: unknown, formula: string | null = null) => {
    const cell = wb.cellFor(s, r, c);
    cell.value = value as never;
    cell.formula = formula;
  };
  for (let r = 2; r < 40; r++) {
    put(r, 1, r * 1.25);
    put(r, 2, r % 3 === 0 ? '#DIV/0!' : `label ${r}`);
    put(r, 3, { error: '#DIV/0!' }, r % 2 === 0 ? '=1/0' : null);
    if (r % 5 === 0) put(r, 4, true);
    put(r, 5, { error: '#REF!' }, `=#REF!+${r}`);
  }
  return wb;
}

async function readBothWays(read: () => Promise<unknown>): Promise<[unknown, unknown]> {
  trickyWorkbook(8);
  const old = await read();
  uninstallFakeOffice();
  trickyWorkbook(9);
  return [old, await read()];
}

describe('reads with and without value types', () => {
  it('a whole sheet reads the same', async () => {
    const [old, lean] = await readBothWays(() => Excel.run((ctx) => readSnapshotIn(ctx, { sheets: ["It's, a test"] })));
    expect(lean).toEqual(old);
    expect(JSON.stringify(lean)).toContain('{"error":"#DIV/0!"}');
    expect(JSON.stringify(lean)).toContain('"value":"#DIV/0!","formula":null');
  });

  it('row blocks, a single cell among them, read the same', async () => {
    const blocks = [
      { sheet: "It's, a test", row: 2, rows: 10, col: 1, cols: 5 },
      { sheet: "It's, a test", row: 12, rows: 1, col: 2, cols: 1 },
      { sheet: "It's, a test", row: 13, rows: 27, col: 1, cols: 5 },
    ];
    const [old, lean] = await readBothWays(() => Excel.run((ctx) => readBlocksIn(ctx, blocks)));
    expect(lean).toEqual(old);
  });
});

describe("the fake's getSpecialCells", () => {
  it('is refused before ExcelApi 1.9, as Excel has no such method there', async () => {
    trickyWorkbook(8);
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem("It's, a test")
          .getRange()
          .getSpecialCellsOrNullObject('Formulas', 'Errors')
          .load('address');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('on a single cell searches the used range, as Excel does; nothing found is a null object or ItemNotFound', async () => {
    trickyWorkbook(9);
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("It's, a test");
      const fromCell = sheet.getRange('A1').getSpecialCellsOrNullObject('Constants', 'Errors').load('address');
      const none = sheet.getRange('A1:B3').getSpecialCellsOrNullObject('Formulas', 'Errors').load('address');
      await ctx.sync();
      expect(fromCell.address.startsWith("'It''s, a test'!D4,")).toBe(true);
      expect(rectsOfAddress(fromCell.address)?.[0]).toEqual({ r0: 3, c0: 3, r1: 3, c1: 3 });
      expect(none.isNullObject).toBe(true);
    });
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("It's, a test").getRange('A1:B3').getSpecialCells('Formulas').load('address');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
