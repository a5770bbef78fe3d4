/** The fake's cell keys: "row,col" (0-based) for a sheet's map of cells. */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** The row and column of a cellKey, read in place (no array of parts: it runs over every cell of a sheet). */
export function cellOfKey(key: string): [row: number, col: number] {
  const comma = key.indexOf(',');
  return [Number(key.slice(0, comma)), Number(key.slice(comma + 1))];
}
