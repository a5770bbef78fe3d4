/** Budgets for tests, written as budget JSON so every test reads like a budget officer's file. */
import * as fs from 'fs';
import * as path from 'path';
import { type Budget } from '../../src/budget';
import { budgetFromJsonValue } from '../../src/budget/budgetJson';

export const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
export const EXAMPLES = path.join(SHARED, 'examples');

export function exampleJson(name: 'pr-example' | 'nc-example'): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${name}.budget.json`), 'utf8')) as Record<string, unknown>;
}

export function exampleExpected(name: 'pr-example' | 'nc-example'): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
}

export function budgetOf(json: unknown): Budget {
  const r = budgetFromJsonValue(json);
  if (!r.ok) throw new Error('test budget is invalid: ' + r.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return r.budget;
}

/** A balanced 50/50 line: admin or program, federal = match = half. */
export function line(
  item: string,
  kind: 'administration' | 'program',
  total: number,
  extra: Record<string, unknown> = {},
) {
  const half = total / 2;
  return { item, [kind]: total, federal: half, stateMatch: half, ...extra };
}
