/**
 * The fake's small engine computes sums and arithmetic and leaves any other function uncalculated (null),
 * without parsing it. A sheet's name in quotes is not a call: a sum over "Appendix F (2)" is computed.
 */
import { FakeWorkbook, cellKey } from '../../src/excel/fake/fakeWorkbook';

function valueAt(wb: FakeWorkbook, sheet: string, row: number, col: number) {
  return wb.sheet(sheet)?.cells.get(cellKey(row, col))?.value ?? null;
}

test('a SUM over a sheet whose name holds parentheses is computed', () => {
  const wb = new FakeWorkbook();
  wb.setCells('Appendix F (2)', 'A1', [[10], [32]]);
  wb.setCells('Totals', 'A1', [["=SUM('Appendix F (2)'!A1:A2)+1"]]);
  expect(valueAt(wb, 'Totals', 0, 0)).toBe(43);
});

test('any other function is left uncalculated, also when the same formula comes again', () => {
  const wb = new FakeWorkbook();
  wb.setCells('S', 'A1', [[5, '=SUMPRODUCT(A1:A1)', '=IF(A1>0,1,0)', '=SUMPRODUCT(A1:A1)']]);
  expect([1, 2, 3].map((c) => valueAt(wb, 'S', 0, c))).toEqual([null, null, null]);
});
