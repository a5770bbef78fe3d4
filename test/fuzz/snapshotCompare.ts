/**
 * The fast snapshot reader (src/xlsx/readParts.ts) against exceljs's: the same snapshot, but for two
 * quirks of exceljs:
 * - it drops a formula's cached result when it is 0, "" or false (its FormulaValue copies only truthy
 *   fields): there exceljs says blank where the file says 0. The fast reader keeps the 0 the file holds.
 * - it reads a number's text with parseFloat: "0x10" becomes 0, "1e400" Infinity (#NUM! here),
 *   "9007199254740993" 9007199254740992. The fast reader keeps such a text as it is (typed values are
 *   never rewritten); where exceljs holds exactly parseFloat of the fast reader's text, that is this quirk.
 */
import { plainNumber } from '../../src/workbook/numberText';
import type { CellSnapshot, WorkbookSnapshot } from '../../src/port/workbookPort';
import { plainValue } from '../support/exceljsSnapshot';

/** The fast reader's cell as exceljs reads it, where only a quirk of exceljs tells them apart. */
function asExcelJs(c: CellSnapshot, other: CellSnapshot | undefined): CellSnapshot {
  if (!other) return c;
  const falsy = c.value === 0 || c.value === '' || c.value === false;
  if (c.formula !== null && falsy && other.value === null && other.formula === c.formula) return { ...c, value: null };
  if (
    typeof c.value === 'string' &&
    plainNumber(c.value) === null &&
    JSON.stringify(other.value) === JSON.stringify(plainValue(parseFloat(c.value)))
  ) {
    return { ...c, value: other.value };
  }
  return c;
}

export function withExcelJsQuirk(fast: WorkbookSnapshot, slow: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...fast,
    sheets: fast.sheets.map((s, k) => ({
      ...s,
      cells: s.cells.map((row, i) => row.map((c, j) => asExcelJs(c, slow.sheets[k]?.cells[i]?.[j]))),
    })),
  };
}
