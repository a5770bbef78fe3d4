/**
 * `check`: median milliseconds to read, check and compute the SF-424A for budgets of 100, 1,000 and
 * 10,000 lines, and the growth factor per tenfold (near 10 means linear; near 100 would be quadratic).
 * "Read" is the budget JSON text here (parse + validate); the workbook path is measured in `recheck`.
 */
import { evaluateBudget } from '../../src/budget';
import { parseBudgetJson } from '../../src/budget/budgetJson';
import { syntheticBudgetJson } from '../../test/support/syntheticBudget';
import { medianMs, round } from './stats';

export const CHECK_SIZES = [100, 1000, 10000] as const;

export interface CheckFigures {
  medianMs: Record<string, number>;
  growthPerTenfold: number[];
  findings: Record<string, number>;
}

export async function benchCheck(runs = 15): Promise<CheckFigures> {
  const medians: Record<string, number> = {};
  const findings: Record<string, number> = {};
  for (const n of CHECK_SIZES) {
    const text = JSON.stringify(syntheticBudgetJson({ lines: n }));
    medians[String(n)] = await medianMs(() => {
      const r = parseBudgetJson(text);
      if (!r.ok) throw new Error('synthetic budget invalid: ' + r.problems[0]?.message);
      const ev = evaluateBudget(r.budget);
      findings[String(n)] = ev.findings.length;
      return ev;
    }, runs);
  }
  const growth = CHECK_SIZES.slice(1).map((n, i) =>
    round((medians[String(n)] as number) / (medians[String(CHECK_SIZES[i])] as number), 1),
  );
  return { medianMs: medians, growthPerTenfold: growth, findings };
}
