/**
 * Largest, smallest and append over arrays of any length. `Math.max(...xs)` and `a.push(...xs)`
 * pass every element as a call argument, and V8 throws "Maximum call stack size exceeded" at some
 * hundred thousand arguments: a 300,000-line budget did. These loop instead. Pure, for every layer.
 */

/** The largest value, or `empty` (as `Math.max()`: -Infinity) when there is none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let m = empty;
  for (const v of values) if (v > m || Number.isNaN(v)) m = v;
  return m;
}

/** The smallest value, or `empty` (as `Math.min()`: Infinity) when there is none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let m = empty;
  for (const v of values) if (v < m || Number.isNaN(v)) m = v;
  return m;
}

/** Appends every item of `items` to `target` (as `target.push(...items)`, without the argument limit). */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}
