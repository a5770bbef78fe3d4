/**
 * One call that gives everything a door shows for a budget: findings, totals, SF-424A, OSHA 110.
 */
import { checkBudget } from './checks';
import { sortFindings, type Finding } from './findings';
import type { Budget } from './model';
import { rulePackFor, type RulePack } from './rulePack';
import { computeOsha110, computeSf424a, type Osha110, type Sf424a } from './sf424a';
import { computeTotals, type BudgetTotals } from './totals';

export interface Evaluation {
  pack: RulePack;
  findings: Finding[];
  totals: BudgetTotals;
  sf424a: Sf424a;
  osha110: Osha110;
}

export function evaluateBudget(budget: Budget, extraFindings: readonly Finding[] = []): Evaluation {
  const pack = rulePackFor(budget.fiscalYear);
  if (!pack) throw new Error(`No rule pack for fiscal year ${budget.fiscalYear}`);
  const totals = computeTotals(budget, pack);
  const sf424a = computeSf424a(budget, pack);
  return {
    pack,
    findings: sortFindings([...extraFindings, ...checkBudget(budget, pack, { totals, sf424a })]),
    totals,
    sf424a,
    osha110: computeOsha110(totals),
  };
}
