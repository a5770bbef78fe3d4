/**
 * The same snapshot as src/xlsx/readSnapshot.ts, read by exceljs: the independent check the fast reader
 * is tested against (tests only: the command line never loads exceljs to read). The file first passes
 * the fast reader's checks (the same refusals, in the same words, and none of exceljs's unbounded costs:
 * a huge merged area, which it enumerates); then exceljs reads the cells.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { WorkbookReadError } from '../../src/xlsx/readError';
import { msg, type Msg } from '../../src/messages/words';
import { fromCells, readChecked, type FoundCell } from '../../src/xlsx/readSnapshot';
import { dateText } from '../../src/xlsx/stylesAndStrings';
import type { WorkbookParts } from '../../src/xlsx/workbookPart';
import {
  cellAt,
  withEquals,
  type CellSnapshot,
  type CellValue,
  type SheetSnapshot,
  type SnapshotRequest,
  type Visibility,
  type WorkbookSnapshot,
} from '../../src/port/workbookPort';

export async function readXlsxSnapshotWithExcelJs(
  bytes: Buffer,
  file: string,
  request: SnapshotRequest = {},
): Promise<WorkbookSnapshot> {
  const checked = readChecked(bytes, file, request);
  const slow = await readWithExcelJs(bytes, checked.parts, file, request);
  // What stale formulas compute is the product's reading, not the parser's: the same for both readers.
  return checked.parts.staleCache ? withFormulaValuesOf(slow, checked.snapshot) : slow;
}

/** `into` with the values of its formula cells taken from `from` (the same cells, as the fast reader read them). */
function withFormulaValuesOf(into: WorkbookSnapshot, from: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = new Map(from.sheets.map((s) => [s.name, s]));
  return {
    ...into,
    sheets: into.sheets.map((s) => {
      const f = sheets.get(s.name);
      if (!f) return s;
      return {
        ...s,
        cells: s.cells.map((row, i) =>
          row.map((c, j) =>
            c.formula === null ? c : { ...c, value: cellAt(f, s.origin.row + i, s.origin.col + j).value },
          ),
        ),
      };
    }),
  };
}

async function readWithExcelJs(
  bytes: Buffer,
  parts: WorkbookParts,
  file: string,
  request: SnapshotRequest,
): Promise<WorkbookSnapshot> {
  try {
    await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new WorkbookReadError(file, msg('xlsx.damagedZipUnopened', { detail: errText(err) }));
  }

  let wb: ExcelJS.Workbook;
  try {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new WorkbookReadError(file, damagedPartText(err));
  }

  const wanted = request.sheets ? new Set(request.sheets) : null;
  const sheets: SheetSnapshot[] = [];
  for (const entry of parts.sheetNames) {
    if (entry.kind !== 'worksheet') continue;
    if (wanted && !wanted.has(entry.name)) continue;
    const ws = wb.getWorksheet(entry.name);
    if (!ws) continue;
    sheets.push(sheetSnapshot(ws, entry.visibility, file));
  }
  return { sheetNames: parts.sheetNames, sheets, names: parts.names };
}

function sheetSnapshot(ws: ExcelJS.Worksheet, visibility: Visibility, file: string): SheetSnapshot {
  const found: FoundCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const snap = cellSnapshot(cell);
      if (snap.value === null && snap.formula === null) return;
      found.push({ r: rowNumber - 1, c: colNumber - 1, cell: snap });
    });
  });
  return fromCells(ws.name, visibility, found, file, mergesOf(ws));
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const model = ws.model as unknown as { merges?: string[] };
  return Array.isArray(model.merges) ? [...model.merges] : [];
}

function cellSnapshot(cell: ExcelJS.Cell): CellSnapshot {
  // The covered cells of a merged area carry the master's value in exceljs; Excel reports them blank.
  if (cell.isMerged && cell.master !== cell) return { value: null, formula: null };
  const v = cell.value as unknown;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const formulaText = (cell.formula as string | undefined) ?? (v as { formula?: string }).formula;
    const result = (v as { result?: unknown }).result;
    return { value: plainValue(result), formula: formulaText ? withEquals(formulaText) : null };
  }
  return { value: plainValue(v), formula: null };
}

/** A cached value as the port holds it. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray(o.richText))
      return (o.richText as { text?: unknown }[]).map((r) => String(r.text ?? '')).join('');
    if (typeof o.text === 'string') return o.text;
    if (o.text && typeof o.text === 'object') return plainValue(o.text);
  }
  return String(v);
}

/**
 * Why exceljs could not read a zip that looked like a workbook. Its own failures on a damaged part are
 * often JavaScript errors ("Cannot set properties of undefined"), which say nothing to a budget
 * officer: those become "a part is incomplete or invalid"; an XML parser's message is kept.
 */
function damagedPartText(err: unknown): Msg {
  const internal = err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError;
  return internal ? msg('xlsx.damagedIncomplete') : msg('xlsx.damaged', { detail: errText(err) });
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
