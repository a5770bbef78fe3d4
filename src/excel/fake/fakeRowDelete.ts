/**
 * Row deletion in the fake, as Excel does it (Range.delete("Up") on whole rows, or a user's Delete
 * Sheet Rows): the cells below move up; a reference that spans a deleted row shrinks, one wholly
 * inside the deleted rows becomes #REF!, in formulas of every sheet and in defined names; validation
 * rules and merged areas shrink or go. On a protected sheet Excel deletes rows only when the sheet was
 * protected with allowDeleteRows AND none of the rows' cells is locked, every column counted (an
 * untouched cell is locked unless its row is formatted unlocked): "The cell or chart you're trying to
 * change is on a protected sheet."
 */
import { protectionOf } from './fakeProtection';
import { moveRowsInFormula, type RowMove } from './fakeRowInsert';
import {
  LAST_COL,
  cellKey,
  fakeError,
  parseRect,
  rectAddress,
  type FakeCell,
  type FakeSheet,
  type FakeWorkbook,
  type Rect,
} from './fakeWorkbook';

/** Rows `at`..`at + count - 1` deleted: rows below move up; a range keeps the rows it has left. */
export const rowsDeleted =
  (at: number, count: number): RowMove =>
  (r0, r1) => {
    const end = at + count - 1;
    if (r0 >= at && r1 <= end) return null;
    const top = r0 < at ? r0 : r0 > end ? r0 - count : at;
    const bottom = r1 < at ? r1 : r1 > end ? r1 - count : at - 1;
    return [top, bottom];
  };

/** True when some cell of rows r0..r1 is locked: a cell's own format, else its row's, else locked. */
export function rowsHoldLockedCell(sheet: FakeSheet, r0: number, r1: number): boolean {
  for (let r = r0; r <= r1; r++) if (sheet.rowStyles.get(r)?.locked !== false) return true;
  // A cell with no protection of its own has its row's (unlocked, here).
  for (const [key, cell] of sheet.cells) {
    const r = Number(key.slice(0, key.indexOf(',')));
    if (r >= r0 && r <= r1 && cell.style.locked === true) return true;
  }
  return false;
}

/** Deletes whole rows `rect.r0`..`rect.r1` of `sheet`, shifting up, as Excel does. */
export function deleteRows(wb: FakeWorkbook, sheet: FakeSheet, rect: Rect, shift: string): void {
  const wholeRows = rect.c0 === 0 && rect.c1 >= LAST_COL;
  if (shift !== 'Up' || !wholeRows) {
    throw fakeError('InvalidArgument', 'The fake deletes whole rows only (delete "Up" on rows such as "12:12").');
  }
  if (
    sheet.protected &&
    (!protectionOf(sheet).options.allowDeleteRows || rowsHoldLockedCell(sheet, rect.r0, rect.r1))
  ) {
    throw fakeError('AccessDenied', "The cell or chart you're trying to change is on a protected sheet.");
  }
  const at = rect.r0;
  const count = rect.r1 - rect.r0 + 1;
  const move = rowsDeleted(at, count);
  moveCellsUp(sheet, at, count);
  for (const s of wb.sheets) {
    for (const cell of s.cells.values()) {
      if (cell.formula !== null) cell.formula = moveRowsInFormula(cell.formula, s.name, sheet.name, move);
    }
  }
  for (const n of wb.names) n.formula = moveRowsInFormula(n.formula, '', sheet.name, move);
  const moveRect = (address: string): string | null => {
    const r = parseRect(address);
    const rows = move(r.r0, r.r1);
    return rows ? rectAddress({ ...r, r0: rows[0], r1: rows[1] }) : null;
  };
  sheet.validations = sheet.validations.flatMap((v) => {
    const range = moveRect(v.range);
    return range ? [{ ...v, range }] : [];
  });
  sheet.merges = sheet.merges.flatMap((m) => moveRect(m) ?? []);
  const heights: Record<number, number> = {};
  for (const [row, h] of Object.entries(sheet.rowHeights)) {
    const r0 = Number(row) - 1;
    if (r0 < at) heights[r0 + 1] = h;
    else if (r0 >= at + count) heights[r0 - count + 1] = h;
  }
  sheet.rowHeights = heights;
}

/** Cells and row formats of the deleted rows go; those below move up `count` rows. */
function moveCellsUp(sheet: FakeSheet, at: number, count: number): void {
  const moved = new Map<string, FakeCell>();
  for (const [key, cell] of sheet.cells) {
    const comma = key.indexOf(',');
    const r = Number(key.slice(0, comma));
    const c = Number(key.slice(comma + 1));
    if (r < at) moved.set(key, cell);
    else if (r >= at + count) moved.set(cellKey(r - count, c), cell);
  }
  sheet.cells.clear();
  for (const [k, v] of moved) sheet.cells.set(k, v);
  const styles = new Map<number, Record<string, unknown>>();
  for (const [r, style] of sheet.rowStyles) {
    if (r < at) styles.set(r, style);
    else if (r >= at + count) styles.set(r - count, style);
  }
  sheet.rowStyles = styles;
}
