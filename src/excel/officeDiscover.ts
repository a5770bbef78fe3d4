/**
 * The first check of a workbook: find the budget without reading what is not the budget. A user's
 * workbook may hold a 100,000-cell data sheet beside the templates; reading every sheet in one sync
 * breaks Excel on the web's 5 MB limit. So:
 *   1. the sheet list and the defined names (1 sync);
 *   2. our own layout is known by its names: read only its sheets (1 sync, or blocks when big);
 *   3. else look for the published OSHA layout one candidate sheet at a time: the used ranges' sizes
 *      (1 sync, no cells), then each sheet's first rows, and the rest of it only when those rows look
 *      like a template (an Appendix F section title, the heads of D, E or J), always in bounded blocks.
 * Deciding what a sheet is belongs to src/workbook (passed in as `looksLikePublishedSheet`).
 */
import { parseA1, type DefinedName, type SheetSnapshot, type WorkbookSnapshot } from '../port/workbookPort';
import { readIndexIn, readSheetsIn, visibilityIn, withSheets, type ReadOptions, type WorkbookRead } from './officeRead';
import { blocksOf, readBlocksIn, sheetFromBlocks, usedDimsIn, type UsedDims } from './officeReadParts';

/** Rows read first of a candidate sheet: the published templates' titles and heads are near the top. */
export const PROBE_ROWS = 100;

export interface DiscoverServices {
  ownSheetNames(snapshot: WorkbookSnapshot): string[];
  looksLikePublishedSheet(sheet: SheetSnapshot): boolean;
}

/** Sheet names that say "template" come first; the others follow in tab order. */
function ranked(names: string[]): string[] {
  const hint = /appendix|\bapp\.?\s*[defj]\b|budget|23\s*\(?g|^[defj]$|osha|sf.?424/i;
  return [...names.filter((n) => hint.test(n)), ...names.filter((n) => !hint.test(n))];
}

/** Reads one candidate sheet: its first rows, and the rest only when they look like a template. */
async function readCandidate(
  ctx: Excel.RequestContext,
  index: WorkbookRead,
  name: string,
  d: UsedDims,
  services: DiscoverServices,
): Promise<SheetSnapshot | null> {
  const visibility = visibilityIn(index, name);
  const probeEnd = d.row + Math.min(d.rows, PROBE_ROWS);
  const probe = await readBlocksIn(ctx, blocksOf(name, d, d.row, probeEnd));
  const head = sheetFromBlocks(name, visibility, d, probe);
  if (!services.looksLikePublishedSheet(head)) return null;
  if (probeEnd >= d.row + d.rows) return head;
  const rest = await readBlocksIn(ctx, blocksOf(name, d, probeEnd));
  return sheetFromBlocks(name, visibility, d, [...probe, ...rest]);
}

async function findPublishedIn(
  ctx: Excel.RequestContext,
  index: WorkbookRead,
  services: DiscoverServices,
): Promise<SheetSnapshot[]> {
  const names = ranked(index.snapshot.sheetNames.filter((s) => s.kind === 'worksheet').map((s) => s.name));
  const dims = await usedDimsIn(ctx, names);
  const found: SheetSnapshot[] = [];
  for (const name of names) {
    const d = dims.get(name);
    if (!d) continue;
    const sheet = await readCandidate(ctx, index, name, d, services);
    if (sheet) found.push(sheet);
  }
  // Tab order, as a full read gives them (the reader's choice among look-alikes follows it).
  const order = new Map(index.snapshot.sheetNames.map((s, i) => [s.name, i]));
  return found.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
}

/**
 * Cells each sheet spans as far as the defined names reach (lower-case sheet name -> rows x columns from A1).
 * Our templates name every input block and total, so this is a free estimate of a template sheet's size
 * before the first read: a 10,000-line Appendix F (about 10 MB to read) goes straight to row blocks instead
 * of being refused by Excel on the web first.
 */
export function cellsReachedByNames(names: readonly DefinedName[]): Map<string, number> {
  const extent = new Map<string, { rows: number; cols: number }>();
  for (const { ref } of names) {
    const bang = ref.lastIndexOf('!');
    if (bang <= 0) continue;
    const sheet = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'")
      .toLowerCase();
    const end =
      ref
        .slice(bang + 1)
        .split(':')
        .pop()
        ?.replace(/\$/g, '') ?? '';
    if (!/^[A-Z]{1,3}\d{1,7}$/i.test(end)) continue;
    const { row, col } = parseA1(end.toUpperCase());
    const e = extent.get(sheet) ?? { rows: 0, cols: 0 };
    extent.set(sheet, { rows: Math.max(e.rows, row + 1), cols: Math.max(e.cols, col + 1) });
  }
  return new Map([...extent].map(([sheet, e]) => [sheet, e.rows * e.cols]));
}

/** The budget's sheets of a workbook the pane has not read yet, with the sheet list, names and ids. */
export async function discoverBudgetIn(
  ctx: Excel.RequestContext,
  services: DiscoverServices,
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  const index = await readIndexIn(ctx);
  const own = services.ownSheetNames(index.snapshot);
  if (own.length > 0) {
    const knownCells = new Map([...cellsReachedByNames(index.snapshot.names), ...(options.knownCells ?? [])]);
    return readSheetsIn(ctx, index, own, { ...options, knownCells });
  }
  return withSheets(index, await findPublishedIn(ctx, index, services));
}
