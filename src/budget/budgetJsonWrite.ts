/**
 * Writing a Budget as the budget JSON of INTERFACES.md (dollars): the inverse of budgetJson.ts's reader,
 * used for round trips (workbook -> budget -> JSON) and by tests that compare budgets.
 */
import { STAFFING_KEYS, type Amounts, type Budget, type CashForecast, type IndirectCharges } from './model';
import { centsToDollars as d } from './money';
import type { Fte } from './quantity';

type Json = Record<string, unknown>;

const fteOut = (x: Fte) => x / 10000;

/** A line's amounts: zero ones left out (they default to 0), the private-sector flag only when set. */
function amountsOut(l: Amounts & { privateSectorConsultation?: boolean }): Json {
  const o: Json = {};
  for (const k of ['administration', 'program', 'federal', 'stateMatch', 'state100'] as const)
    if (l[k] !== 0) o[k] = d(l[k]);
  if (l.privateSectorConsultation) o.privateSectorConsultation = true;
  return o;
}

/** Sections A to H, each only when it has lines, in the order of INTERFACES.md. */
function costLinesOut(b: Budget, out: Json): void {
  if (b.personnel.length)
    out.personnel = b.personnel.map((l) => ({
      title: l.item,
      programType: l.programType,
      name: l.name,
      ...(l.annualSalary !== null ? { annualSalary: d(l.annualSalary) } : {}),
      ...(l.fte !== null ? { fte: fteOut(l.fte) } : {}),
      ...amountsOut(l),
    }));
  for (const s of ['fringe', 'travelOutOfState', 'travelInState', 'other'] as const) {
    if (b[s].length) out[s] = b[s].map((l) => ({ item: l.item, ...amountsOut(l) }));
  }
  if (b.equipment.length)
    out.equipment = b.equipment.map((l) => ({
      item: l.item,
      ...(l.quantity !== null ? { quantity: l.quantity } : {}),
      ...(l.unitCost !== null ? { unitCost: d(l.unitCost) } : {}),
      ...(l.computerRelated ? { computerRelated: true } : {}),
      ...amountsOut(l),
    }));
  if (b.supplies.length)
    out.supplies = b.supplies.map((l) => ({
      item: l.item,
      ...(l.quantity !== null ? { quantity: l.quantity } : {}),
      ...(l.unitCost !== null ? { unitCost: d(l.unitCost) } : {}),
      ...amountsOut(l),
    }));
  if (b.contractual.length)
    out.contractual = b.contractual.map((l) => ({ item: l.item, contractor: l.contractor, ...amountsOut(l) }));
}

function indirectOut(i: IndirectCharges): Json {
  return {
    ...(i.rate !== null ? { rate: i.rate } : {}),
    ...(i.base ? { base: i.base } : {}),
    ...(i.administration ? { administration: d(i.administration) } : {}),
    ...(i.federal ? { federal: d(i.federal) } : {}),
    ...(i.stateMatch ? { stateMatch: d(i.stateMatch) } : {}),
    ...(i.state100 ? { state100: d(i.state100) } : {}),
  };
}

/** Appendix D's rows that hold a figure, blank figures left out; null when no row does. */
function staffingOut(staffing: Budget['staffing']): Json | null {
  const out: Json = {};
  for (const key of STAFFING_KEYS) {
    const row = staffing[key];
    if (!row) continue;
    const o: Record<string, number> = {};
    for (const [k, v] of Object.entries(row)) if (v !== null) o[k] = fteOut(v);
    out[key] = o;
  }
  return Object.keys(out).length ? out : null;
}

/** A value with its blank (null) figures left out, at every depth. */
function prune(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return v.map(prune);
  if (typeof v === 'object') {
    const o: Json = {};
    for (const [k, x] of Object.entries(v as Json)) {
      const p = prune(x);
      if (p !== undefined) o[k] = p;
    }
    return o;
  }
  return v;
}

/** Appendices E and J, each only when it holds something. */
function programOut(b: Budget, out: Json): void {
  const acts = prune(b.activities) as Record<string, Json>;
  if (Object.values(acts).some((g) => Object.keys(g).length)) out.activities = acts;
  const cons = prune(b.consultation) as Json;
  const consHasContent = Object.entries(cons).some(([, v]) =>
    Array.isArray(v) ? v.length > 0 : typeof v === 'object' ? Object.keys(v as object).length > 0 : true,
  );
  if (consHasContent) out.consultation = cons;
}

function cashForecastOut(c: CashForecast): Json {
  return {
    ...(c.federal ? { federal: c.federal.map(d) } : {}),
    ...(c.nonFederal ? { nonFederal: c.nonFederal.map(d) } : {}),
  };
}

/**
 * A Budget back into the budget JSON of INTERFACES.md (dollars). Reading the result gives the same
 * Budget: blank (null) figures are left out, zero amounts are kept out too (they default to 0).
 */
export function budgetToJsonValue(b: Budget): Json {
  const out: Json = { state: b.state, fiscalYear: b.fiscalYear };
  if (b.awardLevel !== null) out.awardLevel = d(b.awardLevel);
  if (b.adminCapJustification) out.adminCapJustification = b.adminCapJustification;
  costLinesOut(b, out);
  if (b.indirect) out.indirect = indirectOut(b.indirect);
  if (b.programIncome) out.programIncome = d(b.programIncome);
  const staffing = staffingOut(b.staffing);
  if (staffing) out.staffing = staffing;
  programOut(b, out);
  if (b.cashForecast) out.cashForecast = cashForecastOut(b.cashForecast);
  return out;
}
