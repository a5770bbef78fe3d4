/**
 * Writing a Budget as the budget JSON of INTERFACES.md (dollars): the inverse of budgetJson.ts's reader,
 * used for round trips (workbook -> budget -> JSON) and by tests that compare budgets.
 */
import { STAFFING_KEYS, type Budget } from './model';
import { centsToDollars, type Cents } from './money';
import type { Fte } from './quantity';

/**
 * A Budget back into the budget JSON of INTERFACES.md (dollars). Reading the result gives the same
 * Budget: blank (null) figures are left out, zero amounts are kept out too (they default to 0).
 */
export function budgetToJsonValue(b: Budget): Record<string, unknown> {
  const d = centsToDollars;
  const f = (x: Fte) => x / 10000;
  const amountsOut = (l: { administration: Cents; program: Cents; federal: Cents; stateMatch: Cents; state100: Cents; privateSectorConsultation?: boolean }) => {
    const o: Record<string, unknown> = {};
    for (const k of ['administration', 'program', 'federal', 'stateMatch', 'state100'] as const) if (l[k] !== 0) o[k] = d(l[k]);
    if (l.privateSectorConsultation) o.privateSectorConsultation = true;
    return o;
  };
  const out: Record<string, unknown> = { state: b.state, fiscalYear: b.fiscalYear };
  if (b.awardLevel !== null) out.awardLevel = d(b.awardLevel);
  if (b.adminCapJustification) out.adminCapJustification = b.adminCapJustification;
  if (b.personnel.length)
    out.personnel = b.personnel.map((l) => ({
      title: l.item,
      programType: l.programType,
      name: l.name,
      ...(l.annualSalary !== null ? { annualSalary: d(l.annualSalary) } : {}),
      ...(l.fte !== null ? { fte: f(l.fte) } : {}),
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
  if (b.contractual.length) out.contractual = b.contractual.map((l) => ({ item: l.item, contractor: l.contractor, ...amountsOut(l) }));
  if (b.indirect) {
    const i = b.indirect;
    out.indirect = {
      ...(i.rate !== null ? { rate: i.rate } : {}),
      ...(i.base ? { base: i.base } : {}),
      ...(i.administration ? { administration: d(i.administration) } : {}),
      ...(i.federal ? { federal: d(i.federal) } : {}),
      ...(i.stateMatch ? { stateMatch: d(i.stateMatch) } : {}),
      ...(i.state100 ? { state100: d(i.state100) } : {}),
    };
  }
  if (b.programIncome) out.programIncome = d(b.programIncome);
  const staffing: Record<string, unknown> = {};
  for (const key of STAFFING_KEYS) {
    const row = b.staffing[key];
    if (!row) continue;
    const o: Record<string, number> = {};
    for (const [k, v] of Object.entries(row)) if (v !== null) o[k] = f(v);
    staffing[key] = o;
  }
  if (Object.keys(staffing).length) out.staffing = staffing;
  const prune = (v: unknown): unknown => {
    if (v === null || v === undefined) return undefined;
    if (Array.isArray(v)) return v.map(prune);
    if (typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        const p = prune(x);
        if (p !== undefined) o[k] = p;
      }
      return o;
    }
    return v;
  };
  const acts = prune(b.activities) as Record<string, Record<string, unknown>>;
  if (Object.values(acts).some((g) => Object.keys(g).length)) out.activities = acts;
  const cons = prune(b.consultation) as Record<string, unknown>;
  const consHasContent = Object.entries(cons).some(([, v]) => (Array.isArray(v) ? v.length > 0 : typeof v === 'object' ? Object.keys(v as object).length > 0 : true));
  if (consHasContent) out.consultation = cons;
  if (b.cashForecast) {
    out.cashForecast = {
      ...(b.cashForecast.federal ? { federal: b.cashForecast.federal.map(d) } : {}),
      ...(b.cashForecast.nonFederal ? { nonFederal: b.cashForecast.nonFederal.map(d) } : {}),
    };
  }
  return out;
}

