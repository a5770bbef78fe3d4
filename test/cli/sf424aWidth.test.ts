/**
 * `sf424a` as a table fits a terminal of 100 columns: every line at most 100 characters for the three
 * States with Appendix J (Kentucky, Puerto Rico, Washington: Section B's fourth column) and a State
 * without (North Carolina), at their example figures and at figures of nine digits. A section too wide
 * is printed in parts, each with the line numbers and labels, so no figure is lost.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO, runBuiltCli } from '../support/cli';
import { EXAMPLES } from '../support/budgets';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-width-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PR = JSON.parse(fs.readFileSync(path.join(REPO, 'examples', 'pr.budget.json'), 'utf8')) as Record<
  string,
  unknown
>;
const NC = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'nc-example.budget.json'), 'utf8')) as Record<
  string,
  unknown
>;

/** The budget with one more program line of $99,999,998 (totals past $100 million: 14-character amounts). */
function large(budget: Record<string, unknown>): Record<string, unknown> {
  const other = [
    ...((budget.other as unknown[]) ?? []),
    {
      item: 'Large program line',
      administration: 0,
      program: 99999998,
      federal: 49999999,
      stateMatch: 49999999,
      state100: 0,
    },
  ];
  return { ...budget, other };
}

const budgets: [string, Record<string, unknown>][] = [
  ['PR', PR],
  ['KY', { ...PR, state: 'KY' }],
  ['WA', { ...PR, state: 'WA' }],
  ['NC', NC],
];

describe.each(
  budgets.flatMap(([s, b]): [string, Record<string, unknown>][] => [
    [`${s}`, b],
    [`${s}, figures past $100 million`, large(b)],
  ]),
)('%s', (name, budget) => {
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.budget.json`);
  let table = '';
  beforeAll(() => {
    fs.writeFileSync(file, JSON.stringify(budget));
    const r = runBuiltCli(['sf424a', file]);
    expect(r.code).toBeLessThan(2);
    table = r.stdout;
  });

  test('every line is at most 100 characters', () => {
    const long = table.split('\n').filter((l) => l.length > 100);
    expect(long).toEqual([]);
  });

  test('every figure of the form is in the table', () => {
    const csv = runBuiltCli(['sf424a', file, '--format', 'csv']).stdout.trim().split('\r\n').slice(1);
    for (const row of csv) {
      const amount = row.slice(row.lastIndexOf(',') + 1);
      if (!/^-?\d+\.\d\d$/.test(amount)) continue;
      const shown = Number(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      expect({ row, found: table.includes(shown) }).toEqual({ row, found: true });
    }
  });

  test('each line of Section B is in every part of it, with its label', () => {
    const b = table.slice(table.indexOf('SECTION B'), table.indexOf('SECTION C'));
    const parts = b.split('\n\n').filter((p) => p.includes('----'));
    for (const part of parts) {
      expect(part).toMatch(/^6a\.\s+Personnel\s/m);
      expect(part).toMatch(/^6k\.\s+TOTALS \(sum of 6i and 6j\)\s/m);
      expect(part).toMatch(/^7\.\s+Program Income\s/m);
    }
    expect(b).toMatch(/\(5\) Total/);
  });
});
