/**
 * `grant-budget build SUBMITTED.xlsx -o live.xlsx`: every variant of the published-layout fixture moved
 * into live templates, then reviewed: the same SF-424A and totals as the source's review, to the cent;
 * what could not be moved is listed; the result recalculated in LibreOffice like a build from a budget JSON.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Budget } from '../../src/budget';
import { planNewWorkbook } from '../../src/layout/planner';
import { readOwnLayout } from '../../src/workbook/ownLayoutReader';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { runCli } from '../support/cli';
import { errorCells, readValues, recalculate, type RecalcValue } from '../support/libreoffice';
import { figurePairs, verdictPairs } from '../layout/support';
import { makePublishedWorkbook, type FixtureOptions } from '../fixtures/published/publishedWorkbook';

const extra = {
  item: 'Unemployment insurance',
  amounts: [0, 123_456, 61_728, 61_728, 0] as [number, number, number, number, number],
};

/** Every way the published fixture is varied by the reader's and the repairer's tests, and margins typed on. */
const VARIANTS: { name: string; opts: FixtureOptions; state?: string; notMoved: RegExp[] }[] = [
  { name: 'as-published', opts: {}, state: 'KY', notMoved: [] },
  {
    name: 'state-in-j',
    opts: { stateInJ: 'Kentucky', stateTitle: 'Kentucky Labor Cabinet, OSH Program' },
    notMoved: [],
  },
  { name: 'f-only', opts: { appendices: ['F'] }, state: 'Kentucky', notMoved: [] },
  {
    name: 'renamed',
    opts: { stateInJ: 'Kentucky', sheetNames: { F: 'Budget detail', J: 'Consultation', D: 'Sheet1', E: 'Staff' } },
    notMoved: [],
  },
  {
    name: 'edited-totals',
    opts: {
      stateInJ: 'Kentucky',
      edit: ({ sheet, rowF }) => {
        const f = sheet('F');
        f.getCell(`H${rowF('A.sub')}`).value = 150000;
        f.getCell(`K${rowF('C.inSub')}`).value = null;
      },
    },
    notMoved: [],
  },
  {
    name: 'line-below-subtotal',
    opts: {
      stateInJ: 'Kentucky',
      edit: ({ sheet, rowF }) => {
        const r = rowF('B.gap.gap0');
        const f = sheet('F');
        f.getCell(`A${r}`).value = extra.item;
        ['F', 'G', 'H', 'I'].forEach((c, i) => (f.getCell(`${c}${r}`).value = (extra.amounts[i] as number) / 100));
      },
    },
    notMoved: [],
  },
  {
    name: 'h-row-deleted',
    opts: { stateInJ: 'Kentucky', deleteRows: ['H.title', 'H.head', 'H.sum', 'H.gap.gap0'] },
    notMoved: [],
  },
  {
    name: 'moved-rows',
    opts: {
      stateInJ: 'Kentucky',
      extraBlankRows: 1,
      deleteRows: ['A.line.13', 'C.outLine.2'],
      insertFringe: [extra, extra],
      indirectNote: 'Rate approved by DOL 7/1/2011',
    },
    notMoved: [],
  },
  {
    name: 'margins',
    opts: {
      stateInJ: 'Kentucky',
      edit: ({ wb, sheet, rowF }) => {
        sheet('F').getCell(`M${rowF('A.line.0')}`).value = 1234.5; // a figure beside the table
        sheet('F').getCell(`N${rowF('B.line.0')}`).value = 'per union contract'; // a note in the margin
        sheet('F').getCell(`I${rowF('E.line.0')}`).value = 'two thousand'; // text in a figure cell
        wb.addWorksheet('Worksheet notes').getCell('B2').value = 55;
      },
    },
    notMoved: [
      /Appendix F!M\d+: \$1,234\.50 \(a typed figure/,
      /Appendix F!N\d+: "per union contract" \(a note right of the table\)/,
      /Appendix F!I\d+ .*"two thousand".*counts as blank/,
      /Worksheet notes: 1 figure/,
    ],
  },
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-convert-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Converted {
  name: string;
  code: number;
  stdout: string;
  source: ReturnType<typeof JSON.parse>;
  result: ReturnType<typeof JSON.parse>;
  out: string;
  budget: Budget;
}
const converted: Converted[] = [];
let recalculated: Map<string, Map<string, RecalcValue>>[] = [];

beforeAll(async () => {
  for (const v of VARIANTS) {
    const src = path.join(dir, `${v.name}.xlsx`);
    fs.writeFileSync(src, (await makePublishedWorkbook(v.opts)).buffer);
    const out = path.join(dir, `${v.name}-live.xlsx`);
    const state = v.state ? ['--state', v.state] : [];
    const r = await runCli(['build', src, '-o', out, ...state]);
    const source = JSON.parse((await runCli(['review', src, '--json', ...state])).stdout);
    const result = JSON.parse((await runCli(['review', out, '--json'])).stdout);
    const own = readOwnLayout(await readXlsxSnapshot(fs.readFileSync(out), out));
    if (!own) throw new Error(`${out} is not in our layout`);
    converted.push({
      name: v.name,
      code: r.code,
      stdout: r.stdout + r.stderr,
      source,
      result,
      out,
      budget: own.budget,
    });
  }
  const outs = recalculate(
    converted.map((c) => c.out),
    path.join(dir, 'recalculated'),
  );
  recalculated = await Promise.all(outs.map((f) => readValues(f)));
}, 600_000);

describe.each(VARIANTS.map((v, i) => [v.name, i] as const))('%s', (_name, i) => {
  const v = VARIANTS[i] as (typeof VARIANTS)[number];
  const c = () => converted[i] as Converted;

  test('the live workbook reviews to the same SF-424A and totals as the source, to the cent', () => {
    expect(c().result.layout).toBe('own');
    expect(c().result.sf424a).toEqual(c().source.sf424a);
    expect(c().result.totals).toEqual(c().source.totals);
    expect(c().result.state).toBe('KY');
  });

  test('it says what it moved and what it could not', () => {
    expect(c().stdout).toMatch(/written from .*published OSHA layout.*Kentucky/);
    expect(c().stdout).toMatch(/typed cells moved: .*Appendix F|typed cells moved: .*Budget detail/);
    if (v.notMoved.length === 0) {
      expect(c().stdout).toMatch(/Not moved: nothing/);
      expect(c().code).toBe(0);
    } else {
      for (const m of v.notMoved) expect(c().stdout).toMatch(m);
      expect(c().stdout).toMatch(new RegExp(`Not moved \\(${v.notMoved.length}\\)`));
      expect(c().code).toBe(1);
    }
  });

  test('recalculated in LibreOffice: no error cell, every total equals the domain to the cent, the Checks agree', () => {
    const values = recalculated[i] as Map<string, Map<string, RecalcValue>>;
    expect(errorCells(values)).toEqual([]);
    const budget = c().budget;
    const layout = planNewWorkbook({ state: budget.state, fiscalYear: budget.fiscalYear, budget });
    const pairs = figurePairs(values, budget, layout);
    expect(pairs.length).toBeGreaterThan(140);
    expect(pairs.filter(([, sheet, domain]) => sheet !== domain)).toEqual([]);
    for (const [what, sheet, domain] of verdictPairs(values, budget, layout))
      expect([what, sheet]).toEqual([what, domain]);
  });
});

describe('build from a workbook refuses', () => {
  test('to write over its input, even with --force', async () => {
    const src = path.join(dir, 'as-published.xlsx');
    const before = fs.readFileSync(src);
    const r = await runCli(['build', src, '-o', src, '--state', 'KY', '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/build never writes over its input/);
    expect(fs.readFileSync(src).equals(before)).toBe(true);
  });

  test('a published workbook that does not say its State, without --state', async () => {
    const r = await runCli(['build', path.join(dir, 'as-published.xlsx'), '-o', path.join(dir, 'no-state.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--state/);
    expect(fs.existsSync(path.join(dir, 'no-state.xlsx'))).toBe(false);
  });
});
