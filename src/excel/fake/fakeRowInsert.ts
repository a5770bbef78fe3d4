/**
 * Row insertion in the fake, as Excel does it (Range.insert("Down") on whole rows, or a user's
 * "Insert row above"): the cells below move down; every reference to a moved cell follows it, in
 * formulas of every sheet and in defined names, so a range that spans the insertion point grows
 * (a total's SUM(F10:F20) becomes SUM(F10:F21)); the new rows take the format of the row above
 * (Excel's "Format Same As Above", its locking included). On a protected sheet Excel allows it only
 * when the sheet was protected with allowInsertRows, and never for part of a row.
 */
import { protectionOf } from './fakeProtection';
import {
  LAST_COL,
  cellKey,
  cellOfKey,
  fakeError,
  parseRect,
  rectAddress,
  type FakeCell,
  type FakeSheet,
  type FakeWorkbook,
  type Rect,
} from './fakeWorkbook';

/** Where a reference's rows go: its new first and last rows (0-based), or null when it is gone (#REF!). */
export type RowMove = (r0: number, r1: number) => [number, number] | null;

/**
 * Rewrites the rows of every A1 reference (optionally sheet-qualified) that points at `target` by
 * `move`; a reference `move` drops becomes #REF! (its sheet prefix kept), as Excel writes it. String
 * literals are left alone. One pass over the text.
 */
export function moveRowsInFormula(formula: string, formulaSheet: string, target: string, move: RowMove): string {
  const ref =
    /('(?:[^']|'')+'!|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*!)?(\$?[A-Za-z]{1,3})(\$?)(\d+)(?::(\$?[A-Za-z]{1,3})(\$?)(\d+))?(?![\w(!])/y;
  const wanted = target.toLowerCase();
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    ref.lastIndex = i;
    const m = i > 0 && /[\w.$]/.test(formula[i - 1] as string) ? null : ref.exec(formula);
    if (!m) {
      out += ch;
      i++;
      continue;
    }
    const prefix = m[1];
    const sheet = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'") : formulaSheet;
    if (sheet.toLowerCase() !== wanted) out += m[0];
    else {
      const top = Number(m[4]) - 1;
      const moved = move(top, m[7] === undefined ? top : Number(m[7]) - 1);
      if (!moved) out += `${prefix ?? ''}#REF!`;
      else {
        out += `${prefix ?? ''}${m[2]}${m[3]}${moved[0] + 1}`;
        if (m[5] !== undefined) out += `:${m[5]}${m[6]}${moved[1] + 1}`;
      }
    }
    i = ref.lastIndex;
  }
  return out;
}

/** Rows inserted at `at`: every row at or below it moves down `count`, so a range across `at` grows. */
export const rowsInserted =
  (at: number, count: number): RowMove =>
  (r0, r1) => [r0 >= at ? r0 + count : r0, r1 >= at ? r1 + count : r1];

/**
 * Rewrites the row numbers of every A1 reference that points at `target` at or below row `at`
 * (0-based): each end of a range moves by `count` when it is at or below `at`.
 */
export function shiftRowsInFormula(
  formula: string,
  formulaSheet: string,
  target: string,
  at: number,
  count: number,
): string {
  return moveRowsInFormula(formula, formulaSheet, target, rowsInserted(at, count));
}

function shiftRect(rect: Rect, at: number, count: number): Rect {
  return { ...rect, r0: rect.r0 >= at ? rect.r0 + count : rect.r0, r1: rect.r1 >= at ? rect.r1 + count : rect.r1 };
}

/** Inserts whole rows `rect.r0`..`rect.r1` of `sheet`, shifting down; returns the rectangle of the new rows. */
export function insertRows(wb: FakeWorkbook, sheet: FakeSheet, rect: Rect, shift: string): Rect {
  const wholeRows = rect.c0 === 0 && rect.c1 >= LAST_COL;
  if (sheet.protected) {
    if (!wholeRows || !protectionOf(sheet).options.allowInsertRows) {
      throw fakeError(
        'AccessDenied',
        `The worksheet "${sheet.name}" is protected${wholeRows ? ' without allowInsertRows' : ''}: rows cannot be inserted.`,
      );
    }
  }
  if (shift !== 'Down' || !wholeRows) {
    throw fakeError('InvalidArgument', 'The fake inserts whole rows only (insert "Down" on rows such as "12:12").');
  }
  const at = rect.r0;
  const count = rect.r1 - rect.r0 + 1;
  moveCellsDown(sheet, at, count);
  for (const s of wb.sheets) {
    for (const cell of s.cells.values()) {
      if (cell.formula !== null) cell.formula = shiftRowsInFormula(cell.formula, s.name, sheet.name, at, count);
    }
  }
  for (const n of wb.names) n.formula = shiftRowsInFormula(n.formula, '', sheet.name, at, count);
  sheet.validations = sheet.validations.map((v) => ({
    ...v,
    range: rectAddress(shiftRect(parseRect(v.range), at, count)),
  }));
  sheet.merges = sheet.merges.map((m) => rectAddress(shiftRect(parseRect(m), at, count)));
  const heights: Record<number, number> = {};
  for (const [row, h] of Object.entries(sheet.rowHeights))
    heights[Number(row) - 1 >= at ? Number(row) + count : Number(row)] = h;
  sheet.rowHeights = heights;
  return { r0: at, c0: 0, r1: at + count - 1, c1: LAST_COL };
}

/** Cells at or below `at` move down `count` rows; the new rows get the style of the row above. */
function moveCellsDown(sheet: FakeSheet, at: number, count: number): void {
  const moved = new Map<string, FakeCell>();
  const above: [number, FakeCell][] = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = cellOfKey(key);
    if (r === at - 1 && Object.keys(cell.style).length > 0) above.push([c, cell]);
    moved.set(r >= at ? cellKey(r + count, c) : key, cell);
  }
  for (const [c, cell] of above) {
    for (let r = at; r < at + count; r++)
      moved.set(cellKey(r, c), { value: null, formula: null, style: { ...cell.style } });
  }
  sheet.cells.clear();
  for (const [k, v] of moved) sheet.cells.set(k, v);
  // The row's own format too (a line row's unlocked cells beyond the table).
  const styles = new Map<number, Record<string, unknown>>();
  for (const [r, style] of sheet.rowStyles) styles.set(r >= at ? r + count : r, style);
  const rowAbove = sheet.rowStyles.get(at - 1);
  if (rowAbove) for (let r = at; r < at + count; r++) styles.set(r, { ...rowAbove });
  sheet.rowStyles = styles;
}

/** "12:12" or "A12:XFD12" for the sandbox's "Insert row above": the whole row of a cell. */
export function wholeRowOf(address: string): string {
  const { r0 } = parseRect(address);
  return `${r0 + 1}:${r0 + 1}`;
}
