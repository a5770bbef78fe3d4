/**
 * Merged areas as ranges, never as the cells they cover: `<mergeCell ref="T1:AM800000"/>` is four
 * numbers here, not 16 million cells (enumerating it took 4.4 GB and killed the process). Three
 * jobs, each in O(m log m + n log n) for m merges and n cells:
 * - bound them: the cells all merges cover, added up, stay under MAX_MERGED_CELLS (a budget sheet
 *   merges a few thousand; exceljs, which writes new workbooks and repairs, makes an object per
 *   merged cell, so a file beyond the bound would cost it gigabytes);
 * - refuse overlapping merges, which Excel itself removes as damage when it opens the file;
 * - blank the cells a merge covers other than its top-left (as Excel reports a merged area), by a
 *   sweep over rows with a Fenwick tree over columns, looked up only for the cells that exist.
 */
import { msg } from '../messages/words';
import { a1 } from '../port/workbookPort';
import { WorkbookReadError, damagedPart } from './readError';
import type { FoundCell } from './readSnapshot';

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Most cells all the merged areas of one sheet may cover together. */
export const MAX_MERGED_CELLS = 1_000_000;

export interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const SINGLE_CELL = /^\$?[A-Z]{1,3}\$?\d{1,7}$/;

/** "B3:D4" -> 0-based corners; null for a single cell or a reference that is not a range in the grid. */
export function areaOf(ref: string): Area | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  const c0 = columnNumber(m[1] as string);
  const c1 = columnNumber(m[3] as string);
  const r0 = Number(m[2]) - 1;
  const r1 = Number(m[4]) - 1;
  if (r0 < 0 || r1 >= MAX_ROWS || c1 >= MAX_COLUMNS || r1 < r0 || c1 < c0) return null;
  return { r0, c0, r1, c1 };
}

/** Above the last column three letters can name (ZZZ), so that a cell reference packs into one number. */
export const CELL_REF_SPAN = 32_768;

/**
 * A cell reference read as /^([A-Z]{1,3})(\d{1,7})$/ reads it, packed as row number (1-based) ×
 * CELL_REF_SPAN + column (0-based); -1 when it is not one. Without a match and its strings: a sheet has
 * hundreds of thousands of cells (test/xlsx/cellRefNumber.test.ts holds it to the expression).
 */
export function cellRefNumber(ref: string): number {
  let i = 0;
  let col = 0;
  for (; i < ref.length && i < 4; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 0x41 || ch > 0x5a) break;
    col = col * 26 + ch - 64;
  }
  const digits = ref.length - i;
  if (i === 0 || i > 3 || digits < 1 || digits > 7) return -1;
  let row = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 0x30 || ch > 0x39) return -1;
    row = row * 10 + ch - 0x30;
  }
  return row * CELL_REF_SPAN + col - 1;
}

/** "A" -> 0, "XFD" -> 16383. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** The merged areas of a sheet, checked: within the bound, none overlapping another. */
export function checkedAreas(refs: string[], file: string, sheet: string, part: string): Area[] {
  const areas: Area[] = [];
  let covered = 0;
  for (const ref of refs) {
    if (SINGLE_CELL.test(ref)) continue; // merges nothing
    const area = areaOf(ref);
    // exceljs, which repair opens the file with, would enumerate a range beyond the grid: refused here.
    if (!area) throw damagedPart(file, part, msg('xlsx.why.mergeNotRange', { range: ref.slice(0, 40) }));
    covered += (area.r1 - area.r0 + 1) * (area.c1 - area.c0 + 1);
    if (covered > MAX_MERGED_CELLS) {
      throw new WorkbookReadError(
        file,
        msg('xlsx.mergesTooMany', {
          sheet,
          max: MAX_MERGED_CELLS,
          range: ref,
          covers: (area.r1 - area.r0 + 1) * (area.c1 - area.c0 + 1),
        }),
      );
    }
    areas.push(area);
  }
  const overlap = firstOverlap(areas);
  if (overlap)
    throw damagedPart(
      file,
      part,
      msg('xlsx.why.mergesOverlap', { first: rangeText(overlap[0]), second: rangeText(overlap[1]) }),
    );
  return areas;
}

function rangeText(a: Area): string {
  return `${a1(a.r0, a.c0)}:${a1(a.r1, a.c1)}`;
}

/**
 * Two areas that overlap, or null. Areas in order of their top row: one overlaps an earlier one when
 * an earlier area still reaches its top row in one of its columns, so a max tree over columns holding
 * the lowest row reached answers it (what is stored is the area, to name both in the message).
 */
function firstOverlap(areas: Area[]): [Area, Area] | null {
  if (areas.length < 2) return null;
  const byTop = [...areas].sort((x, y) => x.r0 - y.r0);
  // The tree spans only the columns where an area starts or ends (two ranges of columns meet exactly when
  // their ranks among those columns do): a sheet's tree was 2 × 65,536 slots, filled for every sheet read.
  const edges = [...new Set(areas.flatMap((a) => [a.c0, a.c1]))].sort((x, y) => x - y);
  const rank = new Map(edges.map((c, i) => [c, i]));
  const at = (c: number) => rank.get(c) as number;
  const tree = new ReachTree(edges.length);
  for (const a of byTop) {
    const hit = tree.deepest(at(a.c0), at(a.c1));
    if (hit && hit.r1 >= a.r0) return [hit, a];
    tree.cover(at(a.c0), at(a.c1), a);
  }
  return null;
}

/**
 * Segment tree over `size` ranked columns: for a column range, the area reaching lowest (largest r1)
 * among those recorded over it. A cover marks whole nodes without pushing down, so each call is
 * O(log size).
 */
class ReachTree {
  private readonly best: (Area | null)[];
  private readonly mark: (Area | null)[];
  private readonly last: number;

  constructor(size: number) {
    this.best = new Array<Area | null>(4 * size).fill(null);
    this.mark = new Array<Area | null>(4 * size).fill(null);
    this.last = size - 1;
  }

  cover(l: number, r: number, a: Area, node = 1, lo = 0, hi = this.last): void {
    if (r < lo || hi < l) return;
    this.best[node] = lower(this.best[node] ?? null, a);
    if (l <= lo && hi <= r) {
      this.mark[node] = lower(this.mark[node] ?? null, a);
      return;
    }
    const mid = (lo + hi) >> 1;
    this.cover(l, r, a, node * 2, lo, mid);
    this.cover(l, r, a, node * 2 + 1, mid + 1, hi);
  }

  deepest(l: number, r: number, node = 1, lo = 0, hi = this.last): Area | null {
    if (r < lo || hi < l) return null;
    if (l <= lo && hi <= r) return this.best[node] ?? null;
    const mid = (lo + hi) >> 1;
    const below = lower(this.deepest(l, r, node * 2, lo, mid), this.deepest(l, r, node * 2 + 1, mid + 1, hi));
    return lower(this.mark[node] ?? null, below);
  }
}

function lower(x: Area | null, y: Area | null): Area | null {
  if (!x) return y;
  if (!y) return x;
  return y.r1 > x.r1 ? y : x;
}

/**
 * The cells not hidden under a merged area: the top-left of an area keeps its content, the others
 * read blank. Areas do not overlap (checkedAreas), so a cell is under at most one. Cells and area
 * edges are swept in row order; a Fenwick tree over columns counts the areas open at a row.
 */
export function visibleCells(found: FoundCell[], areas: Area[]): FoundCell[] {
  if (areas.length === 0) return found;
  const order = found.map((_, i) => i).sort((x, y) => (found[x] as FoundCell).r - (found[y] as FoundCell).r);
  const starts = [...areas].sort((x, y) => x.r0 - y.r0);
  const ends = [...areas].sort((x, y) => x.r1 - y.r1);
  const topLefts = new Set(areas.map((a) => a.r0 * MAX_COLUMNS + a.c0));
  const open = new Fenwick(MAX_COLUMNS + 1);
  const hidden = new Uint8Array(found.length);
  let s = 0;
  let e = 0;
  for (const i of order) {
    const { r, c } = found[i] as FoundCell;
    for (; s < starts.length && (starts[s] as Area).r0 <= r; s++)
      open.addRange((starts[s] as Area).c0, (starts[s] as Area).c1, 1);
    for (; e < ends.length && (ends[e] as Area).r1 < r; e++)
      open.addRange((ends[e] as Area).c0, (ends[e] as Area).c1, -1);
    if (open.at(c) > 0 && !topLefts.has(r * MAX_COLUMNS + c)) hidden[i] = 1;
  }
  return found.filter((_, i) => hidden[i] === 0);
}

/** Range add, point query: the count at a column is the sum of the differences up to it. */
class Fenwick {
  private readonly t: Int32Array;
  constructor(private readonly n: number) {
    this.t = new Int32Array(n + 1);
  }
  addRange(l: number, r: number, v: number): void {
    this.add(l, v);
    this.add(r + 1, -v);
  }
  private add(i: number, v: number): void {
    for (let k = i + 1; k <= this.n; k += k & -k) this.t[k] = (this.t[k] as number) + v;
  }
  at(i: number): number {
    let sum = 0;
    for (let k = i + 1; k > 0; k -= k & -k) sum += this.t[k] as number;
    return sum;
  }
}
