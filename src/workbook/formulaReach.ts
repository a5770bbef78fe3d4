/**
 * How far a formula reaches: a line's own total ("=SUM(H9:J9)") stays in its row, a Subtotal
 * ("=SUM(H5:H18)") or a total over another sheet reaches beyond it. The reader uses it to tell a
 * Subtotal row from a line titled so, the repair's guard to tell a row of totals from a row of figures.
 */

/** Formula text without its string literals ("..." with "" inside), so a quoted "A1" is not a reference. */
function withoutStrings(formula: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] as string;
    if (ch === '"') inString = !inString;
    else if (!inString) out += ch;
  }
  return out;
}

const REFERENCE = /(!|\$?\b[A-Z]{1,3}\$?(\d+)\b|\b[A-Za-z_][A-Za-z0-9_.]*\b)/g;
const FUNCTION_OR_WORD = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/**
 * True when a formula refers to something beyond its own row (0-based `row`): another row, another
 * sheet, or a defined name. A line's own "=SUM(H9:J9)" does not; a Subtotal's "=SUM(H5:H18)" does.
 */
export function refersBeyondRow(formula: string, row: number): boolean {
  const text = withoutStrings(formula.length > 8_192 ? formula.slice(0, 8_192) : formula);
  for (const m of text.matchAll(REFERENCE)) {
    if (m[0] === '!') return true;
    if (m[2] !== undefined) {
      if (Number(m[2]) !== row + 1) return true;
      continue;
    }
    // A bare word: a function name (followed by "("), TRUE/FALSE, or a defined name.
    const after = text[(m.index ?? 0) + m[0].length];
    if (after === '(' || /^(TRUE|FALSE)$/i.test(m[0]) || !FUNCTION_OR_WORD.test(m[0])) continue;
    return true;
  }
  return false;
}
