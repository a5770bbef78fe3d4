/** Appendices E, D and J of our layout, read by their defined names. */
import {
  COMPLIANCE_ASSISTANCE_KEYS,
  CONSULTATION_VISIT_KEYS,
  INSPECTION_KEYS,
  STAFFING_FIELDS,
  STAFFING_KEYS,
  YEAR_KEYS,
  type Budget,
  type NamedSafetyHealth,
  type SafetyHealth,
  excelTextKey,
} from '../../budget';
import { COMPLIANCE_ASSISTANCE_LABELS, CONSULTATION_VISIT_LABELS, INSPECTION_LABELS } from '../../budget';
import { D_VALUE_COLUMNS } from '../../layout/appendixD';
import { E_FIELD_COLUMNS, STAFFING_ROW_LABELS } from '../../layout/appendixE';
import { N } from '../../layout/names';
import { OwnCells, rowsOf } from './ownCells';

/** A row label as the template's formulas would compare it (TRIM, case-blind). */
const normalize = excelTextKey;

export function readStaffing(
  rd: OwnCells,
  sheet: string,
  block: string | null,
  total: string | null,
  budget: Budget,
): void {
  if (!block) return;
  const { top, bottom } = rowsOf(block);
  rd.reader.place('staffing', sheet, `A${top + 1}`);
  if (total) rd.reader.place('staffing.total', sheet, total.split(':')[0] as string);
  const byLabel = new Map(STAFFING_KEYS.map((k) => [normalize(STAFFING_ROW_LABELS[k]), k]));
  for (let r = top + 1; r < bottom; r++) {
    const key = byLabel.get(normalize(rd.text(sheet, `A${r}`, null)));
    if (!key) continue;
    const row = Object.fromEntries(
      STAFFING_FIELDS.map((f) => [f, rd.fte(sheet, `${E_FIELD_COLUMNS[f]}${r}`, `staffing.${key}.${f}`)]),
    );
    if (STAFFING_FIELDS.some((f) => row[f] !== null))
      budget.staffing[key] = row as Record<(typeof STAFFING_FIELDS)[number], number | null>;
  }
}

export function readActivities(rd: OwnCells, sheet: string, blocks: (string | null)[], budget: Budget): void {
  const labels = new Map<
    string,
    { group: 'inspections' | 'consultationVisits' | 'complianceAssistance'; key: string }
  >();
  for (const k of INSPECTION_KEYS) labels.set(normalize(INSPECTION_LABELS[k]), { group: 'inspections', key: k });
  for (const k of CONSULTATION_VISIT_KEYS)
    labels.set(normalize(CONSULTATION_VISIT_LABELS[k]), { group: 'consultationVisits', key: k });
  for (const k of COMPLIANCE_ASSISTANCE_KEYS)
    labels.set(normalize(COMPLIANCE_ASSISTANCE_LABELS[k]), { group: 'complianceAssistance', key: k });
  for (const block of blocks) {
    if (!block) continue;
    const { top, bottom } = rowsOf(block);
    for (let r = top; r <= bottom; r++) {
      const hit = labels.get(normalize(rd.text(sheet, `A${r}`, null)));
      if (!hit) continue;
      const [a, b] =
        hit.group === 'complianceAssistance' ? (['new', 'total'] as const) : (['safety', 'health'] as const);
      const row: Record<string, Record<string, number | null>> = {};
      let any = false;
      YEAR_KEYS.forEach((y, i) => {
        const va = rd.count(sheet, `${D_VALUE_COLUMNS[i * 2]}${r}`, `activities.${hit.group}.${hit.key}.${y}.${a}`);
        const vb = rd.count(sheet, `${D_VALUE_COLUMNS[i * 2 + 1]}${r}`, `activities.${hit.group}.${hit.key}.${y}.${b}`);
        row[y] = { [a]: va, [b]: vb };
        any = any || va !== null || vb !== null;
      });
      if (any) (budget.activities[hit.group] as Record<string, unknown>)[hit.key] = row;
    }
  }
}

/** Reads Appendix J; returns the row counts of its lists for rebuilding the layout. */
export function readConsultation(
  rd: OwnCells,
  sheet: string,
  range: (base: string) => string | null,
  budget: Budget,
): Record<string, number> {
  const c = budget.consultation;
  const counts: Record<string, number> = {};
  const sh = (r: number, cols: [string, string], path: string): SafetyHealth | undefined => {
    const safety = rd.count(sheet, `${cols[0]}${r}`, `${path}.safety`);
    const health = rd.count(sheet, `${cols[1]}${r}`, `${path}.health`);
    return safety === null && health === null ? undefined : { safety, health };
  };
  const visits = range(N.jVisits);
  if (visits) {
    const { top } = rowsOf(visits);
    const construction = sh(top, ['C', 'D'], 'consultation.visits.construction');
    const nonConstruction = sh(top + 1, ['C', 'D'], 'consultation.visits.nonConstruction');
    if (construction) c.visits.construction = construction;
    if (nonConstruction) c.visits.nonConstruction = nonConstruction;
  }
  const ev = range(N.jEmphasisVisits);
  if (ev) {
    const v = sh(rowsOf(ev).top, ['C', 'D'], 'consultation.emphasisVisits');
    if (v) c.emphasisVisits = v;
  }
  const list = (base: string, key: 'emphasisIndustries' | 'emphasisHazards') => {
    const r = range(base);
    if (!r) return;
    const { top, bottom } = rowsOf(r);
    counts[base] = bottom - top - 1;
    const out: NamedSafetyHealth[] = [];
    for (let row = top + 1; row <= bottom; row++) {
      if (['B', 'C', 'D'].every((col) => rd.blank(sheet, `${col}${row}`))) continue;
      const i = out.length;
      out.push({
        name: rd.text(sheet, `B${row}`, `consultation.${key}[${i}].name`),
        safety: rd.count(sheet, `C${row}`, `consultation.${key}[${i}].safety`),
        health: rd.count(sheet, `D${row}`, `consultation.${key}[${i}].health`),
      });
    }
    c[key] = out;
  };
  list(N.jIndustries, 'emphasisIndustries');
  list(N.jHazards, 'emphasisHazards');
  const measures = range(N.jMeasures);
  if (measures) {
    const { top, bottom } = rowsOf(measures);
    counts[N.jMeasures] = bottom - top - 1;
    for (let row = top + 1; row <= bottom; row++) {
      if (['B', 'E'].every((col) => rd.blank(sheet, `${col}${row}`))) continue;
      const i = c.agencyMeasures.length;
      c.agencyMeasures.push({
        name: rd.text(sheet, `B${row}`, `consultation.agencyMeasures[${i}].name`),
        total: rd.count(sheet, `E${row}`, `consultation.agencyMeasures[${i}].total`),
      });
    }
  }
  const sharp = range(N.jSharp);
  if (sharp) {
    const { top } = rowsOf(sharp);
    const n = rd.count(sheet, `C${top}`, 'consultation.sharp.new');
    const cur = rd.count(sheet, `C${top + 1}`, 'consultation.sharp.current');
    if (n !== null || cur !== null) c.sharp = { new: n, current: cur };
  }
  const single = (base: string, path: 'renewals' | 'preSharp' | 'interventions') => {
    const r = range(base);
    if (r) c[path] = rd.count(sheet, r.split(':')[0] as string, `consultation.${path}`);
  };
  single(N.jRenewals, 'renewals');
  single(N.jPreSharp, 'preSharp');
  single(N.jInterventions, 'interventions');
  rd.reader.place('consultation', sheet, 'C7');
  return counts;
}
