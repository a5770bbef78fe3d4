/** Appendix D of the published templates (Projected Program Activities, two tables): probe with `true`, read with `false`. */
import { formWhere } from '../../budget';
import {
  COMPLIANCE_ASSISTANCE_KEYS,
  COMPLIANCE_ASSISTANCE_LABELS,
  CONSULTATION_VISIT_KEYS,
  CONSULTATION_VISIT_LABELS,
  INSPECTION_KEYS,
  INSPECTION_LABELS,
  YEAR_KEYS,
} from '../../budget';
import { bestMatch, labelHead, normalizeLabel } from '../labels';
import { SheetGrid } from '../sheetGrid';
import { maxOf, minOf } from '../../budget/arrays';
import { type Ctx, appendixName, input, sumRange, total } from './readContext';

/** Appendix D's rows in template order, with the instructions' printed labels (the domain's). */
const D_ROWS: { group: 'inspections' | 'consultationVisits' | 'complianceAssistance'; key: string; label: string }[] = [
  ...INSPECTION_KEYS.map((key) => ({ group: 'inspections' as const, key, label: INSPECTION_LABELS[key] })),
  ...CONSULTATION_VISIT_KEYS.map((key) => ({
    group: 'consultationVisits' as const,
    key,
    label: CONSULTATION_VISIT_LABELS[key],
  })),
  ...COMPLIANCE_ASSISTANCE_KEYS.map((key) => ({
    group: 'complianceAssistance' as const,
    key,
    label: COMPLIANCE_ASSISTANCE_LABELS[key],
  })),
];

export function readAppendixD(g: SheetGrid, ctx: Ctx, probeOnly: boolean): boolean {
  const labels = D_ROWS.map((x) => labelHead(x.label));
  let matched = 0;
  // Four of its row labels make a sheet Appendix D: stop counting there (other sheets hold 10,000 lines).
  for (let r = g.firstRow; r < g.endRow && matched < 4; r++) {
    const l = g.rowLabel(r);
    if (l && bestMatch(labelHead(l.text), labels) >= 0) matched++;
  }
  if (matched < 4) return false;
  if (probeOnly) return true;
  // Column pairs: the latest head row of Safety/Health (or New/Total) above a row gives its columns.
  let pairs: number[][] = [];
  let kinds: [string, string] = ['safety', 'health'];
  const groupRows: Record<string, number[]> = { inspections: [], consultationVisits: [] };
  for (let r = g.firstRow; r < g.endRow; r++) {
    const heads: number[] = [];
    let kind: [string, string] | null = null;
    for (let c = g.firstCol; c < g.endCol; c++) {
      const t = normalizeLabel(g.text(r, c));
      if (t === 'safety' || t === 'new') {
        heads.push(c);
        kind = t === 'safety' ? ['safety', 'health'] : ['new', 'total'];
      }
    }
    if (heads.length >= 1 && kind) {
      pairs = heads.slice(0, 3).map((c) => [c, c + 1]);
      kinds = kind;
      continue;
    }
    const l = g.rowLabel(r, pairs[0]?.[0]);
    if (!l || pairs.length === 0) continue;
    const text = labelHead(l.text);
    if (/^total/.test(text)) {
      const group = /inspection/.test(text)
        ? 'inspections'
        : /consultation|visit/.test(text)
          ? 'consultationVisits'
          : null;
      const rows = group ? (groupRows[group] as number[]) : [];
      if (group && rows.length) {
        for (const [s, h] of pairs) {
          for (const c of [s, h] as number[]) {
            const from = minOf(rows);
            const to = maxOf(rows);
            const expected = rows.reduce((acc, rr) => {
              const v = g.cell(rr, c).value;
              return acc + (typeof v === 'number' ? v : 0);
            }, 0);
            total(ctx, g, r, c, `=${sumRange(c, from, to)}`, expected, 'count', `${appendixName(g, 'D')}, ${l.text}`);
          }
        }
      }
      continue;
    }
    const i = bestMatch(text, labels);
    if (i < 0) continue;
    const spec = D_ROWS[i] as (typeof D_ROWS)[number];
    if (spec.group !== 'complianceAssistance') groupRows[spec.group]?.push(r);
    const byYear: Record<string, Record<string, number | null>> = {};
    YEAR_KEYS.forEach((year, yi) => {
      const pair = pairs[yi];
      const values: Record<string, number | null> = {};
      kinds.forEach((kind, ki) => {
        const c = pair?.[ki];
        const path = `activities.${spec.group}.${spec.key}.${year}.${kind}`;
        if (c === undefined) {
          values[kind] = null;
          return;
        }
        input(ctx, g, r, c);
        values[kind] = ctx.reader.count(g, r, c, { path, where: formWhere(`${appendixName(g, 'D')}, ${l.text}`) });
      });
      byYear[year] = values;
    });
    (ctx.budget.activities[spec.group] as Record<string, unknown>)[spec.key] = byYear;
  }
  return true;
}
