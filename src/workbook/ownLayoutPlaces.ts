/**
 * The places of a budget read from our own layout (budget path -> cell), computed when asked. A cost
 * line's cells are its row and its section's columns, so the reader records one row number per line
 * and one column map per section instead of an entry per figure: a 10,000-line budget has some
 * 120,000 figures, and the checks ask for the cells of the few they report on. The header, Appendix
 * D, E and J and the totals (a few hundred cells) are kept as they are.
 */
import type { CellPlace, PlaceIndex } from '../budget';
import { a1 } from '../port/workbookPort';

interface SectionPlaces {
  sheet: string;
  /** 0-based row of each line, by line index. */
  rows: number[];
  /** 0-based column of each field of a line ("federal", "item", "total"...). */
  cols: ReadonlyMap<string, number>;
}

/** "personnel[12].federal" -> section, index, field. */
const LINE_PATH = /^([A-Za-z]+)\[(\d+)\]\.([A-Za-z0-9]+)$/;

export class OwnLayoutPlaces implements PlaceIndex {
  private readonly fixed = new Map<string, CellPlace>();
  private readonly sections = new Map<string, SectionPlaces>();

  set(path: string, place: CellPlace): void {
    this.fixed.set(path, place);
  }

  /** Starts a section's lines on a sheet; returns the list to push each line's 0-based row onto. */
  section(section: string, sheet: string, cols: ReadonlyMap<string, number>): number[] {
    const rows: number[] = [];
    this.sections.set(section, { sheet, rows, cols });
    return rows;
  }

  get(path: string): CellPlace | undefined {
    const fixed = this.fixed.get(path);
    if (fixed) return fixed;
    const m = LINE_PATH.exec(path);
    const s = m ? this.sections.get(m[1] as string) : undefined;
    if (!m || !s) return undefined;
    const row = s.rows[Number(m[2])];
    const col = s.cols.get(m[3] as string);
    return row === undefined || col === undefined ? undefined : { sheet: s.sheet, cell: a1(row, col) };
  }

  *entries(): Iterable<[string, CellPlace]> {
    yield* this.fixed;
    for (const [section, s] of this.sections) {
      for (let i = 0; i < s.rows.length; i++) {
        for (const [field, col] of s.cols)
          yield [`${section}[${i}].${field}`, { sheet: s.sheet, cell: a1(s.rows[i] as number, col) }];
      }
    }
  }
}
