/** Appendix E of the published templates (Personnel Funding Breakout): `readAppendixE(g, ctx, true)` probes, `false` reads. */
import { formWhere } from '../../budget';
import { STAFFING_KEYS, STAFFING_ROW_LABELS, type StaffingKey } from '../../budget';
import { bestMatch, labelHead, normalizeLabel } from '../labels';
import { SheetGrid } from '../sheetGrid';
import { maxOf, minOf } from '../../budget/arrays';
import { type Ctx, appendixName, cellRef, input, sumRange, total } from './readContext';

export function readAppendixE(g: SheetGrid, ctx: Ctx, probeOnly: boolean): boolean {
  // The printed labels, matched by their heads (the part before any note in brackets).
  const labels = STAFFING_KEYS.map((k) => labelHead(STAFFING_ROW_LABELS[k]));
  let head = -1;
  const cols: Partial<Record<'allocated5050' | 'allocated100' | 'total' | 'onBoard5050' | 'onBoard100', number>> = {};
  for (let r = g.firstRow; r < g.endRow && head < 0; r++) {
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
    if (cols.allocated5050 !== undefined && cols.allocated100 !== undefined) head = r;
    else for (const k of Object.keys(cols)) delete cols[k as keyof typeof cols];
  }
  if (head < 0) return false;
  if (probeOnly) return true;
  const rows: number[] = [];
  let totalRow: number | null = null;
  const where = (label: string) => `${appendixName(g, 'E')}, ${label}`;
  for (let r = head + 1; r < g.endRow; r++) {
    const label = g.rowLabel(r, cols.allocated5050);
    if (!label) continue;
    const text = labelHead(label.text);
    if (/^total/.test(text)) {
      totalRow = r;
      break;
    }
    const i = bestMatch(text, labels);
    if (i < 0) continue;
    const key = STAFFING_KEYS[i] as StaffingKey;
    rows.push(r);
    const fields = ['allocated5050', 'allocated100', 'onBoard5050', 'onBoard100'] as const;
    const row = { allocated5050: null, allocated100: null, onBoard5050: null, onBoard100: null } as Record<
      (typeof fields)[number],
      number | null
    >;
    for (const f of fields) {
      const c = cols[f];
      if (c === undefined) continue;
      input(ctx, g, r, c);
      row[f] = ctx.reader.fte(g, r, c, { path: `staffing.${key}.${f}`, where: formWhere(where(label.text)) });
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
        `${where(label.text)}, Total`,
      );
    }
  }
  if (totalRow !== null && rows.length) {
    const from = minOf(rows);
    const to = maxOf(rows);
    const sum = (f: 'allocated5050' | 'allocated100' | 'onBoard5050' | 'onBoard100') =>
      Object.values(ctx.budget.staffing).reduce((s, x) => s + (x?.[f] ?? 0), 0);
    for (const [f, c] of Object.entries(cols) as [keyof typeof cols, number][]) {
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
  return true;
}
