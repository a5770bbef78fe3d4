/**
 * Random consistent budgets written with `build` (the product's writer), recalculated by LibreOffice
 * headless, and read back: the same budget (budgetToJsonValue) and the same SF-424A, both from the
 * file as written and from LibreOffice's recalculated copy; LibreOffice's own figures in the J. Total
 * Charges row equal the domain's to the cent, and no cell shows an error value.
 *
 * All the budgets of a run go through ONE soffice call (starting LibreOffice costs more than a file).
 * The fast snapshot reader and the exceljs one give the same snapshot of every file, as written by
 * exceljs and as saved by LibreOffice. The seed is printed on failure: FUZZ_SEED=<n> replays a run.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { budgetToJsonValue, centsToDollars, evaluateBudget, sf424aToJson, type Budget } from '../../src/budget';
import { budgetFromJsonValue } from '../../src/budget/budgetJson';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { readXlsxSnapshotWithExcelJs } from '../support/exceljsSnapshot';
import { runCli } from '../support/cli';
import { errorCells, readValues, recalculate } from '../support/libreoffice';
import { consistentBudgetJson } from './budgetArbitrary';
import { withExcelJsQuirk } from './snapshotCompare';

const RUNS = 16;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

/** The budget as JSON, without what a workbook cannot hold or does not need to (places are where cells are). */
function comparable(b: Budget): unknown {
  return budgetToJsonValue(b);
}

async function readBack(file: string): Promise<{ budget: Budget; findings: string[] }> {
  const bytes = fs.readFileSync(file);
  const snapshot = await readXlsxSnapshot(bytes, file);
  // The fast reader gives what exceljs gives (but for exceljs's dropped cached zeros).
  const slow = await readXlsxSnapshotWithExcelJs(bytes, file);
  expect(withExcelJsQuirk(snapshot, slow)).toEqual(slow);
  const read = readBudgetFromSnapshot(snapshot);
  if (!read.ok) throw new Error(`${file}: ${read.problem}`);
  expect(read.layout).toBe('own');
  return { budget: read.budget, findings: read.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`) };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-fuzz-roundtrip-'));
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

it(`random budgets: build, recalculate in LibreOffice, read back: same budget, same SF-424A (seed ${SEED})`, async () => {
  const jsons = fc.sample(consistentBudgetJson, { numRuns: RUNS, seed: SEED });
  const budgets: Budget[] = [];
  const files: string[] = [];
  for (const [i, json] of jsons.entries()) {
    const r = budgetFromJsonValue(json);
    if (!r.ok)
      throw new Error(
        `arbitrary made an invalid budget (seed ${SEED}, #${i}): ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      );
    budgets.push(r.budget);
    const jsonFile = path.join(dir, `budget-${i}.json`);
    fs.writeFileSync(jsonFile, JSON.stringify(json, null, 2));
    const xlsx = path.join(dir, 'written', `budget-${i}.xlsx`);
    const build = await runCli(['build', jsonFile, '-o', xlsx]);
    expect([0, 1]).toContain(build.code);
    files.push(xlsx);
  }
  const recalculated = recalculate(files, path.join(dir, 'recalculated'));

  for (const [i, budget] of budgets.entries()) {
    const context = `seed ${SEED}, budget #${i}: ${JSON.stringify(jsons[i]).slice(0, 400)}`;
    const want = { budget: comparable(budget), sf424a: sf424aToJson(evaluateBudget(budget).sf424a) };
    for (const file of [files[i] as string, recalculated[i] as string]) {
      const got = await readBack(file);
      const ev = evaluateBudget(got.budget, []);
      expect({ context, budget: comparable(got.budget), sf424a: sf424aToJson(ev.sf424a) }).toEqual({
        context,
        ...want,
      });
      // A budget as written holds no broken or overwritten cell.
      expect({ context, findings: got.findings }).toEqual({ context, findings: [] });
    }
    // LibreOffice's figures: no error value anywhere; the J. Total Charges row is the domain's to the cent.
    const values = await readValues(recalculated[i] as string);
    expect({ context, errors: errorCells(values) }).toEqual({ context, errors: [] });
    const snap = await readXlsxSnapshot(fs.readFileSync(recalculated[i] as string), 'r.xlsx');
    const ref = snap.names.find((n) => n.name === 'GB_F_TotalCharges')?.ref ?? '';
    const row = Number(/\$?[A-Z]+\$?(\d+)/.exec(ref.split('!')[1] ?? '')?.[1]);
    const t = evaluateBudget(budget).totals;
    const cells = values.get('Appendix F');
    const at = (col: string) => Math.round(Number(cells?.get(`${col}${row}`) ?? 0) * 100) / 100;
    expect({ context, row: ['F', 'G', 'H', 'I', 'J', 'K'].map(at) }).toEqual({
      context,
      row: [t.administration, t.program, t.federal, t.stateMatch, t.state100, t.total].map(centsToDollars),
    });
  }
}, 300_000);
