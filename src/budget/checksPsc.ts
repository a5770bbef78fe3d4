/**
 * The checks of private-sector 23(g) consultation (KY, PR, WA only): PSC_NOT_ALLOWED wherever such money,
 * FTE, visits or Appendix J figures stand for another State, and APPENDIX_J_REQUIRED.
 */
import {
  AMOUNT_KEYS,
  STAFFING_FIELDS,
  YEAR_KEYS,
  forEachCostLine,
  lineTotal,
  someCostLine,
  type Budget,
} from './model';
import { allowsPrivateSectorConsultation, stateByCode, type RulePack } from './rulePack';
import { FindingList, formWhere, lineWhere, staffingWhere } from './checkFindings';
import { msg, type Msg } from '../messages/words';

function nonZero(v: number | null | undefined): boolean {
  return v !== null && v !== undefined && v !== 0;
}

export function checkPrivateSectorConsultation(budget: Budget, pack: RulePack, out: FindingList): void {
  if (allowsPrivateSectorConsultation(pack, budget.state)) return;
  const only = pack.privateSectorConsultationStates.join(', ');
  const state = stateByCode(pack, budget.state).name;
  forEachCostLine(budget, (line, section, index) => {
    if (!line.privateSectorConsultation) return;
    if (!AMOUNT_KEYS.some((k) => nonZero(line[k]))) return;
    const where = lineWhere(section, index, line);
    out.add(
      'PSC_NOT_ALLOWED',
      'error',
      msg('finding.psc.line', { where, states: only }),
      `${section}[${index}].${section === 'personnel' ? 'programType' : 'privateSectorConsultation'}`,
      where,
      lineTotal(line),
    );
  });
  for (const key of ['privateSectorSafetyConsultants', 'privateSectorHealthConsultants'] as const) {
    const row = budget.staffing[key];
    if (!row) continue;
    for (const field of STAFFING_FIELDS) {
      if (!nonZero(row[field])) continue;
      out.add(
        'PSC_NOT_ALLOWED',
        'error',
        msg('finding.psc.staffing', { where: staffingWhere(key), state, states: only }),
        `staffing.${key}.${field}`,
        staffingWhere(key),
      );
      break;
    }
  }
  const d = budget.activities;
  appendixDRow(
    out,
    d.consultationVisits.privateSector,
    ['safety', 'health'],
    'activities.consultationVisits.privateSector',
    formWhere('Appendix D, Private Sector Consultation Visits'),
    (where) => msg('finding.psc.visits', { where, states: only, state }),
  );
  appendixDRow(
    out,
    d.complianceAssistance.privateSectorSharp,
    ['new', 'total'],
    'activities.complianceAssistance.privateSectorSharp',
    formWhere('Appendix D, Private Sector SHARP Participants'),
    (where) => msg('finding.psc.sharp', { where, states: only, state }),
  );
  const j = firstAppendixJFigure(budget);
  if (j) {
    out.add(
      'PSC_NOT_ALLOWED',
      'error',
      msg('finding.psc.appendixJ', { states: only, state }),
      j,
      formWhere('Appendix J'),
    );
  }
}

/** PSC_NOT_ALLOWED at each figure of a private-sector row of Appendix D (by year and column). */
function appendixDRow<K extends string>(
  out: FindingList,
  row: Record<(typeof YEAR_KEYS)[number], Partial<Record<K, number | null>>> | undefined,
  kinds: readonly K[],
  path: string,
  where: Msg,
  says: (where: Msg) => Msg,
): void {
  if (!row) return;
  for (const year of YEAR_KEYS) {
    for (const kind of kinds) {
      if (nonZero(row[year][kind])) out.add('PSC_NOT_ALLOWED', 'error', says(where), `${path}.${year}.${kind}`, where);
    }
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
  if (c.sharp)
    out.push(
      { path: 'consultation.sharp.new', value: c.sharp.new },
      { path: 'consultation.sharp.current', value: c.sharp.current },
    );
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

/** True when some line marked private-sector consultation carries money, or PSC staff or visits are given. */
export function budgetsPrivateSectorConsultation(budget: Budget): boolean {
  return someCostLine(budget, (line) => line.privateSectorConsultation && AMOUNT_KEYS.some((k) => nonZero(line[k])));
}

export function checkAppendixJRequired(budget: Budget, pack: RulePack, out: FindingList): void {
  if (!allowsPrivateSectorConsultation(pack, budget.state)) return;
  if (!budgetsPrivateSectorConsultation(budget)) return;
  if (appendixJFigures(budget).some((f) => f.value !== null)) return;
  out.add('APPENDIX_J_REQUIRED', 'warning', msg('finding.appendixJRequired'), 'consultation', formWhere('Appendix J'));
}
