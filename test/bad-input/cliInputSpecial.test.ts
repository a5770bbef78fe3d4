/**
 * The bad-input corpus, INPUTS THAT ARE NOT REGULAR FILES (issue 22, item 7): a device without end, a
 * pipe with no writer, a budget JSON through standard input. Through the built command (real
 * descriptors): each read with a bound whatever `stat` says, refused in words or read, never a hang.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLES } from '../support/budgets';
import { REPO } from '../support/cli';
import { CRASH } from '../support/crash';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-special-inputs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const BIN = path.join(REPO, 'bin', 'grant-budget.js');
const budget = path.join(EXAMPLES, 'pr-example.budget.json');

function run(args: string[], input?: Buffer | string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input }),
  });
  expect(r.stdout + r.stderr).not.toMatch(CRASH);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

describe('devices read with a bound', () => {
  it.each(['/dev/zero', '/dev/urandom'])('review %s: refused at the bound in words, exit 2', (device) => {
    const r = run(['review', device]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `grant-budget: ${device}: sends more than the 50 MB a budget file can be (a device or a pipe without end?); it is not read\n`,
    );
  });

  it('sf424a /dev/zero (a budget JSON door): the same bound', () => {
    const r = run(['sf424a', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sends more than the 50 MB a budget file can be/);
  });
});

it('a named pipe with no writer: read as empty at once, never waited on', () => {
  const fifo = path.join(dir, 'nobody.xlsx');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const r = run(['review', fifo]);
  expect(r.signal).toBeNull();
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(`grant-budget: ${fifo}: is empty (0 bytes), not a workbook\n`);
});

describe('a budget JSON through standard input', () => {
  it.each(['-', '/dev/stdin'])('sf424a %s --format json: read as the budget it is', (name) => {
    const r = run(['sf424a', name, '--format', 'json'], fs.readFileSync(budget));
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const fromFile = run(['sf424a', budget, '--format', 'json']);
    expect(r.stdout).toBe(fromFile.stdout);
  });

  it('review -: the file is named "-" in the report, the figures those of the file', () => {
    const r = run(['review', '-'], fs.readFileSync(budget));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^-: Puerto Rico \(PR\), FY 2012, budget JSON: PASS/);
  });

  it('a workbook through standard input is read as the workbook it is', () => {
    const xlsx = path.join(dir, 'pr.xlsx');
    expect(run(['build', budget, '-o', xlsx]).code).toBe(0);
    const r = run(['review', '--json', '-'], fs.readFileSync(xlsx));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: '-', state: 'PR' });
  });
});
