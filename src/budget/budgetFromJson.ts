/**
 * A budget JSON the schema has accepted (src/budget/budgetJson.ts), into the domain's Budget: dollars
 * into cents, FTE into its scale, absent keys into their empty values. One step per part of the budget.
 * Nothing here refuses: every value was validated before, so a failure is a bug (it throws).
 */
import {
  COMPLIANCE_ASSISTANCE_KEYS,
  CONSULTATION_VISIT_KEYS,
  INSPECTION_KEYS,
  isPrivateSectorProgramType,
  STAFFING_KEYS,
  emptyBudget,
  type Activities,
  type Amounts,
  type Budget,
  type CashForecast,
  type Consultation,
  type CostLine,
  type IndirectCharges,
  type NewTotal,
  type SafetyHealth,
} from './model';
import { parseDollars, type Cents } from './money';
import { parseFte, type Fte } from './quantity';
import type { ParsedBudgetJson as Parsed } from './budgetJson';

/** Dollars already validated by the schema, into cents. */
function toCents(v: number): Cents {
  const r = parseDollars(v);
  if (!r.ok) throw new Error(`unvalidated amount ${v}`);
  return r.value;
}
const cents = (v: number | undefined): Cents => (v === undefined ? 0 : toCents(v));
const centsOrNull = (v: number | undefined): Cents | null => (v === undefined ? null : toCents(v));
const fteOrNull = (v: number | undefined): Fte | null => {
  if (v === undefined) return null;
  const r = parseFte(v);
  if (!r.ok) throw new Error(`unvalidated FTE ${v}`);
  return r.value;
};
const sh = (v: { safety?: number; health?: number } | undefined): SafetyHealth => ({
  safety: v?.safety ?? null,
  health: v?.health ?? null,
});
const nt = (v: { new?: number; total?: number } | undefined): NewTotal => ({
  new: v?.new ?? null,
  total: v?.total ?? null,
});

function amountsOf(l: {
  administration?: number;
  program?: number;
  federal?: number;
  stateMatch?: number;
  state100?: number;
}): Amounts {
  return {
    administration: cents(l.administration),
    program: cents(l.program),
    federal: cents(l.federal),
    stateMatch: cents(l.stateMatch),
    state100: cents(l.state100),
  };
}

/** Sections A to H: the lines of each section, amounts in cents. */
function costLines(
  p: Parsed,
): Pick<
  Budget,
  'personnel' | 'fringe' | 'travelOutOfState' | 'travelInState' | 'other' | 'equipment' | 'supplies' | 'contractual'
> {
  const items = (ls: Parsed['fringe']): CostLine[] =>
    (ls ?? []).map((l) => ({
      item: l.item ?? '',
      ...amountsOf(l),
      privateSectorConsultation: l.privateSectorConsultation ?? false,
    }));
  return {
    personnel: (p.personnel ?? []).map((l) => ({
      item: l.title ?? '',
      programType: l.programType ?? '',
      name: l.name ?? '',
      annualSalary: centsOrNull(l.annualSalary),
      fte: fteOrNull(l.fte),
      ...amountsOf(l),
      // A private-sector consultation program type marks the line, whatever the flag says.
      privateSectorConsultation:
        (l.privateSectorConsultation ?? false) || isPrivateSectorProgramType(l.programType ?? ''),
    })),
    fringe: items(p.fringe),
    travelOutOfState: items(p.travelOutOfState),
    travelInState: items(p.travelInState),
    other: items(p.other),
    equipment: (p.equipment ?? []).map((l) => ({
      item: l.item ?? '',
      quantity: l.quantity ?? null,
      unitCost: centsOrNull(l.unitCost),
      computerRelated: l.computerRelated ?? false,
      ...amountsOf(l),
      privateSectorConsultation: l.privateSectorConsultation ?? false,
    })),
    supplies: (p.supplies ?? []).map((l) => ({
      item: l.item ?? '',
      quantity: l.quantity ?? null,
      unitCost: centsOrNull(l.unitCost),
      ...amountsOf(l),
      privateSectorConsultation: l.privateSectorConsultation ?? false,
    })),
    contractual: (p.contractual ?? []).map((l) => ({
      item: l.item ?? '',
      contractor: l.contractor ?? '',
      ...amountsOf(l),
      privateSectorConsultation: l.privateSectorConsultation ?? false,
    })),
  };
}

/** Section I: the indirect charges, or null when the budget has none. */
function indirectOf(i: Parsed['indirect']): IndirectCharges | null {
  if (!i) return null;
  return {
    rate: i.rate ?? null,
    base: i.base ?? '',
    administration: cents(i.administration),
    federal: cents(i.federal),
    stateMatch: cents(i.stateMatch),
    state100: cents(i.state100),
  };
}

/** Appendix D: the rows given, FTE on its scale. */
function staffingOf(staffing: Parsed['staffing'], into: Budget['staffing']): void {
  for (const key of STAFFING_KEYS) {
    const row = staffing?.[key];
    if (!row) continue;
    into[key] = {
      allocated5050: fteOrNull(row.allocated5050),
      allocated100: fteOrNull(row.allocated100),
      onBoard5050: fteOrNull(row.onBoard5050),
      onBoard100: fteOrNull(row.onBoard100),
    };
  }
}

/** Appendix E: the three years of each row given. */
function activitiesOf(a: Parsed['activities'], into: Activities): void {
  if (!a) return;
  for (const k of INSPECTION_KEYS) {
    const r = a.inspections?.[k];
    if (r) into.inspections[k] = { actual: sh(r.actual), estimated: sh(r.estimated), projected: sh(r.projected) };
  }
  for (const k of CONSULTATION_VISIT_KEYS) {
    const r = a.consultationVisits?.[k];
    if (r)
      into.consultationVisits[k] = { actual: sh(r.actual), estimated: sh(r.estimated), projected: sh(r.projected) };
  }
  for (const k of COMPLIANCE_ASSISTANCE_KEYS) {
    const r = a.complianceAssistance?.[k];
    if (r)
      into.complianceAssistance[k] = { actual: nt(r.actual), estimated: nt(r.estimated), projected: nt(r.projected) };
  }
}

/** Appendix J: the consultation program's counts and lists. */
function consultationOf(c: Parsed['consultation'], into: Consultation): void {
  if (!c) return;
  if (c.visits?.construction) into.visits.construction = sh(c.visits.construction);
  if (c.visits?.nonConstruction) into.visits.nonConstruction = sh(c.visits.nonConstruction);
  if (c.emphasisVisits) into.emphasisVisits = sh(c.emphasisVisits);
  into.emphasisIndustries = (c.emphasisIndustries ?? []).map((x) => ({ name: x.name ?? '', ...sh(x) }));
  into.emphasisHazards = (c.emphasisHazards ?? []).map((x) => ({ name: x.name ?? '', ...sh(x) }));
  into.agencyMeasures = (c.agencyMeasures ?? []).map((x) => ({ name: x.name ?? '', total: x.total ?? null }));
  if (c.sharp) into.sharp = { new: c.sharp.new ?? null, current: c.sharp.current ?? null };
  into.renewals = c.renewals ?? null;
  into.preSharp = c.preSharp ?? null;
  into.interventions = c.interventions ?? null;
}

/** The SF-424A Section D quarters, or null when the budget gives none. */
function cashForecastOf(f: Parsed['cashForecast']): CashForecast | null {
  if (!f) return null;
  const four = (q: number[] | undefined) => (q ? (q.slice(0, 4).map(toCents) as CashForecast['federal']) : null);
  return { federal: four(f.federal), nonFederal: four(f.nonFederal) };
}

export function budgetFromParsed(p: Parsed, state: string, fiscalYear: number): Budget {
  const b: Budget = { ...emptyBudget(state, fiscalYear), ...costLines(p) };
  b.awardLevel = centsOrNull(p.awardLevel);
  b.adminCapJustification = p.adminCapJustification ?? '';
  b.indirect = indirectOf(p.indirect);
  b.programIncome = cents(p.programIncome);
  staffingOf(p.staffing, b.staffing);
  activitiesOf(p.activities, b.activities);
  consultationOf(p.consultation, b.consultation);
  b.cashForecast = cashForecastOf(p.cashForecast);
  return b;
}
