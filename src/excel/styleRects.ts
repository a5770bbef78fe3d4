/**
 * Formatting a written block in as few Office.js commands as it takes: each style property is set once
 * per rectangle of cells that share its value (rows x columns), not once per cell or per run of a row.
 * A blank template's borders were some 5,200 per-row commands (about 1.8 MB of a 2.6 MB request);
 * as rectangles they are a few hundred. Plain data in, plain data out: no Office here.
 */
import type { CellStyle, CellWrite } from '../port/workbookPort';

/** The properties set per rectangle (numberFormat goes in one array with the values instead). */
export type StyleProperty = Exclude<keyof CellStyle, 'numberFormat'>;

const PROPERTIES: StyleProperty[] = [
  'bold',
  'italic',
  'fontSize',
  'fontColor',
  'fill',
  'align',
  'wrap',
  'border',
  'locked',
];

/** A rectangle of a block, 0-based offsets from its top-left, inclusive. */
export interface StyleRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  style: Omit<CellStyle, 'numberFormat'>;
}

interface Open {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

function valueAt(w: CellWrite | undefined, prop: StyleProperty): unknown {
  if (!w || w.kind === 'skip') return undefined;
  return w.style?.[prop];
}

/** Rectangles of equal value for one property: runs along each row, stacked while the next row repeats them. */
function rectanglesOf(rows: readonly CellWrite[][], prop: StyleProperty): { rect: Open; value: unknown }[] {
  const done: { rect: Open; value: unknown }[] = [];
  let open = new Map<string, { rect: Open; value: unknown }>();
  rows.forEach((row, i) => {
    const next = new Map<string, { rect: Open; value: unknown }>();
    let j = 0;
    while (j < row.length) {
      const value = valueAt(row[j], prop);
      if (value === undefined) {
        j++;
        continue;
      }
      let end = j;
      while (end + 1 < row.length && valueAt(row[end + 1], prop) === value) end++;
      const key = `${j}:${end}:${String(value)}`;
      const above = open.get(key);
      if (above) {
        above.rect.r1 = i;
        next.set(key, above);
        open.delete(key);
      } else next.set(key, { rect: { r0: i, r1: i, c0: j, c1: end }, value });
      j = end + 1;
    }
    for (const closed of open.values()) done.push(closed);
    open = next;
  });
  for (const closed of open.values()) done.push(closed);
  return done;
}

/**
 * The style commands of a block: one entry per rectangle, carrying every property that the same
 * rectangle takes (so a rectangle shared by several properties is one range with several sets).
 */
export function styleRectangles(rows: readonly CellWrite[][]): StyleRect[] {
  const byRect = new Map<string, StyleRect>();
  for (const prop of PROPERTIES) {
    for (const { rect, value } of rectanglesOf(rows, prop)) {
      const key = `${rect.r0},${rect.c0},${rect.r1},${rect.c1}`;
      let entry = byRect.get(key);
      if (!entry) {
        entry = { ...rect, style: {} };
        byRect.set(key, entry);
      }
      (entry.style as Record<string, unknown>)[prop] = value;
    }
  }
  return [...byRect.values()];
}
