/**
 * The banded, allocation-free edit distance gives what the textbook dynamic programme gives: the exact
 * distance when it is within the limit, and limit + 1 when it is not.
 */
import fc from 'fast-check';
import { editDistance } from '../../src/budget';

/** The full Levenshtein table, no band, no early exit. */
function textbook(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      (d[i] as number[])[j] = Math.min(
        (d[i - 1] as number[])[j]! + 1,
        (d[i] as number[])[j - 1]! + 1,
        (d[i - 1] as number[])[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return (d[a.length] as number[])[b.length]!;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '.'), maxLength: 40 });

test('equals the full table within the limit, and is limit + 1 past it', () => {
  fc.assert(
    fc.property(word, word, fc.option(fc.nat(12), { nil: undefined }), (a, b, limit) => {
      const exact = textbook(a, b);
      const got = editDistance(a, b, limit);
      if (limit === undefined || exact <= limit) expect(got).toBe(exact);
      else expect(got).toBe(limit + 1);
    }),
    { numRuns: 3000, seed: 20121001 },
  );
});

test('labels as the readers meet them: typos found, long texts stopped', () => {
  expect(editDistance('e supplies', 'e supplies', 2)).toBe(0);
  expect(editDistance('g oiher', 'g other', 1)).toBe(1);
  expect(editDistance('progam', 'program', 1)).toBe(1);
  expect(editDistance('plogram', 'program', 1)).toBe(1);
  expect(editDistance('x'.repeat(32_767), 'personnel', 1)).toBe(2);
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc', 5)).toBe(3);
  expect(editDistance('abc', '', 2)).toBe(3);
});
