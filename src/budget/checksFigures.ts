/**
 * The checks of single figures and of Appendices D and E: NEGATIVE_AMOUNT, PERSONNEL_COST_MISMATCH,
 * FTE_MISMATCH / APPENDIX_E_EMPTY / ONBOARD_EXCEEDS_ALLOCATED, the unit-cost thresholds,
 * NEW_EXCEEDS_TOTAL, and the SF-424A Section D quarters.
 */
import {
  AMOUNT_KEYS,
  COMPLIANCE_ASSISTANCE_KEYS,
  COMPLIANCE_ASSISTANCE_LABELS,
  labelWithoutNotes,
  CONSULTATION_VISIT_KEYS,
  INSPECTION_KEYS,
  SECTION_TITLES,
  STAFFING_FIELDS,
  STAFFING_KEYS,
  YEAR_KEYS,
  forEachCostLine,
  lineTotal,
  type Budget,
  type CostLine,
} from './model';
import { mulDivHalfUp } from './money';
import { FTE_SCALE, FTE_TOLERANCE } from './quantity';
import type { RulePack } from './rulePack';
import type { Sf424a } from './sf424a';
import { AMOUNT_LABELS, FindingList, formWhere, lineWhere, staffingWhere } from './checkFindings';
import { msg, type Msg } from '../messages/words';
import { appendixJFigures } from './checksPsc';

type ExtraFigure = 'annualSalary' | 'fte' | 'unitCost' | 'quantity';
type LineExtras = Partial<Record<ExtraFigure, number | null>>;

/** The figures of a line besides its amounts that may not be below zero: how each is named and shown. */
const EXTRA_FIGURES: readonly { field: ExtraFigure; what: Msg; isMoney: boolean; scale: number }[] = [
  { field: 'annualSalary', what: msg('amount.annualSalary'), isMoney: true, scale: 1 },
  { field: 'fte', what: msg('amount.fte'), isMoney: false, scale: FTE_SCALE },
  { field: 'unitCost', what: msg('amount.theUnitCost'), isMoney: true, scale: 1 },
  { field: 'quantity', what: msg('amount.theQuantity'), isMoney: false, scale: 1 },
];

function hasNegative(line: CostLine, extra: LineExtras): boolean {
  for (const k of AMOUNT_KEYS) if (line[k] < 0) return true;
  for (const x of EXTRA_FIGURES) if ((extra[x.field] ?? 0) < 0) return true;
  return false;
}

export function checkNegatives(budget: Budget, out: FindingList): void {
  const negative = (path: string, where: Msg, what: Msg, value: number, isMoney: boolean) => {
    out.add(
      'NEGATIVE_AMOUNT',
      'error',
      isMoney
        ? msg('finding.negative.money', { where, what, value })
        : msg('finding.negative.number', { where, what, value }),
      path,
      where,
      isMoney ? value : null,
    );
  };
  forEachCostLine(budget, (line, section, index) => {
    const extra = line as LineExtras;
    // Nearly every line has none: its words are made only for one that has.
    if (!hasNegative(line, extra)) return;
    const where = lineWhere(section, index, line);
    for (const k of AMOUNT_KEYS)
      if (line[k] < 0) negative(`${section}[${index}].${k}`, where, AMOUNT_LABELS[k], line[k], true);
    for (const { field, what, isMoney, scale } of EXTRA_FIGURES) {
      const v = extra[field];
      if (v != null && v < 0) negative(`${section}[${index}].${field}`, where, what, v / scale, isMoney);
    }
  });
  const ind = budget.indirect;
  if (ind) {
    for (const k of ['administration', 'federal', 'stateMatch', 'state100'] as const) {
      if (ind[k] < 0) negative(`indirect.${k}`, formWhere(SECTION_TITLES.indirect), AMOUNT_LABELS[k], ind[k], true);
    }
  }
  if (budget.programIncome < 0)
    negative('programIncome', formWhere('Program Income'), msg('amount.programIncome'), budget.programIncome, true);
  for (const key of STAFFING_KEYS) {
    const row = budget.staffing[key];
    if (!row) continue;
    for (const f of STAFFING_FIELDS) {
      const v = row[f];
      if (v !== null && v < 0)
        negative(`staffing.${key}.${f}`, staffingWhere(key), msg('amount.fte'), v / FTE_SCALE, false);
    }
  }
  for (const { path, value } of activityFigures(budget)) {
    if (value !== null && value < 0) negative(path, formWhere('Appendix D'), msg('amount.aCount'), value, false);
  }
  for (const { path, value } of appendixJFigures(budget)) {
    if (value !== null && value < 0) negative(path, formWhere('Appendix J'), msg('amount.aCount'), value, false);
  }
}

/** Every count of Appendix D with its path. */
export function activityFigures(budget: Budget): { path: string; value: number | null }[] {
  const out: { path: string; value: number | null }[] = [];
  const a = budget.activities;
  for (const [group, keys] of [
    ['inspections', INSPECTION_KEYS],
    ['consultationVisits', CONSULTATION_VISIT_KEYS],
  ] as const) {
    for (const key of keys) {
      const row = (a[group] as Record<string, Record<string, { safety: number | null; health: number | null }>>)[key];
      if (!row) continue;
      for (const y of YEAR_KEYS) {
        const cell = row[y];
        if (!cell) continue;
        out.push(
          { path: `activities.${group}.${key}.${y}.safety`, value: cell.safety },
          { path: `activities.${group}.${key}.${y}.health`, value: cell.health },
        );
      }
    }
  }
  for (const key of COMPLIANCE_ASSISTANCE_KEYS) {
    const row = a.complianceAssistance[key];
    if (!row) continue;
    for (const y of YEAR_KEYS) {
      out.push(
        { path: `activities.complianceAssistance.${key}.${y}.new`, value: row[y].new },
        { path: `activities.complianceAssistance.${key}.${y}.total`, value: row[y].total },
      );
    }
  }
  return out;
}

export function checkPersonnelCosts(budget: Budget, out: FindingList): void {
  budget.personnel.forEach((line, index) => {
    if (line.annualSalary === null || line.fte === null) return;
    const expected = mulDivHalfUp(line.annualSalary, line.fte, FTE_SCALE);
    const total = lineTotal(line);
    if (expected === total) return;
    const where = lineWhere('personnel', index, line);
    out.add(
      'PERSONNEL_COST_MISMATCH',
      'warning',
      msg('finding.personnelCost', {
        where,
        total,
        salary: line.annualSalary,
        fte: line.fte / FTE_SCALE,
        expected,
        difference: Math.abs(expected - total),
      }),
      `personnel[${index}].total`,
      where,
      Math.abs(expected - total),
      undefined,
      // Total Cost is computed and locked: the fix is typed in the salary and FTE.
      [`personnel[${index}].annualSalary`, `personnel[${index}].fte`],
    );
  });
}

function staffingIsBlank(budget: Budget): boolean {
  return STAFFING_KEYS.every((k) => {
    const row = budget.staffing[k];
    return !row || STAFFING_FIELDS.every((f) => row[f] === null);
  });
}

export function checkStaffing(budget: Budget, out: FindingList): void {
  if (staffingIsBlank(budget)) {
    out.add('APPENDIX_E_EMPTY', 'info', msg('finding.appendixEEmpty'), 'staffing', formWhere('Appendix E'));
  } else {
    let allocated = 0;
    for (const k of STAFFING_KEYS) {
      const row = budget.staffing[k];
      if (row) allocated += (row.allocated5050 ?? 0) + (row.allocated100 ?? 0);
    }
    let personnelFte = 0;
    for (const p of budget.personnel) personnelFte += p.fte ?? 0;
    if (Math.abs(allocated - personnelFte) > FTE_TOLERANCE) {
      out.add(
        'FTE_MISMATCH',
        'warning',
        msg('finding.fteMismatch', { allocated: allocated / FTE_SCALE, personnel: personnelFte / FTE_SCALE }),
        'staffing.total',
        formWhere('Appendix E, Total 23(g) FTE'),
      );
    }
    for (const k of STAFFING_KEYS) {
      const row = budget.staffing[k];
      if (!row) continue;
      for (const [onBoard, allocatedField, funding] of [
        ['onBoard5050', 'allocated5050', msg('funding.5050')],
        ['onBoard100', 'allocated100', msg('funding.state100')],
      ] as const) {
        const on = row[onBoard] ?? 0;
        const al = row[allocatedField] ?? 0;
        if (on > al) {
          out.add(
            'ONBOARD_EXCEEDS_ALLOCATED',
            'warning',
            msg('finding.onBoard', {
              where: staffingWhere(k),
              onBoard: on / FTE_SCALE,
              funding,
              allocated: al / FTE_SCALE,
            }),
            `staffing.${k}.${onBoard}`,
            staffingWhere(k),
          );
        }
      }
    }
  }
}

export function checkUnitCosts(budget: Budget, pack: RulePack, out: FindingList): void {
  const threshold = pack.equipmentThreshold;
  budget.equipment.forEach((line, index) => {
    if (line.unitCost === null || line.computerRelated || line.unitCost >= pack.equipmentThreshold) return;
    const where = lineWhere('equipment', index, line);
    out.add(
      'EQUIPMENT_UNDER_THRESHOLD',
      'warning',
      msg('finding.equipmentUnder', { where, unitCost: line.unitCost, threshold }),
      `equipment[${index}].unitCost`,
      where,
      line.unitCost,
    );
  });
  budget.supplies.forEach((line, index) => {
    if (line.unitCost === null || line.unitCost < pack.equipmentThreshold) return;
    const where = lineWhere('supplies', index, line);
    out.add(
      'SUPPLIES_OVER_THRESHOLD',
      'warning',
      msg('finding.suppliesOver', { where, unitCost: line.unitCost, threshold }),
      `supplies[${index}].unitCost`,
      where,
      line.unitCost,
    );
  });
}

export function checkNewParticipants(budget: Budget, pack: RulePack, out: FindingList): void {
  for (const key of COMPLIANCE_ASSISTANCE_KEYS) {
    const row = budget.activities.complianceAssistance[key];
    if (!row) continue;
    for (const y of YEAR_KEYS) {
      const { new: n, total } = row[y];
      if (n === null || total === null || n <= total) continue;
      const where = formWhere(
        `Appendix D, ${labelWithoutNotes(COMPLIANCE_ASSISTANCE_LABELS[key])}, ${pack.yearLabels[y]}`,
      );
      out.add(
        'NEW_EXCEEDS_TOTAL',
        'warning',
        msg('finding.newExceedsTotal', { where, new: n, total }),
        `activities.complianceAssistance.${key}.${y}.new`,
        where,
      );
    }
  }
}

export function checkQuarters(budget: Budget, sectionD: () => Sf424a['sectionD'], out: FindingList): void {
  if (!budget.cashForecast) return;
  const d = sectionD();
  for (const row of ['federal', 'nonFederal'] as const) {
    const typed = budget.cashForecast?.[row];
    if (!typed) continue;
    const sum = typed.reduce((a, b) => a + b, 0);
    const year = d[row].year;
    if (sum === year) continue;
    const where = formWhere(`SF-424A Section D, ${row === 'federal' ? 'Federal (line 13)' : 'Non-Federal (line 14)'}`);
    out.add(
      'QUARTERS_DO_NOT_FOOT',
      'error',
      msg('finding.quarters', { where, sum, year, difference: Math.abs(year - sum) }),
      `cashForecast.${row}`,
      where,
      Math.abs(year - sum),
    );
  }
}
