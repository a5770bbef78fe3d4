/**
 * Finds keys written twice in one JSON object. JSON.parse silently keeps the last one, which would
 * drop a figure the author typed; the budget reader refuses such a file instead, naming the place.
 * Expects text that JSON.parse already accepted (so it only has to track structure, not validate).
 */
export interface DuplicateKey {
  /** Path of the object holding the key: `personnel[0]`, or "" for the top level. */
  path: string;
  key: string;
}

type Frame =
  { kind: 'object'; keys: Set<string>; key: string | null; expectingKey: boolean } | { kind: 'array'; index: number };

function pathOf(stack: Frame[]): string {
  let out = '';
  for (let i = 0; i < stack.length - 1; i++) {
    const f = stack[i] as Frame;
    if (f.kind === 'object') out += out ? `.${f.key ?? ''}` : (f.key ?? '');
    else out += `[${f.index}]`;
  }
  return out;
}

export function findDuplicateKeys(text: string, limit = 20): DuplicateKey[] {
  return scanJsonStructure(text, Infinity, limit).duplicates;
}

/**
 * One pass over the text for what JSON.parse cannot tell: nesting deeper than `maxDepth` (stops at once,
 * before JSON.parse could exhaust the stack) and duplicate keys. Safe on text that is not valid JSON;
 * its duplicates mean something only once JSON.parse has accepted the text.
 */
export function scanJsonStructure(
  text: string,
  maxDepth: number,
  limit = 20,
): { tooDeep: boolean; duplicates: DuplicateKey[] } {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let i = 0;
  const n = text.length;
  while (i < n && found.length < limit) {
    const c = text[i] as string;
    if (c === '"') {
      // Read the string, decoding it only when it is a key.
      // indexOf finds the closing quote fast; a quote preceded by an odd run of backslashes is escaped.
      let j = text.indexOf('"', i + 1);
      while (j > 0) {
        let k = j - 1;
        while (text.charCodeAt(k) === 92) k--;
        if ((j - 1 - k) % 2 === 0) break;
        j = text.indexOf('"', j + 1);
      }
      if (j < 0) j = n;
      const top = stack[stack.length - 1];
      if (top && top.kind === 'object' && top.expectingKey) {
        const raw = text.slice(i, j + 1);
        const key = raw.includes('\\') ? decodeKey(raw) : raw.slice(1, -1);
        if (top.keys.has(key)) found.push({ path: pathOf(stack), key });
        top.keys.add(key);
        top.key = key;
        top.expectingKey = false;
      }
      i = j + 1;
      continue;
    }
    if (c === '{' || c === '[') {
      if (stack.length >= maxDepth) return { tooDeep: true, duplicates: found };
      stack.push(
        c === '{' ? { kind: 'object', keys: new Set(), key: null, expectingKey: true } : { kind: 'array', index: 0 },
      );
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectingKey = true;
      else if (top?.kind === 'array') top.index++;
    }
    i++;
  }
  return { tooDeep: false, duplicates: found };
}

function decodeKey(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw; // not valid JSON: JSON.parse of the whole text will say where
  }
}
