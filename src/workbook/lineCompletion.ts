/**
 * Completing the rows a person inserted into our templates with Excel's own command: Excel copies the
 * row above's format into a new row, never its formulas. No figure depends on a line row's formula
 * (the totals are range formulas over the block), but a line's own total (Appendix F's Total Cost, an
 * Appendix J list's Total) is blank there, and a row inserted right under a block's heads took the
 * heads' look. The add-in completes such rows from the layout rebuilt at the workbook's own block sizes:
 * - the line's own formulas, where the cell is blank (a typed value is never written over);
 * - for a row under the heads, the line's look (input fills, formats, the row unlocked as a row), which
 *   needs the sheet unprotected: those sheets are named, for the caller to unprotect and protect again
 *   as they were.
 * Plain code over data: the add-in applies the plan; nothing here knows Excel.
 */
import {
  a1,
  isErrorValue,
  type CellSnapshot,
  type CellWrite,
  type WorkbookSnapshot,
  type WriteOp,
  type WritePlan,
} from '../port/workbookPort';
import type { LayoutContext } from '../layout/context';
import { TEMPLATE_KEYS } from '../layout/names';
import type { SheetModel } from '../layout/sheetModel';
import { templateModels } from './own/templateFormulas';

/** Rows inserted on a sheet (1-based, inclusive), as Excel's change event says. */
export interface InsertedRows {
  sheet: string;
  first: number;
  last: number;
}

export interface LineCompletion {
  /** The lines' own formulas, where blank. */
  formulas: WritePlan;
  /** The look of rows inserted under a block's heads: the sheet must be unprotected around these. */
  looks: WritePlan;
  /** The rows completed, by sheet; `look` for those the look plan restyles. */
  rows: { sheet: string; row: number; look: boolean }[];
}

const blank = (c: CellSnapshot | undefined) =>
  !c || (c.formula === null && (c.value === null || c.value === '') && !isErrorValue(c.value));

function cellAt(snapshot: WorkbookSnapshot, sheet: string, row0: number, col0: number): CellSnapshot | undefined {
  const s = snapshot.sheets.find((x) => x.name.toLowerCase() === sheet.toLowerCase());
  return s?.cells[row0 - s.origin.row]?.[col0 - s.origin.col];
}

/** Whether `row` is a line the layout unlocks as a row (a line a person may delete). */
const isLine = (model: SheetModel, row: number) => model.unlockedRows.some(([a, b]) => row >= a && row <= b);

/** One row's writes: its formulas where blank; with `look`, every cell's style and the row unlocked. */
function rowWrites(
  model: SheetModel,
  snapshot: WorkbookSnapshot,
  row: number,
  look: boolean,
): { ops: WriteOp[]; any: boolean } {
  const cells = model.cells.get(row);
  if (!cells) return { ops: [], any: false };
  const width = Math.max(...cells.keys()) + 1;
  const writes: CellWrite[] = Array.from({ length: width }, () => ({ kind: 'skip' }) as CellWrite);
  let any = false;
  for (const [col, w] of cells) {
    if (w.kind === 'formula' && blank(cellAt(snapshot, model.sheet, row - 1, col))) {
      writes[col] = look ? w : { kind: 'formula', formula: w.formula };
      any = true;
    } else if (look && w.kind !== 'skip' && w.style) writes[col] = { kind: 'style', style: w.style };
  }
  const ops: WriteOp[] = look ? [{ op: 'unlockRows', sheet: model.sheet, rows: `${row}:${row}` }] : [];
  if (any || look) ops.push({ op: 'cells', sheet: model.sheet, address: a1(row - 1, 0), rows: [writes] });
  return { ops, any: any || look };
}

/**
 * The writes that complete the inserted rows that are lines of a template of the set read with
 * `context` (rows of other sheets, or outside a block's lines, are left alone).
 */
export function planLineCompletion(
  context: LayoutContext,
  snapshot: WorkbookSnapshot,
  inserted: readonly InsertedRows[],
): LineCompletion {
  const keys = TEMPLATE_KEYS.filter((k) => context.sheets[k]);
  const built = templateModels(context, keys);
  const formulas: WriteOp[] = [];
  const looks: WriteOp[] = [];
  const rows: LineCompletion['rows'] = [];
  for (const k of keys) {
    const model = built[k]?.model;
    if (!model) continue;
    for (const ins of inserted) {
      if (ins.sheet.toLowerCase() !== model.sheet.toLowerCase()) continue;
      // Excel formats every inserted row as the row above them: under a block's heads, the heads' look.
      const look = !isLine(model, ins.first - 1);
      for (let row = ins.first; row <= ins.last; row++) {
        if (!isLine(model, row)) continue;
        const { ops, any } = rowWrites(model, snapshot, row, look);
        if (!any) continue;
        (look ? looks : formulas).push(...ops);
        rows.push({ sheet: model.sheet, row, look });
      }
    }
  }
  return { formulas: { ops: formulas }, looks: { ops: looks }, rows };
}
