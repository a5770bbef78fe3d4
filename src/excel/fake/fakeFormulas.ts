/**
 * The fake's calculation engine, deliberately small: it computes what it can be sure of and leaves the
 * rest uncalculated (null), so the sandbox never shows an error value Excel would not show.
 * A formula that refers to #REF! is #REF!, as in Excel; sums and arithmetic of plain cells are computed.
 */
import type { FakeValue, FakeWorkbook } from './fakeWorkbook';

type Num = number | null;

export function evaluateFormula(formula: string, sheetName: string, wb: FakeWorkbook): FakeValue {
  if (/#REF!/i.test(formula)) return { error: '#REF!' };
  // A link shows its friendly name.
  const link = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/i.exec(formula);
  if (link) return (link[1] as string).replace(/""/g, '"');
  if (callsOtherThanSum(formula)) return null;
  try {
    const v = new Evaluator(formula.slice(1), sheetName, wb).run();
    return v === null || !Number.isFinite(v) ? null : Math.round(v * 1e6) / 1e6;
  } catch {
    return null;
  }
}

/** Text and quoted sheet names blanked: "Appendix F (2)" is not a call of F. */
const withoutQuoted = (formula: string) => formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, "''");

const otherCalls = new Map<string, boolean>();
/**
 * True when the formula calls a function other than SUM (SUMPRODUCT, IF, INDEX...): left uncalculated
 * without being parsed. Remembered per formula text: every sync that writes recalculates every formula
 * cell, and a 10,000-line sheet repeats a few formulas thousands of times.
 */
function callsOtherThanSum(formula: string): boolean {
  let other = otherCalls.get(formula);
  if (other === undefined) {
    other = false;
    for (const m of withoutQuoted(formula).matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g))
      if ((m[1] as string).toUpperCase() !== 'SUM') other = true;
    if (otherCalls.size > 100_000) otherCalls.clear();
    otherCalls.set(formula, other);
  }
  return other;
}

const TOKEN =
  /\s*(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_. ]*?)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|\s*(\d+\.?\d*|\.\d+)|\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(|\s*([-+*/(),^])/y;

class Evaluator {
  private pos = 0;
  constructor(
    private readonly text: string,
    private readonly sheetName: string,
    private readonly wb: FakeWorkbook,
  ) {}

  run(): Num {
    const v = this.expr();
    if (this.text.slice(this.pos).trim() !== '') throw new Error('not understood');
    return v;
  }

  private peek(): RegExpExecArray | null {
    TOKEN.lastIndex = this.pos;
    return TOKEN.exec(this.text);
  }

  private expr(): Num {
    let v = this.term();
    for (;;) {
      const t = this.peek();
      if (!t || (t[5] !== '+' && t[5] !== '-')) return v;
      this.pos = TOKEN.lastIndex;
      const r = this.term();
      v = v === null || r === null ? null : t[5] === '+' ? v + r : v - r;
    }
  }

  private term(): Num {
    let v = this.unary();
    for (;;) {
      const t = this.peek();
      if (!t || (t[5] !== '*' && t[5] !== '/')) return v;
      this.pos = TOKEN.lastIndex;
      const r = this.unary();
      if (v === null || r === null) v = null;
      else if (t[5] === '*') v = v * r;
      else if (r === 0) throw new Error('division by zero left uncalculated');
      else v = v / r;
    }
  }

  private unary(): Num {
    const t = this.peek();
    if (t && (t[5] === '-' || t[5] === '+')) {
      this.pos = TOKEN.lastIndex;
      const v = this.unary();
      return v === null ? null : t[5] === '-' ? -v : v;
    }
    return this.primary();
  }

  private primary(): Num {
    const t = this.peek();
    if (!t) throw new Error('not understood');
    this.pos = TOKEN.lastIndex;
    if (t[3] !== undefined) return Number(t[3]);
    if (t[2] !== undefined) {
      if (t[2].includes(':')) throw new Error('a range outside a function');
      const values = this.rangeValues(t[1], t[2], true);
      return values[0] ?? 0;
    }
    if (t[4] !== undefined) return this.call(t[4].toUpperCase());
    if (t[5] === '(') {
      const v = this.expr();
      this.expect(')');
      return v;
    }
    throw new Error('not understood');
  }

  private expect(ch: string): void {
    const t = this.peek();
    if (!t || t[5] !== ch) throw new Error(`expected ${ch}`);
    this.pos = TOKEN.lastIndex;
  }

  private call(name: string): Num {
    if (name !== 'SUM') throw new Error(`${name} is left uncalculated`);
    let total = 0;
    for (;;) {
      const t = this.peek();
      if (t && t[2] !== undefined && t[2].includes(':')) {
        this.pos = TOKEN.lastIndex;
        for (const v of this.rangeValues(t[1], t[2])) total += v;
      } else {
        const v = this.expr();
        if (v === null) return null;
        total += v;
      }
      const sep = this.peek();
      this.pos = TOKEN.lastIndex;
      if (sep?.[5] === ')') return total;
      if (sep?.[5] !== ',') throw new Error('expected , or )');
    }
  }

  /** Numbers of a range; text and blanks count as 0 in SUM, as in Excel; an uncalculated cell makes it unknown. */
  private rangeValues(sheetPart: string | undefined, address: string, strict = false): number[] {
    const sheetName = sheetPart ? sheetPart.replace(/^'|'$/g, '').replace(/''/g, "'") : this.sheetName;
    const sheet = this.wb.sheet(sheetName);
    if (!sheet) throw new Error('unknown sheet');
    const [a, b = a] = address.replace(/\$/g, '').toUpperCase().split(':') as [string, string?];
    const pa = /^([A-Z]+)(\d+)$/.exec(a);
    const pb = /^([A-Z]+)(\d+)$/.exec(b as string);
    if (!pa || !pb) throw new Error('bad address');
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const out: number[] = [];
    for (let r = Number(pa[2]) - 1; r <= Number(pb[2]) - 1; r++) {
      for (let c = col(pa[1] as string); c <= col(pb[1] as string); c++) {
        const cell = sheet.cells.get(`${r},${c}`);
        if (!cell) continue;
        if (cell.formula !== null && cell.value === null) throw new Error('depends on an uncalculated cell');
        if (typeof cell.value === 'number') out.push(cell.value);
        else if (cell.value !== null && typeof cell.value === 'object') throw new Error('error value');
        else if (strict && cell.value !== null) throw new Error('text in arithmetic is left uncalculated');
      }
    }
    return out;
  }
}
