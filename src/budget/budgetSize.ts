/**
 * The most cost lines a budget may have, at every door (issue 22, item 8): a budget JSON, a workbook
 * read by either reader (the command line and the pane alike), and the workbook writer. One bound, set
 * so that the heaviest work on a budget within it stays under 1 GB and 10 s on a 2-core machine: writing
 * its workbook with exceljs, which holds the whole workbook in memory, took 17 s and 0.84 GB from a
 * 20,000-line workbook (docs/bounds.md), hence 10,000. A State's budget has some hundred lines. Past it, a budget is refused at once, in words, before any costly work.
 */
import { COST_SECTIONS, costLineCount, forEachCostLine, type Budget } from './model';
import { MAX_AMOUNT_CENTS } from './money';
import { msg, type Msg } from '../messages/words';

export const MAX_BUDGET_LINES = 10_000;

/** Why a budget of `count` cost lines is refused, or null when it is within the bound. */
export function tooManyLinesProblem(count: number): Msg | null {
  if (count <= MAX_BUDGET_LINES) return null;
  return msg('size.tooManyLines', { count, max: MAX_BUDGET_LINES });
}

export function budgetSizeProblem(budget: Budget): Msg | null {
  return tooManyLinesProblem(costLineCount(budget));
}

/** The cost lines of a budget JSON value, counted before it is parsed (its lists' lengths). */
export function rawLineCount(value: Record<string, unknown>): number {
  let count = 0;
  for (const s of COST_SECTIONS) {
    const list = value[s];
    if (Array.isArray(list)) count += list.length;
  }
  return count;
}

/**
 * The totals of a budget, added exactly (BigInt: 10,000 lines of up to $99,999,999,999.99 pass 2^53
 * cents, where adding doubles drops cents), must fit the SF-424A: 14 digits with 2 decimals, the
 * bound of every figure (MAX_AMOUNT_CENTS). A budget past it cannot be filed and is refused in words
 * (issue 22, item 16); every total of a budget within it is below 2^53, so the checks add it exactly.
 */
export function budgetTotalsProblem(budget: Budget): Msg | null {
  // Every re-check passes here: when the figures' magnitudes add up to no more than the bound (far below
  // 2^53, so adding them as doubles is exact), every total is within it, and BigInt is needed only past that.
  if (magnitudesWithinBound(budget) && Math.abs(budget.programIncome) <= MAX_AMOUNT_CENTS) return null;
  return exactTotalsProblem(budget);
}

/** True when the sum of every figure's magnitude (the largest any total can reach) is within the SF-424A's bound. */
function magnitudesWithinBound(budget: Budget): boolean {
  let sum = 0;
  // A loop of its own: a sum forEachCostLine's visitor closes over is boxed at every addition.
  for (const section of COST_SECTIONS)
    for (const line of budget[section])
      sum +=
        Math.abs(line.administration) +
        Math.abs(line.program) +
        Math.abs(line.federal) +
        Math.abs(line.stateMatch) +
        Math.abs(line.state100);
  const ind = budget.indirect;
  if (ind)
    sum += Math.abs(ind.administration) + Math.abs(ind.federal) + Math.abs(ind.stateMatch) + Math.abs(ind.state100);
  // The total cost adds three sums of those figures: within the bound when the magnitudes are.
  return sum <= MAX_AMOUNT_CENTS;
}

function exactTotalsProblem(budget: Budget): Msg | null {
  const sums = { administration: 0n, program: 0n, federal: 0n, stateMatch: 0n, state100: 0n };
  forEachCostLine(budget, (line) => {
    sums.administration += BigInt(line.administration);
    sums.program += BigInt(line.program);
    sums.federal += BigInt(line.federal);
    sums.stateMatch += BigInt(line.stateMatch);
    sums.state100 += BigInt(line.state100);
  });
  const ind = budget.indirect;
  if (ind) {
    sums.administration += BigInt(ind.administration);
    sums.federal += BigInt(ind.federal);
    sums.stateMatch += BigInt(ind.stateMatch);
    sums.state100 += BigInt(ind.state100);
  }
  const figures: [Msg, bigint][] = [
    [msg('amount.administration'), sums.administration],
    [msg('amount.program'), sums.program],
    [msg('amount.federal'), sums.federal],
    [msg('amount.stateMatch'), sums.stateMatch],
    [msg('amount.state100'), sums.state100],
    [msg('amount.totalCost'), sums.federal + sums.stateMatch + sums.state100],
    [msg('size.programIncome'), BigInt(budget.programIncome)],
  ];
  const limit = BigInt(MAX_AMOUNT_CENTS);
  const over = figures.find(([, v]) => v > limit || v < -limit);
  if (!over) return null;
  return msg('size.totalTooLarge', { figure: over[0], amount: dollarsText(over[1]), max: MAX_AMOUNT_CENTS });
}

/** Cents of any size as "$1,234.56", exactly. */
function dollarsText(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** The budget's size and its totals against their bounds: the first problem, or null. */
export function budgetBoundsProblem(budget: Budget): Msg | null {
  return budgetSizeProblem(budget) ?? budgetTotalsProblem(budget);
}
