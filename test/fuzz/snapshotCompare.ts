/**
 * The fast snapshot reader (src/xlsx/readParts.ts) against exceljs's: the same snapshot, but for one
 * quirk of exceljs, which drops a formula's cached result when it is 0, "" or false (its
 * FormulaValue copies only truthy fields): there exceljs says blank where the file says 0. The fast
 * reader keeps the 0 the file holds.
 */
import type { WorkbookSnapshot } from '../../src/workbook/port';

export function withExcelJsQuirk(fast: WorkbookSnapshot, slow: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...fast,
    sheets: fast.sheets.map((s, k) => ({
      ...s,
      cells: s.cells.map((row, i) =>
        row.map((c, j) => {
          const other = slow.sheets[k]?.cells[i]?.[j];
          const falsy = c.value === 0 || c.value === '' || c.value === false;
          return c.formula !== null && falsy && other?.value === null && other.formula === c.formula ? { ...c, value: null } : c;
        }),
      ),
    })),
  };
}
