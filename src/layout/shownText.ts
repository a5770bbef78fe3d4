/**
 * How long the text a formula shows can be, without calculating it: rows holding wrapped formula text
 * (the Checks sheet's notes, the SF-424A's headings) must be tall enough for the longest text the
 * formula can give, since neither Excel nor a printed copy grows a row when a result changes.
 *
 * A small reading of the formula: "&" adds the lengths of its parts, IF and IFERROR take their
 * longest branch, a comparison shows TRUE or FALSE, arithmetic shows its longest operand; TEXT of an
 * amount is taken as MONEY characters ("$999,999,999.99"), a count as COUNT, a cell (a name, a code)
 * or any other function as WORD.
 */

const MONEY = 15;
const COUNT = 4;
const WORD = 12;
const COUNTS = new Set(['COUNT', 'COUNTA', 'COUNTIF', 'COUNTIFS', 'COUNTBLANK', 'LEN', 'ROW', 'COLUMN']);

type Token = { kind: 'text'; length: number } | { kind: 'word'; text: string } | { kind: 'op'; text: string };

/** Splits a formula into text literals, words (names, cells, numbers, functions) and operators. */
function tokens(formula: string): Token[] {
  const out: Token[] = [];
  const src = formula.replace(/^=/, '');
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === '"') {
      let j = i + 1;
      let length = 0;
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') j += 2;
        else if (src[j] === '"') break;
        else j++;
        length++;
      }
      out.push({ kind: 'text', length });
      i = j + 1;
    } else if (ch === "'") {
      // A quoted sheet name: part of the word that follows ('Appendix F'!B2).
      const end = src.indexOf("'", i + 1);
      const stop = end < 0 ? src.length : end + 1;
      out.push({ kind: 'word', text: src.slice(i, stop) });
      i = stop;
    } else if (/[A-Za-z0-9_.$!:#%]/.test(ch)) {
      let j = i;
      while (j < src.length && /[A-Za-z0-9_.$!:#%]/.test(src[j] as string)) j++;
      const prev = out[out.length - 1];
      if (prev?.kind === 'word' && prev.text.endsWith("'")) prev.text += src.slice(i, j);
      else out.push({ kind: 'word', text: src.slice(i, j) });
      i = j;
    } else if (ch === ' ') {
      i++;
    } else {
      const two = src.slice(i, i + 2);
      const op = two === '<>' || two === '<=' || two === '>=' ? two : ch;
      out.push({ kind: 'op', text: op });
      i += op.length;
    }
  }
  return out;
}

class Reader {
  private at = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(): Token | undefined {
    return this.toks[this.at];
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t?.kind === 'op' && t.text === text;
  }

  /** A whole expression: comparisons show TRUE/FALSE. */
  expression(): number {
    const left = this.concat();
    if (['=', '<>', '<', '>', '<=', '>='].some((o) => this.isOp(o))) {
      this.at++;
      this.concat();
      return 5;
    }
    return left;
  }

  private concat(): number {
    let n = this.arithmetic();
    while (this.isOp('&')) {
      this.at++;
      n += this.arithmetic();
    }
    return n;
  }

  private arithmetic(): number {
    let n = this.unary();
    while (['+', '-', '*', '/', '^'].some((o) => this.isOp(o))) {
      this.at++;
      n = Math.max(n, this.unary());
    }
    return n;
  }

  private unary(): number {
    while (this.isOp('-') || this.isOp('+')) this.at++;
    const t = this.toks[this.at++];
    if (!t) return 0;
    if (t.kind === 'text') return t.length;
    if (t.kind === 'op' && t.text === '(') {
      const n = this.expression();
      if (this.isOp(')')) this.at++;
      return n;
    }
    if (t.kind === 'word' && this.isOp('(')) return this.call(t.text.toUpperCase());
    return t.kind === 'word' && /^\d+(\.\d+)?$/.test(t.text) ? t.text.length : WORD;
  }

  /** A function call: IF and IFERROR show their longest branch, TRIM and the like their argument. */
  private call(name: string): number {
    this.at++;
    const args: number[] = [];
    while (this.peek() && !this.isOp(')')) {
      args.push(this.expression());
      if (this.isOp(',')) this.at++;
      else if (!this.isOp(')')) this.at++;
    }
    this.at++;
    if (name === 'IF') return Math.max(args[1] ?? 5, args[2] ?? 5);
    if (name === 'IFERROR') return Math.max(args[0] ?? 0, args[1] ?? 0);
    if (['TRIM', 'UPPER', 'LOWER', 'PROPER', 'T'].includes(name)) return args[0] ?? 0;
    if (name === 'TEXT') return MONEY;
    if (COUNTS.has(name)) return COUNT;
    return WORD;
  }
}

/** The most characters the formula can show (an estimate that errs long). */
export function longestShownText(formula: string): number {
  return new Reader(tokens(formula)).expression();
}
