/**
 * Reading a workbook through Office.js: the port's readSnapshot, in one round trip.
 * readSnapshot({ sheets }) queues the sheet list, the defined names and, for each named sheet, its used
 * range (values, formulas, value types) before ONE context.sync. Without a sheet list it must first learn
 * which sheets exist, so it takes two syncs (list, then every used range); the re-check always names its
 * sheets, so it reads in one.
 */
import type { CellSnapshot, CellValue, SheetSnapshot, SnapshotRequest, Visibility, WorkbookSnapshot } from '../workbook/port';
import { errorCode } from './excelRun';

const VISIBILITY: Record<string, Visibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

interface QueuedSheet {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

interface QueuedRead {
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  ranges: QueuedSheet[];
}

function queueRead(ctx: Excel.RequestContext, sheetNames: readonly string[]): QueuedRead {
  const sheets = ctx.workbook.worksheets.load('items/name,items/visibility');
  const names = ctx.workbook.names.load('items/name,items/formula');
  const ranges = sheetNames.map((name) => {
    const sheet = ctx.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('name');
    // valuesOnly: formatting alone (our fills on blank input cells) does not widen the range.
    const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,values,formulas,valueTypes');
    return { name, sheet, used };
  });
  return { sheets, names, ranges };
}

function cellValue(type: string, value: unknown): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Double':
      return typeof value === 'number' ? value : Number(value);
    case 'Boolean':
      return Boolean(value);
    default:
      return value === '' || value === null || value === undefined ? null : (value as string | number | boolean);
  }
}

function cellSnapshot(type: string, value: unknown, formula: unknown): CellSnapshot {
  const v = cellValue(type, value);
  // A text cell that reads "=x" has formulas == values; a real formula's text differs from its value.
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && !(type === 'String' && formula === value);
  return { value: v, formula: isFormula ? (formula as string) : null };
}

function sheetSnapshot(q: QueuedSheet, visibility: Visibility): SheetSnapshot {
  if (q.used.isNullObject) return { name: q.sheet.name, kind: 'worksheet', visibility, origin: { row: 0, col: 0 }, cells: [], merges: [] };
  const values = q.used.values;
  const formulas = q.used.formulas;
  const types = q.used.valueTypes;
  const cells = types.map((row, r) => row.map((t, c) => cellSnapshot(String(t), values[r]?.[c], formulas[r]?.[c])));
  // Merged areas need ExcelApi 1.13 and no reader uses them: left empty rather than costing a round trip.
  return { name: q.sheet.name, kind: 'worksheet', visibility, origin: { row: q.used.rowIndex, col: q.used.columnIndex }, cells, merges: [] };
}

function snapshotFrom(read: QueuedRead): WorkbookSnapshot {
  const sheetNames = read.sheets.items.map((s) => ({ name: s.name, kind: 'worksheet' as const, visibility: VISIBILITY[s.visibility] ?? 'visible' }));
  const visibilityOf = new Map(sheetNames.map((s) => [s.name.toLowerCase(), s.visibility]));
  const sheets = read.ranges
    .filter((q) => !q.sheet.isNullObject)
    .map((q) => sheetSnapshot(q, visibilityOf.get(q.sheet.name.toLowerCase()) ?? 'visible'));
  const names = read.names.items.map((n) => ({ name: n.name, ref: String(n.formula).replace(/^=/, '') }));
  return { sheetNames, sheets, names };
}

/** Reads a snapshot inside a context: one sync when the sheets are named, two when they are not. */
export async function readSnapshotIn(ctx: Excel.RequestContext, request: SnapshotRequest = {}): Promise<WorkbookSnapshot> {
  if (request.sheets) {
    const read = queueRead(ctx, dedupe(request.sheets));
    try {
      await ctx.sync();
      return snapshotFrom(read);
    } catch (e) {
      // Excel may refuse a used range of a sheet that is gone (a null worksheet) instead of giving a null
      // range: then learn the sheet list and read again the ones that exist (two more syncs, rare).
      if (errorCode(e) !== 'ItemNotFound' && errorCode(e) !== 'InvalidArgument') throw e;
      const list = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      const existing = new Set(list.items.map((s) => s.name.toLowerCase()));
      const retry = queueRead(
        ctx,
        request.sheets.filter((n) => existing.has(n.toLowerCase())),
      );
      await ctx.sync();
      return snapshotFrom(retry);
    }
  }
  const list = ctx.workbook.worksheets.load('items/name');
  await ctx.sync();
  const read = queueRead(
    ctx,
    list.items.map((s) => s.name),
  );
  await ctx.sync();
  return snapshotFrom(read);
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
