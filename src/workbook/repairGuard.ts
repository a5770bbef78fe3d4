/**
 * The repair's last word on a write, whatever the reader believed: a planned formula never goes over a
 * typed figure (issue 22, item 1). A reader can be wrong about which cells are totals (a line titled
 * "Subtotal", defined names moved onto other rows); this guard looks only at the file's own cells.
 *
 * A row whose total cells hold a typed number (or TRUE/FALSE) is written only when the file itself
 * shows it is a row of totals: one of its total cells still holds a formula that reaches beyond the row
 * (a Subtotal's SUM over the lines above, J.'s sum of the sections, a formula over another sheet), so
 * the typed number is a total overwritten by hand. A row of typed figures with no such formula is a
 * line, or totals pasted as values: none of its cells is written, each is reported, the reviewer decides.
 */
import { a1, cellAt, type CellSnapshot, type SheetSnapshot } from '../port/workbookPort';
import type { TotalCell } from './totalCell';
import { refersBeyondRow } from './formulaReach';
import { msg, type Msg } from '../messages/words';

export { refersBeyondRow };

/** A planned write the guard refused. */
export interface RepairRefusal {
  sheet: string;
  cell: string;
  /** The typed value the cell holds, as said. */
  value: Msg;
  /** The formula the repair would have written. */
  formula: string;
  reason: Msg;
}

/** A typed value that is a figure: a number or a logical, with no formula. Text (a formula typed as text) is not one. */
export function holdsTypedFigure(cell: CellSnapshot): boolean {
  return cell.formula === null && (typeof cell.value === 'number' || typeof cell.value === 'boolean');
}

/** The template's total cells by "sheet\u0000row", to look at a row's other totals. */
export function totalsByRow(totals: readonly TotalCell[]): Map<string, TotalCell[]> {
  const out = new Map<string, TotalCell[]>();
  for (const t of totals) {
    const key = `${t.sheet}\u0000${t.row}`;
    const list = out.get(key);
    if (list) list.push(t);
    else out.set(key, [t]);
  }
  return out;
}

/**
 * True when the row of `t` is a row of typed figures: one of the row's total cells holds a typed figure,
 * and none holds a formula that reaches beyond the row. Nothing is written into such a row (not even
 * its empty cells or its own line formula): it is a line, or totals pasted as values.
 */
export function rowOfTypedFigures(
  t: TotalCell,
  sheet: SheetSnapshot,
  byRow: Map<string, TotalCell[]>,
  inputCells: ReadonlySet<string>,
): boolean {
  let typed = false;
  for (const other of byRow.get(`${t.sheet}\u0000${t.row}`) ?? [t]) {
    // The cells the plan may write: a cell also read as an input is never written, whatever it holds.
    if (inputCells.has(`${other.sheet}!${a1(other.row, other.col)}`)) continue;
    const cell = cellAt(sheet, other.row, other.col);
    if (cell.formula !== null && refersBeyondRow(cell.formula, t.row)) return false;
    if (holdsTypedFigure(cell)) typed = true;
  }
  return typed;
}

export const REFUSAL_REASON: Msg = msg('repair.refusal.reason');

/** A refusal in words, the same in the CLI's report and the pane's. */
export function repairRefusalText(r: RepairRefusal): Msg {
  return msg('repair.refusal', { cell: `${r.sheet}!${r.cell}`, value: r.value, formula: r.formula, reason: r.reason });
}

/** The pane's note for refused writes (one sentence, then the cells), or null when none was refused. */
export function repairRefusalNote(refused: readonly RepairRefusal[]): Msg | null {
  if (refused.length === 0) return null;
  const each = refused.map((r) => msg('repair.refusal.cell', { cell: `${r.sheet}!${r.cell}`, value: r.value }));
  const cells = each.slice(1).reduce((first, next) => msg('text.commaJoin', { first, next }), each[0] as Msg);
  return msg('repair.refusal.note', { count: refused.length, cells });
}
