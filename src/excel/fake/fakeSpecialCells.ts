/**
 * Range.getSpecialCells / getSpecialCellsOrNullObject (ExcelApi 1.9) as Excel answers them: the cells of
 * a range that are constants, formulas or blanks, narrowed by the type of their value, as the areas of a
 * RangeAreas. The add-in uses it to learn where the error values are without loading every cell's value
 * type (officeCells.ts).
 *
 * Two behaviours of Excel's the fake keeps, because a reader that forgot them would go wrong in Excel:
 * - on a single cell, Excel searches the sheet's used range, not the cell (as VBA's SpecialCells always
 *   has): a reader must keep only the areas inside what it asked about;
 * - no matching cell is ItemNotFound for getSpecialCells, a null object for the OrNullObject variant.
 */
import { cellKey, fakeError, valueType, type FakeSheet, type Rect } from './fakeWorkbook';

const CELL_TYPES = ['Constants', 'Formulas', 'Blanks'] as const;
type CellType = (typeof CELL_TYPES)[number];

/** SpecialCellValueType: "All", or "Errors", "Logical", "Numbers", "Text" joined ("ErrorsLogicalText"). */
const VALUE_KINDS = ['Errors', 'Logical', 'Numbers', 'Number', 'Text'] as const;

/** The SpecialCellValueType word of each value type; a formula the fake could not calculate (Empty) matches none. */
const KIND_OF_TYPE: Record<string, string> = {
  Double: 'Numbers',
  Boolean: 'Logical',
  String: 'Text',
  Error: 'Errors',
  Empty: 'None',
};

function valueKinds(valueType: string | undefined): Set<string> | null {
  if (valueType === undefined || valueType === 'All') return null;
  const kinds = new Set<string>();
  let rest = valueType;
  while (rest.length > 0) {
    const kind = VALUE_KINDS.find((k) => rest.startsWith(k));
    if (!kind)
      throw fakeError(
        'InvalidArgument',
        `The argument is invalid or missing or has an incorrect format. (cellValueType "${valueType}")`,
      );
    kinds.add(kind === 'Number' ? 'Numbers' : kind);
    rest = rest.slice(kind.length);
  }
  return kinds;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

/** Runs of matching cells, row by row, with equal runs of consecutive rows joined into one area. */
function areasOf(search: Rect, matches: (r: number, c: number) => boolean): Rect[] {
  const areas: Rect[] = [];
  let open = new Map<string, Rect>();
  for (let r = search.r0; r <= search.r1; r++) {
    const next = new Map<string, Rect>();
    let c = search.c0;
    while (c <= search.c1) {
      if (!matches(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c + 1 <= search.c1 && matches(r, c + 1)) c++;
      const key = `${start}:${c}`;
      const above = open.get(key);
      if (above) {
        above.r1 = r;
        next.set(key, above);
        open.delete(key);
      } else next.set(key, { r0: r, c0: start, r1: r, c1: c });
      c++;
    }
    areas.push(...open.values());
    open = next;
  }
  areas.push(...open.values());
  return areas.sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0);
}

/**
 * The areas of `rect` (or, for a single cell, of the used range) whose cells are of `cellType` and whose
 * values are of `cellValueType`; empty when none.
 */
export function specialCellAreas(
  sheet: FakeSheet,
  rect: Rect,
  used: Rect | null,
  cellType: string,
  cellValueType?: string,
): Rect[] {
  if (!(CELL_TYPES as readonly string[]).includes(cellType)) {
    throw fakeError(
      'InvalidArgument',
      `The fake models the special cells Constants, Formulas and Blanks, not "${cellType}".`,
    );
  }
  const kinds = valueKinds(cellValueType);
  const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
  const search = used ? (single ? used : intersect(rect, used)) : null;
  if (!search) return [];
  const wanted = cellType as CellType;
  return areasOf(search, (r, c) => {
    const cell = sheet.cells.get(cellKey(r, c));
    const value = cell?.value ?? null;
    const formula = cell?.formula ?? null;
    if (wanted === 'Blanks') return value === null && formula === null;
    if (wanted === 'Formulas' ? formula === null : formula !== null || value === null) return false;
    return kinds === null || kinds.has(KIND_OF_TYPE[valueType(value)] as string);
  });
}
