/**
 * Reading sheets in parts. Excel on the web refuses a request or a response over 5 MB ("Resource limits
 * and performance optimization for Office Add-ins"; Office.js error codes RequestPayloadSizeLimitExceeded
 * and ResponsePayloadSizeLimitExceeded), and a used range read with values, formulas and value types
 * costs about 52 bytes a cell. So a big sheet is read as: its used range's position and size first
 * (a few numbers), then row blocks whose estimated response stays well under the limit, several blocks
 * to a sync while they fit. Should Excel still refuse a sync (long texts cost more than the estimate),
 * its blocks are halved and read again: reads only, so nothing runs twice.
 */
import { PaneError } from '../addin/paneWords';
import { msg, type Msg } from '../messages/words';
import { a1, type CellSnapshot, type SheetSnapshot, type Visibility } from '../port/workbookPort';
import { errorCode } from './excelRun';
import { queueCells } from './officeCells';

/** Excel on the web's limit for a request and for a response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * The limit the reader plans for. Only a test changes it, together with the fake's (or the harness's)
 * limit: the read in parts of a 10,000-line budget under 5 MB is the same code as that of a 1,000-line
 * budget under 512 KB, which costs a tenth of the time to build and check.
 */
export const readPayload = { limitBytes: PAYLOAD_LIMIT_BYTES };
/** What a cell costs in a response with values, formulas and value types (JSON), as measured for our templates: an upper bound, since with ExcelApi 1.9 the types do not travel (officeCells.ts). */
export const BYTES_PER_CELL = 52;
/** Up to this estimate, sheets are read in one sync (4 MB of 5: the re-check of a 2,000-line budget stays one round trip). */
export const oneSyncBytes = (): number => (readPayload.limitBytes * 4) / 5;
/** The estimated response of one sync of row blocks (2 MB of 5): well under the limit, so a misestimate by 2× still passes. */
export const partBytes = (): number => (readPayload.limitBytes * 2) / 5;

export const PAYLOAD_ERRORS = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'] as const;

export interface ReadOptions {
  /** Cells of each sheet's used range at the last read (lower-case name): above oneSyncBytes() the read goes in parts at once. */
  knownCells?: ReadonlyMap<string, number>;
  /** Told, in words, when Excel refused a read as too large and it was read in parts. */
  onNote?: (note: Msg) => void;
}

export function isPayloadTooLarge(e: unknown): boolean {
  return (PAYLOAD_ERRORS as readonly (string | undefined)[]).includes(errorCode(e));
}

export function payloadNote(e: unknown): Msg {
  return msg('excel.readInParts', { code: errorCode(e) ?? '' });
}

export function estimatedBytes(sheetNames: readonly string[], knownCells?: ReadonlyMap<string, number>): number {
  if (!knownCells) return 0;
  return sheetNames.reduce((n, s) => n + (knownCells.get(s.toLowerCase()) ?? 0), 0) * BYTES_PER_CELL;
}

/** Where a sheet's used range is: 0-based top-left and size; null for a blank or missing sheet. */
export interface UsedDims {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The used range's position and size of each sheet, in one sync (no cells travel). */
export async function usedDimsIn(
  ctx: Excel.RequestContext,
  sheetNames: readonly string[],
): Promise<Map<string, UsedDims | null>> {
  const queued = sheetNames.map((name) => {
    const used = ctx.workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return { name, used };
  });
  await ctx.sync();
  return new Map(
    queued.map(({ name, used }) => [
      name,
      used.isNullObject
        ? null
        : { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
    ]),
  );
}

/** A block of rows of one sheet: `rows` rows from the absolute 0-based `row`, over the used columns. */
export interface Block {
  sheet: string;
  row: number;
  rows: number;
  col: number;
  cols: number;
}

/** Rows per block so that a block's estimate stays under `budget` (at least one row). */
export function rowsPerBlock(cols: number, budget = partBytes()): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, cols) * BYTES_PER_CELL)));
}

/** The blocks covering rows [from, to) of a used range. */
export function blocksOf(sheet: string, d: UsedDims, from = d.row, to = d.row + d.rows): Block[] {
  const step = rowsPerBlock(d.cols);
  const out: Block[] = [];
  for (let r = from; r < to; r += step)
    out.push({ sheet, row: r, rows: Math.min(step, to - r), col: d.col, cols: d.cols });
  return out;
}

/** Packs blocks into syncs whose estimated response stays under partBytes(). */
function packed(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  let group: Block[] = [];
  let bytes = 0;
  const part = partBytes();
  for (const b of blocks) {
    const cost = b.rows * b.cols * BYTES_PER_CELL;
    if (group.length > 0 && bytes + cost > part) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(b);
    bytes += cost;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Smaller pieces of a refused sync: each block alone, or a lone block cut in two. */
function split(group: Block[]): Block[][] {
  if (group.length > 1) return group.map((b) => [b]);
  const b = group[0] as Block;
  if (b.rows <= 1) throw new PaneError(msg('excel.rowTooLarge', { sheet: b.sheet }));
  const half = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: half }], [{ ...b, row: b.row + half, rows: b.rows - half }]];
}

export interface BlockCells {
  block: Block;
  cells: CellSnapshot[][];
}

/** Reads blocks, a group per sync; returns the cells of each block read (refused blocks come back cut smaller). */
export async function readBlocksIn(ctx: Excel.RequestContext, blocks: Block[]): Promise<BlockCells[]> {
  const out: BlockCells[] = [];
  const queue = packed(blocks);
  while (queue.length > 0) {
    const group = queue.shift() as Block[];
    const ranges = group.map((b) => {
      const address = `${a1(b.row, b.col)}:${a1(b.row + b.rows - 1, b.col + b.cols - 1)}`;
      return { b, read: queueCells(ctx.workbook.worksheets.getItem(b.sheet).getRange(address)) };
    });
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      queue.unshift(...split(group));
      continue;
    }
    for (const { b, read } of ranges) out.push({ block: b, cells: read.cells() });
  }
  return out;
}

/** A sheet snapshot from the blocks read of it (rows in order). */
export function sheetFromBlocks(
  name: string,
  visibility: Visibility,
  d: UsedDims | null,
  parts: BlockCells[],
): SheetSnapshot {
  const cells: CellSnapshot[][] = [];
  for (const p of [...parts].sort((x, y) => x.block.row - y.block.row)) cells.push(...p.cells);
  return {
    name,
    kind: 'worksheet',
    visibility,
    origin: d ? { row: d.row, col: d.col } : { row: 0, col: 0 },
    cells,
    merges: [],
  };
}

/** Whole sheets in parts: their used ranges' sizes (1 sync), then row blocks. */
export async function readSheetsInParts(
  ctx: Excel.RequestContext,
  sheetNames: readonly string[],
  visibility: (name: string) => Visibility,
): Promise<SheetSnapshot[]> {
  const dims = await usedDimsIn(ctx, sheetNames);
  const blocks = sheetNames.flatMap((name) => {
    const d = dims.get(name);
    return d ? blocksOf(name, d) : [];
  });
  const read = await readBlocksIn(ctx, blocks);
  return sheetNames.map((name) =>
    sheetFromBlocks(
      name,
      visibility(name),
      dims.get(name) ?? null,
      read.filter((p) => p.block.sheet === name),
    ),
  );
}
