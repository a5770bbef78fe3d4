/**
 * Repair of the product's own layout: a built workbook with a total overwritten by a constant, a
 * formula turned into #REF! and a formula deleted. The repair rewrites exactly those cells with the
 * layout's formulas; after LibreOffice recalculates, the totals equal the domain's and every typed
 * cell is unchanged.
 */
import { english } from '../support/words';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { evaluateBudget } from '../../src/budget';
import { a1, cellAt, isErrorValue, parseA1, type WorkbookSnapshot } from '../../src/port/workbookPort';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { planRepair } from '../../src/workbook/repair';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { patchPackage } from '../../src/xlsx/patchPackage';
import { runCli } from '../support/cli';
import { EXAMPLES } from '../support/budgets';
import { recalculate } from '../support/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-repair-own-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The first cell of a defined name: "'Appendix F'!$F$60:$K$60" -> { sheet, cell: "F60" }. */
function firstCell(s: WorkbookSnapshot, name: string): { sheet: string; cell: string } {
  const n = s.names.find((x) => x.name === name);
  if (!n) throw new Error(`no name ${name}`);
  const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)/.exec(n.ref);
  if (!m) throw new Error(`odd ref ${n.ref}`);
  return { sheet: (m[1] as string).replace(/''/g, "'"), cell: `${m[2]}${m[3]}` };
}

it("rewrites a constant, a #REF! and a deleted formula with the layout's formulas; typed cells unchanged after recalculation", async () => {
  const built = path.join(dir, 'pr.xlsx');
  const b = await runCli(['build', path.join(EXAMPLES, 'pr-example.budget.json'), '-o', built]);
  expect(b.code).toBe(0);
  const original = await readXlsxSnapshot(fs.readFileSync(built), 'pr.xlsx');
  const read0 = readBudgetFromSnapshot(original);
  if (!read0.ok) throw new Error(english(read0.problem));
  const truth = evaluateBudget(read0.budget).totals;

  // Break three formula cells as a user would.
  const totalCharges = firstCell(original, 'GB_F_TotalCharges');
  const totalDirect = firstCell(original, 'GB_F_TotalDirectCharges');
  const eTotal = firstCell(original, 'GB_E_Total');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(built);
  wb.getWorksheet(totalCharges.sheet)!.getCell(totalCharges.cell).value = 123456;
  wb.getWorksheet(totalDirect.sheet)!.getCell(totalDirect.cell).value = {
    formula: '#REF!',
    result: { error: '#REF!' },
  } as never;
  wb.getWorksheet(eTotal.sheet)!.getCell(eTotal.cell).value = null;
  const broken = path.join(dir, 'broken.xlsx');
  await wb.xlsx.writeFile(broken);
  const brokenSnap = await readXlsxSnapshot(fs.readFileSync(broken), 'broken.xlsx');

  // The review names the three cells.
  const review = readBudgetFromSnapshot(brokenSnap);
  if (!review.ok) throw new Error(english(review.problem));
  const flagged = review.findings
    .filter((f) => ['BROKEN_FORMULA', 'FORMULA_OVERWRITTEN'].includes(f.code))
    .map((f) => `${f.sheet}!${f.cell}`);
  expect(flagged).toEqual(
    expect.arrayContaining([totalCharges, totalDirect, eTotal].map((c) => `${c.sheet}!${c.cell}`)),
  );

  const result = planRepair(brokenSnap);
  expect(result.layout).toBe('own');
  expect(result.changes.map((c) => `${c.sheet}!${c.cell}`).sort()).toEqual(
    [totalCharges, totalDirect, eTotal].map((c) => `${c.sheet}!${c.cell}`).sort(),
  );
  for (const c of result.changes) {
    const o = original.sheets.find((s) => s.name === c.sheet)!;
    const p = parseA1(c.cell);
    expect(c.after).toBe(cellAt(o, p.row, p.col).formula); // the formula the template had
  }

  const repaired = path.join(dir, 'repaired.xlsx');
  fs.writeFileSync(repaired, patchPackage(fs.readFileSync(broken), 'broken.xlsx', result.plan));
  const [out] = recalculate([repaired], path.join(dir, 'recalculated'));
  const after = await readXlsxSnapshot(fs.readFileSync(out as string), 'recalculated.xlsx');

  const errors: string[] = [];
  for (const s of after.sheets)
    s.cells.forEach((row, r) =>
      row.forEach(
        (cell, c) => isErrorValue(cell.value) && errors.push(`${s.name}!${a1(s.origin.row + r, s.origin.col + c)}`),
      ),
    );
  expect(errors).toEqual([]);
  // Every typed cell of the broken file (but the constant the repair replaced) is unchanged.
  let compared = 0;
  for (const s of brokenSnap.sheets) {
    const o = after.sheets.find((y) => y.name === s.name)!;
    s.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const R = s.origin.row + r;
        const C = s.origin.col + c;
        // An empty text is blank to LibreOffice too.
        if (
          cell.formula !== null ||
          cell.value === null ||
          cell.value === '' ||
          (s.name === totalCharges.sheet && a1(R, C) === totalCharges.cell)
        )
          return;
        expect({ at: `${s.name}!${a1(R, C)}`, v: cellAt(o, R, C).value }).toEqual({
          at: `${s.name}!${a1(R, C)}`,
          v: cell.value,
        });
        compared++;
      }),
    );
  }
  expect(compared).toBeGreaterThan(100);
  const f = after.sheets.find((s) => s.name === totalCharges.sheet)!;
  const p = parseA1(totalCharges.cell);
  expect(Math.round((cellAt(f, p.row, p.col).value as number) * 100)).toBe(truth.administration);
  const reread = readBudgetFromSnapshot(after);
  if (!reread.ok) throw new Error(english(reread.problem));
  expect(reread.findings.filter((y) => ['BROKEN_FORMULA', 'FORMULA_OVERWRITTEN'].includes(y.code))).toEqual([]);
  expect(planRepair(after).changes).toEqual([]);
});
