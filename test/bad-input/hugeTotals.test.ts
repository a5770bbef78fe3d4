/**
 * Issue 22, item 16: totals past 2^53 cents were added as doubles and printed a dollar off. A budget's
 * totals are checked exactly (BigInt) against what the SF-424A holds (14 digits with 2 decimals) and
 * a budget past it is refused in words at every door; within it, every total is exact to the cent.
 */
import { english } from '../support/words';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { budgetTotalsProblem, evaluateBudget } from '../../src/budget';
import { parseBudgetJson } from '../../src/budget/budgetJson';
import { runCli } from '../support/cli';
import { expectNoCrash } from '../support/crash';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-huge-totals-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `n` lines of `dollars` each, Federal = State Match, all Program. */
function budgetText(n: number, dollars: string): string {
  const half = dollars; // federal and match each
  const line = `{"item":"x","program":${2 * Number(half)},"federal":${half},"stateMatch":${half}}`;
  return `{"state":"MI","fiscalYear":2012,"awardLevel":1,"other":[${Array(n).fill(line).join(',')}]}`;
}

it('1,000 lines of $49,999,999,999.99 (totals past 2^53 cents): refused in words, exit 2, no figure printed', async () => {
  const file = path.join(dir, 'huge.json');
  fs.writeFileSync(file, budgetText(1000, '49999999999.99'));
  const r = await runCli(['sf424a', file, '--format', 'json']);
  expectNoCrash(r);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(
    /is not a valid budget:\n {2}totals: the budget totals Program \$99,999,999,999,980\.00, more than the SF-424A can hold \(14 digits: at most \$99,999,999,999\.99\)/,
  );
});

it('the exact sum is said, not a double near it', () => {
  // 181 lines of $49,999,999,999.99 each side: 2 x 181 x 4,999,999,999,999 cents = 1,809,999,999,999,638 > 2^53.
  const r = parseBudgetJson(budgetText(181, '49999999999.99'));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(english(r.problems[0]!.message)).toContain('$18,099,999,999,996.38');
});

it('totals at the bound are read and added to the cent', () => {
  // Two lines: Total Cost exactly $99,999,999,999.96, 4 cents under the bound.
  const r = parseBudgetJson(
    budgetText(1, '24999999999.99').replace(
      ']}',
      `,{"item":"y","program":49999999999.98,"federal":24999999999.99,"stateMatch":24999999999.99}]}`,
    ),
  );
  if (!r.ok) throw new Error(r.problems.map((p) => english(p.message)).join('; '));
  expect(budgetTotalsProblem(r.budget)).toBeNull();
  expect(evaluateBudget(r.budget).totals.total).toBe(9_999_999_999_996);
});
