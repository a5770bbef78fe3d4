/**
 * The proof of the live workbook: build the shared examples (and budgets of our own), let LibreOffice
 * recalculate every formula, and compare every total of Appendix F, the SF-424A sheet and the Checks
 * sheet with the domain's figures to the cent. No cell anywhere may hold an error value.
 * Then read the built workbook back (before and after recalculation): the same budget comes out.
 */
import * as fs from 'fs';
import * as path from 'path';
import { budgetToJsonValue, evaluateBudget, type Budget } from '../../src/budget';
import type { InsertResult } from '../../src/layout/planner';
import { readOwnLayout } from '../../src/workbook/ownLayoutReader';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { budgetOf, exampleJson } from '../support/budgets';
import { errorCells, readValues, recalculate, type RecalcValue } from '../support/libreoffice';
import { edgeBudget, exactCapBudget } from './budgets';
import { OUT, figurePairs, verdictPairs, writeBudgetWorkbook } from './support';

const DIR = path.join(OUT, 'examples');
const CASES: { name: string; budget: () => Budget }[] = [
  { name: 'pr-example', budget: () => budgetOf(exampleJson('pr-example')) },
  { name: 'nc-example', budget: () => budgetOf(exampleJson('nc-example')) },
  { name: 'ky-edge', budget: edgeBudget },
  { name: 'nc-exact-cap', budget: exactCapBudget },
];

interface Built {
  budget: Budget;
  result: InsertResult;
  file: string;
  recalculated: string;
  values: Map<string, Map<string, RecalcValue>>;
}
const built = new Map<string, Built>();

beforeAll(async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  const files: string[] = [];
  for (const c of CASES) {
    const budget = c.budget();
    const file = path.join(DIR, `${c.name}.xlsx`);
    const result = await writeBudgetWorkbook(budget, file);
    files.push(file);
    built.set(c.name, { budget, result, file, recalculated: '', values: new Map() });
  }
  const outs = recalculate(files, path.join(DIR, 'recalculated'));
  for (const [i, c] of CASES.entries()) {
    const b = built.get(c.name) as Built;
    b.recalculated = outs[i] as string;
    b.values = await readValues(b.recalculated);
  }
});

describe.each(CASES.map((c) => c.name))('%s', (name) => {
  const get = () => built.get(name) as Built;

  test('no cell anywhere holds an error value after recalculation', () => {
    expect(errorCells(get().values)).toEqual([]);
  });

  test('every total of Appendix F, the SF-424A and the Checks sheet equals the domain to the cent', () => {
    const { values, budget, result } = get();
    const pairs = figurePairs(values, budget, result);
    expect(pairs.length).toBeGreaterThan(140);
    const wrong = pairs.filter(([, sheet, domain]) => sheet !== domain);
    expect(wrong).toEqual([]);
  });

  test("the Checks sheet's PASS/FAIL agree with the domain's findings", () => {
    const { values, budget, result } = get();
    for (const [what, sheet, domain] of verdictPairs(values, budget, result))
      expect([what, sheet]).toEqual([what, domain]);
  });

  test('SF-424A line 22 says the indirect rate and base as the domain does (at most 50 characters)', () => {
    const { values, budget, result } = get();
    const text = values.get('SF-424A')?.get(result.layout.sf424a.indirectText) ?? '';
    expect(text).toBe(evaluateBudget(budget).sf424a.sectionF.indirectCharges);
    expect(String(text).length).toBeLessThanOrEqual(50);
  });

  test('reading the workbook back gives the same budget and no workbook findings, before and after recalculation', async () => {
    const { file, recalculated, budget } = get();
    for (const f of [file, recalculated]) {
      const snapshot = await readXlsxSnapshot(fs.readFileSync(f), f);
      const read = readOwnLayout(snapshot);
      expect(read).not.toBeNull();
      if (!read) return;
      expect(read.findings).toEqual([]);
      expect(budgetToJsonValue(read.budget)).toEqual(budgetToJsonValue(budget));
      const codes = (b: Budget) =>
        evaluateBudget(b)
          .findings.map((x) => x.code)
          .sort();
      expect(codes(read.budget)).toEqual(codes(budget));
      // Findings point at cells now.
      const placed = evaluateBudget(read.budget).findings.filter(
        (x) => x.path && x.path !== 'consultation' && x.path !== 'staffing',
      );
      for (const x of placed)
        expect([x.code, x.path, x.sheet !== null && x.cell !== null]).toEqual([x.code, x.path, true]);
    }
  });
});

test('the shared examples give the expected finding codes through the workbook', async () => {
  for (const name of ['pr-example', 'nc-example'] as const) {
    const { recalculated } = built.get(name) as Built;
    const read = readOwnLayout(await readXlsxSnapshot(fs.readFileSync(recalculated), recalculated));
    const expected = (
      JSON.parse(
        fs.readFileSync(path.join(__dirname, '..', '..', '..', 'shared', 'examples', `${name}.expected.json`), 'utf8'),
      ) as { findingCodes: string[] }
    ).findingCodes;
    const codes = new Set(evaluateBudget(read?.budget as Budget).findings.map((f) => f.code));
    for (const code of expected) expect(codes).toContain(code);
  }
});

test('the NC example fails the admin cap on the Checks sheet and the exact-25% budget passes', () => {
  const nc = built.get('nc-example') as Built;
  const exact = built.get('nc-exact-cap') as Built;
  const verdict = (b: Built) => b.values.get('Checks')?.get(b.result.layout.checks.adminCapResult);
  expect(verdict(nc)).toBe('FAIL');
  expect(verdict(exact)).toBe('PASS');
  expect(exact.values.get('Checks')?.get(exact.result.layout.checks.adminShare)).toBeCloseTo(0.25, 12);
  expect(exact.values.get('Checks')?.get(exact.result.layout.checks.awardResult)).toBe('FAIL');
  expect(exact.values.get('Checks')?.get(exact.result.layout.checks.awardDifference)).toBeCloseTo(0.01, 9);
});
