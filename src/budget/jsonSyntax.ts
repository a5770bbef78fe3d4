/**
 * Where a JSON text first goes wrong. JSON.parse's messages differ between engines and often give no
 * position; a budget officer with a 2,000-line export needs the line and column. Only run after
 * JSON.parse has failed, on text whose nesting is already bounded, so plain recursion is safe.
 */
import { msg, type Msg } from '../messages/words';

export interface SyntaxProblem {
  offset: number;
  message: Msg;
}

/** Thrown at the first fault, caught by findJsonSyntaxError: the scan stops where the text goes wrong. */
class SyntaxFault {
  constructor(readonly problem: SyntaxProblem) {}
}

/** A scan of the text by JSON's grammar; `i` is where it stands. Each value kind is a step of its own. */
class JsonScan {
  i = 0;
  constructor(private readonly text: string) {}

  fail(message: Msg): never {
    throw new SyntaxFault({ offset: this.i, message });
  }

  ws(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i] as string)) this.i++;
  }

  here(): string | undefined {
    return this.text[this.i];
  }

  describeHere(): Msg {
    return this.i >= this.text.length
      ? msg('jsonSyntax.endOfFile')
      : msg('jsonSyntax.quoted', { text: this.text.slice(this.i, this.i + 12).split('\n')[0] ?? '' });
  }

  literal(word: string): void {
    if (this.text.startsWith(word, this.i)) this.i += word.length;
    else this.fail(msg('jsonSyntax.unexpected', { found: this.describeHere() }));
  }

  string(): void {
    const text = this.text;
    this.i++;
    while (this.i < text.length && text[this.i] !== '"') {
      if (text.charCodeAt(this.i) < 0x20) this.fail(msg('jsonSyntax.controlInText'));
      if (text[this.i] === '\\') {
        this.i++;
        if (!'"\\/bfnrtu'.includes(text[this.i] ?? ''))
          this.fail(msg('jsonSyntax.badEscape', { escape: `\\${text[this.i] ?? ''}` }));
      }
      this.i++;
    }
    if (this.i >= text.length) this.fail(msg('jsonSyntax.unclosedText'));
    this.i++;
  }

  number(): void {
    // A bounded slice: a number is never longer, and the pattern is anchored at its start.
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (!m) this.fail(msg('jsonSyntax.unexpected', { found: this.describeHere() }));
    this.i += m[0].length;
  }

  /** After an element: "," goes on (true), the closing bracket ends the container (false). */
  next(close: '}' | ']'): boolean {
    this.ws();
    if (this.here() === ',') {
      this.i++;
      return true;
    }
    if (this.here() === close) {
      this.i++;
      return false;
    }
    return this.fail(msg('jsonSyntax.expectedCommaOr', { close, found: this.describeHere() }));
  }

  /** True (and past it) when the container closes at once: `{}` or `[]`. */
  empty(close: '}' | ']'): boolean {
    this.i++;
    this.ws();
    if (this.here() !== close) return false;
    this.i++;
    return true;
  }

  object(): void {
    if (this.empty('}')) return;
    do {
      this.ws();
      if (this.here() === '/') this.fail(msg('jsonSyntax.comment'));
      if (this.here() !== '"')
        this.fail(
          this.here() === '}'
            ? msg('jsonSyntax.commaBefore', { close: '}' })
            : msg('jsonSyntax.expectedKey', { found: this.describeHere() }),
        );
      this.string();
      this.ws();
      if (this.here() !== ':') this.fail(msg('jsonSyntax.expectedColon', { found: this.describeHere() }));
      this.i++;
      this.value();
    } while (this.next('}'));
  }

  array(): void {
    if (this.empty(']')) return;
    do {
      this.ws();
      if (this.here() === ']') this.fail(msg('jsonSyntax.commaBefore', { close: ']' }));
      this.value();
    } while (this.next(']'));
  }

  value(): void {
    this.ws();
    const c = this.here();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === 't') return this.literal('true');
    if (c === 'f') return this.literal('false');
    if (c === 'n') return this.literal('null');
    if (c === '/') this.fail(msg('jsonSyntax.comment'));
    if (c === "'") this.fail(msg('jsonSyntax.singleQuotes'));
    return this.number();
  }
}

export function findJsonSyntaxError(text: string): SyntaxProblem | null {
  const scan = new JsonScan(text);
  try {
    scan.value();
    scan.ws();
    if (scan.i < text.length) scan.fail(msg('jsonSyntax.afterEnd', { found: scan.describeHere() }));
    return null;
  } catch (e) {
    if (e instanceof SyntaxFault) return e.problem;
    throw e;
  }
}
