/**
 * The fast snapshot reader (src/xlsx/readParts.ts) against exceljs's, on a workbook holding every kind
 * of cell the XML can carry: shared and inline strings, rich text, phonetic guides, booleans, error
 * values, dates under built-in and custom formats (1900 and 1904 date systems), formulas with number,
 * text, boolean, error and zero results, hyperlinks, entities, merged areas with values left under
 * them, hidden and very hidden sheets. The random workbooks of roundTrip.fuzz and repair.fuzz, and the
 * bad-input corpus, compare the two readers as well.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellAt, parseA1, type WorkbookSnapshot } from '../../src/port/workbookPort';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { readXlsxSnapshotWithExcelJs } from '../support/exceljsSnapshot';
import { withExcelJsQuirk } from './snapshotCompare';
import { HOSTILE_CASES } from '../fixtures/bad-input/hostileXml';
import { ownWorkbook } from '../fixtures/bad-input/workbooks';
import { resaveWithOpenpyxl } from '../support/openpyxl';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

async function kitchenSink(date1904: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Cells');
  ws.getCell('A1').value = { richText: [{ text: 'Hello ' }, { font: { bold: true }, text: 'world' }] };
  ws.getCell('A2').value = true;
  ws.getCell('A3').value = false;
  ws.getCell('A4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('A5').value = new Date(Date.UTC(2011, 7, 15));
  ws.getCell('A6').value = 40770;
  ws.getCell('A6').numFmt = 'yyyy-mm-dd';
  ws.getCell('A7').value = 1234.5;
  ws.getCell('A7').numFmt = '"$"#,##0.00';
  ws.getCell('A8').value = { formula: 'A7*2', result: 2469 } as ExcelJS.CellFormulaValue;
  ws.getCell('A9').value = { formula: '"x"&"y"', result: 'xy' } as ExcelJS.CellFormulaValue;
  ws.getCell('A10').value = { formula: '1=1', result: true } as ExcelJS.CellFormulaValue;
  ws.getCell('A11').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('A12').value = { text: 'the instructions', hyperlink: 'https://www.osha.gov' };
  ws.getCell('A13').value = '  spaced  ';
  ws.getCell('A14').value = 'a & b < c > d "q" \'s\'';
  ws.getCell('A15').value = { formula: 'A7*0', result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell('A16').value = 'Phonetic';
  ws.getCell('A17').value = { formula: 'A7+1' } as ExcelJS.CellFormulaValue; // no cached result
  ws.getCell('A18').value = 40770.5;
  ws.getCell('A18').numFmt = 'm/d/yyyy h:mm';
  ws.getCell('A19').value = -0.015;
  ws.getCell('A20').value = 1e15;
  ws.getCell('B1').value = 'Merged';
  ws.mergeCells('B1:C2');
  ws.getCell('E5').value = 'far';
  wb.addWorksheet('Hidden', { state: 'hidden' }).getCell('A1').value = 1;
  wb.addWorksheet('Very', { state: 'veryHidden' }).getCell('B2').value = 'x';
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  // What exceljs cannot write: a phonetic guide, an inline string, a value left under a merged area.
  const zip = await JSZip.loadAsync(bytes);
  const ss = (await zip.file('xl/sharedStrings.xml')?.async('string')) as string;
  zip.file(
    'xl/sharedStrings.xml',
    ss.replace('<si><t>Phonetic</t></si>', '<si><t>Phonetic</t><rPh sb="0" eb="1"><t>ふ</t></rPh></si>'),
  );
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) as string;
  const patched = sheet
    .replace(/<c r="C2"[^>]*\/>/, '<c r="C2"><v>99</v></c>')
    .replace(
      '</sheetData>',
      '<row r="30"><c r="A30" t="inlineStr"><is><t>inline</t></is></c><c r="B30" t="inlineStr"><is><r><t>rich </t></r><r><t>inline</t></r></is></c></row></sheetData>',
    );
  expect(patched).not.toBe(sheet);
  zip.file('xl/worksheets/sheet1.xml', patched);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function at(s: WorkbookSnapshot, address: string) {
  const sh = s.sheets.find((x) => x.name === 'Cells');
  if (!sh) throw new Error('no sheet');
  const p = parseA1(address);
  return cellAt(sh, p.row, p.col);
}

describe.each([false, true])('fast reader = exceljs reader (date1904 %s)', (date1904) => {
  it('every kind of cell', async () => {
    const bytes = await kitchenSink(date1904);
    const fast = await readXlsxSnapshot(bytes, 'k.xlsx');
    const slow = await readXlsxSnapshotWithExcelJs(bytes, 'k.xlsx');
    expect(withExcelJsQuirk(fast, slow)).toEqual(slow);
    // The fast reader did read it (exceljs drops the cached 0 of A15), and reads what a person sees.
    expect(at(fast, 'A15')).toEqual({ value: 0, formula: '=A7*0' });
    expect(at(slow, 'A15')).toEqual({ value: null, formula: '=A7*0' });
    expect(at(fast, 'A1').value).toBe('Hello world');
    expect(at(fast, 'A3').value).toBe(false);
    expect(at(fast, 'A5').value).toBe('2011-08-15');
    expect(at(fast, 'A6').value).toBe(date1904 ? '2015-08-16' : '2011-08-15');
    expect(at(fast, 'A11')).toEqual({ value: { error: '#DIV/0!' }, formula: '=1/0' });
    expect(at(fast, 'A14').value).toBe('a & b < c > d "q" \'s\'');
    expect(at(fast, 'A16').value).toBe('Phonetic');
    expect(at(fast, 'A17')).toEqual({ value: null, formula: '=A7+1' });
    expect(at(fast, 'C2').value).toBeNull(); // under the merged area B1:C2
    expect(at(fast, 'B30').value).toBe('rich inline');
    expect(fast.sheetNames.map((s) => s.visibility)).toEqual(['visible', 'hidden', 'veryHidden']);
  });

  it('a sheet request loads only those sheets, in both readers', async () => {
    const bytes = await kitchenSink(date1904);
    const fast = await readXlsxSnapshot(bytes, 'k.xlsx', { sheets: ['Very'] });
    expect(fast).toEqual(await readXlsxSnapshotWithExcelJs(bytes, 'k.xlsx', { sheets: ['Very'] }));
    expect(fast.sheets.map((s) => s.name)).toEqual(['Very']);
  });
});

/** Both readers on the same bytes: the same snapshot (but for exceljs's quirks), or the same refusal. */
async function expectSameReading(bytes: Buffer, file: string): Promise<'read' | string> {
  const outcome = async (read: typeof readXlsxSnapshot) =>
    read(bytes, file).then(
      (s) => ({ ok: true as const, s }),
      (err: Error) => ({ ok: false as const, message: err.message }),
    );
  const fast = await outcome(readXlsxSnapshot);
  const slow = await outcome(readXlsxSnapshotWithExcelJs);
  if (fast.ok && slow.ok) expect({ file, s: withExcelJsQuirk(fast.s, slow.s) }).toEqual({ file, s: slow.s });
  else expect({ file, fast: fast.ok ? 'read' : fast.message }).toEqual({ file, fast: slow.ok ? 'read' : slow.message });
  return fast.ok ? 'read' : fast.message;
}

/** A sheet as Excel and other programs write what exceljs cannot: shared formulas, numbers that are not plain, empty cached values. */
async function rawCells(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cells');
  ws.getCell('A1').value = 1;
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const rows = [
    '<row r="2"><c r="A2"><v>0x10</v></c><c r="B2"><v>1e400</v></c><c r="C2"><v>9007199254740993</v></c><c r="D2"><v> 12.5 </v></c><c r="E2"><v>-0</v></c></row>',
    '<row r="3"><c r="A3"><f t="shared" ref="A3:A5" si="0">SUM($B3:C3)+\'My Sheet\'!B3</f><v>3</v></c><c r="B3"><v>1</v></c><c r="C3"><f>B3*2</f><v></v></c></row>',
    '<row r="4"><c r="A4"><f t="shared" si="0"/><v>4</v></c><c r="B4" t="str"><f>"x"</f><v></v></c></row>',
    '<row r="5"><c r="A5"><f t="shared" si="0"/></c><c r="B5"><v></v></c></row>',
  ].join('');
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) as string;
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('</sheetData>', `${rows}</sheetData>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('fast reader = exceljs reader on what only other programs write', () => {
  it('shared formulas are translated, number texts kept as they are, <v></v> is no cached value', async () => {
    const bytes = await rawCells();
    expect(await expectSameReading(bytes, 'raw.xlsx')).toBe('read');
    const fast = await readXlsxSnapshot(bytes, 'raw.xlsx');
    expect([at(fast, 'A2').value, at(fast, 'B2').value, at(fast, 'C2').value, at(fast, 'D2').value]).toEqual([
      '0x10',
      '1e400',
      '9007199254740993',
      12.5,
    ]);
    expect(at(fast, 'A4').formula).toBe("=SUM($B4:C4)+'My Sheet'!B4");
    expect(at(fast, 'A5')).toEqual({ value: null, formula: "=SUM($B5:C5)+'My Sheet'!B5" });
    expect(at(fast, 'C3')).toEqual({ value: null, formula: '=B3*2' });
    expect(at(fast, 'B4')).toEqual({ value: null, formula: '="x"' });
    expect(at(fast, 'B5')).toEqual({ value: null, formula: null });
  });

  it('every file of the hostile corpus (test/fixtures/bad-input/hostileXml.ts)', async () => {
    const outcomes: Record<string, string> = {};
    for (const c of HOSTILE_CASES) outcomes[c.id] = await expectSameReading(await c.make(c.count), `${c.id}.xlsx`);
    // The readable ones were compared cell by cell, not only refused alike (the flood of flat elements is
    // refused for its packing since issue 22, item 5).
    expect(['many-merges', 'non-plain-numbers', 'formulas-empty-cached-values'].map((id) => outcomes[id])).toEqual([
      'read',
      'read',
      'read',
    ]);
  }, 120_000);

  it('a workbook saved by openpyxl', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-openpyxl-'));
    try {
      fs.writeFileSync(path.join(dir, 'in.xlsx'), await ownWorkbook());
      resaveWithOpenpyxl(path.join(dir, 'in.xlsx'), path.join(dir, 'out.xlsx'));
      expect(await expectSameReading(fs.readFileSync(path.join(dir, 'out.xlsx')), 'out.xlsx')).toBe('read');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
