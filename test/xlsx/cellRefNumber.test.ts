/**
 * The sheet reader reads a cell's `r` without a regular expression (cellRefNumber, src/xlsx/mergedAreas.ts):
 * it takes and refuses exactly what /^([A-Z]{1,3})(\d{1,7})$/ does, to the same row and column.
 */
import fc from 'fast-check';
import { CELL_REF_SPAN, cellRefNumber, columnNumber } from '../../src/xlsx/mergedAreas';

function byExpression(ref: string): number {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  return m ? Number(m[2]) * CELL_REF_SPAN + columnNumber(m[1] as string) : -1;
}

test('the same as the expression over references and near misses', () => {
  const letters = fc.stringMatching(/^[A-Za-z]{0,4}$/);
  const digits = fc.stringMatching(/^[0-9]{0,8}$/);
  const near = fc
    .tuple(letters, digits, fc.constantFrom('', ' ', '$', ':', '-', '٣', 'A'))
    .map(([a, b, c]) => a + b + c);
  fc.assert(
    fc.property(
      fc.oneof(
        near,
        fc.string(),
        fc.tuple(fc.string(), letters).map(([a, b]) => b + a),
      ),
      (ref) => {
        expect(cellRefNumber(ref)).toBe(byExpression(ref));
      },
    ),
    { numRuns: 20_000 },
  );
});

test('the edges: A1, XFD1048576, ZZZ9999999, a leading zero; and what is refused', () => {
  for (const ref of ['A1', 'XFD1048576', 'ZZZ9999999', 'B05', 'AAAA1', 'A', '1', 'a1', 'A12345678', 'A1 ', ''])
    expect([ref, cellRefNumber(ref)]).toEqual([ref, byExpression(ref)]);
  expect(cellRefNumber('B5')).toBe(5 * CELL_REF_SPAN + 1);
});
