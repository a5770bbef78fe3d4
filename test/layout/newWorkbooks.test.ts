/**
 * `grant-budget new` for every State of Appendix L: all 27 recalculated by LibreOffice in one call,
 * no error value anywhere, Appendix J exactly for KY, PR and WA, the award level looked up right,
 * the fiscal-year labels of the rule pack on Appendices D and E.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FY2012 } from '../../src/budget/rulepacks/fy2012';
import { readOwnLayout } from '../../src/workbook/ownLayoutReader';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { runCli } from '../support/cli';
import { editManyWithLibreOffice, errorCells, readValues, recalculate, type RecalcValue } from '../support/libreoffice';
import { OUT } from './support';

const DIR = path.join(OUT, 'new');
const values = new Map<string, Map<string, Map<string, RecalcValue>>>();
const files = new Map<string, string>();

beforeAll(async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  for (const s of FY2012.states) {
    const file = path.join(DIR, `${s.code}.xlsx`);
    const run = await runCli(['new', '--state', s.code, '-o', file]);
    expect([s.code, run.code, run.stderr]).toEqual([s.code, 0, '']);
    files.set(s.code, file);
  }
  const outs = recalculate([...files.values()], path.join(DIR, 'recalculated'));
  for (const [i, code] of [...files.keys()].entries()) values.set(code, await readValues(outs[i] as string));
});

test('all 27 States of Appendix L: no error value after recalculation', () => {
  expect(values.size).toBe(27);
  for (const [code, v] of values) expect([code, errorCells(v)]).toEqual([code, []]);
});

test('Appendix J exactly for KY, PR and WA; every other sheet for all', () => {
  for (const [code, v] of values) {
    const sheets = [...v.keys()];
    const expected = [
      'Appendix D',
      'Appendix E',
      'Appendix F',
      ...(['KY', 'PR', 'WA'].includes(code) ? ['Appendix J'] : []),
      'SF-424A',
      'Checks',
    ];
    expect([code, sheets]).toEqual([code, expected]);
  }
});

test("each State's award level is looked up from Appendix L, and an empty budget passes the Checks sheet", () => {
  for (const s of FY2012.states) {
    const v = values.get(s.code);
    expect([s.code, v?.get('Appendix F')?.get('E3')]).toEqual([s.code, s.final / 100]);
    expect([s.code, v?.get('Checks')?.get('B14')]).toEqual([s.code, s.final / 100]);
    expect([s.code, v?.get('Checks')?.get('C8'), v?.get('Checks')?.get('C12'), v?.get('Checks')?.get('C15')]).toEqual([
      s.code,
      'PASS',
      'PASS',
      'PASS',
    ]);
  }
});

test('the award level follows the State cell, however the State is named', async () => {
  const dir = path.join(DIR, 'names');
  fs.mkdirSync(dir, { recursive: true });
  const ct = path.join(dir, 'ct.xlsx');
  expect((await runCli(['new', '--state', 'CT', '-o', ct])).code).toBe(0);
  // The four names typed into four copies, in one launch of LibreOffice.
  const edits = ['Connecticut', ' connecticut (peo) ', 'ct', 'Atlantis'].map((name, i) => ({
    file: ct,
    out: path.join(dir, `ct-${i}.xlsx`),
    sheet: 'Appendix F',
    insertAt: 0,
    values: { B2: name },
  }));
  editManyWithLibreOffice(edits);
  const outs = edits.map((e) => e.out);
  // A formula result of 0 may be read back as an empty cell.
  const levels = await Promise.all(outs.map(async (o) => (await readValues(o)).get('Appendix F')?.get('E3') ?? 0));
  expect(levels).toEqual([650400, 650400, 650400, 0]);
});

test('the fiscal-year labels and the on-board date come from the rule pack', () => {
  const d = values.get('NC')?.get('Appendix D');
  const texts = [...(d?.values() ?? [])].filter((x) => typeof x === 'string');
  for (const label of Object.values(FY2012.yearLabels)) expect(texts).toContain(label);
  const e = [...(values.get('NC')?.get('Appendix E')?.values() ?? [])];
  expect(e).toContain(`50/50 Funded FTE On Board as of ${FY2012.onBoardDate}`);
  // The J row of Appendix J's percentages is blank, not #DIV/0!, with no visits.
  const j = values.get('KY')?.get('Appendix J');
  expect(j?.get('C10') ?? null).toBeNull();
  expect(j?.get('E10') ?? null).toBeNull();
});

test('a new workbook reads back as an empty budget of its State with no workbook findings', async () => {
  for (const code of ['AK', 'KY', 'VI']) {
    const file = files.get(code) as string;
    const read = readOwnLayout(await readXlsxSnapshot(fs.readFileSync(file), file));
    expect(read?.findings).toEqual([]);
    expect(read?.budget.state).toBe(code);
    expect(read?.budget.personnel).toEqual([]);
  }
});
