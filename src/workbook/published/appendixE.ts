/** Appendix E of the published templates (Personnel Funding Breakout): `readAppendixE(g, ctx, true)` probes, `false` reads. */
import { formWhere } from '../../budget';
import { STAFFING_KEYS, STAFFING_ROW_LABELS, type StaffingKey } from '../../budget';
import { bestMatch, labelHead, normalizeLabel } from '../labels';
import { SheetGrid } from '../sheetGrid';
import { maxOf, minOf } from '../../budget/arrays';
import { type Ctx, appendixName, cellRef, input, sumRange, total } from './readContext';

type Column = 'allocated5050' | 'allocated100' | 'total' | 'onBoard5050' | 'onBoard100';
type Columns = Partial<Record<Column, number>>;
const FTE_FIELDS = ['allocated5050', 'allocated100', 'onBoard5050', 'onBoard100'] as const;

export function readAppendixE(g: SheetGrid, ctx: Ctx, probeOnly: boolean): boolean {
  const found = headingRow(g);
  if (!found) return false;
  if (probeOnly) return true;
  const { head, cols } = found;
  const where = (label: string) => `${appendixName(g, 'E')}, ${label}`;
  const { rows, totalRow } = readStaffingRows(g, ctx, head, cols, where);
  if (totalRow !== null && rows.length) checkTotalRow(g, ctx, cols, rows, totalRow, where);
  return true;
}

/** The row of the column headings (both "Allocated" columns found) and where each column is. */
function headingRow(g: SheetGrid): { head: number; cols: Columns } | null {
  const cols: Columns = {};
  for (let r = g.firstRow; r < g.endRow; r++) {
    for (let c = g.firstCol; c < g.endCol; c++) {
      const t = normalizeLabel(g.text(r, c));
      if (!t) continue;
      const onBoard = /on ?board/.test(t);
      const fifty = /50 50/.test(t);
      const hundred = /100/.test(t);
      if (/allocated/.test(t) && fifty) cols.allocated5050 = c;
      else if (/allocated/.test(t) && hundred) cols.allocated100 = c;
      else if (onBoard && fifty) cols.onBoard5050 = c;
      else if (onBoard && hundred) cols.onBoard100 = c;
      else if (t === 'total') cols.total = c;
    }
    if (cols.allocated5050 !== undefined && cols.allocated100 !== undefined) return { head: r, cols };
    for (const k of Object.keys(cols)) delete cols[k as Column];
  }
  return null;
}

/** Each staffing row below the headings, matched by its printed label's head, up to the Total row. */
function readStaffingRows(
  g: SheetGrid,
  ctx: Ctx,
  head: number,
  cols: Columns,
  where: (label: string) => string,
): { rows: number[]; totalRow: number | null } {
  // The printed labels, matched by their heads (the part before any note in brackets).
  const labels = STAFFING_KEYS.map((k) => labelHead(STAFFING_ROW_LABELS[k]));
  const rows: number[] = [];
  for (let r = head + 1; r < g.endRow; r++) {
    const label = g.rowLabel(r, cols.allocated5050);
    if (!label) continue;
    const text = labelHead(label.text);
    if (/^total/.test(text)) return { rows, totalRow: r };
    const i = bestMatch(text, labels);
    if (i < 0) continue;
    rows.push(r);
    readStaffingRow(g, ctx, r, STAFFING_KEYS[i] as StaffingKey, cols, where(label.text));
  }
  return { rows, totalRow: null };
}

function readStaffingRow(g: SheetGrid, ctx: Ctx, r: number, key: StaffingKey, cols: Columns, where: string): void {
  const row = { allocated5050: null, allocated100: null, onBoard5050: null, onBoard100: null } as Record<
    (typeof FTE_FIELDS)[number],
    number | null
  >;
  for (const f of FTE_FIELDS) {
    const c = cols[f];
    if (c === undefined) continue;
    input(ctx, g, r, c);
    row[f] = ctx.reader.fte(g, r, c, { path: `staffing.${key}.${f}`, where: formWhere(where) });
  }
  ctx.budget.staffing[key] = row;
  if (cols.total !== undefined && cols.allocated100 !== undefined && cols.allocated5050 !== undefined) {
    total(
      ctx,
      g,
      r,
      cols.total,
      `=${cellRef(r, cols.allocated5050)}+${cellRef(r, cols.allocated100)}`,
      (row.allocated5050 ?? 0) + (row.allocated100 ?? 0),
      'fte',
      `${where}, Total`,
    );
  }
}

/** The Total 23(g) FTE row: each column a SUM over the staffing rows. */
function checkTotalRow(
  g: SheetGrid,
  ctx: Ctx,
  cols: Columns,
  rows: number[],
  totalRow: number,
  where: (label: string) => string,
): void {
  const from = minOf(rows);
  const to = maxOf(rows);
  const sum = (f: (typeof FTE_FIELDS)[number]) =>
    Object.values(ctx.budget.staffing).reduce((s, x) => s + (x?.[f] ?? 0), 0);
  for (const [f, c] of Object.entries(cols) as [Column, number][]) {
    const expected = f === 'total' ? sum('allocated5050') + sum('allocated100') : sum(f);
    total(
      ctx,
      g,
      totalRow,
      c,
      `=${sumRange(c, from, to)}`,
      expected,
      'fte',
      `${where('Total 23(g) FTE')}, ${f === 'total' ? 'Total' : f}`,
    );
  }
}
