/**
 * The reviewer's path on the published layout: repair, then LibreOffice recalculates the repaired
 * file; the totals are right, no cell shows an error, and every typed cell is unchanged (compared
 * cell by cell with the input).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cellAt, isErrorValue, a1, type WorkbookSnapshot } from '../../src/port/workbookPort';
import { analyzePublished, readPublishedLayout } from '../../src/workbook/publishedLayoutReader';
import { planRepair } from '../../src/workbook/repair';
import { evaluateBudget } from '../../src/budget';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { patchPackage } from '../../src/xlsx/patchPackage';
import { recalculate } from '../support/libreoffice';
import {
  KY_INDIRECT,
  KY_LINES,
  makePublishedWorkbook,
  type Fixture,
  type FixtureOptions,
} from '../fixtures/published/publishedWorkbook';

const extra = {
  item: 'Unemployment insurance',
  amounts: [0, 123_456, 61_728, 61_728, 0] as [number, number, number, number, number],
};

function trueTotals(extraFringe: { amounts: number[] }[] = []) {
  const lines = [...Object.values(KY_LINES).flat(), ...extraFringe];
  const sum = (i: number) => lines.reduce((s, l) => s + (l.amounts[i] as number), 0);
  const federal = sum(2) + KY_INDIRECT[1];
  const stateMatch = sum(3) + KY_INDIRECT[2];
  const state100 = sum(4) + KY_INDIRECT[3];
  return {
    administration: sum(0) + KY_INDIRECT[0],
    program: sum(1),
    federal,
    stateMatch,
    state100,
    total: federal + stateMatch + state100,
  };
}

const VARIANTS: { name: string; opts: FixtureOptions; extraFringe: (typeof extra)[] }[] = [
  { name: 'as-published', opts: { stateInJ: 'Kentucky' }, extraFringe: [] },
  {
    name: 'edited-totals',
    opts: {
      stateInJ: 'Kentucky',
      edit: ({ sheet, rowF }) => {
        const f = sheet('F');
        f.getCell(`H${rowF('A.sub')}`).value = 150000; // a total overwritten with a constant
        f.getCell(`F${rowF('B.sub')}`).value = {
          formula: `SUM(F${rowF('B.line.0')}:F${rowF('B.line.1')})`,
          result: 15000,
        } as never; // leaves out a row
        f.getCell(`K${rowF('C.inSub')}`).value = null; // a total formula deleted
      },
    },
    extraFringe: [],
  },
  {
    name: 'line-below-subtotal',
    opts: {
      stateInJ: 'Kentucky',
      edit: ({ sheet, rowF }) => {
        // A line typed in the blank row under the Fringe Subtotal: the template's Subtotal leaves it out.
        const r = rowF('B.gap.gap0');
        const f = sheet('F');
        f.getCell(`A${r}`).value = extra.item;
        ['F', 'G', 'H', 'I'].forEach((c, i) => (f.getCell(`${c}${r}`).value = (extra.amounts[i] as number) / 100));
      },
    },
    extraFringe: [extra],
  },
  {
    name: 'h-row-deleted',
    // The whole H block deleted: J is rewritten over the sections' subtotals and I.
    opts: { stateInJ: 'Kentucky', deleteRows: ['H.title', 'H.head', 'H.sum', 'H.gap.gap0'] },
    extraFringe: [],
  },
  {
    name: 'moved-rows',
    opts: {
      stateInJ: 'Kentucky',
      sheetNames: { F: 'Budget detail', J: 'Consultation' },
      extraBlankRows: 1,
      deleteRows: ['A.line.13', 'C.outLine.2'],
      insertFringe: [extra, extra],
    },
    extraFringe: [extra, extra],
  },
];

interface Case {
  name: string;
  fx: Fixture;
  input: WorkbookSnapshot;
  repairedFile: string;
  changes: ReturnType<typeof planRepair>['changes'];
  extraFringe: (typeof extra)[];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-repair-'));
const cases: Case[] = [];
let recalculated: WorkbookSnapshot[] = [];
let emptyJ: Awaited<ReturnType<typeof makePublishedWorkbook>>;
let emptyJRecalculated: string;

beforeAll(async () => {
  for (const v of VARIANTS) {
    const fx = await makePublishedWorkbook(v.opts);
    const input = await readXlsxSnapshot(fx.buffer, `${v.name}.xlsx`);
    const result = planRepair(input);
    expect(result.problem).toBeNull();
    const repairedFile = path.join(dir, `${v.name}.xlsx`);
    fs.writeFileSync(repairedFile, patchPackage(fx.buffer, `${v.name}.xlsx`, result.plan));
    cases.push({ name: v.name, fx, input, repairedFile, changes: result.changes, extraFringe: v.extraFringe });
  }
  // The workbook of the Appendix J test below, repaired here so that it goes through the same launch.
  emptyJ = await makePublishedWorkbook({
    stateInJ: 'Kentucky',
    edit: ({ sheet, rowJ }) => {
      for (const tag of ['construction', 'nonConstruction', 'emphasis'])
        for (const col of ['B', 'C']) sheet('J').getCell(`${col}${rowJ(tag)}`).value = null;
    },
  });
  const emptyJFile = path.join(dir, 'empty-j.xlsx');
  fs.writeFileSync(
    emptyJFile,
    patchPackage(emptyJ.buffer, 'j.xlsx', planRepair(await readXlsxSnapshot(emptyJ.buffer, 'j.xlsx')).plan),
  );
  // One LibreOffice run for every variant and the Appendix J case.
  const outs = recalculate([...cases.map((c) => c.repairedFile), emptyJFile], path.join(dir, 'recalculated'));
  emptyJRecalculated = outs.pop() as string;
  recalculated = await Promise.all(outs.map(async (f) => readXlsxSnapshot(fs.readFileSync(f), f)));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(VARIANTS.map((v, i) => [v.name, i] as const))('repair of the published layout, %s', (_name, i) => {
  const c = () => cases[i] as Case;
  const after = () => recalculated[i] as WorkbookSnapshot;

  it('changes only total cells, never a typed input', () => {
    const analysis = analyzePublished(c().input);
    if (!analysis || !analysis.ok) throw new Error('not read');
    expect(c().changes.length).toBeGreaterThan(0);
    for (const ch of c().changes) expect(analysis.analysis.inputCells.has(`${ch.sheet}!${ch.cell}`)).toBe(false);
    // Every cell the published template shows broken is among the changes.
    const changed = new Set(c().changes.map((ch) => `${ch.sheet}!${ch.cell}`));
    for (const e of c().fx.errorCells) expect(changed).toContain(e);
  });

  it('after recalculation: no error value anywhere, and every typed cell equal to the input, cell by cell', () => {
    const errors: string[] = [];
    for (const s of after().sheets) {
      s.cells.forEach((row, r) =>
        row.forEach(
          (cell, col) =>
            isErrorValue(cell.value) && errors.push(`${s.name}!${a1(s.origin.row + r, s.origin.col + col)}`),
        ),
      );
    }
    expect(errors).toEqual([]);
    let compared = 0;
    // A total overwritten with a constant is restored to its formula (listed in the changes, never an input cell).
    const changed = new Set(c().changes.map((ch) => `${ch.sheet}!${ch.cell}`));
    for (const s of c().input.sheets) {
      const out = after().sheets.find((x) => x.name === s.name);
      expect(out).toBeDefined();
      s.cells.forEach((row, r) =>
        row.forEach((cell, col) => {
          const R = s.origin.row + r;
          const C = s.origin.col + col;
          if (cell.formula !== null || cell.value === null || changed.has(`${s.name}!${a1(R, C)}`)) return;
          expect({ at: `${s.name}!${a1(R, C)}`, cell: cellAt(out!, R, C) }).toEqual({
            at: `${s.name}!${a1(R, C)}`,
            cell: { value: cell.value, formula: null },
          });
          compared++;
        }),
      );
    }
    expect(compared).toBeGreaterThan(250);
  });

  it('after recalculation: H and J show the true totals, and Appendix J its percentages', () => {
    const fx = c().fx;
    const f = after().sheets.find((x) => x.name === fx.sheetName('F'))!;
    const cents = (col: string, row: number) => {
      const v = cellAt(f, row - 1, col.charCodeAt(0) - 65).value;
      return typeof v === 'number' ? Math.round(v * 100) : v;
    };
    const t = trueTotals(c().extraFringe);
    const j = fx.rowF('J.sum');
    expect([cents('F', j), cents('G', j), cents('H', j), cents('I', j), cents('J', j), cents('K', j)]).toEqual([
      t.administration,
      t.program,
      t.federal,
      t.stateMatch,
      t.state100,
      t.total,
    ]);
    const h = fx.rowF('H.sum');
    if (h > 0) expect(cents('H', h)).toBe(t.federal - KY_INDIRECT[1]);
    const js = after().sheets.find((x) => x.name === fx.sheetName('J'))!;
    const p = fx.rowJ('percent') - 1;
    expect(cellAt(js, p, 1).value).toBeCloseTo(46 / 160, 12);
    expect(cellAt(js, p, 3).value).toBeCloseTo(74 / 203, 12);
  });

  it('the recalculated file reviews clean of workbook findings, with the same figures, and needs no further repair', () => {
    const r = readPublishedLayout(after(), { state: 'KY' });
    if (!r || !r.ok) throw new Error('not read');
    const ev = evaluateBudget(r.budget, r.findings);
    expect(
      ev.findings.filter((x) => ['BROKEN_FORMULA', 'FORMULA_OVERWRITTEN', 'NOT_A_NUMBER'].includes(x.code)),
    ).toEqual([]);
    expect(ev.totals.total).toBe(trueTotals(c().extraFringe).total);
    expect(planRepair(after()).changes).toEqual([]);
  });
});

it('the repaired Appendix J percentage is blank, never #DIV/0!, when there are no visits', async () => {
  // Its workbook (no visits typed in Appendix J) was repaired and recalculated in the beforeAll.
  const fx = emptyJ;
  const s = await readXlsxSnapshot(fs.readFileSync(emptyJRecalculated), 'j.xlsx');
  const js = s.sheets.find((x) => x.name === 'Appendix J')!;
  const p = fx.rowJ('percent') - 1;
  for (const col of [1, 2, 3]) expect(cellAt(js, p, col).value ?? '').toBe('');
});
