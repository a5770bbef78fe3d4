/**
 * A workbook that asks to be recalculated when opened (`<calcPr fullCalcOnLoad="1"/>`, as XlsxWriter
 * writes it with a cached 0 for every formula) says its cached values are stale: judged by them, 119
 * right formulas looked broken and repair rewrote them (issue 22, item 11). So its formula cells are
 * given what they compute from the typed cells, where the formula is simple arithmetic over cells (the
 * templates' totals: SUM of ranges, + and -, N(), numbers), and no cached value otherwise (as openpyxl's
 * empty values are read): never the stale one. A division by zero computes #DIV/0!, as Excel shows it.
 *
 * The work is bounded whatever the file: each cell is computed once (memoized), a chain of formulas is
 * followed at most MAX_DEPTH deep, and the cells visited by all ranges together at most MAX_VISITS.
 */
import {
  cellAt,
  isErrorValue,
  parseA1,
  type CellValue,
  type ErrorValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../port/workbookPort';

/** What a formula computes: a number, an error value (a division by zero), or null when it cannot be known. */
type Value = number | ErrorValue | null;

const MAX_DEPTH = 64;
const MAX_VISITS = 5_000_000;

type Sheets = Map<string, SheetSnapshot>;

/**
 * A cell's number in its sheet's memo is row × COLUMNS + column: past the widest reference a formula can
 * name (ZZZ, 18,278 columns), and exact for every row a snapshot can hold (a memoized cell is one the
 * snapshot has, within the used-range bound).
 */
const COLUMNS = 32768;

class Evaluator {
  /** What each formula cell computed, by sheet and cell number: no text made per cell. */
  private readonly memo = new Map<SheetSnapshot, Map<number, Value>>();
  private visits = 0;
  private depth = 0;

  constructor(private readonly sheets: Sheets) {}

  /** The value of a cell: its typed number, a computed formula, or null when it cannot be known. */
  cell(sheet: SheetSnapshot, row: number, col: number): Value {
    const c = cellAt(sheet, row, col);
    if (c.formula === null) {
      if (typeof c.value === 'number' || isErrorValue(c.value)) return c.value;
      return c.value === null ? 0 : null;
    }
    let memo = this.memo.get(sheet);
    if (!memo) this.memo.set(sheet, (memo = new Map()));
    const key = row * COLUMNS + col;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (this.depth >= MAX_DEPTH) return null;
    memo.set(key, null); // a cycle computes nothing
    this.depth++;
    const v = this.formula(sheet, c.formula);
    this.depth--;
    memo.set(key, v);
    return v;
  }

  private formula(sheet: SheetSnapshot, text: string): Value {
    const p = new Parser(text.replace(/^=/, ''), sheet, this);
    const v = p.expression();
    if (!p.done() || v === null) return null;
    return typeof v === 'number' && !Number.isFinite(v) ? null : v;
  }

  /** Every value of a range; null when a cell cannot be known or the visits are used up. */
  range(sheet: SheetSnapshot, from: string, to: string): Value {
    const a = parseA1(from);
    const b = parseA1(to);
    const [top, bottom] = [Math.min(a.row, b.row), Math.max(a.row, b.row)];
    const [left, right] = [Math.min(a.col, b.col), Math.max(a.col, b.col)];
    // Only the cells the sheet holds: a range past its used cells adds blanks.
    const rowEnd = Math.min(bottom, sheet.origin.row + sheet.cells.length - 1);
    let sum = 0;
    for (let r = Math.max(top, sheet.origin.row); r <= rowEnd; r++) {
      for (let c = left; c <= right; c++) {
        if (++this.visits > MAX_VISITS) return null;
        const v = this.cell(sheet, r, c);
        if (v === null) {
          // SUM skips text; a formula that cannot be computed makes the sum unknown.
          if (cellAt(sheet, r, c).formula !== null) return null;
          continue;
        }
        if (typeof v !== 'number') return v;
        sum += v;
      }
    }
    return sum;
  }

  sheet(name: string | null, current: SheetSnapshot): SheetSnapshot | null {
    return name === null ? current : (this.sheets.get(name) ?? null);
  }
}

const TOKEN =
  /\s*(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?|\s*(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|\s*([A-Za-z_][\w.]*)\s*\(|\s*([-+()*/,])/iy;

/** A recursive-descent reader of the arithmetic the templates' totals use. */
class Parser {
  private pos = 0;
  constructor(
    private readonly text: string,
    private readonly sheet: SheetSnapshot,
    private readonly ev: Evaluator,
  ) {}

  done(): boolean {
    return this.text.slice(this.pos).trim() === '';
  }

  /** The token at `pos`, read once however many operators are tried against it. */
  private peekedAt = -1;
  private peeked: RegExpExecArray | null = null;
  private peekedEnd = 0;

  private peek(): RegExpExecArray | null {
    if (this.peekedAt !== this.pos) {
      TOKEN.lastIndex = this.pos;
      this.peeked = TOKEN.exec(this.text);
      this.peekedEnd = TOKEN.lastIndex;
      this.peekedAt = this.pos;
    }
    return this.peeked;
  }

  private take(op: string): boolean {
    const t = this.peek();
    if (t?.[6] !== op) return false;
    this.pos = this.peekedEnd;
    return true;
  }

  expression(): Value {
    let v = this.term();
    for (;;) {
      if (this.take('+')) v = add(v, this.term());
      else if (this.take('-')) v = add(v, neg(this.term()));
      else return v;
    }
  }

  private term(): Value {
    let v = this.factor();
    for (;;) {
      if (this.take('*')) v = arith(v, this.factor(), (a, b) => a * b);
      else if (this.take('/')) v = arith(v, this.factor(), (a, b) => (b === 0 ? DIV0 : a / b));
      else return v;
    }
  }

  private factor(): Value {
    if (this.take('-')) return neg(this.factor());
    if (this.take('+')) return this.factor();
    if (this.take('(')) {
      const v = this.expression();
      return this.take(')') ? v : null;
    }
    const t = this.peek();
    if (!t) return null;
    this.pos = this.peekedEnd;
    if (t[4] !== undefined) return Number(t[4]);
    if (t[2] !== undefined) {
      const name = t[1] === undefined ? null : t[1].replace(/^'|'$/g, '').replace(/''/g, "'");
      const sheet = this.ev.sheet(name, this.sheet);
      if (!sheet) return null;
      if (t[3] !== undefined) return this.ev.range(sheet, t[2], t[3]);
      const p = parseA1(t[2]);
      return this.ev.cell(sheet, p.row, p.col);
    }
    if (t[5] !== undefined) return this.call(t[5].toUpperCase());
    return null;
  }

  /** SUM(a, b:c, ...) and N(x): the functions of the templates' totals. */
  private call(fn: string): Value {
    if (fn !== 'SUM' && fn !== 'N') return null;
    let sum: Value = 0;
    do sum = add(sum, this.expression());
    while (this.take(','));
    return this.take(')') ? sum : null;
  }
}

const DIV0: ErrorValue = { error: '#DIV/0!' };

/** An operation on two values: unknown stays unknown, an error passes on (the first one), as in Excel. */
function arith(a: Value, b: Value, op: (x: number, y: number) => number | ErrorValue): Value {
  if (a === null || b === null) return null;
  if (typeof a !== 'number') return a;
  if (typeof b !== 'number') return b;
  return op(a, b);
}
const add = (a: Value, b: Value) => arith(a, b, (x, y) => x + y);
const neg = (a: Value) => arith(a, 0, (x) => -x);

/** The snapshot with every formula's stale cached value replaced by what it computes, or by none. */
export function recomputeStaleCache(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const sheets: Sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const ev = new Evaluator(sheets);
  const computed = snapshot.sheets.map((s) =>
    s.cells.map((row, i) =>
      row.map((c, j) => (c.formula === null ? null : ev.cell(s, s.origin.row + i, s.origin.col + j))),
    ),
  );
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s, k) => ({
      ...s,
      cells: s.cells.map((row, i) =>
        row.map((c, j) =>
          c.formula === null ? c : { value: (computed[k]?.[i]?.[j] ?? null) as CellValue, formula: c.formula },
        ),
      ),
    })),
  };
}
