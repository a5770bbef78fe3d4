import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runBuiltCli, runCli } from '../support/cli';
import { EXAMPLES, SHARED, exampleExpected } from '../support/budgets';
import { xmllintValidate } from '../support/xmllint';

const XSD = path.join(SHARED, 'reference', 'sf424a-xsd', 'SF424A-V1.0.xsd');
const example = (name: string) => path.join(EXAMPLES, `${name}.budget.json`);

function expectSubset(actual: unknown, expected: unknown, at = ''): void {
  if (expected !== null && typeof expected === 'object') {
    for (const [k, v] of Object.entries(expected as Record<string, unknown>))
      expectSubset((actual as Record<string, unknown>)?.[k], v, `${at}.${k}`);
  } else expect({ at, value: actual }).toEqual({ at, value: expected });
}

describe.each(['pr-example', 'nc-example'])('grant-budget sf424a %s (the built command)', (name) => {
  it('prints JSON equal to the expected figures to the cent', () => {
    const r = runBuiltCli(['sf424a', example(name), '--format', 'json']);
    expect(r.stderr).not.toMatch(/Error|at .*\.js/);
    const json = JSON.parse(r.stdout);
    expectSubset(json, (exampleExpected(name as 'pr-example') as { sf424a: unknown }).sf424a);
    // The shape of INTERFACES.md, beyond what the expected file checks.
    expect(json.sectionA.lines[0]).toEqual(expect.objectContaining({ activity: 'Administration', cfda: '17.503' }));
    expect(Object.keys(json)).toEqual(['sectionA', 'sectionB', 'sectionC', 'sectionD', 'sectionE', 'sectionF']);
    // nc-example has error findings (admin cap): exit 1, figures still printed.
    expect(r.code).toBe(name === 'nc-example' ? 1 : 0);
  });

  it('prints XML that validates against the Grants.gov SF-424A schema', () => {
    const r = runBuiltCli(['sf424a', example(name), '--format', 'xml']);
    const v = xmllintValidate(r.stdout, XSD);
    expect(v.output).toMatch(/validates/);
    expect(v.valid).toBe(true);
  });
});

describe('grant-budget sf424a formats', () => {
  it("table: the form's sections, lines and column letters", async () => {
    const r = await runCli(['sf424a', example('pr-example')]);
    expect(r.code).toBe(0);
    for (const s of [
      'SECTION A - BUDGET SUMMARY',
      'SECTION B - BUDGET CATEGORIES',
      'SECTION C - NON-FEDERAL RESOURCES',
      'SECTION D - FORECASTED CASH NEEDS',
      'SECTION E',
      'SECTION F',
    ]) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).toMatch(/^5\.\s+Totals\s+2,588,900\.00\s+2,762,200\.00\s+5,351,100\.00$/m);
    expect(r.stdout).toMatch(/^1\.\s+Administration \(CFDA 17\.503\)\s+274,000\.00\s+274,000\.00\s+548,000\.00$/m);
    // Section B is wider than 100 columns in one piece: its heads wrap, and (5) Total is a second part with the same lines.
    expect(r.stdout).toMatch(
      /^\s+\(4\) Private\n\s+\(3\) 100%\s+Sector\n\s+\(1\)\s+State\s+On-Site\nLine\s+Object Class Categories\s+Administration\s+\(2\) Program\s+Funds\s+Consultation$/m,
    );
    expect(r.stdout).toMatch(
      /^6k\.\s+TOTALS \(sum of 6i and 6j\)\s+548,000\.00\s+4,178,800\.00\s+173,300\.00\s+451,000\.00$/m,
    );
    expect(r.stdout).toMatch(/^Line\s+Object Class Categories\s+\(5\) Total$/m);
    expect(r.stdout).toMatch(/^6k\.\s+TOTALS \(sum of 6i and 6j\)\s+5,351,100\.00$/m);
    expect(r.stdout).toMatch(
      /^13\.\s+Federal\s+2,588,900\.00\s+647,225\.00\s+647,225\.00\s+647,225\.00\s+647,225\.00$/m,
    );
    expect(r.stdout).toMatch(/^22\.\s+Indirect Charges\s+5% of direct salaries$/m);
  });

  it('csv: one row per form field, ready to paste', async () => {
    const r = await runCli(['sf424a', example('pr-example'), '--format', 'csv']);
    const rows = r.stdout.trim().split('\r\n');
    expect(rows[0]).toBe('section,line,column,label,amount');
    expect(rows).toContain('A,5,g,Totals: Total,5351100.00');
    expect(rows).toContain('B,6j,(3),Indirect Charges: 100% State Funds,6300.00');
    expect(rows).toContain('D,13,q1,Federal: 1st Quarter,647225.00');
  });

  it('-o writes the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-'));
    const out = path.join(dir, 'sub', 'form.xml');
    const r = await runCli(['sf424a', example('pr-example'), '--format', 'xml', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(xmllintValidate(fs.readFileSync(out, 'utf8'), XSD).valid).toBe(true);
  });

  it('a category title with XML characters and long indirect text still validate', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-'));
    const f = path.join(dir, 'b.json');
    fs.writeFileSync(
      f,
      JSON.stringify({
        state: 'WA',
        indirect: {
          rate: 0.175,
          base: 'salaries & wages <direct> of "all" staff, the whole year long',
          administration: 2,
          federal: 1,
          stateMatch: 1,
        },
      }),
    );
    const r = await runCli(['sf424a', f, '--format', 'xml']);
    expect(xmllintValidate(r.stdout, XSD).valid).toBe(true);
  });

  it('--help for the command', async () => {
    const r = await runCli(['sf424a', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--format <format>/);
    expect(r.stdout).toMatch(/Exit status/);
  });
});

describe('grant-budget sf424a bad input: exit 2 and a message naming the path', () => {
  const write = (content: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-'));
    const f = path.join(dir, 'budget.json');
    fs.writeFileSync(f, content);
    return f;
  };
  it.each([
    [
      'a misspelled key',
      '{"state":"KY","personnel":[{"title":"x","federl":1}]}',
      /personnel\[0\]\.federl: unknown key "federl" \(did you mean "federal"\?\)/,
    ],
    [
      'a string amount',
      '{"state":"KY","other":[{"federal":"12"}]}',
      /other\[0\]\.federal: expected an amount in dollars/,
    ],
    ['three decimals', '{"state":"KY","other":[{"federal":1.234}]}', /other\[0\]\.federal: .*more than two decimals/],
    ['a negative FTE', '{"state":"KY","personnel":[{"fte":-1}]}', /personnel\[0\]\.fte: FTE cannot be negative/],
    ['an unknown State', '{"state":"Texas"}', /state: unknown State "Texas"/],
    ['not JSON at all', 'state = KY', /not valid JSON/],
  ])('%s', async (_what, content, message) => {
    const f = write(content);
    const r = await runCli(['sf424a', f, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(f);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a missing file', async () => {
    const r = await runCli(['sf424a', '/nonexistent/budget.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/nonexistent\/budget\.json: no such file/);
  });

  it('an unknown format', async () => {
    const r = await runCli(['sf424a', example('pr-example'), '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown format "pdf"/);
  });

  it('negative amounts are findings, not refusals (exit 1)', async () => {
    const r = await runCli([
      'sf424a',
      write('{"state":"KY","other":[{"program":-2,"federal":-1,"stateMatch":-1}]}'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).sectionA.totals.federal).toBe(-1);
  });
});
