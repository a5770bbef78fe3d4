/**
 * Every check of RULES.md that a budget alone decides. (NOT_A_NUMBER, BROKEN_FORMULA and
 * FORMULA_OVERWRITTEN belong to workbooks: the workbook reader raises them.)
 * Each finding says in one sentence what to do, and names its place by budget path; a budget read
 * from a workbook maps paths to cells through `budget.places`.
 */
import type { Finding, FindingCode, Severity } from './findings';
import {
  AMOUNT_KEYS,
  COMPLIANCE_ASSISTANCE_KEYS,
  CONSULTATION_VISIT_KEYS,
  INSPECTION_KEYS,
  SECTION_TITLES,
  STAFFING_FIELDS,
  STAFFING_KEYS,
  STAFFING_ROW_LABELS,
  YEAR_KEYS,
  costLines,
  lineTotal,
  type Budget,
  type CostLine,
  type CostSection,
  type StaffingKey,
} from './model';
import { formatDollars, mulDivHalfUp, type Cents } from './money';
import { FTE_SCALE, FTE_TOLERANCE, formatFte } from './quantity';
import { adminCapPercentText, allowsPrivateSectorConsultation, stateByCode, type RulePack } from './rulePack';
import { computeTotals, exceedsAdminCap, formatPercent, type BudgetTotals } from './totals';
import { computeSf424a, type Sf424a } from './sf424a';

/** Paths of the grand-total cells; the workbook reader maps them to the Appendix F total row. */
export const TOTAL_PATHS = {
  administration: 'totals.administration',
  program: 'totals.program',
  federal: 'totals.federal',
  stateMatch: 'totals.stateMatch',
  state100: 'totals.state100',
  total: 'totals.total',
} as const;

/** Appendix E rows in messages: the printed label, without the "(KY, PR, WA)" note. */
const STAFFING_LABELS = Object.fromEntries(STAFFING_KEYS.map((k) => [k, STAFFING_ROW_LABELS[k].replace(/ \(KY, PR, WA\)$/, '')])) as Record<StaffingKey, string>;

const AMOUNT_LABELS: Record<string, string> = {
  administration: 'Administration',
  program: 'Program',
  federal: 'Federal Share',
  stateMatch: 'State Match',
  state100: 'State 100% Funded',
  annualSalary: 'Annual Salary',
  fte: 'FTE',
  unitCost: 'unit cost',
  quantity: 'quantity',
};

export function staffingLabel(key: StaffingKey): string {
  return STAFFING_LABELS[key];
}

class FindingList {
  readonly items: Finding[] = [];
  constructor(private readonly budget: Budget) {}

  add(code: FindingCode, severity: Severity, message: string, path: string | null, where: string, amount: Cents | null = null): void {
    const place = path ? this.budget.places.get(path) : undefined;
    this.items.push({ code, severity, message, sheet: place?.sheet ?? null, cell: place?.cell ?? null, path, where, amount });
  }
}

function lineWhere(section: CostSection, index: number, line: CostLine): string {
  const name = line.item.trim();
  return `${SECTION_TITLES[section]}, line ${index + 1}${name ? ` (${name})` : ''}`;
}

/**
 * Runs every budget check. The order is the order of RULES.md; callers sort by severity.
 * `figures` are the totals and SF-424A the caller already computed (evaluateBudget), so a re-check
 * does not compute them twice.
 */
export function checkBudget(budget: Budget, pack: RulePack, figures?: { totals: BudgetTotals; sf424a: Sf424a }): Finding[] {
  const out = new FindingList(budget);
  const totals = figures?.totals ?? computeTotals(budget, pack);
  checkAdminCap(budget, pack, totals, out);
  checkMatch(totals, out);
  checkAward(budget, pack, totals, out);
  checkLineSplits(budget, out);
  checkPrivateSectorConsultation(budget, pack, out);
  checkNegatives(budget, out);
  checkPersonnelCosts(budget, out);
  checkStaffing(budget, out);
  checkAppendixJRequired(budget, pack, out);
  checkUnitCosts(budget, pack, out);
  checkNewParticipants(budget, pack, out);
  checkQuarters(budget, () => figures?.sf424a.sectionD ?? computeSf424a(budget, pack).sectionD, out);
  return out.items;
}

function checkAdminCap(budget: Budget, pack: RulePack, t: BudgetTotals, out: FindingList): void {
  if (!exceedsAdminCap(t, pack)) return;
  const cap = adminCapPercentText(pack);
  const over = t.administration - t.adminCapAmount;
  const justified = budget.adminCapJustification.trim() !== '';
  const what =
    `Administration of ${formatDollars(t.administration)} is ${formatPercent(t.adminShare)} of the ` +
    `${formatDollars(t.adminCapBase)} of 50/50 funding, ${formatDollars(over)} over the ${cap} cap of ${formatDollars(t.adminCapAmount)}`;
  out.add(
    'ADMIN_CAP_EXCEEDED',
    justified ? 'warning' : 'error',
    justified
      ? `${what}; the budget records an approved justification, so keep it with the application.`
      : `${what}: move costs to Program or attach an approved justification.`,
    TOTAL_PATHS.administration,
    'J. Total Charges, Administration',
    over,
  );
}

function checkMatch(t: BudgetTotals, out: FindingList): void {
  if (t.stateMatch === t.federal) return;
  const diff = t.stateMatch - t.federal;
  if (diff < 0) {
    out.add(
      'MATCH_UNEQUAL',
      'error',
      `State Match of ${formatDollars(t.stateMatch)} is ${formatDollars(-diff)} short of the Federal Share of ` +
        `${formatDollars(t.federal)}: the State must match dollar for dollar, so raise the match or lower the Federal request.`,
      TOTAL_PATHS.stateMatch,
      'J. Total Charges, State Match',
      -diff,
    );
  } else {
    out.add(
      'MATCH_UNEQUAL',
      'error',
      `State Match of ${formatDollars(t.stateMatch)} exceeds the Federal Share of ${formatDollars(t.federal)} by ` +
        `${formatDollars(diff)}: move the excess to State 100% Funded, where overmatch belongs.`,
      TOTAL_PATHS.stateMatch,
      'J. Total Charges, State Match',
      diff,
    );
  }
}

function checkAward(budget: Budget, pack: RulePack, t: BudgetTotals, out: FindingList): void {
  const source = budget.awardLevel === null ? `the ${pack.awardLevelLabel} of ${stateByCode(pack, budget.state).name}` : 'the award level the budget sets';
  if (t.federal > t.awardLevel) {
    out.add(
      'FEDERAL_OVER_AWARD',
      'error',
      `The Federal Share of ${formatDollars(t.federal)} is ${formatDollars(t.federal - t.awardLevel)} over ${source} ` +
        `(${formatDollars(t.awardLevel)}): lower the Federal request to the award level.`,
      TOTAL_PATHS.federal,
      'J. Total Charges, Federal Share',
      t.federal - t.awardLevel,
    );
  } else if (t.federal < t.awardLevel) {
    out.add(
      'FEDERAL_UNDER_AWARD',
      'warning',
      `The Federal Share of ${formatDollars(t.federal)} leaves ${formatDollars(t.awardLevel - t.federal)} of ${source} ` +
        `(${formatDollars(t.awardLevel)}) unclaimed: request the full level if the State can match it.`,
      TOTAL_PATHS.federal,
      'J. Total Charges, Federal Share',
      t.awardLevel - t.federal,
    );
  }
}

function checkLineSplits(budget: Budget, out: FindingList): void {
  for (const { section, index, line } of costLines(budget)) {
    const split = line.administration + line.program;
    const funded = line.federal + line.stateMatch;
    if (split === funded) continue;
    const where = lineWhere(section, index, line);
    const path = `${section}[${index}].${line.administration !== 0 || line.program === 0 ? 'administration' : 'program'}`;
    const total = lineTotal(line);
    const message =
      line.state100 !== 0 && split === total
        ? `${where}: Administration + Program (${formatDollars(split)}) includes the ${formatDollars(line.state100)} of State 100% ` +
          `funds, which are a category of their own: leave them out of Administration and Program so these equal Federal + State Match (${formatDollars(funded)}).`
        : `${where}: Administration + Program (${formatDollars(split)}) must equal Federal Share + State Match ` +
          `(${formatDollars(funded)}); correct the split by ${formatDollars(Math.abs(split - funded))}.`;
    out.add('LINE_SPLIT_MISMATCH', 'error', message, path, where, Math.abs(split - funded));
  }
  const ind = budget.indirect;
  if (ind && ind.administration !== ind.federal + ind.stateMatch) {
    const funded = ind.federal + ind.stateMatch;
    out.add(
      'LINE_SPLIT_MISMATCH',
      'error',
      `I. Indirect Charges: Administration (${formatDollars(ind.administration)}) must equal Federal Share + State Match ` +
        `(${formatDollars(funded)}), because indirect charges are administration only.`,
      'indirect.administration',
      SECTION_TITLES.indirect,
      Math.abs(ind.administration - funded),
    );
  }
}

function nonZero(v: number | null | undefined): boolean {
  return v !== null && v !== undefined && v !== 0;
}

function checkPrivateSectorConsultation(budget: Budget, pack: RulePack, out: FindingList): void {
  if (allowsPrivateSectorConsultation(pack, budget.state)) return;
  const only = pack.privateSectorConsultationStates.join(', ');
  const state = stateByCode(pack, budget.state).name;
  for (const { section, index, line } of costLines(budget)) {
    if (!line.privateSectorConsultation) continue;
    if (!AMOUNT_KEYS.some((k) => nonZero(line[k]))) continue;
    const where = lineWhere(section, index, line);
    out.add(
      'PSC_NOT_ALLOWED',
      'error',
      `${where} is private-sector consultation, which only ${only} fund under 23(g): move it to the 21(d) consultation agreement or change its program type.`,
      `${section}[${index}].${section === 'personnel' ? 'programType' : 'privateSectorConsultation'}`,
      where,
      lineTotal(line),
    );
  }
  for (const key of ['privateSectorSafetyConsultants', 'privateSectorHealthConsultants'] as const) {
    const row = budget.staffing[key];
    if (!row) continue;
    for (const field of STAFFING_FIELDS) {
      if (!nonZero(row[field])) continue;
      out.add(
        'PSC_NOT_ALLOWED',
        'error',
        `Appendix E, ${STAFFING_LABELS[key]}: ${state} cannot have private-sector consultant FTE (only ${only}); clear the row.`,
        `staffing.${key}.${field}`,
        `Appendix E, ${STAFFING_LABELS[key]}`,
      );
      break;
    }
  }
  const visits = budget.activities.consultationVisits.privateSector;
  if (visits) {
    for (const year of YEAR_KEYS) {
      for (const kind of ['safety', 'health'] as const) {
        if (!nonZero(visits[year][kind])) continue;
        out.add(
          'PSC_NOT_ALLOWED',
          'error',
          `Appendix D, Private Sector Consultation Visits: only ${only} project private-sector 23(g) visits; clear the row for ${state}.`,
          `activities.consultationVisits.privateSector.${year}.${kind}`,
          'Appendix D, Private Sector Consultation Visits',
        );
      }
    }
  }
  const sharp = budget.activities.complianceAssistance.privateSectorSharp;
  if (sharp) {
    for (const year of YEAR_KEYS) {
      for (const kind of ['new', 'total'] as const) {
        if (!nonZero(sharp[year][kind])) continue;
        out.add(
          'PSC_NOT_ALLOWED',
          'error',
          `Appendix D, Private Sector SHARP Participants: only ${only} have 23(g) private-sector SHARP; clear the row for ${state}.`,
          `activities.complianceAssistance.privateSectorSharp.${year}.${kind}`,
          'Appendix D, Private Sector SHARP Participants',
        );
      }
    }
  }
  const j = firstAppendixJFigure(budget);
  if (j) {
    out.add(
      'PSC_NOT_ALLOWED',
      'error',
      `Appendix J is only for ${only}: ${state} must leave it blank and report consultation under its 21(d) agreement.`,
      j,
      'Appendix J',
    );
  }
}

/** Every figure of Appendix J with its path, for blank tests and for the negative check. */
export function appendixJFigures(budget: Budget): { path: string; value: number | null }[] {
  const c = budget.consultation;
  const out: { path: string; value: number | null }[] = [];
  const sh = (base: string, v: { safety: number | null; health: number | null } | undefined) => {
    if (!v) return;
    out.push({ path: `${base}.safety`, value: v.safety }, { path: `${base}.health`, value: v.health });
  };
  sh('consultation.visits.construction', c.visits.construction);
  sh('consultation.visits.nonConstruction', c.visits.nonConstruction);
  sh('consultation.emphasisVisits', c.emphasisVisits);
  c.emphasisIndustries.forEach((x, i) => sh(`consultation.emphasisIndustries[${i}]`, x));
  c.emphasisHazards.forEach((x, i) => sh(`consultation.emphasisHazards[${i}]`, x));
  c.agencyMeasures.forEach((x, i) => out.push({ path: `consultation.agencyMeasures[${i}].total`, value: x.total }));
  if (c.sharp) out.push({ path: 'consultation.sharp.new', value: c.sharp.new }, { path: 'consultation.sharp.current', value: c.sharp.current });
  out.push(
    { path: 'consultation.renewals', value: c.renewals },
    { path: 'consultation.preSharp', value: c.preSharp },
    { path: 'consultation.interventions', value: c.interventions },
  );
  return out;
}

function firstAppendixJFigure(budget: Budget): string | null {
  return appendixJFigures(budget).find((f) => nonZero(f.value))?.path ?? null;
}

function checkNegatives(budget: Budget, out: FindingList): void {
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
    for (const k of AMOUNT_KEYS) if (line[k] < 0) negative(`${section}[${index}].${k}`, where, AMOUNT_LABELS[k] ?? k, line[k], true);
    const extra = line as Partial<Record<'annualSalary' | 'fte' | 'unitCost' | 'quantity', number | null>>;
    if (extra.annualSalary != null && extra.annualSalary < 0) negative(`${section}[${index}].annualSalary`, where, 'Annual Salary', extra.annualSalary, true);
    if (extra.fte != null && extra.fte < 0) negative(`${section}[${index}].fte`, where, 'FTE', extra.fte / FTE_SCALE, false);
    if (extra.unitCost != null && extra.unitCost < 0) negative(`${section}[${index}].unitCost`, where, 'the unit cost', extra.unitCost, true);
    if (extra.quantity != null && extra.quantity < 0) negative(`${section}[${index}].quantity`, where, 'the quantity', extra.quantity, false);
  }
  const ind = budget.indirect;
  if (ind) {
    for (const k of ['administration', 'federal', 'stateMatch', 'state100'] as const) {
      if (ind[k] < 0) negative(`indirect.${k}`, SECTION_TITLES.indirect, AMOUNT_LABELS[k] ?? k, ind[k], true);
    }
  }
  if (budget.programIncome < 0) negative('programIncome', 'Program Income', 'Program Income', budget.programIncome, true);
  for (const key of STAFFING_KEYS) {
    const row = budget.staffing[key];
    if (!row) continue;
    for (const f of STAFFING_FIELDS) {
      const v = row[f];
      if (v !== null && v < 0) negative(`staffing.${key}.${f}`, `Appendix E, ${STAFFING_LABELS[key]}`, 'FTE', v / FTE_SCALE, false);
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
        out.push({ path: `activities.${group}.${key}.${y}.safety`, value: cell.safety }, { path: `activities.${group}.${key}.${y}.health`, value: cell.health });
      }
    }
  }
  for (const key of COMPLIANCE_ASSISTANCE_KEYS) {
    const row = a.complianceAssistance[key];
    if (!row) continue;
    for (const y of YEAR_KEYS) {
      out.push({ path: `activities.complianceAssistance.${key}.${y}.new`, value: row[y].new }, { path: `activities.complianceAssistance.${key}.${y}.total`, value: row[y].total });
    }
  }
  return out;
}

function checkPersonnelCosts(budget: Budget, out: FindingList): void {
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

function checkStaffing(budget: Budget, out: FindingList): void {
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

/** True when some line marked private-sector consultation carries money, or PSC staff or visits are given. */
export function budgetsPrivateSectorConsultation(budget: Budget): boolean {
  for (const { line } of costLines(budget)) {
    if (line.privateSectorConsultation && AMOUNT_KEYS.some((k) => nonZero(line[k]))) return true;
  }
  return false;
}

function checkAppendixJRequired(budget: Budget, pack: RulePack, out: FindingList): void {
  if (!allowsPrivateSectorConsultation(pack, budget.state)) return;
  if (!budgetsPrivateSectorConsultation(budget)) return;
  if (appendixJFigures(budget).some((f) => f.value !== null)) return;
  out.add(
    'APPENDIX_J_REQUIRED',
    'warning',
    'The budget funds private-sector consultation but Appendix J is blank: complete both Appendix D and Appendix J (Restriction and Condition 30).',
    'consultation',
    'Appendix J',
  );
}

function checkUnitCosts(budget: Budget, pack: RulePack, out: FindingList): void {
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

const COMPLIANCE_ASSISTANCE_LABELS: Record<string, string> = {
  vppGeneralIndustry: 'VPP Participants - General Industry',
  vppConstruction: 'VPP Participants - Construction',
  vppPublicSector: 'VPP Participants - Public Sector',
  cooperativeWithIncentives: 'Participants in Cooperative Programs with Enforcement Incentives',
  cooperativeWithoutIncentives: 'Participants in Cooperative Programs without Enforcement Incentives',
  privateSectorSharp: 'Private Sector SHARP Participants',
  publicSectorSharp: 'Public Sector SHARP',
  outreachParticipants: 'Outreach Participants',
};

function checkNewParticipants(budget: Budget, pack: RulePack, out: FindingList): void {
  for (const key of COMPLIANCE_ASSISTANCE_KEYS) {
    const row = budget.activities.complianceAssistance[key];
    if (!row) continue;
    for (const y of YEAR_KEYS) {
      const { new: n, total } = row[y];
      if (n === null || total === null || n <= total) continue;
      const where = `Appendix D, ${COMPLIANCE_ASSISTANCE_LABELS[key]}, ${pack.yearLabels[y]}`;
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

function checkQuarters(budget: Budget, sectionD: () => Sf424a['sectionD'], out: FindingList): void {
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
