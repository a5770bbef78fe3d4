/**
 * federalSplit (src/budget/sf424a.ts) splits a line's Federal Share over its Administration and Program
 * amounts without allocate()'s arrays: the same cents as allocate() for every line, to the cent and the
 * sign, including negative lines, zero weights, ties and products past 2^53 (where it hands over).
 */
import fc from 'fast-check';
import { allocate } from '../../src/budget/money';
import { federalSplit } from '../../src/budget/sf424a';

function reference(federal: number, administration: number, program: number): [number, number] {
  const parts = allocate(federal, [administration, program]);
  if (parts) return [parts[0] ?? 0, parts[1] ?? 0];
  if (program !== 0 && Math.abs(program) >= Math.abs(administration)) return [0, federal];
  if (administration !== 0) return [federal, 0];
  return [0, 0];
}

const cents = fc.oneof(
  fc.integer({ min: -1_000, max: 1_000 }),
  fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }),
  fc.constantFrom(0, 1, -1, 2 ** 40, -(2 ** 40), 99_999_999_999_99),
);

test('gives the cents allocate() gives, for any line', () => {
  fc.assert(
    fc.property(cents, cents, cents, (federal, administration, program) => {
      expect(federalSplit(federal, administration, program)).toEqual(reference(federal, administration, program));
    }),
    { numRuns: 20_000, seed: 23 },
  );
});

test('ties go to Administration; a negative share splits as a charge does, negated', () => {
  expect(federalSplit(1, 50, 50)).toEqual([1, 0]);
  expect(federalSplit(-1, 50, 50)).toEqual([-1, 0]);
  expect(federalSplit(3, 1, 2)).toEqual([1, 2]);
  expect(federalSplit(-5, -2, -3)).toEqual([-2, -3]);
});
