/**
 * Money as whole cents. No float ever reaches a total: amounts are parsed from their decimal text,
 * added as integers, and split with explicit remainder rules.
 */
import { msg, type Msg } from '../messages/words';

/** A whole number of cents. A plain number so it stays cheap and JSON-friendly; always an integer. */
export type Cents = number;

/** Largest amount a single figure may hold: the SF-424A XML allows 14 digits with 2 decimals. */
export const MAX_AMOUNT_CENTS: Cents = 99_999_999_999_99; // $99,999,999,999.99 (11 digits of dollars)

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: Msg };

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d*))?$/;

/**
 * Reads dollars written as a decimal (a JSON number, or text such as "1,234.50" or "$1,234.50") into cents.
 * Refuses more than two decimals instead of rounding them away: a budget officer must see the cent they typed.
 */
export function parseDollars(input: number | string): ParseResult<Cents> {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, problem: msg('value.notMoney', { value: String(input) }) };
    // Fast path: a double is the nearest one to a whole number of cents exactly when the cents, divided
    // back, give the same double (1.005 does not: it is nearer 1.00499999...). Same answer as the text path.
    const c = Math.round(input * 100);
    if (c / 100 === input && Math.abs(c) <= MAX_AMOUNT_CENTS) return { ok: true, value: c === 0 ? 0 : c };
    // The shortest text that reads back as this number: what the author wrote in JSON, for any sane amount.
    text = numberToPlainText(input);
  } else {
    text = input
      .trim()
      .replace(/^\((.*)\)$/, '-$1')
      .replace(/[$,\s]/g, '');
    if (text.startsWith('-$')) text = '-' + text.slice(2);
  }
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return { ok: false, problem: msg('value.notDollars', { value: String(input) }) };
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > 2) {
    return { ok: false, problem: msg('value.moreThanTwoDecimals', { value: String(input) }) };
  }
  const digits = (whole ?? '0').replace(/^0+(?=\d)/, '');
  if (digits.length > 11) return { ok: false, problem: msg('value.tooLargeAmount', { value: String(input) }) };
  const cents = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  const value = sign === '-' ? -cents : cents;
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Plain decimal text of a finite number, never exponent notation (1e21 becomes its digits). */
export function numberToPlainText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mantissa = '0', expText = '0'] = s.toLowerCase().split('e');
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const [intPart = '0', fracPart = ''] = mantissa.replace('-', '').split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + exp;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return (negative ? '-' : '') + out;
}

/** Cents as a JSON number of dollars (exact to two decimals for any amount below 2^53 cents). */
export function centsToDollars(cents: Cents): number {
  return Number(centsToDecimalText(cents));
}

/** "1234.50", "-0.05": the plain decimal text used in XML and CSV. */
export function centsToDecimalText(cents: Cents): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  return `${negative ? '-' : ''}${whole}.${String(frac).padStart(2, '0')}`;
}

/** "$1,234.50", "-$12.00". */
export function formatDollars(cents: Cents): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}$${grouped}.${String(frac).padStart(2, '0')}`;
}

export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * Splits `total` in proportion to `weights`, so that the parts always add up to the whole.
 * Largest-remainder rule: each part gets its floor share, then the remainder cents go one by one to
 * the largest fractional remainders, ties to the earliest part. Negative totals are split as their
 * magnitude and negated, so a refund splits exactly like a charge.
 * Returns null when the weights cannot carry a non-zero total (all zero, or of mixed sign).
 */
export function allocate(total: Cents, weights: readonly Cents[]): Cents[] | null {
  if (weights.length === 0) return total === 0 ? [] : null;
  const allNonNegative = weights.every((w) => w >= 0);
  const allNonPositive = weights.every((w) => w <= 0);
  if (!allNonNegative && !allNonPositive) return null;
  const abs = weights.map((x) => Math.abs(x));
  const sum = abs.reduce((a, b) => a + b, 0);
  if (sum === 0) return total === 0 ? weights.map(() => 0) : null;
  const magnitude = Math.abs(total);
  const sign = total < 0 ? -1 : 1;
  // Exact in doubles while every product stays below 2^53; BigInt beyond (slower, same answer).
  const parts =
    magnitude * sum <= Number.MAX_SAFE_INTEGER
      ? largestRemainder(magnitude, abs, sum)
      : largestRemainderBig(
          BigInt(magnitude),
          abs.map((x) => BigInt(x)),
          BigInt(sum),
        );
  return parts.map((p) => (p === 0 ? 0 : sign * p));
}

function largestRemainder(magnitude: number, w: number[], sum: number): number[] {
  // Integer products below 2^53 are exact, and so are % and a division that leaves no remainder.
  const rems = w.map((x) => (magnitude * x) % sum);
  const parts = w.map((x, i) => (magnitude * x - (rems[i] as number)) / sum);
  let left = magnitude - parts.reduce((a, b) => a + b, 0);
  if (left === 0) return parts;
  const order = rems.map((r, i) => ({ i, r })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}

function largestRemainderBig(magnitude: bigint, w: bigint[], sum: bigint): number[] {
  const parts = w.map((x) => (magnitude * x) / sum);
  let left = magnitude - parts.reduce((a, b) => a + b, 0n);
  const order = w
    .map((x, i) => ({ i, r: (magnitude * x) % sum }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map(Number);
}

/** Splits an amount into `n` equal parts to the cent, remainder cents to the earliest parts. */
export function splitEvenly(total: Cents, n: number): Cents[] {
  const parts = allocate(total, new Array<number>(n).fill(1));
  return parts ?? new Array<number>(n).fill(0);
}

/** round_half_up(cents × ratio / scale), exact in integers: used for salary × FTE. */
export function mulDivHalfUp(cents: Cents, ratio: number, scale: number): Cents {
  // In doubles while every step is an exact integer (a product past 2^53 makes n pass it too): nearly
  // every line of a budget, at a tenth of BigInt's cost; BigInt beyond.
  const n = Math.abs(cents * ratio) * 2 + scale;
  const d = 2 * scale;
  if (n <= Number.MAX_SAFE_INTEGER) {
    const q = (n - (n % d)) / d; // half away from zero
    const v = cents * ratio < 0 ? -q : q;
    return v === 0 ? 0 : v;
  }
  const product = BigInt(cents) * BigInt(ratio);
  const s = BigInt(scale);
  const negative = product < 0n;
  const abs = negative ? -product : product;
  const q = (abs * 2n + s) / (2n * s); // half away from zero
  const v = Number(negative ? -q : q);
  return v === 0 ? 0 : v;
}
