/**
 * Typed text compared as the templates' own formulas compare it. A workbook decides with formulas such as
 * `TRIM(B17)="23(g) Consultation (private sector, safety)"`, `UPPER(TRIM(L9))="Y"` and
 * `MATCH(TRIM(B2),…,0)`: Excel's `=` and MATCH ignore case, and TRIM removes the spaces (U+0020, and
 * nothing else: not a tab, not a no-break space) at both ends and makes every run of spaces inside one.
 * Every reader and the domain compare typed text through here (program types, Y/Yes marks, State names,
 * the labels of the published layout), so the pane, the command line and the workbook's own formulas
 * never read the same cell two ways. Checked against LibreOffice's results of the same formulas for
 * the same texts (test/budget/excelText.test.ts).
 */

const SPACE = 0x20;

/** Excel's TRIM: spaces (U+0020 only) removed at both ends, each run of spaces inside made one. */
export function excelTrim(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += text[i];
  }
  return out;
}

/**
 * The case Excel's comparison ignores, folded: letter by letter to upper case, as the spreadsheet's UPPER
 * does ("ı" and "i" both "I", "ﬁ" "FI"), except that "ß" stays one letter (capital "ẞ"), never "SS".
 */
export function excelCaseFold(text: string): string {
  // The replace only where there is a ß: it runs for every typed line at every re-check.
  return text.includes('ß') ? text.replace(/ß/g, 'ẞ').toUpperCase() : text.toUpperCase();
}

/**
 * The keys of short texts met lately: a sheet's program types repeat on thousands of lines, at every re-check.
 * Bounded in number and in length: a sheet of distinct texts (a State looked for in every cell) only adds a
 * lookup that misses to each key, and a long text is keyed afresh, never kept.
 */
const RECENT_KEYS = new Map<string, string>();
const RECENT_MAX = 1024;
const RECENT_TEXT_MAX = 256;

/** What two texts share exactly when `TRIM(a)=TRIM(b)` is TRUE in the workbook: a key for maps and sets. */
export function excelTextKey(text: string): string {
  if (text.length > RECENT_TEXT_MAX) return excelCaseFold(excelTrim(text));
  let key = RECENT_KEYS.get(text);
  if (key === undefined) {
    key = excelCaseFold(excelTrim(text));
    if (RECENT_KEYS.size >= RECENT_MAX) RECENT_KEYS.clear();
    RECENT_KEYS.set(text, key);
  }
  return key;
}

/** `TRIM(typed)="wanted"` as the template's formulas evaluate it: case-blind, trimmed as TRIM trims. */
export function sameAsExcel(typed: string, wanted: string): boolean {
  return excelTextKey(typed) === excelTextKey(wanted);
}

/** The first of `choices` that `typed` equals as Excel compares them, or undefined. */
export function findAsExcel<T extends string>(typed: string, choices: readonly T[]): T | undefined {
  return excelIndex(choices, itself).get(excelTextKey(typed));
}

const itself = (text: string): readonly string[] => [text];

const INDEXES = new WeakMap<readonly unknown[], Map<(item: never) => readonly string[], Map<string, unknown>>>();

/**
 * Each key Excel's comparison gives the texts of `items` (`textsOf`, a function kept by the caller) to the first
 * item that has it, as a find() over the list would give it. Made once per frozen list (the domain's constant
 * lists, a rule pack's States: readers ask for every typed cell of a 10,000-line sheet); a list that may still
 * change is keyed again at each call.
 */
export function excelIndex<T>(items: readonly T[], textsOf: (item: T) => readonly string[]): Map<string, T> {
  const byTexts = INDEXES.get(items);
  const known = byTexts?.get(textsOf as (item: never) => readonly string[]);
  if (known) return known as Map<string, T>;
  const index = new Map<string, T>();
  for (const item of items)
    for (const text of textsOf(item)) {
      const key = excelTextKey(text);
      if (!index.has(key)) index.set(key, item);
    }
  if (Object.isFrozen(items)) {
    const cache = byTexts ?? new Map();
    cache.set(textsOf as (item: never) => readonly string[], index);
    if (!byTexts) INDEXES.set(items, cache);
  }
  return index;
}

/** A mark the templates read as yes: `OR(UPPER(TRIM(x))="Y",UPPER(TRIM(x))="YES")`. */
export function isYesMark(typed: string): boolean {
  const key = excelTextKey(typed);
  return key === 'Y' || key === 'YES';
}
