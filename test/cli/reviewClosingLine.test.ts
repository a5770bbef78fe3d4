/** A review of several files ends with one line: how many files, how many FAIL, PASS with warnings, PASS, unreadable. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO, runCli } from '../support/cli';
import { EXAMPLES } from '../support/budgets';

const PR = path.join(REPO, 'examples', 'pr.budget.json');
const NC = path.join(EXAMPLES, 'nc-example.budget.json');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-closing-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const MISSING = path.join(dir, 'missing.xlsx');

const lastLine = (text: string) => text.trimEnd().split('\n').pop();

test('text: the closing line is the last line of stdout, counting each outcome', async () => {
  const r = await runCli(['review', PR, NC, MISSING, PR]);
  expect(r.code).toBe(2);
  expect(lastLine(r.stdout)).toBe(
    'Reviewed 4 files: 1 FAIL (error findings), 2 PASS with warnings, 0 PASS, 1 could not be read.',
  );
  expect(r.stdout.match(/^Reviewed /gm)).toHaveLength(1);
  expect(r.stderr).toBe(`grant-budget: ${MISSING}: no such file\n`);
});

test('--json: stdout stays one JSON array, stderr empty: no closing line (the array holds each outcome)', async () => {
  const r = await runCli(['review', PR, NC, '--json']);
  expect(r.code).toBe(1);
  expect(JSON.parse(r.stdout)).toHaveLength(2);
  expect(r.stderr).toBe('');
});

test('one file: its own line is the summary; no closing line', async () => {
  const r = await runCli(['review', PR]);
  expect(r.stdout).not.toMatch(/^Reviewed /m);
  expect((await runCli(['review', PR, '--json'])).stderr).toBe('');
});
