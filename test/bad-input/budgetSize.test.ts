/**
 * Issue 22, item 8: one bound of a budget's size at every door, and repeated problems capped. A budget
 * JSON past 10,000 lines (800,000 within the old per-section bounds took 1.75 GB), a workbook past it
 * (`build` from a workbook had no bound: 60,000 lines took 91 s and 3.2 GB), 1.2 million unknown keys
 * (323 MB of problems printed): each refused at once, in words, the problems listed up to 20.
 */
import { english } from '../support/words';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MAX_BUDGET_LINES } from '../../src/budget';
import { parseBudgetJson } from '../../src/budget/budgetJson';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { runCli } from '../support/cli';
import { expectNoCrash } from '../support/crash';
import { manyLinesJson, publishedWithLines, unknownKeysJson } from '../fixtures/bad-input/roundTwo';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-budget-size-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('the JSON door: a budget of 10,001 lines is refused before its lines are parsed; 10,000 are read', () => {
  const over = parseBudgetJson(manyLinesJson(MAX_BUDGET_LINES + 1));
  expect(over.ok).toBe(false);
  if (!over.ok) {
    expect(over.problems.map((p) => ({ path: p.path, message: english(p.message) }))).toEqual([
      {
        path: '',
        message: expect.stringMatching(/^the budget has 10,001 cost lines, more than the 10,000 a budget can have/),
      },
    ]);
  }
  const at = parseBudgetJson(manyLinesJson(MAX_BUDGET_LINES));
  expect(at.ok).toBe(true);
});

it('800,000 lines (within the old per-section bound): refused at once, in words', async () => {
  const file = path.join(dir, 'lines.json');
  fs.writeFileSync(file, manyLinesJson(800_000, '{}')); // 2.4 MB: within the 20 MB of a budget file
  const started = Date.now();
  const r = await runCli(['review', file]);
  expectNoCrash(r);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/is not a valid budget:\n {2}the budget has 800,000 cost lines, more than the 10,000/);
  expect(Date.now() - started).toBeLessThan(30_000); // a bound against a hang, not a speed test
});

it('1.2 million unknown keys: 20 problems and a count, not 323 MB', async () => {
  const file = path.join(dir, 'keys.json');
  fs.writeFileSync(file, unknownKeysJson());
  const r = await runCli(['sf424a', file]);
  expectNoCrash(r);
  expect(r.code).toBe(2);
  expect(r.stderr.length).toBeLessThan(20_000);
  expect(r.stderr.split('\n').filter((l) => l.startsWith('  k'))).toHaveLength(20);
  expect(r.stderr).toMatch(/\n {2}and 1,199,980 more problems of the same kinds\n$/);
});

describe('the workbook door: the same bound for a workbook read by either reader', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, 'published-10001.xlsx');
    fs.writeFileSync(file, await publishedWithLines(MAX_BUDGET_LINES));
  }, 120_000);

  it('the reader refuses it (the pane reads through the same function)', async () => {
    const read = readBudgetFromSnapshot(await readXlsxSnapshot(fs.readFileSync(file), file), { state: 'KY' });
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(english(read.problem)).toMatch(/^holds a budget that has 10,\d{3} cost lines, more than the 10,000/);
  });

  it('build from it: exit 2 in words, nothing written (it ran 91 s and 3.2 GB at 60,000 lines)', async () => {
    const out = path.join(dir, 'never.xlsx');
    const r = await runCli(['build', file, '--state', 'KY', '-o', out]);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds a budget that has 10,\d{3} cost lines, more than the 10,000 a budget can have/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

it('review text lists a finding code 20 times, then counts the rest (--json keeps every one)', async () => {
  const { makePublishedWorkbook } = await import('../fixtures/published/publishedWorkbook');
  const fx = await makePublishedWorkbook({
    stateInJ: 'Kentucky',
    edit: (ctx) => {
      for (let i = 0; i < 6; i++)
        for (const c of ['F', 'G', 'H', 'I']) ctx.sheet('F').getCell(`${c}${ctx.rowF(`A.line.${i}`)}`).value = 'n/a';
    },
  });
  const file = path.join(dir, 'texts.xlsx');
  fs.writeFileSync(file, fx.buffer);
  const text = await runCli(['review', '--state', 'KY', file]);
  expect(text.stdout.split('\n').filter((l) => l.includes(' NOT_A_NUMBER: '))).toHaveLength(20);
  expect(text.stdout).toContain('  and 4 more NOT_A_NUMBER findings (every one with --json)\n');
  const json = await runCli(['review', '--json', '--state', 'KY', file]);
  const codes = (JSON.parse(json.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
  expect(codes.filter((c) => c === 'NOT_A_NUMBER')).toHaveLength(24);
});
