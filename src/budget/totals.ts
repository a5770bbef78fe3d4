/**
 * The budget's grand totals and the admin-cap arithmetic of RULES.md (IX.C of the instructions).
 */
import { COST_SECTIONS, type Budget } from './model';
import type { Cents } from './money';
import { stateByCode, type RulePack } from './rulePack';

export interface BudgetTotals {
  administration: Cents;
  program: Cents;
  federal: Cents;
  stateMatch: Cents;
  state100: Cents;
  /** Federal + State Match + State 100%. */
  total: Cents;
  /** The 50/50 funding: Federal + State Match (overmatch left out). */
  adminCapBase: Cents;
  /** The most Administration may be: cap × base, rounded down to the cent (so "at most" stays exact). */
  adminCapAmount: Cents;
  /** Administration / base, as a fraction (0.25 = 25%); 0 when the base is 0. */
  adminShare: number;
  awardLevel: Cents;
}

export function computeTotals(budget: Budget, pack: RulePack): BudgetTotals {
  let administration = 0;
  let program = 0;
  let federal = 0;
  let stateMatch = 0;
  let state100 = 0;
  // A loop of its own, not forEachCostLine: sums a visitor closes over are boxed at every addition.
  for (const section of COST_SECTIONS)
    for (const line of budget[section]) {
      administration += line.administration;
      program += line.program;
      federal += line.federal;
      stateMatch += line.stateMatch;
      state100 += line.state100;
    }
  if (budget.indirect) {
    administration += budget.indirect.administration;
    federal += budget.indirect.federal;
    stateMatch += budget.indirect.stateMatch;
    state100 += budget.indirect.state100;
  }
  const adminCapBase = federal + stateMatch;
  return {
    administration,
    program,
    federal,
    stateMatch,
    state100,
    total: federal + stateMatch + state100,
    adminCapBase,
    adminCapAmount: Number(
      (BigInt(adminCapBase) * BigInt(pack.adminCap.numerator)) / BigInt(pack.adminCap.denominator),
    ),
    adminShare: adminCapBase === 0 ? 0 : administration / adminCapBase,
    awardLevel: awardLevelOf(budget, pack),
  };
}

export function awardLevelOf(budget: Budget, pack: RulePack): Cents {
  return budget.awardLevel ?? stateByCode(pack, budget.state).final;
}

/** Exact integer test of admin > cap × base: admin × denominator > base × numerator. */
export function exceedsAdminCap(t: BudgetTotals, pack: RulePack): boolean {
  // BigInt: the products may pass 2^53 for very large (bad) inputs, and this comparison must stay exact.
  return (
    BigInt(t.administration) * BigInt(pack.adminCap.denominator) >
    BigInt(t.adminCapBase) * BigInt(pack.adminCap.numerator)
  );
}

/** "26.31%": a share for people, two decimals. */
export function formatPercent(fraction: number): string {
  return `${(Math.round(fraction * 10000) / 100).toFixed(2)}%`;
}
