/**
 * The most cost lines a budget may have, at every door (issue 22, item 8): a budget JSON, a workbook
 * read by either reader (the command line and the pane alike), and the workbook writer. One bound, set
 * so that the heaviest work on a budget within it (writing its workbook with exceljs, which holds the
 * whole workbook in memory: 20,000 lines, some 0.9 GB) stays under 1 GB; a State's budget has some
 * hundred lines. Past it, a budget is refused at once, in words, before any costly work.
 */
import { COST_SECTIONS, costLines, type Budget } from './model';

export const MAX_BUDGET_LINES = 20_000;

/** Why a budget of `count` cost lines is refused, or null when it is within the bound. */
export function tooManyLinesProblem(count: number): string | null {
  if (count <= MAX_BUDGET_LINES) return null;
  return `has ${count.toLocaleString('en-US')} cost lines, more than the ${MAX_BUDGET_LINES.toLocaleString('en-US')} a budget can have (a State's budget has some hundred): check it, or split it`;
}

export function budgetSizeProblem(budget: Budget): string | null {
  let count = 0;
  for (const _ of costLines(budget)) count++;
  return tooManyLinesProblem(count);
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
