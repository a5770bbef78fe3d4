/**
 * A person inserting or deleting rows with Excel's own commands (right-click a row > Insert, Delete):
 * Excel's rules apply as for Range.insert and Range.delete (fakeRowInsert.ts, fakeRowDelete.ts),
 * refused on a protected sheet as Excel refuses them, then onChanged fires with RowInserted or
 * RowDeleted. The tests and the sandbox's row buttons use these; the add-in never does.
 */
import { deleteRows } from './fakeRowDelete';
import { insertRows } from './fakeRowInsert';
import { LAST_COL, type FakeWorkbook } from './fakeWorkbook';

function sheetOf(wb: FakeWorkbook, name: string) {
  const s = wb.sheet(name);
  if (!s) throw new Error(`No sheet ${name}`);
  return s;
}

/** Inserts `count` rows above the 1-based `row`: they take the format of the row above. */
export function userInsertRows(wb: FakeWorkbook, sheetName: string, row: number, count = 1): void {
  const s = sheetOf(wb, sheetName);
  insertRows(wb, s, { r0: row - 1, c0: 0, r1: row + count - 2, c1: LAST_COL }, 'Down');
  wb.changedByUser(s, `${row}:${row + count - 1}`, 'RowInserted');
}

/** Deletes `count` rows from the 1-based `row`. */
export function userDeleteRows(wb: FakeWorkbook, sheetName: string, row: number, count = 1): void {
  const s = sheetOf(wb, sheetName);
  deleteRows(wb, s, { r0: row - 1, c0: 0, r1: row + count - 2, c1: LAST_COL }, 'Up');
  wb.changedByUser(s, `${row}:${row + count - 1}`, 'RowDeleted');
}
