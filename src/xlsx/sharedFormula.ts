/**
 * Shared formulas: Excel writes a filled-down formula once, in its first cell
 * (`<f t="shared" ref="K5:K18" si="0">SUM(H5:J5)</f>`), and the other cells only point to it
 * (`<f t="shared" si="0"/>`): each cell's own formula is the first one with its relative references
 * moved by the distance between the two cells. The translation exceljs's slideFormula makes, so the
 * fast reader reads these files itself (exceljs crashed on some files that hold them), with two
 * differences: text in quotes ("A1" in a string, 'Sheet 1' as a sheet name) is left as it is, and the
 * scan is one linear pass (exceljs's pattern backtracks on a long run of letters).
 */
import { MAX_COLUMNS, columnNumber } from './mergedAreas';
import { columnLetter } from '../port/workbookPort';

const CELL_REF = /^(\$)?([A-Za-z]{1,3})(\$)?([1-9][0-9]{0,6})$/;
const WORD = /[A-Za-z0-9_$.]/;

/** The formula of `from` (0-based row and column) as written in the cell `to`. */
export function slideFormula(formula: string, from: { r: number; c: number }, to: { r: number; c: number }): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    let j = i + 1;
    if (ch === '"' || ch === "'") j = quotedEnd(formula, i);
    else if (WORD.test(ch)) {
      while (j < formula.length && WORD.test(formula[j] as string)) j++;
      out += slideWord(formula.slice(i, j), formula[j], to.r - from.r, to.c - from.c);
      i = j;
      continue;
    }
    out += formula.slice(i, j);
    i = j;
  }
  return out;
}

/** One past the closing quote of the quoted run starting at i (a doubled quote stays inside), or the end. */
function quotedEnd(s: string, i: number): number {
  const q = s[i];
  let j = i + 1;
  while (j < s.length) {
    if (s[j] === q) {
      if (s[j + 1] === q) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** A word of the formula moved when it is a cell reference: not a function ("LOG10(") nor a sheet ("AB1!"). */
function slideWord(word: string, next: string | undefined, dr: number, dc: number): string {
  if (next === '(' || next === '!') return word;
  const m = CELL_REF.exec(word);
  if (!m) return word;
  const letters = (m[2] as string).toUpperCase();
  if (letters.length === 3 && letters > 'XFD') return word; // beyond the last column: a name
  const col = columnNumber(letters) + (m[1] ? 0 : dc);
  const row = Number(m[4]) + (m[3] ? 0 : dr);
  if (col < 0 || col >= MAX_COLUMNS || row < 1) return word;
  return `${m[1] ?? ''}${columnLetter(col)}${m[3] ?? ''}${row}`;
}
