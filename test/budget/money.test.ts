import fc from 'fast-check';
import { english } from '../support/words';
import {
  allocate,
  formatDollars,
  mulDivHalfUp,
  parseDollars,
  splitEvenly,
  centsToDecimalText,
  centsToDollars,
} from '../../src/budget';

describe('parseDollars', () => {
  it.each([
    [0, 0],
    [1, 100],
    [1234.5, 123450],
    [1234.56, 123456],
    [-12.05, -1205],
    [0.1, 10],
    [99999999999.99, 9999999999999],
  ])('reads %p as %p cents', (input, cents) => {
    expect(parseDollars(input)).toEqual({ ok: true, value: cents });
  });

  it.each(['$1,234.50', '1234.50', ' 1,234.5 ', '(1,234.50)'])('reads the text %p', (t) => {
    const r = parseDollars(t);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Math.abs(r.value)).toBe(123450);
  });

  it('refuses three decimals rather than rounding them away', () => {
    const r = parseDollars(1.005);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(english(r.problem)).toMatch(/more than two decimals/);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %p', (n) => {
    expect(parseDollars(n).ok).toBe(false);
  });

  it('refuses amounts too large for the SF-424A', () => {
    expect(parseDollars(1e15).ok).toBe(false);
    expect(parseDollars(100000000000).ok).toBe(false);
  });

  it('refuses text that is not money', () => {
    expect(parseDollars('twelve').ok).toBe(false);
    expect(parseDollars('1.2.3').ok).toBe(false);
  });
});

describe('formatDollars', () => {
  it.each([
    [0, '$0.00'],
    [5, '$0.05'],
    [123450, '$1,234.50'],
    [-123456789, '-$1,234,567.89'],
  ])('%p cents is %p', (c, s) => expect(formatDollars(c)).toBe(s));

  it('writes plain decimals for XML and JSON', () => {
    expect(centsToDecimalText(-5)).toBe('-0.05');
    expect(centsToDollars(123456)).toBe(1234.56);
  });
});

describe('allocate', () => {
  it('gives remainder cents to the largest remainders, ties to the earliest', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(5, [1, 1])).toEqual([3, 2]);
    expect(allocate(-5, [1, 1])).toEqual([-3, -2]);
    expect(allocate(1000, [2, 1])).toEqual([667, 333]);
  });

  it('cannot carry a non-zero total on zero or mixed-sign weights', () => {
    expect(allocate(5, [0, 0])).toBeNull();
    expect(allocate(5, [1, -1])).toBeNull();
    expect(allocate(0, [0, 0])).toEqual([0, 0]);
  });

  it('never loses or invents a cent (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e10 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          if (weights.every((w) => w === 0)) return parts === null || total === 0;
          if (!parts) return false;
          const sum = parts.reduce((a, b) => a + b, 0);
          return sum === total && parts.every((p) => Number.isInteger(p));
        },
      ),
    );
  });

  it('gives each part within one cent of its exact share (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 6 }),
        (total, weights) => {
          const parts = allocate(total, weights) ?? [];
          const sum = weights.reduce((a, b) => a + b, 0);
          return parts.every((p, i) => Math.abs(p - (total * (weights[i] ?? 0)) / sum) < 1);
        },
      ),
    );
  });

  it('splits a year into four quarters, remainder to the earliest', () => {
    expect(splitEvenly(1003, 4)).toEqual([251, 251, 251, 250]);
  });
});

describe('mulDivHalfUp (salary × FTE)', () => {
  it('rounds half up, exactly', () => {
    expect(mulDivHalfUp(4200000, 2900, 10000)).toBe(1218000); // $42,000 × 0.29
    expect(mulDivHalfUp(1, 5000, 10000)).toBe(1); // 0.5 cent rounds up
    expect(mulDivHalfUp(1, 4999, 10000)).toBe(0);
    expect(mulDivHalfUp(-1, 5000, 10000)).toBe(-1);
  });

  it('agrees with BigInt arithmetic on both sides of 2^53, where it leaves doubles (property)', () => {
    const exact = (cents: number, ratio: number, scale: number): number => {
      const p = BigInt(cents) * BigInt(ratio);
      const s = BigInt(scale);
      const q = ((p < 0n ? -p : p) * 2n + s) / (2n * s);
      const v = Number(p < 0n ? -q : q);
      return v === 0 ? 0 : v;
    };
    const edge = Math.floor(Math.sqrt(Number.MAX_SAFE_INTEGER / 2));
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: edge - 1000, max: edge + 1000 })),
        fc.oneof(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: edge - 1000, max: edge + 1000 })),
        fc.constantFrom(1, 2, 3, 10000, 7),
        (cents, ratio, scale) => {
          expect(mulDivHalfUp(cents, ratio, scale)).toBe(exact(cents, ratio, scale));
        },
      ),
      { numRuns: 3000 },
    );
    // Just under and just past the bound: 2|p| + scale = 2^53 - 1 and 2^53 + 1.
    expect(mulDivHalfUp(2 ** 51 - 1, 2, 1)).toBe(exact(2 ** 51 - 1, 2, 1));
    expect(mulDivHalfUp(2 ** 51, 2, 1)).toBe(exact(2 ** 51, 2, 1));
    expect(mulDivHalfUp(-(2 ** 52) + 1, 1, 3)).toBe(exact(-(2 ** 52) + 1, 1, 3));
  });
});

describe('parseDollars fast path', () => {
  it("agrees with reading the number's own decimal text (property)", () => {
    const { numberToPlainText } = jest.requireActual(
      '../../src/budget/money',
    ) as typeof import('../../src/budget/money');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e12, max: 1e12, noNaN: true }),
          fc.integer({ min: -1e13, max: 1e13 }).map((c) => c / 100),
        ),
        (n) => {
          const viaNumber = parseDollars(n);
          const viaText = parseDollars(numberToPlainText(n));
          return viaNumber.ok === viaText.ok && (!viaNumber.ok || (viaText.ok && viaNumber.value === viaText.value));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('allocate: the double fast path and the BigInt path agree (property)', () => {
  function reference(total: number, weights: number[]): number[] | null {
    const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
    if (sum === 0n) return total === 0 ? weights.map(() => 0) : null;
    const m = BigInt(Math.abs(total));
    const parts = weights.map((w) => (m * BigInt(w)) / sum);
    let left = m - parts.reduce((a, b) => a + b, 0n);
    const order = weights
      .map((w, i) => ({ i, r: (m * BigInt(w)) % sum }))
      .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
    for (const { i } of order) {
      if (left === 0n) break;
      parts[i]! += 1n;
      left -= 1n;
    }
    return parts.map((p) => (total < 0 ? -Number(p) : Number(p)) || 0);
  }
  it('gives the same parts for small and huge figures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e15, max: 1e15 }),
        fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 1, maxLength: 5 }),
        (total, weights) => {
          expect(allocate(total, weights)).toEqual(reference(total, weights));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
