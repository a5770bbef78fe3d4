/** Appendix J of the published templates (private-sector On-Site Consultation, KY, PR, WA): probe with `true`, read with `false`. */
import { labelHead, normalizeLabel, similar } from '../labels';
import { columnLetter, isErrorValue } from '../../port/workbookPort';
import { SheetGrid } from '../sheetGrid';
import { maxOf, minOf } from '../../budget/arrays';
import { type Ctx, appendixName, cellRef, input, place, sumRange, total } from './readContext';

export function readAppendixJ(g: SheetGrid, ctx: Ctx, probeOnly: boolean): boolean {
  let head = -1;
  let cS = -1;
  let cH = -1;
  let cT = -1;
  for (let r = g.firstRow; r < g.endRow && head < 0; r++) {
    const l = g.rowLabel(r);
    if (!l || !similar(labelHead(l.text), 'activity & areas of emphasis')) continue;
    for (let c = l.col + 1; c < g.endCol; c++) {
      const t = normalizeLabel(g.text(r, c));
      if (t === 'safety') cS = c;
      if (t === 'health') cH = c;
      if (t === 'total') cT = c;
    }
    if (cS >= 0 && cH >= 0) head = r;
  }
  if (head < 0) return false;
  if (probeOnly) return true;
  const c = ctx.budget.consultation;
  const where = (label: string) => `${appendixName(g, 'J')}, ${label}`;
  const pairOf = (r: number, base: string, label: string) => {
    input(ctx, g, r, cS);
    input(ctx, g, r, cH);
    place(ctx, `${base}.safety`, g, r, cS);
    place(ctx, `${base}.health`, g, r, cH);
    const v = {
      safety: ctx.reader.count(g, r, cS, { path: `${base}.safety`, where: where(label) }),
      health: ctx.reader.count(g, r, cH, { path: `${base}.health`, where: where(label) }),
    };
    if (cT >= 0) total(ctx, g, r, cT, `=${cellRef(r, cS)}+${cellRef(r, cH)}`, (v.safety ?? 0) + (v.health ?? 0), 'count', `${where(label)}, Total`);
    return v;
  };
  const numberRight = (r: number, from: number): { row: number; col: number } | null => {
    for (const rr of [r, r + 1]) {
      for (let cc = rr === r ? from + 1 : from; cc < g.endCol; cc++) {
        const x = g.cell(rr, cc);
        if (typeof x.value === 'number' || (typeof x.value === 'string' && x.value.trim() && rr === r && !/[a-z]{3}/i.test(x.value))) return { row: rr, col: cc };
      }
    }
    return { row: r, col: from + 1 };
  };
  let group: 'industries' | 'hazards' | 'measures' | 'sharp' | null = null;
  let groupRow = -1;
  const groupItems: number[] = [];
  const rowsOf: Record<string, number> = {};
  const closeGroup = () => {
    if ((group === 'industries' || group === 'hazards') && groupItems.length) {
      const from = minOf(groupItems);
      const to = maxOf(groupItems);
      const list = group === 'industries' ? c.emphasisIndustries : c.emphasisHazards;
      const groupName = where(group === 'industries' ? '4. Emphasis Industries' : '5. Emphasis Hazards');
      for (const [col, key] of [[cS, 'safety'], [cH, 'health']] as [number, 'safety' | 'health'][]) {
        total(ctx, g, groupRow, col, `=${sumRange(col, from, to)}`, list.reduce((s, x) => s + (x[key] ?? 0), 0), 'count', groupName);
      }
      if (cT >= 0) total(ctx, g, groupRow, cT, `=${cellRef(groupRow, cS)}+${cellRef(groupRow, cH)}`, list.reduce((s, x) => s + (x.safety ?? 0) + (x.health ?? 0), 0), 'count', `${groupName}, Total`);
    }
    group = null;
    groupItems.length = 0;
  };
  for (let r = head + 1; r < g.endRow; r++) {
    const l = g.rowLabel(r, cS);
    if (!l) continue;
    const text = normalizeLabel(l.text);
    const numbered = /^(\d+) (.*)$/.exec(text);
    if (numbered) {
      closeGroup();
      const n = Number(numbered[1]);
      const rest = numbered[2] as string;
      if (n === 1 && similar(rest, 'total visits')) rowsOf.visits = r;
      else if (n === 2 && similar(rest, 'total area of emphasis visits')) {
        c.emphasisVisits = pairOf(r, 'consultation.emphasisVisits', l.text);
        rowsOf.emphasis = r;
      } else if (n === 3) rowsOf.percent = r;
      else if (n === 4) [group, groupRow] = ['industries', r];
      else if (n === 5) [group, groupRow] = ['hazards', r];
      else if (n === 6) [group, groupRow] = ['measures', r];
      else if (n === 7) {
        [group, groupRow] = ['sharp', r];
        // "8. TOTAL RENEWALS" sits on the same row, its figure beside or below it.
        for (let cc = l.col + 1; cc < g.endCol; cc++) {
          if (/^8 total re/.test(normalizeLabel(g.text(r, cc)))) {
            const at = numberRight(r, cc);
            if (at) {
              input(ctx, g, at.row, at.col);
              place(ctx, 'consultation.renewals', g, at.row, at.col);
              c.renewals = ctx.reader.count(g, at.row, at.col, { path: 'consultation.renewals', where: where('8. Total Renewals') });
            }
          }
        }
      } else if (n === 8) {
        const at = numberRight(r, l.col);
        if (at) {
          input(ctx, g, at.row, at.col);
          place(ctx, 'consultation.renewals', g, at.row, at.col);
          c.renewals = ctx.reader.count(g, at.row, at.col, { path: 'consultation.renewals', where: where(l.text) });
        }
      } else if (n === 9 || n === 10) {
        const key = n === 9 ? 'preSharp' : 'interventions';
        input(ctx, g, r, cS);
        place(ctx, `consultation.${key}`, g, r, cS);
        c[key] = ctx.reader.count(g, r, cS, { path: `consultation.${key}`, where: where(l.text) });
      }
      continue;
    }
    const lettered = /^([a-z]) (.*)$/.exec(text);
    if (!lettered) continue;
    const rest = lettered[2] as string;
    if (rowsOf.visits !== undefined && rowsOf.emphasis === undefined && group === null) {
      if (similar(rest, 'construction')) {
        c.visits.construction = pairOf(r, 'consultation.visits.construction', l.text);
        rowsOf.construction = r;
      } else if (similar(rest, 'non construction')) {
        c.visits.nonConstruction = pairOf(r, 'consultation.visits.nonConstruction', l.text);
        rowsOf.nonConstruction = r;
      }
      continue;
    }
    const name = l.text.replace(/^\s*[a-z][.)]\s*/i, '');
    const anyFigure = [cS, cH, cT].some((cc) => cc >= 0 && g.cell(r, cc).formula === null && g.cell(r, cc).value !== null);
    if (group === 'industries' || group === 'hazards') {
      groupItems.push(r);
      const list = group === 'industries' ? c.emphasisIndustries : c.emphasisHazards;
      const base = `consultation.${group === 'industries' ? 'emphasisIndustries' : 'emphasisHazards'}[${list.length}]`;
      if (!anyFigure) {
        if (cT >= 0) total(ctx, g, r, cT, `=${cellRef(r, cS)}+${cellRef(r, cH)}`, 0, 'count', `${where(l.text)}, Total`);
        continue;
      }
      list.push({ name, ...pairOf(r, base, l.text) });
    } else if (group === 'measures') {
      if (!anyFigure) {
        // An empty measure's Total formula is still a total: a #REF! there must be repaired too.
        const t = cT >= 0 ? g.cell(r, cT) : null;
        if (t && (t.formula !== null || isErrorValue(t.value))) total(ctx, g, r, cT, `=${cellRef(r, cS)}+${cellRef(r, cH)}`, 0, 'count', `${where(l.text)}, Total`);
        continue;
      }
      const base = `consultation.agencyMeasures[${c.agencyMeasures.length}]`;
      const totalCell = cT >= 0 ? g.cell(r, cT) : null;
      let value: number | null;
      if (totalCell && totalCell.formula === null && totalCell.value !== null) {
        input(ctx, g, r, cT);
        place(ctx, `${base}.total`, g, r, cT);
        value = ctx.reader.count(g, r, cT, { path: `${base}.total`, where: where(l.text) });
      } else {
        const v = pairOf(r, base, l.text);
        value = v.safety === null && v.health === null ? null : (v.safety ?? 0) + (v.health ?? 0);
        place(ctx, `${base}.total`, g, r, cT >= 0 ? cT : cS);
      }
      c.agencyMeasures.push({ name, total: value });
    } else if (group === 'sharp') {
      const key = similar(rest, 'new') ? 'new' : similar(rest, 'current') ? 'current' : null;
      if (!key) continue;
      c.sharp = c.sharp ?? { new: null, current: null };
      input(ctx, g, r, cS);
      place(ctx, `consultation.sharp.${key}`, g, r, cS);
      c.sharp[key] = ctx.reader.count(g, r, cS, { path: `consultation.sharp.${key}`, where: where(`7. Total SHARP Sites, ${l.text}`) });
    }
  }
  closeGroup();
  // 1. TOTAL VISITS = a + b; 3. the share of emphasis visits, blank (never #DIV/0!) when there are none.
  const v = rowsOf.visits;
  if (v !== undefined && rowsOf.construction !== undefined && rowsOf.nonConstruction !== undefined) {
    const a = rowsOf.construction;
    const b = rowsOf.nonConstruction;
    const sv = (k: 'safety' | 'health') => (c.visits.construction?.[k] ?? 0) + (c.visits.nonConstruction?.[k] ?? 0);
    total(ctx, g, v, cS, `=${cellRef(a, cS)}+${cellRef(b, cS)}`, sv('safety'), 'count', where('1. Total Visits, Safety'));
    total(ctx, g, v, cH, `=${cellRef(a, cH)}+${cellRef(b, cH)}`, sv('health'), 'count', where('1. Total Visits, Health'));
    if (cT >= 0) total(ctx, g, v, cT, `=${cellRef(v, cS)}+${cellRef(v, cH)}`, sv('safety') + sv('health'), 'count', where('1. Total Visits, Total'));
    const p = rowsOf.percent;
    const e = rowsOf.emphasis;
    if (p !== undefined && e !== undefined) {
      const ev = (k: 'safety' | 'health') => c.emphasisVisits?.[k] ?? 0;
      const share = (num: number, den: number) => (den === 0 ? null : num / den);
      const cols: [number, number | null][] = [
        [cS, share(ev('safety'), sv('safety'))],
        [cH, share(ev('health'), sv('health'))],
      ];
      if (cT >= 0) cols.push([cT, share(ev('safety') + ev('health'), sv('safety') + sv('health'))]);
      for (const [col, expected] of cols) {
        total(ctx, g, p, col, `=IF(${cellRef(v, col)}=0,"",${cellRef(e, col)}/${cellRef(v, col)})`, expected, 'fraction', where(`3. Percentage Area of Emphasis Visits, ${columnLetter(col)}`));
      }
    }
  }
  return true;
}
