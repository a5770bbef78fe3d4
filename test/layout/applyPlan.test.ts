/**
 * The exceljs adapter's own guarantees, whatever plan it is given: it never replaces a sheet or a
 * name the workbook has, and it applies every kind of operation of the port.
 */
import ExcelJS from 'exceljs';
import { applyPlan } from '../../src/xlsx/applyPlan';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

test('a plan that would replace an existing sheet or name is refused before anything is lost', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Appendix F').getCell('A1').value = 'mine';
  wb.definedNames.add("'Appendix F'!$A$1", 'GB_State');
  await expect(applyPlan(wb, { ops: [{ op: 'addSheet', sheet: 'Appendix F' }] })).rejects.toThrow(
    /already has a sheet "Appendix F"; it is never overwritten/,
  );
  await expect(applyPlan(wb, { ops: [{ op: 'name', name: 'GB_State', ref: "'Appendix F'!$B$2" }] })).rejects.toThrow(
    /already has a name "GB_State"/,
  );
  expect(wb.getWorksheet('Appendix F')?.getCell('A1').value).toBe('mine');
  expect(wb.definedNames.getRanges('GB_State').ranges).toEqual(["'Appendix F'!$A$1"]);
});

test('every operation of the port is applied: cells, styles, widths, heights, merges, names, validation, freeze, protection, print, activation', async () => {
  const x = XlsxWorkbook.create();
  await x.apply({
    ops: [
      { op: 'addSheet', sheet: 'One', tabColor: '#112233' },
      { op: 'addSheet', sheet: 'Two Words' },
      {
        op: 'cells',
        sheet: 'Two Words',
        address: 'B2',
        rows: [
          [
            { kind: 'value', value: '=not a formula', style: { bold: true, fill: '#FFF2CC', locked: false } },
            { kind: 'formula', formula: '=1+1', style: { numberFormat: '0.00' } },
          ],
          [{ kind: 'skip' }, { kind: 'style', style: { italic: true, border: 'thin', align: 'center', wrap: true } }],
        ],
      },
      { op: 'columnWidths', sheet: 'Two Words', widths: [{ column: 'B', width: 33 }] },
      { op: 'rowHeights', sheet: 'Two Words', heights: [{ row: 2, height: 40 }] },
      { op: 'merge', sheet: 'Two Words', range: 'D5:E5' },
      { op: 'name', name: 'GB_Test', ref: "'Two Words'!$B$2:$C$3" },
      {
        op: 'validation',
        sheet: 'Two Words',
        range: 'B2',
        rule: { type: 'decimal', min: 0, errorTitle: 't', errorMessage: 'm' },
      },
      {
        op: 'validation',
        sheet: 'Two Words',
        range: 'C2',
        rule: { type: 'list', source: "'One'!$A$1:$A$3", errorTitle: 't', errorMessage: 'm' },
      },
      { op: 'freeze', sheet: 'Two Words', rows: 2, columns: 1 },
      { op: 'protect', sheet: 'Two Words' },
      { op: 'protect', sheet: 'One' },
      { op: 'unprotect', sheet: 'One' },
      {
        op: 'print',
        sheet: 'Two Words',
        setup: {
          landscape: true,
          fitToWidth: 1,
          fitToHeight: 0,
          titleRows: '1:2',
          footer: '&LState&CPage &P of &N',
          area: 'A1:E9',
        },
      },
      { op: 'activate', sheet: 'Two Words' },
    ],
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await x.toBuffer()) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Two Words') as ExcelJS.Worksheet;
  expect(ws.getCell('B2').value).toBe('=not a formula');
  expect(ws.getCell('B2').font?.bold).toBe(true);
  expect(ws.getCell('B2').protection?.locked).toBe(false);
  expect(ws.getCell('C2').value).toMatchObject({ formula: '1+1' });
  expect(ws.getCell('C3').border?.top?.style).toBe('thin');
  expect(ws.getColumn('B').width).toBe(33);
  expect(ws.getRow(2).height).toBe(40);
  expect((ws as unknown as { _merges: Record<string, unknown> })._merges.D5).toBeDefined();
  expect(wb.definedNames.getRanges('GB_Test').ranges).toEqual(["'Two Words'!$B$2:$C$3"]);
  const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations
    .model;
  expect(dv.B2).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual' });
  expect(dv.C2).toMatchObject({ type: 'list', formulae: ["'One'!$A$1:$A$3"] });
  expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
  expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
  expect((wb.getWorksheet('One') as unknown as { sheetProtection: unknown }).sheetProtection ?? null).toBeNull();
  expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printArea: 'A1:E9' });
  expect(ws.headerFooter.oddFooter).toBe('&LState&CPage &P of &N');
  expect(wb.views[0]?.activeTab).toBe(1);
});

test('both writers set a number rule the same way, a rule without bounds included (numbers of any sign)', async () => {
  const { applyIn } = await import('../../src/excel/officePort');
  const { FakeWorkbook, installFakeOffice, uninstallFakeOffice } = await import('../support/fakeExcel');
  const rules = [
    { type: 'decimal' as const, errorTitle: 't', errorMessage: 'm' },
    { type: 'decimal' as const, min: 0, errorTitle: 't', errorMessage: 'm' },
    { type: 'whole' as const, max: 9, errorTitle: 't', errorMessage: 'm' },
    { type: 'whole' as const, min: 2000, max: 2100, errorTitle: 't', errorMessage: 'm' },
  ];
  const plan = {
    ops: [
      { op: 'addSheet' as const, sheet: 'S' },
      ...rules.map((rule, i) => ({ op: 'validation' as const, sheet: 'S', range: `A${i + 1}`, rule })),
    ],
  };
  const wb = new ExcelJS.Workbook();
  await applyPlan(wb, plan);
  const xlsx = rules.map((_, i) => {
    const v = wb.getWorksheet('S')?.getCell(`A${i + 1}`).dataValidation as { operator?: string; formulae?: unknown[] };
    return { operator: v.operator, values: v.formulae };
  });
  const fake = installFakeOffice(new FakeWorkbook());
  try {
    await Excel.run((ctx) => applyIn(ctx, plan));
  } finally {
    uninstallFakeOffice();
  }
  const office = rules.map((_, i) => {
    const rule = fake.sheet('S')?.validations.find((x) => x.range === `A${i + 1}`)?.rule as {
      rule: Record<string, { operator: string; formula1: unknown; formula2?: unknown }>;
    };
    const basic = Object.values(rule.rule)[0] as { operator: string; formula1: unknown; formula2?: unknown };
    return {
      operator: basic.operator,
      values: basic.formula2 === undefined ? [basic.formula1] : [basic.formula1, basic.formula2],
    };
  });
  const words: Record<string, string> = {
    Between: 'between',
    LessThanOrEqualTo: 'lessThanOrEqual',
    GreaterThanOrEqualTo: 'greaterThanOrEqual',
  };
  expect(office.map((o) => ({ ...o, operator: words[o.operator] }))).toEqual(xlsx);
  expect(xlsx[0]).toEqual({ operator: 'greaterThanOrEqual', values: [-1e15] });
});
