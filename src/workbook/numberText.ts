/**
 * What a typed number in a workbook file may be. A cell's value is stored as text (<v>1234.5</v>);
 * it becomes a number only when that text is a plain decimal number (XML Schema's xsd:double, as
 * SpreadsheetML declares it) that a double holds exactly enough for a budget. Anything else keeps
 * its text, so a reader never rewrites what the file says (0x10 is not 16 or 0, 1e400 is not
 * Infinity, 9007199254740993 is not 9007199254740992) and the layout readers report NOT_A_NUMBER at
 * that cell with the reason numberTextProblem gives.
 */

/** xsd:double's lexical form without INF and NaN (a budget figure is never one of them). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

import { msg, type Msg } from '../messages/words';

/** Why a cell's text is not a plain number: a code, so no caller reads the words. */
export type NumberTextProblem = 'notANumber' | 'tooLarge' | 'tooManyDigits' | 'tooSmall';

/** The number the text stands for, or null when it is not a plain, exactly held number. */
export function plainNumber(text: string): number | null {
  return numberTextProblem(text) === null ? Number(text.trim()) : null;
}

/**
 * Why a cell's text is not a plain number; null when it is one. Above 2^53 a double no
 * longer holds every whole number (2^53 + 1 reads as 2^53), so such a figure is refused rather than
 * silently changed; it is far beyond any budget amount anyway.
 */
export function numberTextProblem(text: string): NumberTextProblem | null {
  const t = text.trim(); // xsd:double collapses surrounding white space
  if (!DECIMAL.test(t)) return 'notANumber';
  const n = Number(t);
  if (!Number.isFinite(n)) return 'tooLarge';
  if (Math.abs(n) > Number.MAX_SAFE_INTEGER) return 'tooManyDigits';
  if (n === 0 && /[1-9]/.test(mantissa(t))) return 'tooSmall';
  return null;
}

/** The digits before any exponent: "1e-400" -> "1". */
function mantissa(t: string): string {
  const e = t.search(/[eE]/);
  return e < 0 ? t : t.slice(0, e);
}

/**
 * What a finding adds after the text of a figure cell that is not read as a number: why, when the
 * text is a number of a kind a cell cannot hold ("1e400": ", which is too large to be a number
 * (...)"), or a hexadecimal number; null for ordinary text. Both layout readers use it.
 */
export function numberTextNote(v: string): Msg | null {
  const problem = numberTextProblem(v);
  if (problem === 'tooLarge') return msg('cell.note.tooLarge');
  if (problem === 'tooManyDigits') return msg('cell.note.tooManyDigits');
  if (problem === 'tooSmall') return msg('cell.note.tooSmall');
  return HEX.test(v) ? msg('cell.note.hex') : null;
}

const HEX = /^\s*[+-]?0[xX][0-9a-fA-F]+\s*$/;
