/**
 * Where a JSON text first goes wrong. JSON.parse's messages differ between engines and often give no
 * position; a budget officer with a 2,000-line export needs the line and column. Only run after
 * JSON.parse has failed, on text whose nesting is already bounded, so plain recursion is safe.
 */
export interface SyntaxProblem {
  offset: number;
  message: string;
}

export function findJsonSyntaxError(text: string): SyntaxProblem | null {
  let i = 0;
  const fail = (message: string): never => {
    throw { offset: i, message } as SyntaxProblem;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const describeHere = () => (i >= text.length ? 'the end of the file' : `"${text.slice(i, i + 12).split('\n')[0]}"`);
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${describeHere()}`);
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('a line break or control character inside a text; close the quote first');
      if (text[i] === '\\') {
        i++;
        if (!'"\\/bfnrtu'.includes(text[i] ?? '')) fail(`a backslash escape "\\${text[i] ?? ''}" that JSON does not allow`);
      }
      i++;
    }
    if (i >= text.length) fail('a text that is never closed with a quote');
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail(`unexpected ${describeHere()}`);
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === '/') fail('a comment; JSON has no comments, remove it');
        if (text[i] !== '"') fail(text[i] === '}' ? 'a comma before "}"; remove it' : `expected a key in double quotes, found ${describeHere()}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ":" after the key, found ${describeHere()}`);
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected "," or "}", found ${describeHere()}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === ']') fail('a comma before "]"; remove it');
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected "," or "]", found ${describeHere()}`);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '/') fail('a comment; JSON has no comments, remove it');
    if (c === "'") fail('a text in single quotes; JSON needs double quotes');
    return number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${describeHere()} after the end of the JSON`);
    return null;
  } catch (e) {
    if (e && typeof e === 'object' && 'offset' in e) return e as SyntaxProblem;
    throw e;
  }
}
