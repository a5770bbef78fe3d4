/**
 * The bad-input corpus, HOSTILE SF-424A XML for `reconcile` (issue 22, items 6 and 12): nesting that cost
 * the namespace-aware parser the square of the document, an amount given twice (the last won silently),
 * elements named like JavaScript's own object properties. Each refused in words, exit 2.
 */
import { english } from '../support/words';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readSubmittedSf424a, MAX_SF424A_DEPTH } from '../../src/budget/reconcile/submittedForm';
import { EXAMPLES } from '../support/budgets';
import { runCli } from '../support/cli';
import { expectNoCrash } from '../support/crash';
import { SF424A_CASES, sf424aCase } from '../fixtures/bad-input/roundTwo';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-reconcile-hostile-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const PR = path.join(EXAMPLES, 'pr-example.budget.json');

let good = '';
beforeAll(async () => {
  const file = path.join(dir, 'good.xml');
  expect((await runCli(['sf424a', PR, '--format', 'xml', '-o', file])).code).toBe(0);
  good = fs.readFileSync(file, 'utf8');
});

const SAID: Record<string, RegExp> = {
  'deep-nesting': new RegExp(
    `nests elements more than ${MAX_SF424A_DEPTH} deep \\(line \\d+\\), as no SF-424A or Grants.gov package does`,
  ),
  'amount-twice':
    /has amounts that cannot be read:\n {2}\S+\/\S+ \(line \d+\): given twice; the form holds one amount there/,
  'quarter-twice': /BudgetFirstQuarterAmounts \(line \d+\): given twice; the form holds it once/,
  constructor: /^(?!.*(TypeError|is not a function|Cannot read)).*$/s,
  __proto__: /^(?!.*(TypeError|is not a function|Cannot read)).*$/s,
};

describe.each(SF424A_CASES.map((c) => [c.id, c.what] as const))('%s (%s)', (id) => {
  it('reconcile says what is wrong in words: exit 2 for a refusal, never a JavaScript error', async () => {
    const file = path.join(dir, `${id}.xml`);
    fs.writeFileSync(file, sf424aCase(id, good));
    const r = await runCli(['reconcile', PR, file, '--json']);
    expectNoCrash(r);
    expect(r.stderr).toMatch(SAID[id] as RegExp);
    if (id === 'constructor' || id === '__proto__') {
      // An element of that name in the form is an unknown element: read past, the form still compared.
      expect(r.code).toBeLessThan(2);
    } else expect(r.code).toBe(2);
  });
});

it('the depth bound keeps the read linear: 50,000 nested elements are refused at the bound', () => {
  const started = Date.now();
  const r = readSubmittedSf424a(`${'<a xmlns="urn:x">'.repeat(50_000)}${'</a>'.repeat(50_000)}`);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(english(r.problem)).toMatch(/nests elements more than 64 deep/);
  expect(Date.now() - started).toBeLessThan(5_000);
});
