/**
 * `grant-budget build` and `new` as a user runs them: exit statuses of INTERFACES.md, never
 * replacing a file without --force, help texts; and `review --json` of a built workbook, before and
 * after LibreOffice recalculates it, gives the expected figures and codes.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLES, exampleExpected } from '../support/budgets';
import { runBuiltCli, runCli } from '../support/cli';
import { recalculate } from '../support/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-build-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const out = (name: string) => path.join(dir, name);
const example = (name: string) => path.join(EXAMPLES, `${name}.budget.json`);

test('build writes the workbook; exit 0 for a clean budget, 1 with one stderr line for errors (the workbook still written)', async () => {
  const pr = await runCli(['build', example('pr-example'), '-o', out('pr.xlsx')]);
  expect(pr).toEqual({ code: 0, stdout: `${out('pr.xlsx')}: written from ${example('pr-example')}\n`, stderr: '' });
  const nc = await runCli(['build', example('nc-example'), '-o', out('nc.xlsx')]);
  expect(nc.code).toBe(1);
  expect(nc.stderr.trim().split('\n')).toHaveLength(1);
  expect(nc.stderr).toMatch(/1 error finding \(ADMIN_CAP_EXCEEDED\); the workbook is written/);
  expect(fs.statSync(out('nc.xlsx')).size).toBeGreaterThan(10000);
});

test('an existing output is never replaced without --force', async () => {
  fs.writeFileSync(out('keep.xlsx'), 'precious');
  const r = await runCli(['build', example('pr-example'), '-o', out('keep.xlsx')]);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(
    `grant-budget: ${out('keep.xlsx')}: already exists; it is left unchanged (add --force to replace it, or name another output file)\n`,
  );
  expect(fs.readFileSync(out('keep.xlsx'), 'utf8')).toBe('precious');
  const n = await runCli(['new', '--state', 'KY', '-o', out('keep.xlsx')]);
  expect(n.code).toBe(2);
  expect(fs.readFileSync(out('keep.xlsx'), 'utf8')).toBe('precious');
  const forced = await runCli(['build', example('pr-example'), '-o', out('keep.xlsx'), '--force']);
  expect(forced.code).toBe(0);
  expect(fs.readFileSync(out('keep.xlsx')).subarray(0, 2).toString()).toBe('PK');
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('bad input: exit 2 with a message naming the file or the option, never a stack trace', async () => {
  fs.writeFileSync(out('bad.json'), '{"state": "Atlantis"}');
  const bad = await runCli(['build', out('bad.json'), '-o', out('bad.xlsx')]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/bad\.json: is not a valid budget:\n {2}state: unknown State "Atlantis"/);
  expect(fs.existsSync(out('bad.xlsx'))).toBe(false);
  const missing = await runCli(['build', out('nope.json'), '-o', out('x.xlsx')]);
  expect([missing.code, missing.stderr]).toEqual([2, `grant-budget: ${out('nope.json')}: no such file\n`]);
  const state = await runCli(['new', '--state', 'Atlantis', '-o', out('a.xlsx')]);
  expect(state.code).toBe(2);
  expect(state.stderr).toMatch(/unknown State "Atlantis"; the FY 2012 23\(g\) States are AK, AZ/);
  const fy = await runCli(['new', '--state', 'KY', '--fy', '2031', '-o', out('a.xlsx')]);
  expect([fy.code, fy.stderr]).toEqual([2, 'grant-budget: there is no rule pack for fiscal year 2031\n']);
  for (const r of [bad, missing, state, fy]) expect(r.stderr).not.toMatch(/\n\s+at /);
});

test('--help of new and build says what they do, the options and the exit statuses', async () => {
  const n = await runCli(['new', '--help']);
  expect(n.code).toBe(0);
  expect(n.stdout).toMatch(/--state <state>/);
  expect(n.stdout).toMatch(/--fy <year>/);
  expect(n.stdout).toMatch(/--force/);
  const b = await runCli(['build', '--help']);
  expect(b.code).toBe(0);
  expect(b.stdout).toMatch(/Exit status: 0 the budget has no error findings; 1 it has \(the workbook is still written/);
});

test('review --json of a built workbook, before and after recalculation, gives the expected figures and codes', async () => {
  const files = ['pr-example', 'nc-example'].map((name) => {
    const file = out(`review-${name}.xlsx`);
    const r = runBuiltCli(['build', example(name), '-o', file]);
    expect([name, r.code]).toEqual([name, name === 'pr-example' ? 0 : 1]);
    return file;
  });
  const recalculated = recalculate(files, out('recalculated'));
  for (const [i, name] of (['pr-example', 'nc-example'] as const).entries()) {
    const expected = exampleExpected(name) as {
      findingCodes: string[];
      sf424a: {
        sectionA: {
          lines: { category: string; federal: number; nonFederal: number; total: number }[];
          totals: unknown;
        };
      };
      osha110: unknown;
    };
    for (const file of [files[i] as string, recalculated[i] as string]) {
      const r = await runCli(['review', '--json', file]);
      expect(r.code).toBe(
        expected.findingCodes.some((c) =>
          [
            'ADMIN_CAP_EXCEEDED',
            'MATCH_UNEQUAL',
            'FEDERAL_OVER_AWARD',
            'LINE_SPLIT_MISMATCH',
            'PSC_NOT_ALLOWED',
          ].includes(c),
        )
          ? 1
          : 0,
      );
      const json = JSON.parse(r.stdout) as {
        findings: { code: string }[];
        sf424a: {
          sectionA: {
            lines: { category: string; federal: number; nonFederal: number; total: number }[];
            totals: unknown;
          };
        };
        osha110: unknown;
      };
      const codes = json.findings.map((f) => f.code);
      for (const c of expected.findingCodes) expect(codes).toContain(c);
      expect(codes.filter((c) => ['NOT_A_NUMBER', 'BROKEN_FORMULA', 'FORMULA_OVERWRITTEN'].includes(c))).toEqual([]);
      expect(json.sf424a.sectionA.totals).toEqual(expected.sf424a.sectionA.totals);
      for (const line of expected.sf424a.sectionA.lines) {
        expect(json.sf424a.sectionA.lines.find((l) => l.category === line.category)).toMatchObject(line);
      }
      expect(json.osha110).toEqual(expected.osha110);
    }
  }
});
