/**
 * Where a budget's figures stand in a workbook: budget path (as in the budget JSON) -> cell. A reader
 * of a workbook provides the index; the checks ask it only for the paths they report on, so a reader
 * may compute places on demand instead of storing one entry per figure (a 10,000-line budget has
 * some 120,000 of them).
 */
import type { CellPlace } from './model';

export interface PlaceIndex {
  /** The cell of a path, or undefined when the budget does not come from a workbook cell. */
  get(path: string): CellPlace | undefined;
  /** Every path with its cell (computed when asked; for listing, not for lookups). */
  entries(): Iterable<[string, CellPlace]>;
}

/** A place index held in a Map: budgets from JSON (empty), the published layout's reader, tests. */
export class PlaceMap implements PlaceIndex {
  private readonly map = new Map<string, CellPlace>();

  set(path: string, place: CellPlace): void {
    this.map.set(path, place);
  }

  get(path: string): CellPlace | undefined {
    return this.map.get(path);
  }

  entries(): Iterable<[string, CellPlace]> {
    return this.map.entries();
  }
}

/** A PlaceMap holding the given places. */
export function placesOf(record: Record<string, CellPlace> = {}): PlaceMap {
  const out = new PlaceMap();
  for (const [path, place] of Object.entries(record)) out.set(path, place);
  return out;
}
