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
  costLines,
  lineTotal,
  type Budget,
} from './model';
import { formatDollars, mulDivHalfUp } from './money';
import { FTE_SCALE, FTE_TOLERANCE, formatFte } from './quantity';
import type { RulePack } from './rulePack';
import type { Sf424a } from './sf424a';
import { AMOUNT_LABELS, FindingList, STAFFING_LABELS, lineWhere } from './checkFindings';
import { appendixJFigures } from './checksPsc';

export function checkNegatives(budget: Budget, out: FindingList): void {
  const negative = (path: string, where: string, what: string, value: number, isMoney: boolean) => {
    out.add(
      'NEGATIVE_AMOUNT',
      'error',
      `${where}: ${what} is ${isMoney ? formatDollars(value) : String(value)}, below zero; enter it as a positive figure or remove it.`,
      path,
      where,
      isMoney ? value : null,
    );
  };
  for (const { section, index, line } of costLines(budget)) {
    const where = lineWhere(section, index, line);
    for (const k of AMOUNT_KEYS)
      if (line[k] < 0) negative(`${section}[${index}].${k}`, where, AMOUNT_LABELS[k] ?? k, line[k], true);
    const extra = line as Partial<Record<'annualSalary' | 'fte' | 'unitCost' | 'quantity', number | null>>;
    if (extra.annualSalary != null && extra.annualSalary < 0)
      negative(`${section}[${index}].annualSalary`, where, 'Annual Salary', extra.annualSalary, true);
    if (extra.fte != null && extra.fte < 0)
      negative(`${section}[${index}].fte`, where, 'FTE', extra.fte / FTE_SCALE, false);
    if (extra.unitCost != null && extra.unitCost < 0)
      negative(`${section}[${index}].unitCost`, where, 'the unit cost', extra.unitCost, true);
    if (extra.quantity != null && extra.quantity < 0)
      negative(`${section}[${index}].quantity`, where, 'the quantity', extra.quantity, false);
  }
  const ind = budget.indirect;
  if (ind) {
    for (const k of ['administration', 'federal', 'stateMatch', 'state100'] as const) {
      if (ind[k] < 0) negative(`indirect.${k}`, SECTION_TITLES.indirect, AMOUNT_LABELS[k] ?? k, ind[k], true);
    }
  }
  if (budget.programIncome < 0)
    negative('programIncome', 'Program Income', 'Program Income', budget.programIncome, true);
  for (const key of STAFFING_KEYS) {
    const row = budget.staffing[key];
    if (!row) continue;
    for (const f of STAFFING_FIELDS) {
      const v = row[f];
      if (v !== null && v < 0)
        negative(`staffing.${key}.${f}`, `Appendix E, ${STAFFING_LABELS[key]}`, 'FTE', v / FTE_SCALE, false);
    }
  }
  for (const { path, value } of activityFigures(budget)) {
    if (value !== null && value < 0) negative(path, 'Appendix D', 'a count', value, false);
  }
  for (const { path, value } of appendixJFigures(budget)) {
    if (value !== null && value < 0) negative(path, 'Appendix J', 'a count', value, false);
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
      `${where}: Total Cost ${formatDollars(total)} is not the salary ${formatDollars(line.annualSalary)} × ${formatFte(line.fte)} FTE ` +
        `= ${formatDollars(expected)}; correct the salary, the FTE or the amounts (${formatDollars(Math.abs(expected - total))} apart).`,
      `personnel[${index}].total`,
      where,
      Math.abs(expected - total),
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
    out.add(
      'APPENDIX_E_EMPTY',
      'info',
      'Appendix E (Personnel Funding Breakout) is blank: fill in the allocated and on-board FTE so reviewers can match it to the personnel of Appendix F.',
      'staffing',
      'Appendix E',
    );
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
        `Appendix E allocates ${formatFte(allocated)} FTE but the personnel of Appendix F add up to ${formatFte(personnelFte)} FTE: ` +
          'make the two charts agree, as the instructions require.',
        'staffing.total',
        'Appendix E, Total 23(g) FTE',
      );
    }
    for (const k of STAFFING_KEYS) {
      const row = budget.staffing[k];
      if (!row) continue;
      for (const [onBoard, allocatedField, funding] of [
        ['onBoard5050', 'allocated5050', '50/50'],
        ['onBoard100', 'allocated100', '100% State'],
      ] as const) {
        const on = row[onBoard] ?? 0;
        const al = row[allocatedField] ?? 0;
        if (on > al) {
          out.add(
            'ONBOARD_EXCEEDS_ALLOCATED',
            'warning',
            `Appendix E, ${STAFFING_LABELS[k]}: ${formatFte(on)} ${funding} FTE on board but only ${formatFte(al)} allocated; ` +
              'allocate the positions or correct the on-board count.',
            `staffing.${k}.${onBoard}`,
            `Appendix E, ${STAFFING_LABELS[k]}`,
          );
        }
      }
    }
  }
}

export function checkUnitCosts(budget: Budget, pack: RulePack, out: FindingList): void {
  const threshold = formatDollars(pack.equipmentThreshold);
  budget.equipment.forEach((line, index) => {
    if (line.unitCost === null || line.computerRelated || line.unitCost >= pack.equipmentThreshold) return;
    const where = lineWhere('equipment', index, line);
    out.add(
      'EQUIPMENT_UNDER_THRESHOLD',
      'warning',
      `${where}: a unit cost of ${formatDollars(line.unitCost)} is under the ${threshold} equipment threshold and the item is not computer-related; budget it under Supplies.`,
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
      `${where}: a unit cost of ${formatDollars(line.unitCost)} reaches the ${threshold} equipment threshold; budget it under Equipment.`,
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
      const where = `Appendix D, ${labelWithoutNotes(COMPLIANCE_ASSISTANCE_LABELS[key])}, ${pack.yearLabels[y]}`;
      out.add(
        'NEW_EXCEEDS_TOTAL',
        'warning',
        `${where}: ${n} new participants but ${total} in total; the total at year end includes the new sites, so it cannot be smaller.`,
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
    const label = row === 'federal' ? 'Federal (line 13)' : 'Non-Federal (line 14)';
    out.add(
      'QUARTERS_DO_NOT_FOOT',
      'error',
      `SF-424A Section D, ${label}: the quarters add up to ${formatDollars(sum)} but the year is ${formatDollars(year)}; ` +
        `change the quarters by ${formatDollars(Math.abs(year - sum))} so they foot.`,
      `cashForecast.${row}`,
      `SF-424A Section D, ${label}`,
      Math.abs(year - sum),
    );
  }
}
