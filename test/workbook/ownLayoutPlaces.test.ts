/**
 * The places of a budget read from our own layout are computed when asked (one row per line, one
 * column per field): every path still names the cell the writer put the figure in, a blank row in a
 * block is skipped as the lines are, and a path with no cell names none.
 */
import { COST_SECTIONS, type Budget, type CellPlace, type CostSection } from '../../src/budget';
import { AMOUNT_COLUMNS, SECTION_SPECS } from '../../src/layout/appendixF';
import { planNewWorkbook } from '../../src/layout/planner';
import { OwnLayoutPlaces } from '../../src/workbook/ownLayoutPlaces';
import { readOwnLayout } from '../../src/workbook/ownLayoutReader';
import type { CellSnapshot, WorkbookSnapshot } from '../../src/port/workbookPort';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { budgetOf, exampleJson } from '../support/budgets';

async function snapshotOf(
  budget: Budget,
): Promise<{ snap: WorkbookSnapshot; result: ReturnType<typeof planNewWorkbook> }> {
  const result = planNewWorkbook({ state: budget.state, fiscalYear: budget.fiscalYear, budget });
  const wb = XlsxWorkbook.create();
  await wb.apply(result.plan);
  return { snap: await readXlsxSnapshot(await wb.toBuffer(), 'places.xlsx'), result };
}

/** The columns the writer puts each field of a line in, from the layout's own tables. */
function fieldColumns(section: CostSection): Record<string, string> {
  const out: Record<string, string> = { item: 'A', total: 'K', privateSectorConsultation: 'L', ...AMOUNT_COLUMNS };
  for (const e of SECTION_SPECS[section].extra) out[e.field] = e.col;
  return out;
}

test('every field of every line names the cell the writer put it in, and nothing else is named', async () => {
  const budget = budgetOf(exampleJson('pr-example'));
  const { snap, result } = await snapshotOf(budget);
  const read = readOwnLayout(snap);
  if (!read) throw new Error('not read');
  const expected = new Map<string, CellPlace>();
  for (const section of COST_SECTIONS) {
    const first = result.layout.appendixF.sections[section].first;
    budget[section].forEach((_, i) => {
      for (const [field, col] of Object.entries(fieldColumns(section))) {
        expected.set(`${section}[${i}].${field}`, { sheet: 'Appendix F', cell: `${col}${first + i}` });
      }
    });
  }
  expect(expected.size).toBeGreaterThan(50);
  for (const [path, place] of expected) expect([path, read.budget.places.get(path)]).toEqual([path, place]);
  // entries() lists the same line places (and the header, totals and other sheets' places besides).
  const listed = new Map(read.budget.places.entries());
  for (const [path, place] of expected) expect(listed.get(path)).toEqual(place);
  const linePaths = [...listed.keys()].filter((p) => /^[a-zA-Z]+\[\d+\]\./.test(p) && !p.startsWith('consultation'));
  expect(linePaths.sort()).toEqual([...expected.keys()].sort());
  // Past the last line, an unknown field or section, a malformed path: no cell.
  const n = budget.personnel.length;
  for (const path of [
    `personnel[${n}].federal`,
    'personnel[0].colour',
    'travel[0].federal',
    'personnel[x].federal',
    'personnel[0]',
  ]) {
    expect([path, read.budget.places.get(path)]).toEqual([path, undefined]);
  }
  expect(read.budget.places.get('fiscalYear')).toEqual({ sheet: 'Appendix F', cell: expect.any(String) });
});

test('a blank row inside a block is skipped: the next line names its own row', async () => {
  const budget = budgetOf(exampleJson('pr-example'));
  const { snap, result } = await snapshotOf(budget);
  const fringe = result.layout.appendixF.sections.fringe;
  const sheet = snap.sheets.find((s) => s.name === 'Appendix F')!;
  // Clear the inputs of the second fringe line (A to L): the third line becomes fringe[1].
  const row = sheet.cells[fringe.first + 1 - 1 - sheet.origin.row] as CellSnapshot[];
  for (let c = 0; c <= 11; c++) if (c !== 10) row[c - sheet.origin.col] = { value: null, formula: null };
  const read = readOwnLayout(snap);
  expect(read?.budget.fringe.map((l) => l.item)).toEqual(budget.fringe.filter((_, i) => i !== 1).map((l) => l.item));
  expect(read?.budget.places.get('fringe[0].federal')).toEqual({ sheet: 'Appendix F', cell: `H${fringe.first}` });
  expect(read?.budget.places.get('fringe[1].federal')).toEqual({ sheet: 'Appendix F', cell: `H${fringe.first + 2}` });
});

test('a place index by itself: fixed places and lines, listed and looked up alike', () => {
  const places = new OwnLayoutPlaces();
  places.set('awardLevel', { sheet: 'F', cell: 'C3' });
  const rows = places.section(
    'fringe',
    'F',
    new Map([
      ['federal', 7],
      ['item', 0],
    ]),
  );
  rows.push(19, 24);
  expect(places.get('awardLevel')).toEqual({ sheet: 'F', cell: 'C3' });
  expect(places.get('fringe[1].federal')).toEqual({ sheet: 'F', cell: 'H25' });
  expect(places.get('fringe[0].item')).toEqual({ sheet: 'F', cell: 'A20' });
  expect(places.get('fringe[2].item')).toBeUndefined();
  expect([...places.entries()]).toEqual([
    ['awardLevel', { sheet: 'F', cell: 'C3' }],
    ['fringe[0].federal', { sheet: 'F', cell: 'H20' }],
    ['fringe[0].item', { sheet: 'F', cell: 'A20' }],
    ['fringe[1].federal', { sheet: 'F', cell: 'H25' }],
    ['fringe[1].item', { sheet: 'F', cell: 'A25' }],
  ]);
});
