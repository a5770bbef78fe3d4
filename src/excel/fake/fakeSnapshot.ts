/**
 * A fake workbook as plain data, and back: what a saved workbook is to Excel. The sandbox's preset budget
 * is written once, when the sandbox is built (scripts/web/sandbox.js runs presetSnapshot.node.ts), and the
 * page opens it from this data, as Excel opens a saved file, instead of writing it through the add-in's
 * own path at every page load (that write was a third of the benchmark's "first check list", docs/speed.md).
 * JSON in both directions: the cells' Maps become lists of entries.
 */
import type { FakeCell, FakeName, FakeSheet, FakeWorkbook } from './fakeWorkbook';

type SheetData = Omit<FakeSheet, 'cells' | 'rowStyles'> & {
  cells: [string, FakeCell][];
  rowStyles: [number, Record<string, unknown>][];
};

export interface FakeWorkbookData {
  sheets: SheetData[];
  names: FakeName[];
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
}

/** The workbook's sheets, names, active sheet and selection: what a saved workbook keeps. */
export function workbookData(wb: FakeWorkbook): FakeWorkbookData {
  return JSON.parse(
    JSON.stringify({
      sheets: wb.sheets.map((s) => ({ ...s, cells: [...s.cells], rowStyles: [...s.rowStyles] })),
      names: wb.names,
      activeSheet: wb.activeSheet,
      selection: wb.selection,
    }),
  ) as FakeWorkbookData;
}

/** Opens saved data into a workbook that has no sheets yet. */
export function restoreWorkbook(wb: FakeWorkbook, data: FakeWorkbookData): void {
  if (wb.sheets.length) throw new Error('restoreWorkbook: the workbook already has sheets');
  for (const s of data.sheets) wb.restoreSheet({ ...s, cells: new Map(s.cells), rowStyles: new Map(s.rowStyles) });
  for (const n of data.names) wb.names.push({ ...n });
  wb.activeSheet = data.activeSheet;
  wb.selection = data.selection;
}
