/**
 * Rows inserted inside a block stay in its totals: LibreOffice Calc inserts a row inside the fringe
 * block of a built workbook and a value is typed into it; after recalculation every total of
 * Appendix F, the SF-424A and the Checks sheet still equals the domain's figures for the budget read
 * back (which now holds the new line), and the reader finds the new line through the grown names.
 */
import * as fs from 'fs';
import * as path from 'path';
import { evaluateBudget, type Budget } from '../../src/budget';
import { readOwnLayout } from '../../src/workbook/ownLayoutReader';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { budgetOf, exampleJson } from '../support/budgets';
import { editManyWithLibreOffice, editWithLibreOffice, errorCells, readValues } from '../support/libreoffice';
import { OUT, figurePairs, writeBudgetWorkbook } from './support';

const DIR = path.join(OUT, 'inserted-rows');

type Written = Awaited<ReturnType<typeof writeBudgetWorkbook>>;
const pr = budgetOf(exampleJson('pr-example'));
const nc = budgetOf(exampleJson('nc-example'));
let prWritten: Written;
let ncWritten: Written;
/** Where the first test inserts its row: between the first and second fringe lines. */
let at: number;
/** The personnel line the second test types text into. */
let p: number;

/**
 * The PR and NC workbooks written once, and the independent edits of the three tests made in one launch of
 * LibreOffice (starting it costs about 2 s); the third test's typing into its edited copy reads another edit's
 * output, so it has a launch of its own.
 */
beforeAll(async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  const prFile = path.join(DIR, 'pr.xlsx');
  const ncFile = path.join(DIR, 'nc.xlsx');
  prWritten = await writeBudgetWorkbook(pr, prFile);
  ncWritten = await writeBudgetWorkbook(nc, ncFile);
  const f = prWritten.layout.appendixF.sections;
  at = f.fringe.first + 1;
  p = ncWritten.layout.appendixF.sections.personnel.first;
  editManyWithLibreOffice([
    {
      file: prFile,
      out: path.join(DIR, 'pr-edited.xlsx'),
      sheet: 'Appendix F',
      insertAt: at,
      values: { [`A${at}`]: 'Inserted fringe', [`G${at}`]: 1000, [`H${at}`]: 500, [`I${at}`]: 500 },
    },
    {
      file: ncFile,
      out: path.join(DIR, 'nc-edited.xlsx'),
      sheet: 'Appendix F',
      insertAt: 0,
      values: { [`H${p}`]: 'fifty', [`F${p}`]: 'n/a', [`L${p}`]: 'maybe', D6: 'soon' },
    },
    // The spare row of G. Other deleted (the third test then types a line into the last input row, now the
    // name's last row), and, in another copy, the fringe subtotal row.
    {
      file: prFile,
      out: path.join(DIR, 'pr-no-spare.xlsx'),
      sheet: 'Appendix F',
      insertAt: -f.other.spare,
      values: {},
    },
    {
      file: prFile,
      out: path.join(DIR, 'pr-no-subtotal.xlsx'),
      sheet: 'Appendix F',
      insertAt: -f.fringe.subtotal,
      values: {},
    },
  ]);
}, 120_000);

test('a row inserted in LibreOffice inside a block is counted by every total and read back as a line', async () => {
  const budget = pr;
  const result = prWritten;
  const edited = path.join(DIR, 'pr-edited.xlsx');

  const read = readOwnLayout(await readXlsxSnapshot(fs.readFileSync(edited), edited));
  expect(read).not.toBeNull();
  const after = read?.budget as Budget;
  expect(after.fringe.map((l) => l.item)).toEqual([
    'Admin fringe',
    'Inserted fringe',
    'Program fringe',
    'Consultation fringe',
    'State-only fringe',
  ]);
  expect(evaluateBudget(after).totals.total).toBe(evaluateBudget(budget).totals.total + 1000_00);
  // LibreOffice copies no formula into the row: its Total Cost is blank, which is no finding (no figure
  // depends on it).
  expect(read?.findings.map((f) => `${f.code} ${f.cell}`)).toEqual([]);

  // Every total counts the new row (the layout moved down one row below it).
  const values = await readValues(edited);
  expect(errorCells(values)).toEqual([]);
  const shifted = JSON.parse(JSON.stringify(result)) as typeof result;
  const f = shifted.layout.appendixF;
  for (const b of Object.values(f.sections))
    for (const k of ['head', 'first', 'last', 'spare', 'subtotal'] as const) if (b[k] >= at) b[k]++;
  for (const k of ['travelTotal', 'totalDirect', 'indirect', 'totalCharges'] as const) f[k]++;
  const wrong = figurePairs(values, after, shifted).filter(([, s, d]) => s !== d);
  expect(wrong).toEqual([]);
});

test('text typed into number cells in LibreOffice shows no error value anywhere; the reader reports the cells', async () => {
  const result = ncWritten;
  const edited = path.join(DIR, 'nc-edited.xlsx');
  const values = await readValues(edited);
  expect(errorCells(values)).toEqual([]);
  const read = readOwnLayout(await readXlsxSnapshot(fs.readFileSync(edited), edited));
  expect(read?.findings.map((f) => `${f.code} ${f.cell}`).sort()).toEqual([
    `NOT_A_NUMBER D6`,
    `NOT_A_NUMBER F${p}`,
    `NOT_A_NUMBER H${p}`,
  ]);
  // The sheet counts the text as blank, as the reader does: the totals agree.
  expect(figurePairs(values, read?.budget as Budget, result).filter(([, s, d]) => s !== d)).toEqual([]);
});

test('deleted rows: the spare row (the last input row is still read) and a subtotal row (BROKEN_FORMULA, figures still right)', async () => {
  const budget = pr;
  const other = prWritten.layout.appendixF.sections.other;
  // The spare row of G. Other and the fringe subtotal row were deleted in the beforeAll's launch.
  const noSpare = path.join(DIR, 'pr-no-spare.xlsx');
  const broken = path.join(DIR, 'pr-no-subtotal.xlsx');
  const typed = path.join(DIR, 'pr-no-spare-typed.xlsx');
  editWithLibreOffice(noSpare, typed, 'Appendix F', 0, {
    [`A${other.last}`]: 'Last row',
    [`F${other.last}`]: 20,
    [`H${other.last}`]: 10,
    [`I${other.last}`]: 10,
  });
  const read = readOwnLayout(await readXlsxSnapshot(fs.readFileSync(typed), typed));
  expect(read?.budget.other.map((l) => l.item)).toEqual(['IMIS/OIS charges', 'Last row']);
  const values = await readValues(typed);
  expect(errorCells(values)).toEqual([]);
  expect(values.get('Appendix F')?.get(`H${other.subtotal - 1}`)).toBe(30010);

  // The fringe subtotal row deleted: the totals that used it break, the reader says where, the budget is intact.
  const read2 = readOwnLayout(await readXlsxSnapshot(fs.readFileSync(broken), broken));
  const codes = new Set(read2?.findings.map((f) => f.code));
  expect(codes.has('BROKEN_FORMULA')).toBe(true);
  expect(read2?.findings.some((f) => f.code === 'BROKEN_FORMULA' && f.sheet === 'Appendix F' && f.cell !== null)).toBe(
    true,
  );
  expect(evaluateBudget(read2?.budget as Budget).totals).toEqual(evaluateBudget(budget).totals);
});
