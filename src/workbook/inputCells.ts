/**
 * How an input cell of a budget workbook is read, whichever layout holds it (ours or OSHA's published
 * templates): one rule per kind of figure, one message per problem. Both layout readers call
 * readInputCell and turn a problem into a NOT_A_NUMBER finding at the cell with inputFinding, so the same
 * cell reads the same in both (test/workbook/inputCells.test.ts holds a table of inputs for both).
 *
 * The rules, where the instructions leave room:
 * - money is rounded to the cent half away from zero, as Excel shows a figure with two decimals and as
 *   the templates' own ROUND does (-0.125 is -$0.13);
 * - an FTE figure is rounded to four decimals the same way;
 * - a count must be a whole number: 2.5 is a finding and counts as blank (never silently 2 or 3);
 * - text, TRUE/FALSE and error values are findings and count as blank; so is a figure beyond what a
 *   budget can hold, which is named "too large", not mistaken for text.
 */
import {
  FTE_SCALE,
  MAX_AMOUNT_CENTS,
  isYesMark,
  type Cents,
  type Finding,
  type FindingCode,
  type Fte,
} from '../budget';
import { msg, type Msg } from '../messages/words';
import { numberTextNote } from './numberText';
import { isErrorValue, type CellSnapshot } from '../port/workbookPort';

export type InputKind = 'money' | 'fte' | 'count' | 'number';

const KIND_WORDS: Record<InputKind, Msg> = {
  money: msg('cell.kind.money'),
  fte: msg('cell.kind.fte'),
  count: msg('cell.kind.count'),
  number: msg('cell.kind.number'),
};

/** The most FTE a cell can hold (Fte is an integer of ten-thousandths). */
const MAX_FTE = 1e7;
/** The largest count a budget can hold. */
const MAX_COUNT = 1e9;

/** A cell read: its figure in the kind's unit (cents, ten-thousandths of FTE, a count), or null; and what is wrong. */
export interface InputReading {
  value: number | null;
  /** Why the cell counts as blank, as the end of a sentence that starts with the cell ("holds ..."). */
  problem: Msg | null;
  /** Why the figure read is not quite the cell's (an amount rounded to the cent): a warning, same sentence form. */
  note?: Msg;
}

const BLANK: InputReading = { value: null, problem: null };

function scaled(n: number, scale: number): number {
  // Half away from zero, without binary noise (1.005 * 100 is 100.49999...).
  const v = Math.round(Math.abs(n) * scale + 1e-7) * Math.sign(n);
  return v === 0 ? 0 : v;
}

/** Dollars (a float from a cell) to whole cents, half away from zero. */
export function dollarsToCents(n: number): Cents {
  return scaled(n, 100);
}

/**
 * An amount to the cent. A third decimal (a formula typed into an input, 1234.567) is read as the cent
 * Excel shows, and said: the sheet's own formulas add the full figure, so its totals may differ by a
 * cent from the checks (a one-cent LINE_SPLIT_MISMATCH with no visible cause).
 */
function centsOf(n: number): InputReading {
  const value = dollarsToCents(n);
  if (isToTheCent(n)) return { value, problem: null };
  return {
    value,
    problem: null,
    note: msg('cell.moreThanTwoDecimals', { value: String(n), cents: value, typed: (value / 100).toFixed(2) }),
  };
}

/** No third decimal. Binary noise is none: 0.1 + 0.2 (0.30000000000000004) is 30 cents, said nothing of. */
function isToTheCent(n: number): boolean {
  const cents = Math.abs(n) * 100;
  return Math.abs(cents - Math.round(cents)) <= Math.max(1e-6, cents * 1e-14);
}

/**
 * The cents of a cell that holds a plain amount (a number within bounds, to the cent), as readInputCell
 * reads it; undefined for any other cell, which readInputCell reads with its words. Nearly every input of a
 * budget is one, and this makes no object for it (the readings were a fifth of what a re-check allocated).
 */
export function plainCents(cell: CellSnapshot): Cents | undefined {
  const v = cell.value;
  if (typeof v !== 'number' || !(Math.abs(v) * 100 <= MAX_AMOUNT_CENTS) || !isToTheCent(v)) return undefined;
  return dollarsToCents(v);
}

function tooLarge(shown: string, limit: Msg): InputReading {
  return { value: null, problem: msg('cell.tooLarge', { shown, limit }) };
}

function fromNumber(n: number, kind: InputKind): InputReading {
  // A figure within its bounds, nearly every cell of a budget, before the words of a refusal are prepared
  // (their text of the number was 15% of a 10,000-line re-check).
  if (kind === 'money' && Math.abs(n) * 100 <= MAX_AMOUNT_CENTS) return centsOf(n);
  if (kind === 'fte' && Math.abs(n) < MAX_FTE) return { value: scaled(n, FTE_SCALE) as Fte, problem: null };
  const shown = Math.abs(n) >= 1e12 ? n.toExponential() : String(n);
  if (!Number.isFinite(n)) return { value: null, problem: msg('cell.notFinite', { shown: String(n) }) };
  switch (kind) {
    case 'money':
      if (Math.abs(n) * 100 > MAX_AMOUNT_CENTS)
        return tooLarge(shown, msg('cell.limit.money', { max: MAX_AMOUNT_CENTS }));
      return centsOf(n);
    case 'fte':
      if (Math.abs(n) >= MAX_FTE) return tooLarge(shown, msg('cell.limit.fte'));
      return { value: scaled(n, FTE_SCALE) as Fte, problem: null };
    case 'count':
      if (Math.abs(n) > MAX_COUNT) return tooLarge(shown, msg('cell.limit.count'));
      if (!Number.isInteger(n))
        return { value: null, problem: msg('cell.notWhole', { shown, what: KIND_WORDS.count }) };
      return { value: n === 0 ? 0 : n, problem: null };
    default:
      return { value: n, problem: null };
  }
}

/** What a text that reads as a number to a person is, when Excel keeps it as text; null for ordinary text. */
function textNote(t: string, kind: InputKind): Msg | null {
  const note = numberTextNote(t);
  if (note || t.length > 40) return note; // the patterns below only ever look at a short figure

  // A percentage where dollars belong is no amount at all, typed or not: say what the cell wants.
  if (/^\s*-?\$?\s*[\d,]*\.?\d+\s*%\s*$/.test(t))
    return kind === 'money' ? msg('cell.note.percentInAmount') : msg('cell.note.percentText');
  if (/^\s*\(?-?\$?\s*\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?\s*$|^\s*-?\$?\s*\d+(?:\.\d+)?\s*$/.test(t))
    return msg('cell.note.numberText');
  return null;
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
}

/** Reads an input cell as `kind`. */
export function readInputCell(cell: CellSnapshot, kind: InputKind): InputReading {
  const v = cell.value;
  const what = KIND_WORDS[kind];
  if (v === null && cell.formula !== null) {
    // A person's own formula, saved without its result by a tool that does not calculate.
    return { value: null, problem: msg('cell.formulaWithoutResult', { formula: cell.formula }) };
  }
  if (v === null) return BLANK;
  if (typeof v === 'number') return fromNumber(v, kind);
  if (typeof v === 'string') {
    if (v.trim() === '') return BLANK;
    const note = textNote(v, kind);
    return {
      value: null,
      problem: note
        ? msg('cell.textWithNote', { text: clip(v), note, what })
        : msg('cell.text', { text: clip(v), what }),
    };
  }
  if (isErrorValue(v)) {
    return {
      value: null,
      problem:
        cell.formula !== null
          ? msg('cell.errorFromFormula', { error: v.error, formula: cell.formula, what })
          : msg('cell.error', { error: v.error, what }),
    };
  }
  return { value: null, problem: msg('cell.boolean', { value: String(v).toUpperCase(), what }) };
}

/**
 * The findings of a cell read: NOT_A_NUMBER (an error) for a problem, MORE_THAN_TWO_DECIMALS (a warning)
 * for a note; `where` names the place in the template's words when the layout has them.
 */
export function inputFindings(
  r: InputReading,
  at: { sheet: string; cell: string; path: string | null; where?: Msg },
): Finding[] {
  const out: Finding[] = [];
  if (r.problem !== null) out.push(inputFinding('NOT_A_NUMBER', r.problem, at));
  if (r.note) out.push(inputFinding('MORE_THAN_TWO_DECIMALS', r.note, at));
  return out;
}

export function inputFinding(
  code: FindingCode,
  says: Msg,
  at: { sheet: string; cell: string; path: string | null; where?: Msg },
): Finding {
  const cell = `${at.sheet}!${at.cell}`;
  const severity = code === 'MORE_THAN_TWO_DECIMALS' ? 'warning' : 'error';
  return {
    code,
    severity,
    message: at.where
      ? msg('finding.atCellWhere', { cell, where: at.where, says })
      : msg('finding.atCell', { cell, says }),
    sheet: at.sheet,
    cell: at.cell,
    path: at.path,
    where: at.where ?? msg('where.cell', { cell }),
    amount: null,
  };
}

/** A text input as typed: a figure as its digits; '' for a blank or an error value. */
export function textOf(c: CellSnapshot): string {
  const v = c.value;
  if (v === null || isErrorValue(v)) return '';
  return typeof v === 'string' ? v : String(v);
}

/** A mark typed as Y or YES, read as the template's formula reads it (`UPPER(TRIM(x))="Y"`). */
export function flagOf(c: CellSnapshot): boolean {
  return isYesMark(textOf(c));
}
