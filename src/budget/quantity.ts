/**
 * FTE and counts. FTE are held as whole ten-thousandths (1 FTE = 10000) so that sums and
 * comparisons are exact; the tolerance of RULES.md (0.005 FTE) is then 50 units.
 */
import { msg } from '../messages/words';
import { numberToPlainText, type ParseResult } from './money';

export type Fte = number; // ten-thousandths of an FTE, an integer
export const FTE_SCALE = 10000;
export const FTE_TOLERANCE: Fte = 50; // 0.005 FTE

export function parseFte(input: number | string): ParseResult<Fte> {
  if (typeof input === 'number' && Number.isFinite(input)) {
    // Fast path, exact as for money: the double is the nearest one to a whole number of ten-thousandths.
    const u = Math.round(input * FTE_SCALE);
    if (u / FTE_SCALE === input && Math.abs(u) < 1e7 * FTE_SCALE) return { ok: true, value: u === 0 ? 0 : u };
  }
  const text = typeof input === 'number' ? (Number.isFinite(input) ? numberToPlainText(input) : '') : input.trim();
  const m = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) return { ok: false, problem: msg('value.notFte', { value: String(input) }) };
  const [, sign, whole = '0', frac = ''] = m;
  if (frac.length > 4) return { ok: false, problem: msg('value.fteDecimals', { value: String(input) }) };
  if (whole.replace(/^0+/, '').length > 7)
    return { ok: false, problem: msg('value.fteTooLarge', { value: String(input) }) };
  const v = Number(whole) * FTE_SCALE + Number(frac.padEnd(4, '0'));
  return { ok: true, value: sign === '-' && v !== 0 ? -v : v };
}

export function fteToNumber(fte: Fte): number {
  return fte / FTE_SCALE;
}

/** "12.50": FTE as the templates show them, two decimals at least, four at most. */
export function formatFte(fte: Fte): string {
  const n = fte / FTE_SCALE;
  const fixed = n.toFixed(4).replace(/0{1,2}$/, '');
  return fixed;
}

/** A count of inspections, visits or participants: a whole number. */
export function parseCount(input: number | string): ParseResult<number> {
  const n = typeof input === 'number' ? input : Number(input.trim().replace(/,/g, ''));
  if (typeof input === 'string' && input.trim() === '') return { ok: false, problem: msg('value.empty') };
  if (!Number.isFinite(n)) return { ok: false, problem: msg('value.notCount', { value: String(input) }) };
  if (!Number.isInteger(n)) return { ok: false, problem: msg('value.notWhole', { value: String(input) }) };
  if (Math.abs(n) > 1e9) return { ok: false, problem: msg('value.countTooLarge', { value: String(input) }) };
  return { ok: true, value: n === 0 ? 0 : n };
}
