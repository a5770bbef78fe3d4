/**
 * How Excel reads a string that is typed into a cell or written through `range.formulas` / `range.values`:
 * not as the text it is, but as whatever it looks like. The fake reads it the same way, so a test sees
 * user text change type exactly where Excel would change it (issue 8, point 8):
 *   "=..." a formula; also after leading blanks (" =1+2", a tab or a line break first) and with the
 *          full-width sign "＝" that East Asian input produces (Excel turns it into "=");
 *   "25%" the number 0.25;  "1E5" 100000;  "$1,200.50" 1200.5;  "(12)" -12;
 *   "3/4" a date (4 March of this year), "2012-10-01" and "10/1/2012" dates, as serial numbers;
 *   "TRUE" a boolean, "#N/A" an error;
 *   a leading apostrophe: text, without the apostrophe (Excel's prefix character). Nothing else is text-safe.
 */
import { ERROR_TEXTS } from './fakeErrors';
import type { FakeValue } from './fakeWorkbook';

/** Days since Excel's day 0 (1899-12-30, which absorbs the 1900 leap-year bug for dates after February 1900). */
function serial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function asNumber(text: string): number | null {
  let t = text.trim();
  let sign = 1;
  if (/^\(.*\)$/.test(t)) {
    sign = -1;
    t = t.slice(1, -1).trim();
  }
  let scale = 1;
  if (t.endsWith('%')) {
    scale = 0.01;
    t = t.slice(0, -1).trim();
  }
  t = t.replace(/^([+-]?)\$/, '$1');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  return Math.round(sign * Number(t) * scale * 1e12) / 1e12;
}

function asDate(text: string, thisYear: number): number | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t);
  if (!m) return null;
  const year =
    m[3] === undefined
      ? thisYear
      : m[3].length === 2
        ? 2000 + Number(m[3]) - (Number(m[3]) >= 30 ? 100 : 0)
        : Number(m[3]);
  return serial(year, Number(m[1]), Number(m[2]));
}

/** What a string entry becomes, as Excel (en-US) reads it. */
export function parseEntry(
  text: string,
  thisYear = new Date().getFullYear(),
): { value: FakeValue; formula: string | null } {
  if (text === '') return { value: null, formula: null };
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  const lead = /^[\s\u3000]*[=＝]/.exec(text);
  if (lead && text.length > lead[0].length) return { value: null, formula: `=${text.slice(lead[0].length)}` };
  const n = asNumber(text);
  if (n !== null) return { value: n, formula: null };
  const d = asDate(text, thisYear);
  if (d !== null) return { value: d, formula: null };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE', formula: null };
  if (ERROR_TEXTS.includes(trimmed.toUpperCase())) return { value: { error: trimmed.toUpperCase() }, formula: null };
  return { value: text, formula: null };
}
