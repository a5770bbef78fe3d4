/**
 * A workbook snapshot straight from a write plan, in memory: the sheets, cells and names the plan
 * writes, as a reader would find them. Formula cells have no cached result (as from a tool that does not
 * calculate). For reader tests that need our layout without a file, exceljs or Excel.
 */
import {
  parseA1,
  type CellSnapshot,
  type SheetSnapshot,
  type WorkbookSnapshot,
  type WritePlan,
} from '../../src/port/workbookPort';

export function snapshotOfPlan(plan: WritePlan): WorkbookSnapshot {
  const grids = new Map<string, Map<number, Map<number, CellSnapshot>>>();
  const names: WorkbookSnapshot['names'] = [];
  for (const op of plan.ops) {
    if (op.op === 'addSheet') grids.set(op.sheet, new Map());
    else if (op.op === 'name') names.push({ name: op.name, ref: op.ref.replace(/^=/, '') });
    else if (op.op === 'cells') {
      const grid = grids.get(op.sheet) as Map<number, Map<number, CellSnapshot>>;
      const at = parseA1(op.address.split(':')[0] as string);
      op.rows.forEach((row, r) =>
        row.forEach((w, c) => {
          if (w.kind !== 'value' && w.kind !== 'formula') return;
          const cell: CellSnapshot =
            w.kind === 'value'
              ? { value: w.value === '' ? null : w.value, formula: null }
              : { value: null, formula: w.formula };
          if (cell.value === null && cell.formula === null) return;
          const line = grid.get(at.row + r) ?? new Map<number, CellSnapshot>();
          grid.set(at.row + r, line.set(at.col + c, cell));
        }),
      );
    }
  }
  const sheets: SheetSnapshot[] = [...grids].map(([name, grid]) => sheetOf(name, grid));
  return { sheetNames: sheets.map((s) => ({ name: s.name, kind: 'worksheet', visibility: 'visible' })), sheets, names };
}

function sheetOf(name: string, grid: Map<number, Map<number, CellSnapshot>>): SheetSnapshot {
  const rows = [...grid.keys()];
  const cols = [...grid.values()].flatMap((r) => [...r.keys()]);
  if (rows.length === 0)
    return { name, kind: 'worksheet', visibility: 'visible', origin: { row: 0, col: 0 }, cells: [], merges: [] };
  const top = Math.min(...rows);
  const left = Math.min(...cols);
  const cells: CellSnapshot[][] = [];
  for (let r = top; r <= Math.max(...rows); r++) {
    const line = grid.get(r);
    const out: CellSnapshot[] = [];
    for (let c = left; c <= Math.max(...cols); c++) out.push(line?.get(c) ?? { value: null, formula: null });
    cells.push(out);
  }
  return { name, kind: 'worksheet', visibility: 'visible', origin: { row: top, col: left }, cells, merges: [] };
}

/** The snapshot with one cell replaced (sheet name, A1 address). */
export function withCell(
  snapshot: WorkbookSnapshot,
  sheet: string,
  address: string,
  cell: CellSnapshot,
): WorkbookSnapshot {
  const at = parseA1(address);
  const sheets = snapshot.sheets.map((s) => {
    if (s.name !== sheet) return s;
    const cells = s.cells.map((row) => [...row]);
    const row = cells[at.row - s.origin.row];
    if (!row) throw new Error(`${sheet}!${address} is outside the sheet's cells`);
    row[at.col - s.origin.col] = cell;
    return { ...s, cells };
  });
  return { ...snapshot, sheets };
}
