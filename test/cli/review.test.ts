import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { runBuiltCli, runCli } from '../support/cli';
import { EXAMPLES, exampleExpected } from '../support/budgets';
import { KY_INDIRECT, KY_LINES, makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';
import { recalculate } from '../support/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-review-'));
const file = (name: string) => path.join(dir, name);
let errorCells: string[] = [];
let hRow = 0;

beforeAll(async () => {
  const fx = await makePublishedWorkbook();
  errorCells = fx.errorCells;
  hRow = fx.rowF('J.sum');
  fs.writeFileSync(file('published.xlsx'), fx.buffer);
  fs.writeFileSync(
    file('published-ky.xlsx'),
    (await makePublishedWorkbook({ stateInJ: 'Kentucky', sheetNames: { F: 'Sheet1' } })).buffer,
  );
  fs.writeFileSync(
    file('text-in-cell.xlsx'),
    (
      await makePublishedWorkbook({
        stateInJ: 'Kentucky',
        edit: ({ sheet, rowF }) => {
          sheet('F').getCell(`I${rowF('E.line.0')}`).value = 'two thousand';
        },
      })
    ).buffer,
  );
  fs.writeFileSync(file('not-a-zip.xlsx'), 'Title,Amount\nRent,100\n');
  fs.writeFileSync(file('truncated.xlsx'), fx.buffer.subarray(0, 3000));
  const other = new JSZip();
  other.file('readme.txt', 'not a workbook');
  fs.writeFileSync(file('other.xlsx'), await other.generateAsync({ type: 'nodebuffer' }));
  fs.writeFileSync(file('no-head.xlsx'), (await makePublishedWorkbook({ deleteRows: ['G.head'] })).buffer);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+\(.*\.(js|ts):\d+/);
const sum = (i: number) =>
  Object.values(KY_LINES)
    .flat()
    .reduce((s, l) => s + (l.amounts[i] as number), 0);

describe('grant-budget review (in-process)', () => {
  it('published layout with --state: BROKEN_FORMULA at the #REF! cells, and the right figures from the typed numbers', async () => {
    const r = await runCli(['review', file('published.xlsx'), '--state', 'KY', '--json']);
    expect(r.code).toBe(1);
    noStackTrace(r.stderr);
    const json = JSON.parse(r.stdout);
    expect(json.file).toBe(file('published.xlsx'));
    expect(json.state).toBe('KY');
    expect(json.fiscalYear).toBe(2012);
    const broken = json.findings
      .filter((f: { code: string }) => f.code === 'BROKEN_FORMULA')
      .map((f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`);
    expect(broken.sort()).toEqual([...errorCells].sort());
    // The remedy is data, and the command line's words for it are in the message.
    for (const f of json.findings.filter((x: { code: string }) => x.code === 'BROKEN_FORMULA')) {
      expect(f.remedy).toBe('repair');
      expect(f.message).toMatch(/\. Run `grant-budget repair` to rewrite the template's formulas\.$/);
    }
    expect(json.totals.federal).toBe((sum(2) + KY_INDIRECT[1]) / 100);
    expect(json.totals.administration).toBe((sum(0) + KY_INDIRECT[0]) / 100);
    expect(json.totals.total).toBe(633018.08);
    expect(json.totals.awardLevel).toBe(3505100);
    expect(json.osha110).toEqual({
      federalBase: 313509.04,
      stateBase: 313509.04,
      recipientShare: 319509.04,
      recipient100: 6000,
      total: 633018.08,
    });
    // Section A: the private-sector consultation line makes a fourth category (KY).
    expect(json.sf424a.sectionA.lines.map((l: { category: string }) => l.category)).toEqual([
      'administration',
      'program',
      'state100',
      'privateSectorConsultation',
    ]);
    expect(json.sf424a.sectionA.totals.total).toBe(633018.08);
    const under = json.findings.find((f: { code: string }) => f.code === 'FEDERAL_UNDER_AWARD');
    expect(under).toMatchObject({ severity: 'warning', sheet: 'Appendix F', cell: `H${hRow}` });
  });

  it('text for people: one line per file, then its findings with sheet!cell', async () => {
    const r = await runCli(['review', file('published.xlsx'), '--state', 'Kentucky']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /published\.xlsx: Kentucky \(KY\), FY 2012, published OSHA layout: FAIL: 15 errors, 1 warning\. Federal \$313,509\.04 of \$3,505,100\.00 award;.*24\.79%/,
    );
    expect(lines).toHaveLength(2 + 16);
    expect(lines[1]).toMatch(
      /^ {2}SF-424A Section A: Federal \$313,509\.04, Non-Federal \$319,509\.04, Total \$633,018\.08 \(Administration .*; Private Sector On-Site Consultation \$29,150\.00\)$/,
    );
    expect(lines[2]).toMatch(
      /^ {2}error {3}BROKEN_FORMULA: Appendix F!F\d+ \(Appendix F, H\. Total Direct Charges, Administration\) shows #REF!.*\. Run `grant-budget repair` to rewrite the template's formulas\.$/,
    );
    expect(r.stderr).toBe(''); // progress only on a terminal
  });

  it('without --state a published workbook that does not name its State is exit 2 with a message naming the file', async () => {
    const r = await runCli(['review', file('published.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `grant-budget: ${file('published.xlsx')}: is in the layout of the published OSHA templates, which does not say which State it is for. Give the State with --state (a USPS code such as KY, or its Appendix L name)\n`,
    );
  });

  it('many files at once: an array; unreadable files get a message and exit 2, the others are still reviewed', async () => {
    const files = [
      'published-ky.xlsx',
      'not-a-zip.xlsx',
      'truncated.xlsx',
      'other.xlsx',
      'no-head.xlsx',
      'missing.xlsx',
    ].map(file);
    const r = await runCli(['review', ...files, path.join(EXAMPLES, 'pr-example.budget.json'), '--json']);
    expect(r.code).toBe(2);
    noStackTrace(r.stderr);
    const json = JSON.parse(r.stdout);
    expect(json).toHaveLength(7);
    expect(json[0]).toMatchObject({ file: files[0], state: 'KY', layout: 'published' });
    expect(json[0].totals.total).toBe(633018.08);
    expect(json[1].error).toBe('is not an Excel workbook (.xlsx): it is not a zip file');
    expect(json[2].error).toMatch(/truncated zip file/);
    expect(json[3].error).toMatch(/not an Excel workbook: it is a zip file without a workbook part/);
    expect(json[4].error).toMatch(/G\. Other .*column heads .* are missing below the title/);
    expect(json[5].error).toBe('no such file');
    // A budget JSON: findings carry no cell.
    expect(json[6]).toMatchObject({ state: 'PR', layout: 'json' });
    expect(json[6].findings.every((f: { sheet: unknown; cell: unknown }) => f.sheet === null && f.cell === null)).toBe(
      true,
    );
    expect(json[6].osha110).toEqual((exampleExpected('pr-example') as { osha110: unknown }).osha110);
    for (const f of files.slice(1)) expect(r.stderr).toContain(`grant-budget: ${f}: `);
  });

  it('text in a number cell: NOT_A_NUMBER naming the cell; the figures never count it', async () => {
    const r = await runCli(['review', file('text-in-cell.xlsx'), '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const nan = json.findings.filter((f: { code: string }) => f.code === 'NOT_A_NUMBER');
    expect(nan).toHaveLength(1);
    expect(nan[0].message).toMatch(/^Appendix F!I\d+ .*"two thousand"/);
    expect(json.totals.stateMatch).toBe((sum(3) + KY_INDIRECT[2] - 200_000) / 100);
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['MATCH_UNEQUAL', 'LINE_SPLIT_MISMATCH']),
    );
  });

  it('progress goes to stderr only when stderr is a terminal', async () => {
    let err = '';
    const { main } = await import('../../src/cli/main');
    const code = await main(['review', file('published-ky.xlsx'), file('published-ky.xlsx'), '--json'], {
      stdout: () => undefined,
      stderr: (t) => (err += t),
      stderrIsTTY: true,
    });
    expect(code).toBe(1);
    expect(err).toMatch(/reviewing 2\/2/);
  });
});

describe('grant-budget review (the built command)', () => {
  it('reviews the published fixture and a bad file in one run, without a stack trace', () => {
    const r = runBuiltCli(['review', file('published-ky.xlsx'), file('not-a-zip.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /published-ky\.xlsx: Kentucky \(KY\), FY 2012, published OSHA layout: FAIL: 15 errors, 1 warning/,
    );
    expect(r.stderr).toBe(
      `grant-budget: ${file('not-a-zip.xlsx')}: is not an Excel workbook (.xlsx): it is not a zip file\n`,
    );
  });

  it('sf424a reads a workbook too', () => {
    const r = runBuiltCli(['sf424a', file('published-ky.xlsx'), '--format', 'json']);
    expect(r.code).toBe(1); // the published layout's broken totals are error findings
    expect(JSON.parse(r.stdout).sectionA.totals.total).toBe(633018.08);
  });
});

describe('grant-budget review of built workbooks (own layout), before and after LibreOffice recalculation', () => {
  const EXAMPLE_NAMES = ['pr-example', 'nc-example'] as const;
  const built = (name: string) => file(`${name}.xlsx`);
  /** Each example's workbook recalculated by LibreOffice: both in one launch. */
  const recalculatedOf = new Map<string, string>();
  beforeAll(async () => {
    for (const name of EXAMPLE_NAMES) {
      // build exits 1 when the budget has error findings (nc-example: over the admin cap), and still writes.
      const r = await runCli(['build', path.join(EXAMPLES, `${name}.budget.json`), '-o', built(name)]);
      expect(r.code).toBeLessThan(2);
      expect(fs.existsSync(built(name))).toBe(true);
    }
    const outs = recalculate(EXAMPLE_NAMES.map(built), path.join(dir, 'recalculated'));
    EXAMPLE_NAMES.forEach((name, i) => recalculatedOf.set(name, outs[i] as string));
  }, 300_000);

  function expectSubset(actual: unknown, expected: unknown, at = ''): void {
    if (expected !== null && typeof expected === 'object') {
      for (const [k, v] of Object.entries(expected as Record<string, unknown>))
        expectSubset((actual as Record<string, unknown>)?.[k], v, `${at}.${k}`);
    } else expect({ at, value: actual }).toEqual({ at, value: expected });
  }

  it.each(EXAMPLE_NAMES)('%s: the expected figures and codes', async (name) => {
    const expected = exampleExpected(name) as { findingCodes: string[]; sf424a: unknown; osha110: unknown };
    for (const f of [built(name), recalculatedOf.get(name) as string]) {
      const r = await runCli(['review', f, '--json']);
      noStackTrace(r.stderr);
      const json = JSON.parse(r.stdout);
      expect(json.layout).toBe('own');
      expectSubset(json.sf424a, expected.sf424a);
      expect(json.osha110).toEqual(expected.osha110);
      const codes = json.findings.map((x: { code: string }) => x.code);
      expect(codes).toEqual(expect.arrayContaining(expected.findingCodes));
      expect(codes).not.toContain('BROKEN_FORMULA');
      expect(codes).not.toContain('FORMULA_OVERWRITTEN');
      expect(r.code).toBe(json.findings.some((x: { severity: string }) => x.severity === 'error') ? 1 : 0);
      expect(r.code).toBe(name === 'nc-example' ? 1 : 0);
    }
  });
});
