/**
 * excelTextKey keeps the keys of short texts met lately (a sheet's program types repeat on thousands of lines at
 * every re-check): the key is the same as computed afresh, past the memo's bound in number and in length.
 */
import fc from 'fast-check';
import { excelCaseFold, excelTextKey, excelTrim } from '../../src/budget/excelText';

const afresh = (text: string) => excelCaseFold(excelTrim(text));

test('the same key as computed afresh, for texts met once, again, and past the bound', () => {
  const texts = fc.sample(fc.oneof(fc.string(), fc.fullUnicodeString(), fc.constantFrom(' ß  x ', 'ı', 'ﬁ ')), 3000);
  const long = 'Enforcement (safety) '.repeat(20);
  // Met again within the bound (a hit, 500 < 1024), then past it (the memo cleared and refilled), then too long.
  const some = texts.slice(0, 500);
  for (const text of [...some, ...some, ...texts, ...texts, long, long.toLowerCase()])
    expect(excelTextKey(text)).toBe(afresh(text));
});
