/**
 * Issue 22, item 4: our layout's defined names are checked before they size anything. A name spanning
 * the whole sheet, names moved onto other rows or overlapping: a DEFINED_NAME_INVALID finding at the
 * name, the sheet read by its labels (the true figures, never personnel twice or fringe dropped), the
 * repair refused in words; and the read costs what the file's cells cost, not what the name claims.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { centsToDollars, evaluateBudget } from '../../src/budget';
import { runCli } from '../support/cli';
import { expectNoCrash, sha256 } from '../support/crash';
import { baseBudget, ownWorkbook } from '../fixtures/bad-input/workbooks';
import { OWN_NAME_CASES, ownNamesCase } from '../fixtures/bad-input/roundTwo';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-own-names-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const truth = () => {
  const t = evaluateBudget(baseBudget()).totals;
  return {
    federal: centsToDollars(t.federal),
    stateMatch: centsToDollars(t.stateMatch),
    total: centsToDollars(t.total),
  };
};

describe.each(OWN_NAME_CASES.map((c) => [c.id, c.what, c.name] as const))('%s (%s)', (id, _what, name) => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, `${id}.xlsx`);
    fs.writeFileSync(file, await ownNamesCase(id));
  });

  it('review: a finding at the name, the true figures read by the labels, within a second', async () => {
    const before = sha256(file);
    const started = Date.now();
    const r = await runCli(['review', '--json', file]);
    const took = Date.now() - started;
    expectNoCrash(r);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as {
      totals: Record<string, number>;
      findings: { code: string; message: string }[];
    };
    expect(j.findings).toContainEqual(
      expect.objectContaining({
        code: 'DEFINED_NAME_INVALID',
        message: expect.stringMatching(new RegExp(`^The defined name ${name} `)),
      }),
    );
    expect(j.totals).toMatchObject(truth());
    // A bound, not a speed test: the whole-sheet name took 47 s and 3.5 GB before.
    expect(took).toBeLessThan(20_000);
    expect(sha256(file)).toBe(before);
  });

  it('repair: refused in words, nothing written', async () => {
    const out = path.join(dir, `${id}-repaired.xlsx`);
    const r = await runCli(['repair', file, '-o', out]);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `is a Grant Budget workbook that cannot be repaired as it is: its defined names do not fit its templates \\(The defined name ${name} `,
      ),
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});

it('the clean workbook: no finding on its names (the check passes what the writer writes)', async () => {
  const file = path.join(dir, 'clean.xlsx');
  fs.writeFileSync(file, await ownWorkbook());
  const r = await runCli(['review', '--json', file]);
  const j = JSON.parse(r.stdout) as { findings: { code: string }[] };
  expect(j.findings.map((f) => f.code)).not.toContain('DEFINED_NAME_INVALID');
});
