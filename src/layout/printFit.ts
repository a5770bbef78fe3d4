/**
 * The printed page of every template, decided once in the plan so that both writers (the .xlsx file and
 * Office.js) print alike: US Letter landscape, the margins below, one page wide, and a number of pages
 * tall chosen so that no page holds only a line or two of a sheet.
 *
 * "Fit to N pages tall" is how: a sheet whose rows would need 1.2 pages at the one-page-wide scale is
 * printed on one page (scaled a little further down), one that needs 2.6 pages is printed on three.
 * Excel and LibreOffice both scale a fitted sheet themselves, so the estimate below need not be exact:
 * it only chooses N, and a page that would hold less than SQUEEZE of a page is folded into the others.
 */
import { columnIndex, columnWidthPoints, PRINT_MARGINS, type PrintSetup } from '../port/workbookPort';

/** US Letter, landscape, in points. */
export const LETTER_LANDSCAPE = { width: 11 * 72, height: 8.5 * 72 } as const;

/**
 * A sheet that needs at most 1 + SQUEEZE pages is printed on one (scaled down by at most 1 / (1 +
 * SQUEEZE) for it) rather than leave a third of a page, some ten lines, on a second.
 */
export const SQUEEZE = 0.35;

/**
 * Manual page breaks Excel keeps on a sheet ("Excel specifications and limits": 1,026 horizontal and
 * vertical); a file with more is "repaired" on opening, and the API refuses the next one.
 */
export const MAX_PAGE_BREAKS = 1_026;

/** Excel's default row height and column width (11-point Calibri). */
const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_COLUMN_WIDTH = 9;

export interface SheetExtent {
  /** Column widths in characters, by column letter. */
  widths: readonly { column: string; width: number }[];
  /** Row heights in points, by row (rows not listed have the default height). */
  heights: readonly { row: number; height: number }[];
  /** Rows that start a block (a section's title): a page break is put before one when it can. */
  blockStarts?: readonly number[];
}

/** "A1:K60" -> its first and last rows and columns (0-based columns). */
function areaOf(area: string): { r0: number; r1: number; c0: number; c1: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(area);
  if (!m) return null;
  return { c0: columnIndex(m[1] as string), r0: Number(m[2]), c1: columnIndex(m[3] as string), r1: Number(m[4]) };
}

interface Measured {
  /** The one-page-wide scale (at most 1). */
  scale: number;
  /** Points of rows a page holds at scale 1. */
  pageHeight: number;
  titles: number;
  rowHeight: (r: number) => number;
  area: { r0: number; r1: number };
}

function measure(setup: PrintSetup, extent: SheetExtent): Measured | null {
  const area = setup.area ? areaOf(setup.area) : null;
  if (!area) return null;
  const margins = setup.margins ?? PRINT_MARGINS;
  const widthOf = new Map(extent.widths.map((w) => [columnIndex(w.column), w.width]));
  const heightOf = new Map<number, number>();
  for (const h of extent.heights) heightOf.set(h.row, Math.max(heightOf.get(h.row) ?? 0, h.height));
  let width = 0;
  for (let c = area.c0; c <= area.c1; c++) width += columnWidthPoints(widthOf.get(c) ?? DEFAULT_COLUMN_WIDTH);
  const rowHeight = (r: number) => heightOf.get(r) ?? DEFAULT_ROW_HEIGHT;
  const [t0, t1] = (setup.titleRows ?? '').split(':').map(Number);
  let titles = 0;
  if (t0 && t1) for (let r = t0; r <= t1; r++) titles += rowHeight(r);
  const pageWidth = LETTER_LANDSCAPE.width - (margins.left + margins.right) * 72;
  const pageHeight = LETTER_LANDSCAPE.height - (margins.top + margins.bottom) * 72;
  return { scale: Math.min(1, pageWidth / width), pageHeight, titles, rowHeight, area };
}

function rowsHeight(m: Measured, from: number, to: number): number {
  let h = 0;
  for (let r = from; r <= to; r++) h += m.rowHeight(r);
  return h;
}

/** How many pages tall the print area would print at the one-page-wide scale (a fraction: 1.2 pages). */
export function estimatedPages(setup: PrintSetup, extent: SheetExtent): number {
  const m = measure(setup, extent);
  if (!m) return 1;
  const height = rowsHeight(m, m.area.r0, m.area.r1);
  // The first page holds pageHeight / scale points of rows; every later one that less its title rows.
  const first = m.pageHeight / m.scale;
  if (height <= first) return height / first;
  return 1 + (height - first) / Math.max(1, first - m.titles);
}

/**
 * A part between manual page breaks is kept whole only when it fills at most this share of a page at
 * the one-page-wide scale: the rest is the allowance for the fonts of the program that prints.
 */
const PART_ALLOWANCE = 0.92;

/** True when every part between the breaks fits on one page (its title rows repeated above). */
function partsFit(m: Measured, breaks: readonly number[]): boolean {
  const starts = [m.area.r0, ...breaks.filter((b) => b > m.area.r0 && b <= m.area.r1)];
  const room = (m.pageHeight / m.scale) * PART_ALLOWANCE;
  return starts.every((start, i) => {
    const end = (starts[i + 1] ?? m.area.r1 + 1) - 1;
    return rowsHeight(m, start, end) + (i > 0 ? m.titles : 0) <= room;
  });
}

/**
 * The heights of the area's rows summed from its first row: `above[r - r0]` is the height of the rows of
 * the area above row r, so the height of rows a..b is found at once, and where a part ends by a binary
 * search instead of a walk over its rows.
 */
interface RowSums {
  r0: number;
  above: Float64Array;
  /** The sorted rows that start a block. */
  blocks: readonly number[];
}

function rowSums(m: Measured, blockStarts: readonly number[]): RowSums {
  const { r0, r1 } = m.area;
  const above = new Float64Array(r1 - r0 + 2);
  for (let r = r0; r <= r1; r++) above[r - r0 + 1] = (above[r - r0] as number) + m.rowHeight(r);
  return { r0, above, blocks: [...new Set(blockStarts)].sort((a, b) => a - b) };
}

/** The last index in [from, to] of the ascending `list` whose value is at most `limit` (from - 1 when none is). */
function lastAtMost(list: ArrayLike<number>, from: number, to: number, limit: number): number {
  let lo = from;
  let hi = to;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) <= limit) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo - 1;
}

/**
 * Where a part that starts at `start` ends (its last row) when it may hold `target` points: the rows that
 * fit (the first always), unless a block starts in the last two fifths of the part: then it ends before
 * that block, which goes to the next page whole.
 */
function partEnd(m: Measured, sums: RowSums, start: number, target: number, keepBlocks: boolean): number {
  const { r0, above } = sums;
  const r1 = m.area.r1;
  const base = above[start - r0] as number;
  // The last row r whose part start..r holds at most `target` (start itself in any case).
  const fits = lastAtMost(above, start - r0 + 1, r1 - r0 + 1, base + target) - 1 + r0;
  const end = Math.max(start, fits);
  if (!keepBlocks || end >= r1) return end;
  const b = sums.blocks[lastAtMost(sums.blocks, 0, sums.blocks.length - 1, end)];
  if (b === undefined || b <= start || (above[b - r0] as number) - base < target * 0.6) return end;
  return b - 1 > start ? b - 1 : end;
}

/**
 * The breaks of `pages` parts of about equal height (sections kept whole when `keepBlocks`), or null when
 * the last part does not fit a page. `breaks` collects them; without it only the fit is found.
 */
function shared(m: Measured, sums: RowSums, pages: number, room: number, keepBlocks: boolean, breaks?: number[]) {
  const total = sums.above[sums.above.length - 1] as number;
  const target = Math.min(room - m.titles, (total + (pages - 1) * m.titles) / pages);
  let start = m.area.r0;
  for (let p = 1; p < pages && start <= m.area.r1; p++) {
    const end = partEnd(m, sums, start, p === 1 ? target : target - m.titles, keepBlocks);
    breaks?.push(end + 1);
    start = end + 1;
  }
  return start <= m.area.r1 && total - (sums.above[start - sums.r0] as number) + m.titles <= room;
}

/**
 * Page breaks that share the rows evenly over the fewest pages that hold them (each part at most
 * PART_ALLOWANCE of a page, its title rows repeated above), a section moved whole to the next page
 * when it would start at the foot of one: every page holds about as much as the others, none a line
 * or two. Null when the sheet fits one page.
 *
 * Page counts are tried from the fewest up, and each part falls a little short of its share, so a sheet
 * of thousands of pages tries hundreds of counts (a 300,000-line budget: from 6,650 pages to 8,370). Each
 * try finds its parts' ends by binary search over the rows' summed heights and keeps no breaks until one
 * holds: planning that budget took 99 s when each try walked every row and kept its breaks.
 */
function balancedBreaks(m: Measured, blockStarts: readonly number[]): number[] | null {
  const room = (m.pageHeight / m.scale) * PART_ALLOWANCE;
  const sums = rowSums(m, blockStarts);
  const total = sums.above[sums.above.length - 1] as number;
  if (total <= room) return null;
  for (let pages = Math.ceil((total - m.titles) / (room - m.titles)); pages < 10_000; pages++) {
    for (const keepBlocks of [true, false]) {
      if (!shared(m, sums, pages, room, keepBlocks)) continue;
      const breaks: number[] = [];
      shared(m, sums, pages, room, keepBlocks, breaks);
      return breaks;
    }
  }
  return null;
}

/**
 * The print setup a sheet gets: its title rows, footer and area as the template gives them, on US
 * Letter with the template margins, one page wide, and
 * - a sheet that needs at most 1 + SQUEEZE pages: fitted to one page tall;
 * - a longer one: page breaks, the template's own (`breaksBefore`: the SF-424A's Sections A and B,
 *   then C to F, as the form's two pages) when each part fits a page, else breaks that share the rows
 *   evenly (balancedBreaks), with no fit in height, since Excel keeps manual breaks only on a sheet
 *   fitted to its width alone. The breaks stand where the plan puts them whatever fonts the printing
 *   program has, so no page is left with the last line or two of a sheet;
 * - a sheet that would need more than MAX_PAGE_BREAKS breaks (some 3,600 lines of long text): no manual
 *   break, fitted to the pages it needs instead, so the program scales it onto them.
 */
export function fittedPrintSetup(setup: PrintSetup, extent: SheetExtent): PrintSetup {
  const { breaksBefore, ...rest } = setup;
  const base: PrintSetup = {
    ...rest,
    paper: 'letter',
    margins: setup.margins ?? PRINT_MARGINS,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  const m = measure(base, extent);
  if (!m) return base;
  if (breaksBefore?.length && partsFit(m, breaksBefore)) return { ...base, breaksBefore };
  if (estimatedPages(base, extent) <= 1 + SQUEEZE) return { ...base, fitToHeight: 1 };
  const breaks = balancedBreaks(m, extent.blockStarts ?? []);
  if (breaks && breaks.length > MAX_PAGE_BREAKS) return { ...base, fitToHeight: breaks.length + 1 };
  return breaks?.length ? { ...base, breaksBefore: breaks } : { ...base, fitToHeight: 1 };
}
