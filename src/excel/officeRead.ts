/**
 * Reading a workbook through Office.js: the port's readSnapshot, in as few round trips as the size of
 * the sheets allows.
 *
 * readSnapshotIn({ sheets }) queues the sheet list, the defined names and, for each named sheet, its used
 * range (values, formulas, and where the error values are: officeCells.ts) before ONE context.sync: the re-check. Excel on the web refuses a
 * response over 5 MB (about 52 bytes a cell), so when the sheets were big at the last read the read goes
 * in row blocks from the start (officeReadParts.ts), and when Excel answers with a payload error the
 * read is told about it and done again in blocks. Without a sheet list it must first learn which sheets
 * exist, so it takes two syncs (list, then every used range). The pane's first check does not read every
 * sheet: it reads the list and the names (readIndexIn), then only the sheets it needs (excelBackend.ts).
 */
import {
  withoutEquals,
  type DefinedName,
  type SheetSnapshot,
  type SnapshotRequest,
  type Visibility,
  type WorkbookSnapshot,
} from '../port/workbookPort';
import { errorCode } from './excelRun';
import { queueCells, type QueuedCells } from './officeCells';
import {
  oneSyncBytes,
  estimatedBytes,
  isPayloadTooLarge,
  payloadNote,
  readSheetsInParts,
  type ReadOptions,
} from './officeReadParts';

export type { ReadOptions } from './officeReadParts';

const VISIBILITY: Record<string, Visibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** A snapshot with the worksheet ids (lower-case name -> id): change handlers are kept by id. */
export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  sheetIds: Map<string, string>;
}

interface QueuedIndex {
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
}

interface QueuedSheet {
  name: string;
  sheet: Excel.Worksheet;
  used: QueuedCells;
}

function queueIndex(ctx: Excel.RequestContext): QueuedIndex {
  return {
    sheets: ctx.workbook.worksheets.load('items/name,items/visibility,items/id'),
    names: ctx.workbook.names.load('items/name,items/formula'),
  };
}

function queueSheets(ctx: Excel.RequestContext, sheetNames: readonly string[]): QueuedSheet[] {
  return sheetNames.map((name) => {
    const sheet = ctx.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('name');
    // valuesOnly: formatting alone (our fills on blank input cells) does not widen the range. The error
    // cells are asked of the used range, never of the whole sheet (office-js #4245: a whole-sheet
    // getSpecialCells can scan for a long time; Microsoft's sample narrows to the used range).
    const used = queueCells(sheet.getUsedRangeOrNullObject(true));
    return { name, sheet, used };
  });
}

function sheetSnapshot(q: QueuedSheet, visibility: Visibility): SheetSnapshot {
  const used = q.used.range;
  if (used.isNullObject)
    return { name: q.sheet.name, kind: 'worksheet', visibility, origin: { row: 0, col: 0 }, cells: [], merges: [] };
  // Merged areas need ExcelApi 1.13 and no reader uses them: left empty rather than costing a round trip.
  return {
    name: q.sheet.name,
    kind: 'worksheet',
    visibility,
    origin: { row: used.rowIndex, col: used.columnIndex },
    cells: q.used.cells(),
    merges: [],
  };
}

function indexFrom(q: QueuedIndex): WorkbookRead {
  const sheetNames = q.sheets.items.map((s) => ({
    name: s.name,
    kind: 'worksheet' as const,
    visibility: VISIBILITY[s.visibility] ?? 'visible',
  }));
  const sheetIds = new Map(q.sheets.items.map((s) => [s.name.toLowerCase(), s.id]));
  const names: DefinedName[] = q.names.items.map((n) => ({ name: n.name, ref: withoutEquals(String(n.formula)) }));
  return { snapshot: { sheetNames, sheets: [], names }, sheetIds };
}

export function withSheets(index: WorkbookRead, sheets: SheetSnapshot[]): WorkbookRead {
  return { snapshot: { ...index.snapshot, sheets }, sheetIds: index.sheetIds };
}

export function visibilityIn(index: WorkbookRead, name: string): Visibility {
  return index.snapshot.sheetNames.find((s) => s.name.toLowerCase() === name.toLowerCase())?.visibility ?? 'visible';
}

/** The sheet list (with ids) and the defined names, no cells: one sync. */
export async function readIndexIn(ctx: Excel.RequestContext): Promise<WorkbookRead> {
  const q = queueIndex(ctx);
  await ctx.sync();
  return indexFrom(q);
}

/**
 * The named sheets in one sync with the index, or in row blocks when they are too big for one response
 * (known from the last read, or learnt from Excel's refusal, which `onNote` is told of).
 */
async function readNamedIn(
  ctx: Excel.RequestContext,
  sheetNames: readonly string[],
  options: ReadOptions,
  known?: WorkbookRead,
): Promise<WorkbookRead> {
  if (estimatedBytes(sheetNames, options.knownCells) > oneSyncBytes()) return readNamedInParts(ctx, sheetNames, known);
  const index = known ? null : queueIndex(ctx);
  const queued = queueSheets(ctx, sheetNames);
  try {
    await ctx.sync();
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    options.onNote?.(payloadNote(e));
    return readNamedInParts(ctx, sheetNames, known);
  }
  const read = known ?? indexFrom(index as QueuedIndex);
  const sheets = queued
    .filter((q) => !q.sheet.isNullObject)
    .map((q) => sheetSnapshot(q, visibilityIn(read, q.sheet.name)));
  return withSheets(read, sheets);
}

async function readNamedInParts(
  ctx: Excel.RequestContext,
  sheetNames: readonly string[],
  known?: WorkbookRead,
): Promise<WorkbookRead> {
  const index = known ?? (await readIndexIn(ctx));
  const existing = sheetNames.filter((n) => index.sheetIds.has(n.toLowerCase()));
  const sheets = await readSheetsInParts(ctx, existing, (name) => visibilityIn(index, name));
  return withSheets(index, sheets);
}

/** The named sheets of a workbook whose index was just read: one more sync, or blocks when they are big. */
export function readSheetsIn(
  ctx: Excel.RequestContext,
  index: WorkbookRead,
  sheetNames: readonly string[],
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  return readNamedIn(
    ctx,
    dedupe(sheetNames).filter((n) => index.sheetIds.has(n.toLowerCase())),
    options,
    index,
  );
}

/** Reads a snapshot with the worksheet ids: one sync when the sheets are named (and fit), two when they are not. */
export async function readWorkbookIn(
  ctx: Excel.RequestContext,
  request: SnapshotRequest = {},
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  if (!request.sheets) {
    const index = await readIndexIn(ctx);
    const all = index.snapshot.sheetNames.filter((s) => s.kind === 'worksheet').map((s) => s.name);
    return readNamedIn(ctx, all, options, index);
  }
  const wanted = dedupe(request.sheets);
  try {
    return await readNamedIn(ctx, wanted, options);
  } catch (e) {
    // Excel may refuse a used range of a sheet that is gone (a null worksheet) instead of giving a null
    // range: then learn the sheet list and read again the ones that exist (two more syncs, rare).
    if (errorCode(e) !== 'ItemNotFound' && errorCode(e) !== 'InvalidArgument') throw e;
    const index = await readIndexIn(ctx);
    return readNamedIn(
      ctx,
      wanted.filter((n) => index.sheetIds.has(n.toLowerCase())),
      options,
      index,
    );
  }
}

/** The port's read: a snapshot (see readWorkbookIn). */
export async function readSnapshotIn(
  ctx: Excel.RequestContext,
  request: SnapshotRequest = {},
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  return (await readWorkbookIn(ctx, request, options)).snapshot;
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = n.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
