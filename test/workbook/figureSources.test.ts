/**
 * Where a reconciled figure leads: in our layout, the SF-424A sheet's cell that holds the figure's
 * formula (read back from built templates, under a sheet name the workbook chose); in OSHA's published
 * layout, the Appendix F total the reader placed.
 */
import { english } from '../support/words';
import * as fs from 'fs';
import { budgetOf, exampleJson } from '../support/budgets';
import { planInsertTemplates } from '../../src/layout/planner';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { figureSourcesOf } from '../../src/workbook/figureSources';
import { sourceOfFigure } from '../../src/workbook/figureSource';
import type { FormFigure } from '../../src/layout/sf424aFigureCells';
import type { FigureSource } from '../../src/workbook/figureSource';

/** A source with its words in English. */
function inWords(src: FigureSource | null) {
  return src ? { ...src, what: english(src.what) } : null;
}
import type { WorkbookSnapshot } from '../../src/port/workbookPort';
import { COMMITTED_FIXTURE } from '../fixtures/published/writeFixture';

/** The formula of sheet!cell in a snapshot ("=..."), null when none. */
function formulaAt(snapshot: WorkbookSnapshot, sheet: string, cell: string): string | null {
  const sh = snapshot.sheets.find((s) => s.name === sheet);
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!sh || !m) return null;
  const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  return sh.cells[row - sh.origin.row]?.[col - sh.origin.col]?.formula ?? null;
}

const fig = (
  section: FormFigure['section'],
  line: string,
  column: string,
  category: FormFigure['category'] = null,
): FormFigure => ({ section, line, column, category });

describe('our layout: the SF-424A sheet', () => {
  let snapshot: WorkbookSnapshot;
  let sheet: string;
  let personnelSubtotal: number;

  beforeAll(async () => {
    // A workbook whose "SF-424A" is taken: the template goes to another name, which the GB_ names give back.
    const taken: WorkbookSnapshot = {
      sheetNames: [{ name: 'SF-424A', kind: 'worksheet', visibility: 'visible' }],
      sheets: [],
      names: [],
    };
    const budget = budgetOf(exampleJson('nc-example'));
    const planned = planInsertTemplates(taken, { state: budget.state, fiscalYear: budget.fiscalYear, budget });
    const wb = XlsxWorkbook.create('own.xlsx');
    await wb.apply({ ops: [{ op: 'addSheet', sheet: 'SF-424A' } as const, ...planned.plan.ops] });
    snapshot = await readXlsxSnapshot(await wb.toBuffer(), 'own.xlsx');
    const read = readBudgetFromSnapshot(snapshot);
    if (!read.ok) throw new Error(english(read.problem));
    const sources = figureSourcesOf(snapshot, read.budget, read.layout);
    expect(sources?.kind).toBe('sf424a');
    sheet = (sources as { sheet: string }).sheet;
    personnelSubtotal = planned.layout.appendixF.sections.personnel.subtotal;
  });

  const at = (f: FormFigure) => {
    const src = sourceOfFigure(f, { kind: 'sf424a', sheet });
    if (!src) throw new Error(`no source for ${JSON.stringify(f)}`);
    expect(src.sheet).toBe(sheet);
    return { cell: src.cell, formula: formulaAt(snapshot, sheet, src.cell) };
  };

  it('finds the SF-424A sheet by its name, not by its title', () => {
    expect(sheet).not.toBe('SF-424A');
    expect(snapshot.sheetNames.map((s) => s.name)).toContain(sheet);
  });

  it('Section B 6a, column (1) Administration: Appendix F personnel subtotal, Administration less its private-sector part', () => {
    expect(at(fig('B', '6a', '1', 'administration')).formula).toMatch(
      new RegExp(`!F${personnelSubtotal}-.*!N${personnelSubtotal}$`),
    );
  });

  it('Section A line 5 (e): the sum of lines 1 to 4, Federal', () => {
    const admin = at(fig('A', '1', 'e', 'administration')).cell;
    const psc = at(fig('A', '4', 'e', 'privateSectorConsultation')).cell;
    expect(at(fig('A', '5', 'e')).formula).toBe(`=SUM(${admin}:${psc})`);
  });

  it('Section D line 15, total for the year: line 13 plus line 14', () => {
    const federal = at(fig('D', '13', 'Total')).cell;
    const nonFederal = at(fig('D', '14', 'Total')).cell;
    expect(federal).toMatch(/^C\d+$/);
    expect(at(fig('D', '15', 'Total')).formula).toBe(`=${federal}+${nonFederal}`);
  });

  it('Section B column (5) and Section C line 12 lead to their totals; an unmatched activity leads nowhere', () => {
    expect(at(fig('B', '6k', '5')).formula).toMatch(/^=SUM\(C\d+:F\d+\)$/);
    expect(at(fig('C', '12', 'b')).formula).toMatch(/^=SUM\(C\d+:C\d+\)$/);
    expect(sourceOfFigure(fig('B', '6a', '3'), { kind: 'sf424a', sheet })).toBeNull();
  });
});

describe("OSHA's published layout: Appendix F's totals", () => {
  it('leads a category figure to its total, any other to the total charges', async () => {
    const snapshot = await readXlsxSnapshot(fs.readFileSync(COMMITTED_FIXTURE), 'ky-published.xlsx');
    const read = readBudgetFromSnapshot(snapshot, { state: 'KY' });
    if (!read.ok) throw new Error(english(read.problem));
    expect(read.layout).toBe('published');
    const sources = figureSourcesOf(snapshot, read.budget, read.layout);
    const place = (path: string) => read.budget.places.get(path);
    expect(place('totals.administration')).toBeDefined();
    expect(inWords(sourceOfFigure(fig('B', '6a', '1', 'administration'), sources))).toEqual({
      ...place('totals.administration'),
      what: 'the Administration total of Appendix F',
    });
    expect(inWords(sourceOfFigure(fig('A', '2', 'g', 'program'), sources))).toEqual({
      ...place('totals.program'),
      what: 'the Program total of Appendix F',
    });
    expect(inWords(sourceOfFigure(fig('A', '5', 'e'), sources))).toEqual({
      ...place('totals.federal'),
      what: 'the Federal Share total of Appendix F',
    });
    expect(inWords(sourceOfFigure(fig('C', '12', 'e'), sources))).toEqual({
      ...place('totals.total'),
      what: 'the Total Cost total of Appendix F',
    });
    // No column of Appendix F totals private-sector consultation: its figures lead to the total charges.
    const psc = sourceOfFigure(fig('B', '6a', '4', 'privateSectorConsultation'), sources);
    expect(inWords(psc)).toEqual({ ...place('totals.total'), what: 'the Total Cost total of Appendix F' });
    expect(psc?.sheet).toMatch(/Appendix F/);
  });
});
