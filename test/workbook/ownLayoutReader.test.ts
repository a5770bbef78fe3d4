/**
 * The own-layout reader on workbooks a person has changed: text in a number cell, a total typed over,
 * a formula broken, a cached error value, a row inserted inside a block (names grow with it), a State
 * cell cleared, a workbook that is not ours.
 */
import { english } from '../support/words';
import ExcelJS from 'exceljs';
import { evaluateBudget, type Budget } from '../../src/budget';
import { planNewWorkbook } from '../../src/layout/planner';
import { OwnLayoutError, readOwnLayout } from '../../src/workbook/ownLayoutReader';
import { parseA1, type CellSnapshot, type WorkbookSnapshot } from '../../src/port/workbookPort';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { budgetOf, exampleJson } from '../support/budgets';

const PR = () => budgetOf(exampleJson('pr-example'));

async function built(budget: Budget): Promise<{ bytes: Buffer; result: ReturnType<typeof planNewWorkbook> }> {
  const result = planNewWorkbook({ state: budget.state, fiscalYear: 2012, budget });
  const wb = XlsxWorkbook.create();
  await wb.apply(result.plan);
  return { bytes: await wb.toBuffer(), result };
}

async function edited(bytes: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  edit(wb);
  const out = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return readXlsxSnapshot(out, 'edited.xlsx');
}

test('text in a number cell: NOT_A_NUMBER names the cell, the value counts as blank', async () => {
  const { bytes, result } = await built(PR());
  const row = result.layout.appendixF.sections.personnel.first;
  const snap = await edited(bytes, (wb) => {
    wb.getWorksheet('Appendix F')!.getCell(`H${row}`).value = 'forty-two thousand';
    wb.getWorksheet('Appendix E')!.getCell('B4').value = 'one';
  });
  const read = readOwnLayout(snap);
  const nan = read?.findings.filter((f) => f.code === 'NOT_A_NUMBER') ?? [];
  expect(nan.map((f) => [f.sheet, f.cell, f.path])).toEqual([
    ['Appendix F', `H${row}`, 'personnel[0].federal'],
    ['Appendix E', 'B4', 'staffing.managersSupervisors.allocated5050'],
  ]);
  expect(english(nan[0]!.message)).toContain('forty-two thousand');
  expect(read?.budget.personnel[0]?.federal).toBe(0);
  expect(read?.budget.staffing.managersSupervisors?.allocated5050).toBeNull();
  // The domain then sees the hole: the line no longer splits, and its finding points at the cell typed wrong
  // (issue 19, item 5).
  const ev = evaluateBudget(read?.budget as Budget, read?.findings);
  expect(ev.findings.find((f) => f.code === 'LINE_SPLIT_MISMATCH')?.cell).toBe(`H${row}`);
});

test('a total typed over is FORMULA_OVERWRITTEN; a #REF! formula and a cached error value are BROKEN_FORMULA', async () => {
  const { bytes, result } = await built(PR());
  const J = result.layout.appendixF.totalCharges;
  const sub = result.layout.appendixF.sections.fringe.subtotal;
  const snap = await edited(bytes, (wb) => {
    const f = wb.getWorksheet('Appendix F')!;
    f.getCell(`K${J}`).value = 5351100;
    f.getCell(`F${sub}`).value = { formula: 'SUM(#REF!)', result: { error: '#REF!' } } as never;
    wb.getWorksheet('SF-424A')!.getCell('F6').value = {
      formula: "'Appendix F'!Q112/0",
      result: { error: '#DIV/0!' },
    } as never;
  });
  const read = readOwnLayout(snap);
  const codes = read?.findings.map((f) => [f.code, f.sheet, f.cell]);
  expect(codes).toEqual(
    expect.arrayContaining([
      ['FORMULA_OVERWRITTEN', 'Appendix F', `K${J}`],
      ['BROKEN_FORMULA', 'Appendix F', `F${sub}`],
      ['BROKEN_FORMULA', 'SF-424A', 'F6'],
    ]),
  );
  expect(read?.findings).toHaveLength(3);
  expect(english(read!.findings.find((f) => f.code === 'FORMULA_OVERWRITTEN')!.message)).toMatch(/=H\d+\+I\d+\+J\d+/);
  // The figures never come from the cells: the budget is the same as built.
  expect(evaluateBudget(read?.budget as Budget).totals).toEqual(evaluateBudget(PR()).totals);
});

/** A row inserted as Excel does it: cells below move down, names that span the row grow. */
function insertRow(s: WorkbookSnapshot, sheet: string, row1: number): WorkbookSnapshot {
  const sheets = s.sheets.map((sh) => {
    if (sh.name !== sheet) return sh;
    const at = row1 - 1 - sh.origin.row;
    const width = sh.cells[0]?.length ?? 0;
    const blank: CellSnapshot[] = Array.from({ length: width }, () => ({ value: null, formula: null }));
    return { ...sh, cells: [...sh.cells.slice(0, at), blank, ...sh.cells.slice(at)] };
  });
  const names = s.names.map((n) => {
    if (!n.ref.startsWith(`'${sheet}'!`)) return n;
    const ref = n.ref.replace(
      /\$([A-Z]+)\$(\d+)/g,
      (_m, c: string, r: string) => `$${c}$${Number(r) >= row1 ? Number(r) + 1 : r}`,
    );
    return { ...n, ref };
  });
  return { ...s, sheets, names };
}

function setCell(s: WorkbookSnapshot, sheet: string, address: string, value: number | string): void {
  const sh = s.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(address);
  (sh.cells[row - sh.origin.row] as CellSnapshot[])[col - sh.origin.col] = { value, formula: null };
}

test('a row inserted inside a block is read through the grown names; its blank line total raises nothing', async () => {
  const { bytes, result } = await built(PR());
  const fringe = result.layout.appendixF.sections.fringe;
  const snap0 = await readXlsxSnapshot(bytes, 'pr.xlsx');
  const at = fringe.first + 2; // between the 2nd and 3rd fringe lines
  const snap = insertRow(snap0, 'Appendix F', at);
  setCell(snap, 'Appendix F', `A${at}`, 'Inserted fringe');
  setCell(snap, 'Appendix F', `G${at}`, 100);
  setCell(snap, 'Appendix F', `H${at}`, 50);
  setCell(snap, 'Appendix F', `I${at}`, 50);
  const read = readOwnLayout(snap);
  const fringeLines = read?.budget.fringe.map((l) => l.item);
  expect(fringeLines).toEqual([
    'Admin fringe',
    'Program fringe',
    'Inserted fringe',
    'Consultation fringe',
    'State-only fringe',
  ]);
  expect(read?.budget.places.get('fringe[2].program')).toEqual({ sheet: 'Appendix F', cell: `G${at}` });
  expect(evaluateBudget(read?.budget as Budget).totals.program).toBe(evaluateBudget(PR()).totals.program + 100_00);
  // The new row has no formula (Excel copies none): its Total Cost is the line's own convenience, blank
  // until the add-in or Repair totals writes it; no figure depends on it, so nothing is reported.
  expect(read?.findings).toEqual([]);
  // Repair would write it, and only it.
  expect(read?.cells.totals.filter((t) => t.sheet === 'Appendix F' && t.row === at - 1).map((t) => t.col)).toEqual([
    10,
  ]);
});

test('a State cell that names no State is an error naming the cell, even with a State given (issue 19, item 2)', async () => {
  const { bytes } = await built(PR());
  const snap = await edited(bytes, (wb) => {
    wb.getWorksheet('Appendix F')!.getCell('B2').value = 'Atlantis';
  });
  expect(() => readOwnLayout(snap)).toThrow(OwnLayoutError);
  expect(() => readOwnLayout(snap)).toThrow(/Appendix F!B2.*"Atlantis"/);
  // Nothing is checked against a State the workbook does not hold: the State given stands in for a blank cell only.
  expect(() => readOwnLayout(snap, { state: 'PR' })).toThrow(/Appendix F!B2.*"Atlantis"/);
  const blank = await edited(bytes, (wb) => {
    wb.getWorksheet('Appendix F')!.getCell('B2').value = null;
  });
  expect(readOwnLayout(blank, { state: 'PR' })?.budget.state).toBe('PR');
});

test('a workbook that is not ours gives null', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Appendix F').getCell('A1').value = 'A. PERSONNEL';
  const snap = await readXlsxSnapshot(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'x.xlsx');
  expect(readOwnLayout(snap)).toBeNull();
});
