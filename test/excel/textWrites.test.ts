/**
 * Issue 8, point 8: user text written through the Office.js adapter stays text, whatever it looks like.
 * The fake reads strings written to `range.formulas` as Excel does ("25%" is 0.25, "1E5" 100000, "3/4"
 * a date, " =x" and "＝x" formulas), so a string that is not protected changes type here as in Excel.
 */
import { applyIn } from '../../src/excel/officeWrite';
import { parseEntry } from '../../src/excel/fake/fakeEntry';
import type { CellWrite } from '../../src/port/workbookPort';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
});
afterEach(() => uninstallFakeOffice());

const LOOKALIKES = [
  '25%',
  '3/4',
  '1E5',
  '$1,200',
  '(12)',
  'TRUE',
  '#N/A',
  '2012-10-01',
  '\t=1+2',
  '\n=SUM(A1:A2)',
  ' =1+2',
  '＝1+2',
  '=not a formula',
  '+5',
  "'quoted",
  '007',
];

it('models how Excel reads strings written through range.formulas', () => {
  expect(parseEntry('25%').value).toBe(0.25);
  expect(parseEntry('1E5').value).toBe(100000);
  expect(parseEntry('3/4', 2026).value).toBe(46085); // 4 March 2026
  expect(parseEntry('2012-10-01').value).toBe(41183);
  expect(parseEntry('(12)').value).toBe(-12);
  expect(parseEntry(' =1+2')).toEqual({ value: null, formula: '=1+2' });
  expect(parseEntry('＝1+2')).toEqual({ value: null, formula: '=1+2' });
  expect(parseEntry('\t=1+2').formula).toBe('=1+2');
  expect(parseEntry("'25%")).toEqual({ value: '25%', formula: null });
  expect(parseEntry('Rent, office')).toEqual({ value: 'Rent, office', formula: null });
});

it('writes every text value as text, however it looks, and numbers as numbers', async () => {
  const row: CellWrite[] = LOOKALIKES.map((value) => ({ kind: 'value', value }));
  await Excel.run((ctx) =>
    applyIn(ctx, {
      ops: [
        { op: 'addSheet', sheet: 'Titles' },
        {
          op: 'cells',
          sheet: 'Titles',
          address: 'A1',
          rows: [
            row,
            [
              { kind: 'value', value: 0.25 },
              { kind: 'value', value: true },
              { kind: 'value', value: '' },
            ],
          ],
        },
      ],
    }),
  );
  LOOKALIKES.forEach((text, i) => {
    expect({ text, cell: wb.cellText('Titles', `${String.fromCharCode(65 + i)}1`) }).toEqual({
      text,
      cell: { value: text, formula: null },
    });
  });
  expect(wb.cellText('Titles', 'A2').value).toBe(0.25);
  expect(wb.cellText('Titles', 'B2').value).toBe(true);
  expect(wb.cellText('Titles', 'C2').value).toBe(null);
});
