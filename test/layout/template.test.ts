/**
 * The templates as written to .xlsx: labels of the instructions, inputs unlocked with a fill and
 * validated, formulas locked, sheets protected without a password, names for every block and total,
 * totals over ranges that reach a spare row, print setup, user text kept as text.
 */
import ExcelJS from 'exceljs';
import { COST_SECTIONS, findState, rulePackFor } from '../../src/budget';
import { F_COL } from '../../src/layout/appendixF';
import { N, SHEET_MARK_NAMES, SHEET_TITLES, TEMPLATE_KEYS, type TemplateKey } from '../../src/layout/names';
import { buildTemplateModels, planNewWorkbook } from '../../src/layout/planner';
import { INPUT_FILL } from '../../src/layout/styles';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { budgetOf, exampleJson } from '../support/budgets';

async function written(state = 'PR', budgetJson: Record<string, unknown> = exampleJson('pr-example')) {
  const budget = budgetOf({ ...budgetJson, state });
  const result = planNewWorkbook({ state, fiscalYear: 2012, budget });
  const wb = XlsxWorkbook.create();
  await wb.apply(result.plan);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer);
  return { result, wb: back };
}

test("every formula cell is locked but a line's own total, every input unlocked with the input fill, lines unlocked whole", () => {
  const { plan } = planNewWorkbook({ state: 'KY', fiscalYear: 2012 });
  const pack = rulePackFor(2012)!;
  const sheets = Object.fromEntries(TEMPLATE_KEYS.map((k) => [k, SHEET_TITLES[k]])) as Record<TemplateKey, string>;
  const ctx = { pack, state: findState(pack, 'KY')!, sheets, budget: null, allowsPsc: true };
  const { models } = buildTemplateModels(ctx, TEMPLATE_KEYS);
  let formulas = 0;
  let inputs = 0;
  let lineTotals = 0;
  for (const model of Object.values(models)) {
    const lines = new Set<number>();
    for (const [a, b] of model.unlockedRows) for (let r = a; r <= b; r++) lines.add(r);
    // The row right above a block's lines: unlocked (a row inserted under it copies its format) if it
    // holds words only; a heading that holds totals stays locked.
    const above = new Set(model.unlockedRows.map(([a]) => a - 1));
    for (const [row, cells] of model.cells) {
      for (const [col, w] of cells) {
        const where = `${model.sheet}!${row},${col}`;
        if (w.kind === 'skip') continue;
        const unlocked = w.style?.locked === false;
        if (lines.has(row)) {
          // A line (a row a person may delete): none of its cells is locked.
          expect([where, unlocked]).toEqual([where, true]);
          if (w.kind === 'formula') lineTotals++;
        } else if (w.kind === 'formula') {
          formulas++;
          expect([where, unlocked]).toEqual([where, false]);
        } else if (unlocked && !above.has(row)) {
          inputs++;
          expect([where, [INPUT_FILL, '#BFBFBF'].includes(w.style?.fill ?? '')]).toEqual([where, true]);
        }
      }
    }
    for (const row of above)
      if ([...(model.cells.get(row)?.values() ?? [])].some((w) => w.kind === 'formula'))
        for (const w of model.cells.get(row)?.values() ?? [])
          expect(w.kind === 'skip' || w.style?.locked !== false).toBe(true);
  }
  // Blank Kentucky: Appendix F's published rows and Appendix J's lists.
  expect(lineTotals).toBeGreaterThan(30);
  expect(formulas).toBeGreaterThan(300);
  expect(inputs).toBeGreaterThan(100);
  expect(plan.ops.filter((o) => o.op === 'unlockRows').length).toBe(8 + 3);
});

test('sheets are protected without a password, inputs unlocked, numeric inputs validated (numbers only, no negatives)', async () => {
  const { wb, result } = await written();
  for (const ws of wb.worksheets) {
    const p = (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
    expect([ws.name, p?.sheet]).toEqual([ws.name, true]);
    expect(p?.hashValue).toBeUndefined();
    // Rows may be inserted and deleted, rows and columns resized (the port's TEMPLATE_PROTECTION).
    expect([ws.name, p?.insertRows, p?.deleteRows, p?.formatRows, p?.formatColumns, p?.formatCells ?? false]).toEqual([
      ws.name,
      true,
      true,
      true,
      true,
      false,
    ]);
  }
  const f = wb.getWorksheet('Appendix F') as ExcelJS.Worksheet;
  const row = result.layout.appendixF.sections.personnel.first;
  expect(f.getCell(`H${row}`).protection?.locked).toBe(false);
  // A line row holds no locked cell, beyond the table too (the row's own format): Excel may delete it.
  expect(f.getCell(`K${row}`).protection?.locked).toBe(false);
  expect(f.getCell(`Z${row}`).protection?.locked).toBe(false);
  const subtotal = result.layout.appendixF.sections.personnel.subtotal;
  expect(f.getCell(`K${subtotal}`).protection?.locked).not.toBe(false);
  expect(f.getCell(`Z${subtotal}`).protection?.locked).not.toBe(false);
  const dv = (f as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations
    .model;
  const money = dv[`H${row}`] ?? Object.entries(dv).find(([k]) => k.includes(`F${row}`))?.[1];
  expect(money).toMatchObject({
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    showErrorMessage: true,
  });
  expect(money?.error).toMatch(/Numbers only, no negatives/);
  const programType = Object.entries(dv).find(([k]) => k.startsWith(`B${row}`))?.[1];
  expect(programType).toMatchObject({ type: 'list', formulae: ['Checks!$M$5:$M$20'] });
  const listed: unknown[] = [];
  for (let r = 5; r <= 20; r++) listed.push((wb.getWorksheet('Checks') as ExcelJS.Worksheet).getCell(`M${r}`).value);
  expect(listed).toContain('23(g) Consultation (private sector, safety)');
  expect(f.getCell(`E${row}`).numFmt).toBe('0.00');
  expect(f.getCell(`H${row}`).numFmt).toMatch(/\$/);
  expect(f.getCell(`B${result.layout.appendixF.indirect}`).numFmt).toBe('0.00%');
});

test('the labels of the instructions: sections A to J, column heads, Name of Contractor, In-State and Out of State', async () => {
  const { wb } = await written();
  const texts: string[] = [];
  (wb.getWorksheet('Appendix F') as ExcelJS.Worksheet).eachRow((r) =>
    r.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)),
  );
  for (const label of [
    'Title',
    'Program Type',
    'Name',
    'Annual Salary',
    '% of Participation in FTE',
    'Administration',
    'Program',
    'Federal Share',
    'State Match',
    'State 100% Funded',
    'Total Cost',
    'Out of State',
    'In-State',
    'Out-of-State and Instate Subtotal',
    'Item/Purpose of Contract',
    'Name of Contractor',
    'H. TOTAL DIRECT CHARGES',
    'Sum of A through G',
    'J. TOTAL CHARGES (DIRECT AND INDIRECT)',
    'Sum of H & I',
  ]) {
    expect(texts).toContain(label);
  }
  for (const letter of [
    'A. PERSONNEL',
    'B. FRINGE BENEFITS',
    'C. TRAVEL',
    'D. EQUIPMENT',
    'E. SUPPLIES',
    'F. CONTRACTUAL',
    'G. OTHER',
    'I. TOTAL INDIRECT CHARGES',
  ]) {
    expect(texts.some((t) => t.startsWith(letter))).toBe(true);
  }
});

test('names for every input block and every total; totals reach the spare row below the last input row', async () => {
  const { wb, result } = await written();
  const f = result.layout.appendixF;
  const names = new Set(Object.keys((wb.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap));
  const expected = [
    ...COST_SECTIONS.flatMap((s) => [N.section(s), N.sectionTotal(s)]),
    N.state,
    N.fiscalYear,
    N.awardLevel,
    N.programIncome,
    N.cashFederal,
    N.travelTotal,
    N.totalDirect,
    N.indirect,
    N.indirectRate,
    N.totalCharges,
    N.eStaffing,
    N.eTotal,
    N.dCompliance,
    N.dAssistance,
    N.dTotalInspections,
    N.jIndustries,
    N.sfSectionA,
    N.sfTotal,
    N.checkAdminCap,
    N.checkMatch,
    N.checkAward,
    ...Object.values(SHEET_MARK_NAMES),
  ];
  for (const n of expected) expect([n, names.has(n)]).toEqual([n, true]);
  const ws = wb.getWorksheet('Appendix F') as ExcelJS.Worksheet;
  for (const s of COST_SECTIONS) {
    const b = f.sections[s];
    const formula = (ws.getCell(`${F_COL.federal}${b.subtotal}`).value as { formula: string }).formula;
    expect(formula).toBe(`SUM(H${b.head}:H${b.spare})`);
    expect(b.spare).toBe(b.last + 1);
    expect(ws.getCell(`H${b.spare}`).value).toBeNull();
  }
});

test('print setup: landscape, one page wide, title rows, the State and the page in the footer', async () => {
  const { wb } = await written('WA');
  for (const ws of wb.worksheets) {
    // One page tall when the sheet nearly fits one, else as many as its page breaks make (printing.test.ts).
    expect([ws.name, ws.pageSetup.orientation, ws.pageSetup.fitToWidth, (ws.pageSetup.fitToHeight ?? 0) <= 1]).toEqual([
      ws.name,
      'landscape',
      1,
      true,
    ]);
    expect(ws.pageSetup.printTitlesRow).toMatch(/^\$?1:\$?\d$/);
    expect(ws.headerFooter.oddFooter).toContain('Washington');
    expect(ws.headerFooter.oddFooter).toContain('Page &P of &N');
  }
});

test('text that starts with "=" stays text, never a formula', async () => {
  const json = exampleJson('nc-example');
  (json.personnel as Record<string, unknown>[])[0]!.title = '=HYPERLINK("http://x","y")';
  const { wb, result } = await written('NC', json);
  const cell = (wb.getWorksheet('Appendix F') as ExcelJS.Worksheet).getCell(
    `A${result.layout.appendixF.sections.personnel.first}`,
  );
  expect(cell.value).toBe('=HYPERLINK("http://x","y")');
});

test('blocks have the published blank rows plus the budget lines', () => {
  const empty = planNewWorkbook({ state: 'NC', fiscalYear: 2012 }).layout.appendixF.sections;
  expect(empty.personnel.last - empty.personnel.first + 1).toBe(14);
  expect(empty.fringe.last - empty.fringe.first + 1).toBe(5);
  expect(empty.travelOutOfState.last - empty.travelOutOfState.first + 1).toBe(3);
  expect(empty.equipment.last - empty.equipment.first + 1).toBe(2);
  const filled = planNewWorkbook({ state: 'NC', fiscalYear: 2012, budget: budgetOf(exampleJson('nc-example')) }).layout
    .appendixF.sections;
  expect(filled.personnel.last - filled.personnel.first + 1).toBe(14 + 6);
});

test('merged areas never overlap (Excel refuses such a file) and every formula is written once per cell', () => {
  for (const state of ['KY', 'NC']) {
    const { plan } = planNewWorkbook({
      state,
      fiscalYear: 2012,
      budget: budgetOf({ ...exampleJson('pr-example'), state }),
    });
    const bySheet = new Map<string, { top: number; left: number; bottom: number; right: number; range: string }[]>();
    for (const op of plan.ops) {
      if (op.op !== 'merge') continue;
      const [a, b] = op.range.split(':');
      const p = /^([A-Z]+)(\d+)$/.exec(a as string);
      const q = /^([A-Z]+)(\d+)$/.exec(b as string);
      const col = (s: string) => s.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const box = {
        top: Number(p?.[2]),
        left: col(p?.[1] as string),
        bottom: Number(q?.[2]),
        right: col(q?.[1] as string),
        range: op.range,
      };
      const list = bySheet.get(op.sheet) ?? [];
      for (const o of list) {
        const overlap = box.left <= o.right && o.left <= box.right && box.top <= o.bottom && o.top <= box.bottom;
        expect([op.sheet, box.range, o.range, overlap]).toEqual([op.sheet, box.range, o.range, false]);
      }
      list.push(box);
      bySheet.set(op.sheet, list);
    }
    expect(bySheet.size).toBeGreaterThan(3);
  }
});
