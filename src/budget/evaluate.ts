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
    findings: sortFindings(withoutRepeats([...extraFindings, ...checkBudget(budget, pack, { totals, sf424a })])),
    totals,
    sf424a,
    osha110: computeOsha110(totals),
  };
}

/**
 * The findings without the same finding twice (a reader and a check may both see one cell): every door,
 * the pane, `review` text and JSON and the Review sheet, lists each once.
 */
function withoutRepeats(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${f.path ?? ''}|${f.sheet ?? ''}|${f.cell ?? ''}|${JSON.stringify(f.message)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
