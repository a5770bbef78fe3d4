/**
 * The pieces of the workbook reader that hold a rule of their own: which number texts are numbers
 * (src/workbook/numberText.ts), how a shared formula moves (src/xlsx/sharedFormula.ts), and merged
 * areas as ranges (src/xlsx/mergedAreas.ts): bounded, overlaps refused, covered cells blanked.
 */
import { inEnglish, plain } from '../support/words';
import { numberTextProblem, plainNumber } from '../../src/workbook/numberText';
import { MAX_MERGED_CELLS, checkedAreas, visibleCells } from '../../src/xlsx/mergedAreas';
import { WorkbookReadError } from '../../src/xlsx/readError';
import { slideFormula } from '../../src/xlsx/sharedFormula';
import { CellReader, SheetGrid } from '../../src/workbook/sheetGrid';

describe('number texts', () => {
  it.each([
    ['1234.5', 1234.5],
    ['-0.015', -0.015],
    ['1E3', 1000],
    [' 12 ', 12],
    ['.5', 0.5],
    ['0.30000000000000004', 0.30000000000000004],
    ['9007199254740991', 9007199254740991],
  ])('%j is the number %d', (text, n) => expect(plainNumber(text)).toBe(n));

  it.each([
    ['0x10', 'notANumber'],
    ['', 'notANumber'],
    ['Infinity', 'notANumber'],
    ['NaN', 'notANumber'],
    ['1,000', 'notANumber'],
    ['1e400', 'tooLarge'],
    ['-1e400', 'tooLarge'],
    ['9007199254740993', 'tooManyDigits'],
    ['1e-400', 'tooSmall'],
  ])('%j is not read as a number: it is %s', (text, why) => {
    expect(plainNumber(text)).toBeNull();
    expect(numberTextProblem(text)).toBe(why);
  });

  it('0e5 and 0.000 are zero, not too small', () => {
    expect(plainNumber('0e5')).toBe(0);
    expect(plainNumber('0.000')).toBe(0);
  });
});

describe('shared formulas', () => {
  const from = { r: 4, c: 10 }; // K5
  it('move relative references by the distance, keep absolute ones', () => {
    expect(slideFormula('SUM(H5:J5)*$B$2+B$3+$C4', from, { r: 6, c: 11 })).toBe('SUM(I7:K7)*$B$2+C$3+$C6');
  });
  it('leave functions, names beyond XFD, quoted text and quoted sheet names alone; move the cell after a sheet name', () => {
    expect(slideFormula('LOG10(A1)+XFE1+"A1"&\'B2 x\'!C3+Sheet1!D4', from, { r: 5, c: 10 })).toBe(
      'LOG10(A2)+XFE1+"A1"&\'B2 x\'!C4+Sheet1!D5',
    );
  });
  it('a doubled quote stays inside its text; an unclosed one runs to the end', () => {
    expect(slideFormula('"say ""A1"""&A1&"B1', from, { r: 5, c: 10 })).toBe('"say ""A1"""&A2&"B1');
  });
  it('a reference moved off the sheet is left as written', () => {
    expect(slideFormula('A1', { r: 4, c: 0 }, { r: 0, c: 0 })).toBe('A1');
  });
});

describe('merged areas', () => {
  const cell = (r: number, c: number) => ({ r, c, cell: { value: 1, formula: null } });

  it('blank every covered cell but the top-left, whatever the order of cells and areas', () => {
    const areas = checkedAreas(['C3:D4', 'A1:B1', 'F1:F100000'], 'f.xlsx', 'S', 'p.xml');
    const found = [
      cell(3, 3),
      cell(0, 0),
      cell(0, 1),
      cell(2, 2),
      cell(2, 3),
      cell(4, 2),
      cell(50_000, 5),
      cell(0, 5),
      cell(99_999, 5),
      cell(100_000, 5),
    ];
    expect(visibleCells(found, areas).map((f) => `${f.r},${f.c}`)).toEqual(['0,0', '2,2', '4,2', '0,5', '100000,5']);
  });

  it('refuse overlapping areas, naming two of them', () => {
    expect(() => checkedAreas(['A1:B2', 'D1:E5', 'C3:D4'], 'f.xlsx', 'S', 'p.xml')).toThrow(
      /merged areas that overlap \(D1:E5 and C3:D4\)/,
    );
    expect(() => checkedAreas(['A1:C1', 'B1:B1'], 'f.xlsx', 'S', 'p.xml')).toThrow(WorkbookReadError);
    expect(checkedAreas(['A1:B2', 'C1:D2', 'A3:D3'], 'f.xlsx', 'S', 'p.xml')).toHaveLength(3);
  });

  it('refuse more merged cells than the bound, without enumerating them', () => {
    expect(() => checkedAreas(['A1:XFD1048576'], 'f.xlsx', 'S', 'p.xml')).toThrow(
      new RegExp(`merges more than ${MAX_MERGED_CELLS.toLocaleString('en-US')} cells`),
    );
  });
});

describe('merged areas that are not ranges of the grid', () => {
  it.each(['T1:AM8000000', 'A1:XFE2', 'B2:A1', 'A1:', 'foo'])('%j is refused as damage', (ref) => {
    expect(() => checkedAreas([ref], 'f.xlsx', 'S', 'p.xml')).toThrow(
      /has a merged area ".*" that is not a range of Excel's grid/,
    );
  });
  it('a single cell merges nothing', () => expect(checkedAreas(['B2'], 'f.xlsx', 'S', 'p.xml')).toEqual([]));
});

describe('a number text in a figure cell of the published layout (SheetGrid, CellReader)', () => {
  const sheet = {
    name: 'Appendix F',
    kind: 'worksheet' as const,
    visibility: 'visible' as const,
    origin: { row: 0, col: 0 },
    cells: [
      [
        { value: '1e400', formula: null },
        { value: '9007199254740993', formula: null },
        { value: '0x10', formula: null },
        { value: 'n/a', formula: null },
      ],
    ],
    merges: [],
  };
  it.each([
    [
      0,
      /^Appendix F!A1 \(x\) holds the text "1e400", which is too large to be a number \(.+\), where an amount in dollars belongs/,
    ],
    [
      1,
      /^Appendix F!B1 \(x\) holds the text "9007199254740993", which has more digits than a number holds exactly \(.+\), where an amount/,
    ],
    [
      2,
      /^Appendix F!C1 \(x\) holds the text "0x10" \(a hexadecimal number, which Excel does not read as a number\) where an amount/,
    ],
    [
      3,
      /^Appendix F!D1 \(x\) holds the text "n\/a" where an amount in dollars belongs; Excel leaves text out of its totals/,
    ],
  ])('column %d: NOT_A_NUMBER saying what is wrong, and the cell counts as blank', (col, says) => {
    const reader = new CellReader();
    expect(reader.money(new SheetGrid(sheet), 0, col, { path: 'p', where: plain('x') })).toBe(0);
    expect(inEnglish(reader.findings)).toEqual([
      expect.objectContaining({ code: 'NOT_A_NUMBER', message: expect.stringMatching(says) }),
    ]);
  });
});
