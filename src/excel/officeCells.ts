/**
 * A range's cells as the port wants them (value and formula), from what Office.js gives.
 *
 * Excel gives a value's type separately (valueTypes), which costs a word per cell in the response:
 * about a fifth of a budget sheet's bytes. The type is plain from the value itself (a number, a boolean,
 * "" for empty, a string) except for one case: an error value comes as its text ("#DIV/0!"), like a
 * text cell that merely reads "#DIV/0!". Where Excel has RangeAreas (ExcelApi 1.9) the read asks
 * instead where the error values are, constants and formulas (getSpecialCellsOrNullObject, a few bytes
 * when there are none), and types each cell from its value and that. Older Excel loads valueTypes, and so
 * does an Excel that refused getSpecialCells once (refusals.ts): the check reads again, a little bigger.
 * The special cells are asked of the range read (a sheet's used range, a block of rows), never of a whole
 * sheet: office-js #4245 reports long scans for whole-sheet calls.
 */
import { PaneError } from '../addin/paneWords';
import { msg } from '../messages/words';
import type { CellSnapshot, CellValue } from '../port/workbookPort';
import { rectsOfAddress, type CellRect } from './officeAddress';
import { excelApiSupported } from './requirements';
import { isRefused } from './refusals';

/** getSpecialCells came with ExcelApi 1.9. */
const SPECIAL_CELLS_SET = '1.9';

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

/** The cells of a range as the port wants them, from its values, formulas and value types. */
export function cellRows(values: unknown[][], formulas: unknown[][], types: unknown[][]): CellSnapshot[][] {
  return types.map((row, r) => row.map((t, c) => cellSnapshot(String(t), values[r]?.[c], formulas[r]?.[c])));
}

/** Excel's value type of a value, given whether the cell is among the error values. */
function typeOf(value: unknown, isError: boolean): string {
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  if (value === '' || value === null || value === undefined) return 'Empty';
  return isError ? 'Error' : 'String';
}

/**
 * The cells of a range read at (row, col) from its values and formulas, with the error values where
 * `errorRects` say (absolute, 0-based; areas outside the range are ignored, as Excel may answer for
 * more than was asked).
 */
export function cellRowsWithErrors(
  values: unknown[][],
  formulas: unknown[][],
  at: { row: number; col: number },
  errorRects: readonly CellRect[],
): CellSnapshot[][] {
  const errors = new Set<number>();
  const cols = values[0]?.length ?? 0;
  for (const e of errorRects) {
    const r0 = Math.max(e.r0, at.row);
    const r1 = Math.min(e.r1, at.row + values.length - 1);
    const c0 = Math.max(e.c0, at.col);
    const c1 = Math.min(e.c1, at.col + cols - 1);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) errors.add((r - at.row) * cols + (c - at.col));
  }
  return values.map((row, r) =>
    row.map((v, c) => cellSnapshot(typeOf(v, errors.has(r * cols + c)), v, formulas[r]?.[c])),
  );
}

/** A range's cells, queued for the next sync: call `cells()` after it. */
export interface QueuedCells {
  readonly range: Excel.Range;
  cells(): CellSnapshot[][];
}

/**
 * Queues the read of a range's cells (values and formulas, and their types as cheaply as this Excel
 * allows). A used range may be a null object (a blank sheet): its special cells are then a null object
 * too, or, where Excel refuses a call through a null object, the read fails at that call and is made
 * again with valueTypes (the action's `degrading`, excelBackend.ts).
 */
export function queueCells(range: Excel.Range): QueuedCells {
  if (!excelApiSupported(SPECIAL_CELLS_SET) || isRefused('errorCells')) {
    range.load('rowIndex,columnIndex,values,formulas,valueTypes');
    return { range, cells: () => cellRows(range.values, range.formulas, range.valueTypes) };
  }
  range.load('rowIndex,columnIndex,values,formulas');
  const errorAreas = (['Constants', 'Formulas'] as const).map((t) =>
    range.getSpecialCellsOrNullObject(t, 'Errors').load('address'),
  );
  return {
    range,
    cells: () => {
      const rects = errorAreas.flatMap((a) =>
        a.isNullObject ? [] : (rectsOfAddress(a.address) ?? unreadable(a.address)),
      );
      return cellRowsWithErrors(range.values, range.formulas, { row: range.rowIndex, col: range.columnIndex }, rects);
    },
  };
}

function unreadable(address: string): never {
  throw new PaneError(msg('excel.errorCellsUnreadable', { address: address.slice(0, 80) }));
}
