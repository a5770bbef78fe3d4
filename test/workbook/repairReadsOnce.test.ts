/**
 * The repairer plans from the readers' one result: given a read it reads nothing again, and by itself it
 * reads the workbook once. An own layout that cannot be read gives the reader's own reason.
 */
import { english, plain } from '../support/words';
import ExcelJS from 'exceljs';
import type { Budget } from '../../src/budget';
import { F_HEADER } from '../../src/layout/appendixF';
import * as planner from '../../src/layout/planner';
import type { WorkbookSnapshot } from '../../src/port/workbookPort';
import * as ownLayoutReader from '../../src/workbook/ownLayoutReader';
import * as publishedLayoutReader from '../../src/workbook/publishedLayoutReader';
import { readBudgetFromSnapshot, type ReadBudgetResult } from '../../src/workbook/readBudget';
import { planRepair } from '../../src/workbook/repair';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { budgetOf, exampleJson } from '../support/budgets';

async function ownWorkbook(edit: (wb: ExcelJS.Workbook, totalRow: number) => void): Promise<WorkbookSnapshot> {
  const budget: Budget = budgetOf(exampleJson('pr-example'));
  const made = planner.planNewWorkbook({ state: budget.state, fiscalYear: 2012, budget });
  const xlsx = XlsxWorkbook.create();
  await xlsx.apply(made.plan);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await xlsx.toBuffer()) as unknown as ExcelJS.Buffer);
  edit(wb, made.layout.appendixF.totalCharges);
  return readXlsxSnapshot(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'own.xlsx');
}

function spies() {
  return {
    own: jest.spyOn(ownLayoutReader, 'readOwnLayout'),
    published: jest.spyOn(publishedLayoutReader, 'readPublishedLayout'),
    analyze: jest.spyOn(publishedLayoutReader, 'analyzePublished'),
    rebuild: jest.spyOn(planner, 'buildTemplateModels'),
  };
}

afterEach(() => jest.restoreAllMocks());

describe('planRepair and the one read', () => {
  it('given the read of our layout, it reads and rebuilds nothing, and repairs from that read', async () => {
    const snap = await ownWorkbook((wb, row) => {
      wb.getWorksheet('Appendix F')!.getCell(`K${row}`).value = 5351100;
    });
    const read = readBudgetFromSnapshot(snap);
    expect(read.ok).toBe(true);
    const s = spies();
    const result = planRepair(snap, {}, read);
    expect(result.problem).toBeNull();
    expect(result.changes.map((c) => [c.sheet, english(c.reason)])).toEqual([['Appendix F', 'typed constant']]);
    expect([s.own, s.published, s.analyze, s.rebuild].map((x) => x.mock.calls.length)).toEqual([0, 0, 0, 0]);
  });

  it('by itself, it reads our layout once', async () => {
    const snap = await ownWorkbook((wb, row) => {
      wb.getWorksheet('Appendix F')!.getCell(`K${row}`).value = null;
    });
    const s = spies();
    const result = planRepair(snap);
    expect(result.changes.map((c) => english(c.reason))).toEqual(['empty']);
    expect(s.own).toHaveBeenCalledTimes(1);
    expect(s.rebuild.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it("our layout with its State cell blank: the reader's reason, from one read, nothing swallowed", async () => {
    const snap = await ownWorkbook((wb) => {
      wb.getWorksheet('Appendix F')!.getCell(F_HEADER.state).value = null;
    });
    const s = spies();
    // The sheets' cells are walked once: a second read (the old repair read again for the reason) walks them twice.
    let walks = 0;
    const counted = new Proxy(snap, {
      get(target, key, receiver) {
        if (key === 'sheets') walks++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const result = planRepair(counted);
    expect(walks).toBe(1);
    expect(result).toMatchObject({ layout: 'own', changes: [], plan: { ops: [] } });
    expect(result.problem && english(result.problem)).toBe(
      `is a Grant Budget workbook that cannot be repaired as it is: Appendix F!${F_HEADER.state} should name the State (it is blank): type its Appendix L name or USPS code there`,
    );
    expect(s.own).toHaveBeenCalledTimes(1);
    expect(s.published).not.toHaveBeenCalled();
  });

  it('the cells of the read given are the ones repaired, and its input cells are never written', () => {
    const sheet = {
      name: 'S',
      kind: 'worksheet' as const,
      visibility: 'visible' as const,
      origin: { row: 0, col: 0 },
      cells: [
        [
          { value: 7, formula: null },
          { value: null, formula: null },
        ],
      ],
      merges: [],
    };
    const snapshot: WorkbookSnapshot = {
      sheets: [sheet],
      sheetNames: [{ name: 'S', kind: 'worksheet', visibility: 'visible' }],
      names: [],
    };
    const total = (col: number) => ({
      sheet: 'S',
      row: 0,
      col,
      formula: '=1+1',
      expected: null,
      unit: 'cents' as const,
      where: plain('S'),
    });
    const read: ReadBudgetResult = {
      ok: false,
      problem: plain('no State'),
      layout: 'published',
      cells: { totals: [total(0), total(1)], inputCells: new Set(['S!A1']), protectedSheets: [] },
    };
    const result = planRepair(snapshot, {}, read);
    expect(result).toMatchObject({ layout: 'published', problem: null });
    expect(result.changes.map((c) => ({ ...c, before: english(c.before), reason: english(c.reason) }))).toEqual([
      { sheet: 'S', cell: 'B1', before: '(empty)', after: '=1+1', reason: 'empty' },
    ]);
  });
});
