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
import { cellAt, parseA1, type WorkbookSnapshot } from '../../src/workbook/port';
import { readXlsxSnapshot, readXlsxSnapshotWithExcelJs } from '../../src/xlsx/readSnapshot';
import { withExcelJsQuirk } from './snapshotCompare';

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
  zip.file('xl/sharedStrings.xml', ss.replace('<si><t>Phonetic</t></si>', '<si><t>Phonetic</t><rPh sb="0" eb="1"><t>ふ</t></rPh></si>'));
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) as string;
  const patched = sheet
    .replace(/<c r="C2"[^>]*\/>/, '<c r="C2"><v>99</v></c>')
    .replace('</sheetData>', '<row r="30"><c r="A30" t="inlineStr"><is><t>inline</t></is></c><c r="B30" t="inlineStr"><is><r><t>rich </t></r><r><t>inline</t></r></is></c></row></sheetData>');
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
