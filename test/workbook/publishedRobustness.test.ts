/**
 * Whatever a person does to a published-layout workbook (rows deleted, text typed anywhere, cells
 * cleared, error values), reading and repairing it never throws: it gives a budget with findings or a
 * problem in words, and a repair never writes a typed input cell.
 */
import { english } from '../support/words';
import fc from 'fast-check';
import { evaluateBudget } from '../../src/budget';
import type { CellSnapshot, WorkbookSnapshot } from '../../src/port/workbookPort';
import { analyzePublished, readPublishedLayout } from '../../src/workbook/publishedLayoutReader';
import { planRepair } from '../../src/workbook/repair';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';

type Edit =
  | { kind: 'deleteRow'; sheet: number; row: number }
  | { kind: 'set'; sheet: number; row: number; col: number; cell: CellSnapshot }
  | { kind: 'insertRow'; sheet: number; row: number };

const cellArb: fc.Arbitrary<CellSnapshot> = fc.oneof(
  fc.constant({ value: null, formula: null }),
  fc.record({
    value: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('Subtotal', 'E SUPPLIES', 'Total Cost', 'Administration', 'Kentucky'),
    ),
    formula: fc.constant(null),
  }),
  fc.record({ value: fc.double({ min: -1e7, max: 1e7, noNaN: true }), formula: fc.constant(null) }),
  fc.record({
    value: fc.constantFrom({ error: '#REF!' }, { error: '#VALUE!' }),
    formula: fc.constantFrom('=#REF!', '=A1/0'),
  }),
  fc.record({ value: fc.boolean(), formula: fc.constant(null) }),
);

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('deleteRow' as const), sheet: fc.nat(3), row: fc.nat(90) }),
  fc.record({ kind: fc.constant('insertRow' as const), sheet: fc.nat(3), row: fc.nat(90) }),
  fc.record({ kind: fc.constant('set' as const), sheet: fc.nat(3), row: fc.nat(90), col: fc.nat(11), cell: cellArb }),
);

function applyEdits(base: WorkbookSnapshot, edits: Edit[]): WorkbookSnapshot {
  const s: WorkbookSnapshot = JSON.parse(JSON.stringify(base));
  for (const e of edits) {
    const sheet = s.sheets[e.sheet % s.sheets.length];
    if (!sheet || sheet.cells.length === 0) continue;
    const r = e.row % sheet.cells.length;
    const width = sheet.cells[0]?.length ?? 1;
    if (e.kind === 'deleteRow') sheet.cells.splice(r, 1);
    else if (e.kind === 'insertRow')
      sheet.cells.splice(
        r,
        0,
        Array.from({ length: width }, () => ({ value: null, formula: null })),
      );
    else {
      const row = sheet.cells[r];
      if (row && e.col < row.length) row[e.col] = e.cell;
    }
  }
  return s;
}

it('never throws, and a repair never targets a typed input cell', async () => {
  const base = await readXlsxSnapshot((await makePublishedWorkbook({ stateInJ: 'Kentucky' })).buffer, 'ky.xlsx');
  fc.assert(
    fc.property(fc.array(editArb, { maxLength: 12 }), (edits) => {
      const s = applyEdits(base, edits);
      const r = readPublishedLayout(s, { state: 'KY' });
      if (r && r.ok) {
        const ev = evaluateBudget(r.budget, r.findings);
        expect(Number.isInteger(ev.totals.total)).toBe(true);
      } else if (r) expect(english(r.problem).length).toBeGreaterThan(10);
      const plan = planRepair(s);
      const a = analyzePublished(s);
      if (a && a.ok)
        for (const c of plan.changes) expect(a.analysis.inputCells.has(`${c.sheet}!${c.cell}`)).toBe(false);
      for (const op of plan.plan.ops) if (op.op === 'cells') expect(op.rows[0]?.[0]?.kind).toBe('formula');
    }),
    { numRuns: 80, seed: 20120815 },
  );
});
