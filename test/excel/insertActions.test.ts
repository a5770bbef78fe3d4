/**
 * Issue 8, point 5 (writes): inserting blank Kentucky templates sent about 8,700 commands ("actions",
 * counted by the fake as Excel counts them: object lookups, property sets, method calls), some 5,200 of
 * them per-row borders. Each style property is now set once per rectangle of equal cells.
 */
import { ExcelBackend } from '../../src/excel/excelBackend';
import { applyIn } from '../../src/excel/officeWrite';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { styleRectangles } from '../../src/excel/styleRects';
import { planNewWorkbook } from '../../src/layout/planner';
import { a1, parseA1, type CellWrite } from '../../src/port/workbookPort';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
});
afterEach(() => uninstallFakeOffice());

it('inserts blank Kentucky templates in under 2,000 actions, in at most 3 syncs', async () => {
  const before = { actions: wb.actionCount, syncs: wb.syncCount };
  await new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012);
  const actions = wb.actionCount - before.actions;
  // The read, the writes, and Appendix F activated after them in a request of its own (office-js #930).
  expect(wb.syncCount - before.syncs).toBeLessThanOrEqual(3);
  expect(actions).toBeLessThan(2000);
});

it('formats every cell as the plan says: rectangles change the number of commands, not the result', async () => {
  const { plan } = planNewWorkbook({ state: 'KY', fiscalYear: 2012 });
  await Excel.run((ctx) => applyIn(ctx, plan));
  let checked = 0;
  for (const op of plan.ops) {
    if (op.op !== 'cells') continue;
    const { row: top, col: left } = parseA1(op.address);
    op.rows.forEach((row, i) =>
      row.forEach((w, j) => {
        if (w.kind === 'skip' || !w.style) return;
        const { numberFormat, border, align, fontSize, fill, fontColor, ...rest } = w.style;
        const got = wb.sheet(op.sheet)!.cells.get(`${top + i},${left + j}`)?.style ?? {};
        const want: Record<string, unknown> = { ...rest };
        if (numberFormat !== undefined) want.numberFormat = numberFormat;
        if (fill !== undefined) want.fill = fill;
        if (fontColor !== undefined) want.fontColor = fontColor;
        if (fontSize !== undefined) want.fontSize = fontSize;
        if (align !== undefined) want.align = align === 'left' ? 'Left' : align === 'center' ? 'Center' : 'Right';
        if (border !== undefined) {
          for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'])
            want[`border${edge}`] = border === 'thin' ? 'Continuous' : 'None';
        }
        expect({ cell: `${op.sheet}!${a1(top + i, left + j)}`, style: got }).toMatchObject({
          cell: `${op.sheet}!${a1(top + i, left + j)}`,
          style: want,
        });
        checked++;
      }),
    );
  }
  expect(checked).toBeGreaterThan(1000);
});

it('sets each style value once for all its rectangles through RangeAreas (ExcelApi 1.9), and falls back to a range per rectangle before 1.9 with the same result', async () => {
  const { plan } = planNewWorkbook({ state: 'KY', fiscalYear: 2012 });
  const stylesAfter = async (minor: number) => {
    const w = installFakeOffice(new FakeWorkbook());
    w.excelApiMinor = minor;
    const start = w.actionCount;
    await Excel.run((ctx) => applyIn(ctx, plan));
    // Key order follows the order the properties were set in, which differs between the paths: compare sorted.
    const sorted = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
    const styles = [...w.sheets].map((sh) => [
      sh.name,
      [...sh.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => [k, sorted(c.style)]),
      sorted(sh.rowHeights),
      sorted(sh.columnWidths),
    ]);
    return { actions: w.actionCount - start, styles: JSON.stringify(styles) };
  };
  const areas = await stylesAfter(17);
  const perRectangle = await stylesAfter(8);
  expect(areas.styles === perRectangle.styles).toBe(true);
  // The fake counts a RangeAreas' setter once per area (it applies them one by one); Excel gets one command.
  expect(wb.excelApiMinor).toBe(17);
  // Before 1.9 the fake refuses getRanges, as Excel has no such method there.
  const old = installFakeOffice(new FakeWorkbook());
  old.excelApiMinor = 8;
  old.addSheet('S');
  await expect(
    Excel.run(async (ctx) => {
      (ctx.workbook.worksheets.getItem('S') as unknown as { getRanges(a: string): unknown }).getRanges('A1:B2,D4');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
});

it('merges equal styles into rectangles over rows and columns', () => {
  const b: CellWrite = { kind: 'value', value: 1, style: { border: 'thin', fill: '#FFF2CC' } };
  const c: CellWrite = { kind: 'value', value: 1, style: { border: 'thin' } };
  const rows: CellWrite[][] = [
    [b, b, c],
    [b, b, c],
    [b, b, { kind: 'skip' }],
  ];
  const rects = styleRectangles(rows);
  expect(rects).toHaveLength(3);
  expect(rects).toEqual(
    expect.arrayContaining([
      { r0: 0, c0: 0, r1: 1, c1: 2, style: { border: 'thin' } },
      { r0: 2, c0: 0, r1: 2, c1: 1, style: { border: 'thin' } },
      { r0: 0, c0: 0, r1: 2, c1: 1, style: { fill: '#FFF2CC' } },
    ]),
  );
});
