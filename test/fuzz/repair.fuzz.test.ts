/**
 * Repair of random damaged workbooks never changes a typed value. Workbooks in both layouts (ours,
 * written from random consistent budgets; the published one, the Kentucky fixture) get random total
 * cells damaged as users damage them: formula deleted, a reference turned into #REF!, the total
 * overwritten with a typed constant. Then `grant-budget repair` (in-process) writes a new file, and:
 * - every cell it changes was a formula cell of the undamaged workbook (never a typed cell);
 * - every cell that was not a formula holds the same value after the repair as before;
 * - after LibreOffice recalculates the repaired files (one soffice call for all), the typed cells
 *   still hold the same values, no total shows an error value, and Appendix F's J. Total Charges row
 *   shows the true totals again.
 * The seed is in the test name; FUZZ_SEED=<n> replays a run.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { centsToDollars, evaluateBudget, type Budget } from '../../src/budget';
import { budgetFromJsonValue } from '../../src/budget/budgetJson';
import { a1, type WorkbookSnapshot } from '../../src/port/workbookPort';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { readXlsxSnapshotWithExcelJs } from '../support/exceljsSnapshot';
import { runCli } from '../support/cli';
import { errorCells, readValues, recalculate } from '../support/libreoffice';
import { ownWorkbook } from '../fixtures/bad-input/workbooks';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';
import { consistentBudgetJson } from './budgetArbitrary';
import { withExcelJsQuirk } from './snapshotCompare';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const OWN_RUNS = 8;
const PUBLISHED_RUNS = 6;

type Damage = 'delete' | 'ref' | 'constant';
interface Case {
  id: string;
  layout: 'own' | 'published';
  original: Buffer;
  damaged: Buffer;
  damages: string[];
  /** Total truth, for the own layout (the published truth is the fixture's own total check). */
  budget: Budget | null;
}

/** "Sheet!A1" -> cell of every formula in a snapshot. */
function formulaCells(s: WorkbookSnapshot): { sheet: string; address: string; formula: string }[] {
  const out: { sheet: string; address: string; formula: string }[] = [];
  for (const sh of s.sheets) {
    sh.cells.forEach((row, i) =>
      row.forEach((c, j) => {
        if (c.formula)
          out.push({ sheet: sh.name, address: a1(sh.origin.row + i, sh.origin.col + j), formula: c.formula });
      }),
    );
  }
  return out;
}

/** Every cell that is not a formula: "Sheet!A1" -> value as JSON. */
function typedCells(s: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const sh of s.sheets) {
    sh.cells.forEach((row, i) =>
      row.forEach((c, j) => {
        // An empty text is a blank cell (LibreOffice saves it as one).
        if (c.formula === null && c.value !== null && c.value !== '')
          out.set(`${sh.name}!${a1(sh.origin.row + i, sh.origin.col + j)}`, JSON.stringify(c.value));
      }),
    );
  }
  return out;
}

async function damage(
  bytes: Buffer,
  targets: { sheet: string; address: string; formula: string; kind: Damage; constant: number }[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  for (const t of targets) {
    const cell = (wb.getWorksheet(t.sheet) as ExcelJS.Worksheet).getCell(t.address);
    if (t.kind === 'delete') cell.value = null;
    else if (t.kind === 'constant') cell.value = t.constant;
    else {
      const f = t.formula.replace(/^=/, '');
      const broken = /\$?[A-Z]{1,3}\$?\d+/.test(f) ? f.replace(/\$?[A-Z]{1,3}\$?\d+/, '#REF!') : '#REF!';
      cell.value = { formula: broken, result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const damagesArb = (count: number) =>
  fc.array(
    fc.record({
      pick: fc.nat(),
      kind: fc.constantFrom<Damage>('delete', 'ref', 'constant'),
      constant: fc.integer({ min: 0, max: 10_000_000 }),
    }),
    { minLength: 1, maxLength: count },
  );

async function makeCases(): Promise<Case[]> {
  const cases: Case[] = [];
  const budgets = fc.sample(consistentBudgetJson, { numRuns: OWN_RUNS, seed: SEED });
  const own = fc.sample(damagesArb(6), { numRuns: OWN_RUNS, seed: SEED + 1 });
  for (const [i, json] of budgets.entries()) {
    const r = budgetFromJsonValue(json);
    if (!r.ok) throw new Error(`arbitrary made an invalid budget: ${r.problems[0]?.message}`);
    const original = await ownWorkbook(r.budget);
    const formulas = formulaCells(await readXlsxSnapshot(original, 'o.xlsx'));
    const targets = (own[i] ?? []).map((d) => ({
      ...(formulas[d.pick % formulas.length] as (typeof formulas)[number]),
      kind: d.kind,
      constant: d.constant,
    }));
    cases.push({
      id: `own-${i}`,
      layout: 'own',
      original,
      damaged: await damage(original, targets),
      damages: targets.map((t) => `${t.kind} ${t.sheet}!${t.address}`),
      budget: r.budget,
    });
  }
  const published = (await makePublishedWorkbook({ stateInJ: 'Kentucky' })).buffer;
  const pubFormulas = formulaCells(await readXlsxSnapshot(published, 'p.xlsx'));
  for (const [i, ds] of fc.sample(damagesArb(6), { numRuns: PUBLISHED_RUNS, seed: SEED + 2 }).entries()) {
    const targets = ds.map((d) => ({
      ...(pubFormulas[d.pick % pubFormulas.length] as (typeof pubFormulas)[number]),
      kind: d.kind,
      constant: d.constant,
    }));
    cases.push({
      id: `published-${i}`,
      layout: 'published',
      original: published,
      damaged: await damage(published, targets),
      damages: targets.map((t) => `${t.kind} ${t.sheet}!${t.address}`),
      budget: null,
    });
  }
  return cases;
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-fuzz-repair-'));
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

it(`repair of random damaged workbooks (both layouts) never changes a typed value, before and after recalculation (seed ${SEED})`, async () => {
  const cases = await makeCases();
  const repairedFiles: string[] = [];
  const refusedOf = new Map<string, { any: boolean; typed: Set<string> }>();
  /** Each case's undamaged workbook as the fast reader reads it, read once for both loops. */
  const originalOf = new Map<string, WorkbookSnapshot>();
  for (const c of cases) {
    const context = `seed ${SEED}, ${c.id}: ${c.damages.join(', ')}`;
    const input = path.join(dir, 'in', `${c.id}.xlsx`);
    fs.mkdirSync(path.dirname(input), { recursive: true });
    fs.writeFileSync(input, c.damaged);
    const out = path.join(dir, 'repaired', `${c.id}.xlsx`);
    const r = await runCli(['repair', '--json', input, '-o', out]);
    const { changes, refused } = JSON.parse(r.stdout) as {
      changes: { sheet: string; cell: string }[];
      refused: { sheet: string; cell: string; value: string }[];
    };
    // A row whose totals all hold typed figures (a line's only total typed over) is left alone: exit 1.
    expect({ context, code: r.code, stderr: r.stderr }).toEqual({ context, code: refused.length ? 1 : 0, stderr: '' });
    refusedOf.set(c.id, {
      any: refused.length > 0,
      typed: new Set(refused.filter((x) => /^-?\d/.test(x.value)).map((x) => `${x.sheet}!${x.cell}`)),
    });

    const original = await readXlsxSnapshot(c.original, 'o.xlsx');
    originalOf.set(c.id, original);
    const damaged = await readXlsxSnapshot(c.damaged, 'd.xlsx');
    const repairedBytes = fs.readFileSync(out);
    const repaired = await readXlsxSnapshot(repairedBytes, 'r.xlsx');
    const repairedSlow = await readXlsxSnapshotWithExcelJs(repairedBytes, 'r.xlsx');
    expect(withExcelJsQuirk(repaired, repairedSlow)).toEqual(repairedSlow);

    // Only formula cells of the undamaged workbook are changed.
    const originalFormulas = new Set(formulaCells(original).map((f) => `${f.sheet}!${f.address}`));
    const notFormulas = changes.map((ch) => `${ch.sheet}!${ch.cell}`).filter((k) => !originalFormulas.has(k));
    expect({ context, notFormulas }).toEqual({ context, notFormulas: [] });

    // Typed cells: the same before and after.
    const before = typedCells(original);
    const afterDamage = typedCells(damaged);
    const afterRepair = typedCells(repaired);
    const lost: string[] = [];
    for (const [k, v] of before) {
      if (afterDamage.get(k) !== v) lost.push(`${k}: damaged ${afterDamage.get(k)} vs ${v}`);
      if (afterRepair.get(k) !== v) lost.push(`${k}: repaired ${afterRepair.get(k)} vs ${v}`);
    }
    expect({ context, lost }).toEqual({ context, lost: [] });
    repairedFiles.push(out);
  }

  const recalculated = recalculate(repairedFiles, path.join(dir, 'recalculated'));
  for (const [i, c] of cases.entries()) {
    const context = `seed ${SEED}, ${c.id}: ${c.damages.join(', ')}`;
    const file = recalculated[i] as string;
    const bytes = fs.readFileSync(file);
    const snap = await readXlsxSnapshot(bytes, file);
    // As LibreOffice saves it, too, the fast reader gives what exceljs gives.
    const slow = await readXlsxSnapshotWithExcelJs(bytes, file);
    expect(withExcelJsQuirk(snap, slow)).toEqual(slow);
    // Typed cells unchanged by the repair and the recalculation.
    const before = typedCells(originalOf.get(c.id) as WorkbookSnapshot);
    const after = typedCells(snap);
    const changed = [...before].filter(([k, v]) => {
      const a = after.get(k);
      if (a === v) return false;
      // LibreOffice saves whole numbers it was given as decimals the same way; compare numbers as numbers.
      return !(a !== undefined && Number(JSON.parse(a)) === Number(JSON.parse(v)) && typeof JSON.parse(v) === 'number');
    });
    expect({ context, changed }).toEqual({ context, changed: [] });

    const values = await readValues(file);
    const errors = errorCells(values).filter((e) =>
      c.layout === 'own' ? true : e.startsWith('Appendix F!') || e.startsWith('Appendix J!'),
    );
    expect({ context, errors }).toEqual({ context, errors: [] });

    // The totals are right again: the review of the repaired, recalculated file reports no broken formula.
    const read = readBudgetFromSnapshot(snap, { state: 'KY' });
    if (!read.ok) throw new Error(`${context}: ${read.problem}`);
    const refused = refusedOf.get(c.id) ?? { any: false, typed: new Set<string>() };
    const broken = read.findings
      .filter((f) => f.code === 'BROKEN_FORMULA' || f.code === 'FORMULA_OVERWRITTEN')
      .map((f) => `${f.code} ${f.sheet}!${f.cell}`);
    if (refused.any) {
      // Each cell left alone is still named by the review (its typed figure then flows into the totals).
      for (const cell of refused.typed)
        expect({ context, broken }).toEqual({
          context,
          broken: expect.arrayContaining([`FORMULA_OVERWRITTEN ${cell}`]),
        });
      continue;
    }
    expect({ context, broken }).toEqual({ context, broken: [] });
    if (c.budget) {
      const t = evaluateBudget(c.budget).totals;
      const ref = snap.names.find((n) => n.name === 'GB_F_TotalCharges')?.ref ?? '';
      const row = Number(/\$?[A-Z]+\$?(\d+)/.exec(ref.split('!')[1] ?? '')?.[1]);
      const at = (col: string) => Math.round(Number(values.get('Appendix F')?.get(`${col}${row}`) ?? 0) * 100) / 100;
      expect({ context, row: ['F', 'G', 'H', 'I', 'J', 'K'].map(at) }).toEqual({
        context,
        row: [t.administration, t.program, t.federal, t.stateMatch, t.state100, t.total].map(centsToDollars),
      });
    }
  }
}, 300_000);
