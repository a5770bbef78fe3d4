/**
 * Applies a WritePlan to an exceljs workbook: values, formulas, styles, merges, defined names,
 * validation, protection (no password), print setup, freeze panes, column widths. The only code that
 * writes through exceljs; the plan itself is made by src/layout without knowing exceljs.
 */
import type { Msg } from '../messages/words';
import type ExcelJS from 'exceljs';
import { encodeOoxmlText, removedNote, xmlSafeText } from '../budget/xmlText';
import {
  a1,
  numberRuleBounds,
  parseA1,
  withoutEquals,
  type CellStyle,
  type CellWrite,
  type DataValidationRule,
  type PrintSetup,
  type WriteOp,
  type WriteOpOf,
  type WritePlan,
} from '../port/workbookPort';

/** Columns a sheet has (XFD). */
const LAST_COLUMN_NUMBER = 16_384;

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`the plan writes to a sheet "${name}" that the workbook does not have`);
  return ws;
}

/**
 * The workbook's font (exceljs writes its default style with Calibri 11): every font a cell gets names it
 * too, as Excel writes them. A <font> with no <name> is valid, but other programs then guess the face.
 */
const FONT = { name: 'Calibri', family: 2, scheme: 'minor' } as const;
const FONT_SIZE = 11;

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined || s.fontColor !== undefined) {
    cell.font = {
      ...FONT,
      size: FONT_SIZE,
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italic: s.italic } : {}),
      ...(s.fontSize !== undefined ? { size: s.fontSize } : {}),
      ...(s.fontColor !== undefined ? { color: { argb: argb(s.fontColor) } } : {}),
    };
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.align !== undefined || s.wrap !== undefined) {
    cell.alignment = {
      ...(s.align ? { horizontal: s.align } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
      vertical: 'top',
    };
  }
  if (s.numberFormat) cell.numFmt = s.numberFormat;
  if (s.border === 'thin') {
    const side: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
    cell.border = { top: side, left: side, bottom: side, right: side };
  }
  if (s.locked !== undefined) cell.protection = { locked: s.locked };
}

/**
 * Text as the .xlsx must hold it: without the characters XML cannot hold (noted, naming the cell) and
 * with the Office Open XML escape, so that a typed `_x000D_` or a carriage return reads back as typed.
 */
function cellText(text: string, where: string, notes: Msg[]): string {
  const safe = xmlSafeText(text);
  if (safe.removed.length) notes.push(removedNote(where, safe.removed));
  return encodeOoxmlText(safe.text);
}

function writeCell(cell: ExcelJS.Cell, w: CellWrite, where: string, notes: Msg[]): void {
  switch (w.kind) {
    case 'skip':
      return;
    case 'value':
      // User text stays text even when it starts with "=": exceljs writes strings as strings.
      cell.value = typeof w.value === 'string' ? cellText(w.value, where, notes) : w.value;
      break;
    case 'formula': {
      // A formula quotes text too (a file's name in the summary's HYPERLINK): the same XML rule (issue 22, item 14).
      const safe = xmlSafeText(w.formula);
      if (safe.removed.length) notes.push(removedNote(where, safe.removed));
      cell.value = { formula: withoutEquals(safe.text) } as ExcelJS.CellFormulaValue;
      break;
    }
    case 'style':
      break;
  }
  if (w.style) applyStyle(cell, w.style);
}

function validationOf(rule: DataValidationRule): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: rule.errorTitle,
    error: rule.errorMessage,
    ...(rule.prompt ? { showInputMessage: true, prompt: rule.prompt } : {}),
  };
  if (rule.type === 'list' && rule.source) return { ...common, type: 'list', formulae: [rule.source] };
  if (rule.type === 'list') {
    return { ...common, type: 'list', formulae: [`"${(rule.list ?? []).join(',')}"`] };
  }
  const b = numberRuleBounds(rule);
  if (b.operator === 'between') return { ...common, type: rule.type, operator: 'between', formulae: [b.min, b.max] };
  if (b.operator === 'atMost') return { ...common, type: rule.type, operator: 'lessThanOrEqual', formulae: [b.max] };
  return { ...common, type: rule.type, operator: 'greaterThanOrEqual', formulae: [b.min] };
}

function applyPrint(ws: ExcelJS.Worksheet, p: PrintSetup): void {
  ws.pageSetup.orientation = p.landscape ? 'landscape' : 'portrait';
  if (p.paper === 'letter') ws.pageSetup.paperSize = 1 as ExcelJS.PaperSize; // SpreadsheetML's code of US Letter
  if (p.fitToWidth > 0 || p.fitToHeight > 0) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = p.fitToWidth;
    ws.pageSetup.fitToHeight = p.fitToHeight;
  }
  if (p.margins) ws.pageSetup.margins = { ...p.margins };
  // SpreadsheetML records a break below a row: the break before row n is the break after row n - 1.
  if (p.breaksBefore) (ws as unknown as { rowBreaks: unknown[] }).rowBreaks.length = 0; // the plan's breaks replace the sheet's
  // A break runs across every column: 1 to 16,384 (exceljs writes max="16838" when not told, a column
  // that does not exist).
  for (const row of p.breaksBefore ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak(1, LAST_COLUMN_NUMBER);
  if (p.titleRows) ws.pageSetup.printTitlesRow = p.titleRows;
  // exceljs puts a "$" before each part it is given: "A$1:L$114" becomes the absolute $A$1:$L$114.
  if (p.area) ws.pageSetup.printArea = p.area.replace(/\$/g, '').replace(/([A-Z]+)(\d+)/g, '$1$$$2');
  if (p.footer) ws.headerFooter.oddFooter = p.footer;
  if (p.header) ws.headerFooter.oddHeader = p.header;
}

/** Applies `plan`; `notes` receives a line for each cell whose text lost characters XML cannot hold. */
/** Moves a sheet to a 0-based place: exceljs orders the sheets it writes by their `orderNo`. */
function placeSheet(wb: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, position: number): void {
  const others = wb.worksheets.filter((w) => w !== sheet);
  others.splice(Math.max(0, Math.min(position, others.length)), 0, sheet);
  others.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i + 1));
}

export async function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan, notes: Msg[] = []): Promise<void> {
  for (const op of plan.ops) await applyOp(wb, op, notes);
}

function addSheet(wb: ExcelJS.Workbook, op: WriteOpOf<'addSheet'>): void {
  if (wb.getWorksheet(op.sheet))
    throw new Error(`the workbook already has a sheet "${op.sheet}"; it is never overwritten`);
  const added = wb.addWorksheet(op.sheet, op.tabColor ? { properties: { tabColor: { argb: argb(op.tabColor) } } } : {});
  if (op.position !== undefined) placeSheet(wb, added, op.position);
}

function writeCells(ws: ExcelJS.Worksheet, op: WriteOpOf<'cells'>, notes: Msg[]): void {
  const { row, col } = parseA1(op.address);
  op.rows.forEach((cells, i) => {
    cells.forEach((w, j) => {
      if (w.kind !== 'skip')
        writeCell(ws.getCell(row + i + 1, col + j + 1), w, `${op.sheet}!${a1(row + i, col + j)}`, notes);
    });
  });
}

/**
 * Excel's protect() allows what its options say and nothing else: objects and scenarios stay protected
 * unless allowed, as in the Office.js door (exceljs: `objects: false` writes objects="1").
 */
function protectionOf(o: NonNullable<WriteOpOf<'protect'>['options']>): Partial<ExcelJS.WorksheetProtection> {
  const mode = o.selectionMode ?? 'Normal';
  return {
    selectLockedCells: mode === 'Normal',
    selectUnlockedCells: mode !== 'None',
    formatCells: o.allowFormatCells === true,
    formatColumns: o.allowFormatColumns === true,
    formatRows: o.allowFormatRows === true,
    insertColumns: o.allowInsertColumns === true,
    insertRows: o.allowInsertRows === true,
    insertHyperlinks: o.allowInsertHyperlinks === true,
    deleteColumns: o.allowDeleteColumns === true,
    deleteRows: o.allowDeleteRows === true,
    sort: o.allowSort === true,
    autoFilter: o.allowAutoFilter === true,
    pivotTables: o.allowPivotTables === true,
    objects: o.allowEditObjects === true,
    scenarios: o.allowEditScenarios === true,
  };
}

async function applyOp(wb: ExcelJS.Workbook, op: WriteOp, notes: Msg[]): Promise<void> {
  switch (op.op) {
    case 'addSheet':
      addSheet(wb, op);
      return;
    case 'cells':
      writeCells(sheetOf(wb, op.sheet), op, notes);
      return;
    case 'columnWidths': {
      const ws = sheetOf(wb, op.sheet);
      for (const { column, width } of op.widths) ws.getColumn(column).width = width;
      return;
    }
    case 'unlockRows': {
      const ws = sheetOf(wb, op.sheet);
      const [first, last] = op.rows.split(':').map(Number) as [number, number];
      for (let r = first; r <= (last ?? first); r++) ws.getRow(r).protection = { locked: false };
      return;
    }
    case 'rowHeights': {
      const ws = sheetOf(wb, op.sheet);
      for (const { row, height } of op.heights) ws.getRow(row).height = height;
      return;
    }
    case 'merge':
      sheetOf(wb, op.sheet).mergeCells(op.range);
      return;
    case 'name': {
      if (wb.definedNames.getRanges(op.name).ranges.length > 0)
        throw new Error(`the workbook already has a name "${op.name}"; it is never overwritten`);
      wb.definedNames.add(op.ref, op.name);
      return;
    }
    case 'validation': {
      const ws = sheetOf(wb, op.sheet) as ExcelJS.Worksheet & {
        dataValidations: { add(address: string, v: ExcelJS.DataValidation): void };
      };
      ws.dataValidations.add(op.range, validationOf(op.rule));
      return;
    }
    case 'freeze': {
      const ws = sheetOf(wb, op.sheet);
      ws.views = [{ state: 'frozen', xSplit: op.columns, ySplit: op.rows }];
      return;
    }
    case 'protect':
      await sheetOf(wb, op.sheet).protect('', protectionOf(op.options ?? {}));
      return;
    case 'unprotect':
      sheetOf(wb, op.sheet).unprotect();
      return;
    case 'print':
      applyPrint(sheetOf(wb, op.sheet), op.setup);
      return;
    case 'activate': {
      const index = wb.worksheets.findIndex((w) => w.name === op.sheet);
      if (index >= 0)
        wb.views = [
          { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: 'visible' },
        ];
      return;
    }
  }
}
