import ExcelJS from 'exceljs';
import { english } from '../support/words';
import JSZip from 'jszip';
import { cellAt, parseA1, type WorkbookSnapshot } from '../../src/port/workbookPort';
import { MAX_UNCOMPRESSED_BYTES, WorkbookReadError, limits, readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';

function at(s: WorkbookSnapshot, sheet: string, address: string) {
  const sh = s.sheets.find((x) => x.name === sheet);
  if (!sh) throw new Error(`no sheet ${sheet}`);
  const p = parseA1(address);
  return cellAt(sh, p.row, p.col);
}

async function refusal(bytes: Buffer, file = 'budget.xlsx'): Promise<WorkbookReadError> {
  try {
    await readXlsxSnapshot(bytes, file);
  } catch (err) {
    expect(err).toBeInstanceOf(WorkbookReadError);
    return err as WorkbookReadError;
  }
  throw new Error('the file was read');
}

/** A workbook made with exceljs, then patched as a zip (shared formulas, a chart sheet). */
async function workbookWith(edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readXlsxSnapshot: what a workbook holds', () => {
  it('reads the published fixture: sheets, cached values, formulas with "=", error values, merges', async () => {
    const fx = await makePublishedWorkbook({ stateInJ: 'Kentucky' });
    const s = await readXlsxSnapshot(fx.buffer, 'ky.xlsx');
    expect(s.sheetNames.map((x) => x.name)).toEqual(['Appendix D', 'Appendix E', 'Appendix F', 'Appendix J']);
    expect(s.sheetNames.every((x) => x.kind === 'worksheet' && x.visibility === 'visible')).toBe(true);
    expect(at(s, 'Appendix F', 'A1').value).toBe('Appendix F 23(g) Object Class/Supportive Cost Breakout');
    expect(at(s, 'Appendix F', 'F5')).toEqual({ value: 92400, formula: null });
    expect(at(s, 'Appendix F', 'K5')).toEqual({ value: 92400, formula: '=SUM(H5:J5)' });
    const h = fx.rowF('H.sum');
    expect(at(s, 'Appendix F', `F${h}`).value).toEqual({ error: '#REF!' });
    expect(at(s, 'Appendix F', `F${h}`).formula).toMatch(/^=F\d+\+.*#REF!/);
    expect(at(s, 'Appendix J', `B${fx.rowJ('percent')}`).value).toEqual({ error: '#DIV/0!' });
    expect(s.sheets.find((x) => x.name === 'Appendix F')?.merges).toContain('A1:K1');
    // Covered cells of a merged area are blank, as Excel reports them.
    expect(at(s, 'Appendix F', 'B1').value).toBeNull();
  });

  it('loads only the sheets requested, but lists every sheet', async () => {
    const fx = await makePublishedWorkbook();
    const s = await readXlsxSnapshot(fx.buffer, 'ky.xlsx', { sheets: ['Appendix E'] });
    expect(s.sheets.map((x) => x.name)).toEqual(['Appendix E']);
    expect(s.sheetNames).toHaveLength(4);
  });

  it('gives visibility, defined names, rich text as text, dates as ISO text, booleans', async () => {
    const bytes = await workbookWith((wb) => {
      const a = wb.addWorksheet('Data');
      a.getCell('B2').value = { richText: [{ text: 'Hello ' }, { font: { bold: true }, text: 'world' }] };
      a.getCell('B3').value = new Date(Date.UTC(2011, 7, 15));
      a.getCell('B4').value = true;
      a.getCell('C5').value = 12.5;
      wb.addWorksheet('Hidden', { state: 'hidden' });
      wb.addWorksheet('Very', { state: 'veryHidden' });
      wb.definedNames.add("'Data'!$C$5", 'GB_Test');
    });
    const s = await readXlsxSnapshot(bytes, 'x.xlsx');
    expect(s.sheetNames).toEqual([
      { name: 'Data', kind: 'worksheet', visibility: 'visible' },
      { name: 'Hidden', kind: 'worksheet', visibility: 'hidden' },
      { name: 'Very', kind: 'worksheet', visibility: 'veryHidden' },
    ]);
    expect(s.names).toEqual([{ name: 'GB_Test', ref: 'Data!$C$5' }]); // as exceljs wrote it: read verbatim
    const data = s.sheets.find((x) => x.name === 'Data');
    expect(data?.origin).toEqual({ row: 1, col: 1 }); // the used range starts at B2
    expect(at(s, 'Data', 'B2').value).toBe('Hello world');
    expect(at(s, 'Data', 'B3').value).toBe('2011-08-15');
    expect(at(s, 'Data', 'B4').value).toBe(true);
    expect(at(s, 'Data', 'C5').value).toBe(12.5);
    expect(s.sheets.find((x) => x.name === 'Hidden')?.cells).toEqual([]);
  });

  it("expands shared formulas to each cell's own text, and reports a chart sheet instead of losing it", async () => {
    const base = await workbookWith((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = 1;
    });
    const zip = await JSZip.loadAsync(base);
    const sheetXml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>10</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1+B1</f><v>11</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><v>20</v></c><c r="C2"><f t="shared" si="0"/><v>22</v></c></row>' +
      '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><v>30</v></c><c r="C3"><f t="shared" si="0"/><v>33</v></c></row>' +
      '</sheetData></worksheet>';
    zip.file('xl/worksheets/sheet1.xml', sheetXml);
    // A chart sheet: listed in the workbook with a chartsheet relationship.
    const wbXml = (await zip.file('xl/workbook.xml')?.async('string')) as string;
    zip.file(
      'xl/workbook.xml',
      wbXml.replace('</sheets>', '<sheet name="Budget Chart" sheetId="9" r:id="rIdChart9"/></sheets>'),
    );
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) as string;
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdChart9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
      ),
    );
    zip.file(
      'xl/chartsheets/sheet1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
    );
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const s = await readXlsxSnapshot(bytes, 'x.xlsx');
    expect(at(s, 'Sheet1', 'C1')).toEqual({ value: 11, formula: '=A1+B1' });
    expect(at(s, 'Sheet1', 'C2')).toEqual({ value: 22, formula: '=A2+B2' });
    expect(at(s, 'Sheet1', 'C3')).toEqual({ value: 33, formula: '=A3+B3' });
    expect(s.sheetNames).toContainEqual({ name: 'Budget Chart', kind: 'chartsheet', visibility: 'visible' });
    expect(s.sheets.map((x) => x.name)).toEqual(['Sheet1']);
  });
});

describe('readXlsxSnapshot: files that are not readable workbooks', () => {
  it('an empty file', async () => {
    expect((await refusal(Buffer.alloc(0))).message).toBe('budget.xlsx: is empty (0 bytes), not a workbook');
  });

  it('a text file named .xlsx, and JSON named .xlsx', async () => {
    expect((await refusal(Buffer.from('Title,Amount\nRent,100\n'))).message).toMatch(
      /^budget\.xlsx: is not an Excel workbook \(\.xlsx\): it is not a zip file$/,
    );
    expect((await refusal(Buffer.from('{"state":"KY"}'))).message).toMatch(/looks like JSON/);
  });

  it('a truncated workbook (the download stopped half way)', async () => {
    const fx = await makePublishedWorkbook();
    const cut = fx.buffer.subarray(0, Math.floor(fx.buffer.length / 2));
    expect(english((await refusal(cut)).reason)).toMatch(/damaged or truncated zip/);
  });

  it('a zip of something else, and a Word document', async () => {
    const other = new JSZip();
    other.file('notes.txt', 'hello');
    expect(english((await refusal(await other.generateAsync({ type: 'nodebuffer' }))).reason)).toMatch(
      /not an Excel workbook: it is a zip file without a workbook part/,
    );
    const docx = new JSZip();
    docx.file('word/document.xml', '<w:document/>');
    expect(english((await refusal(await docx.generateAsync({ type: 'nodebuffer' }))).reason)).toMatch(
      /a Word document/,
    );
  });

  it('a password-protected workbook (an encrypted OLE file) and an old .xls', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(512),
    ]);
    expect(english((await refusal(ole)).reason)).toMatch(/^is password protected/);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
    expect(english((await refusal(xls)).reason)).toMatch(/old Excel 97-2003 workbook \(\.xls\)/);
  });

  it('a zip bomb: refused from the sizes its directory declares, before anything is inflated', async () => {
    const fx = await makePublishedWorkbook();
    const bytes = Buffer.from(fx.buffer);
    // Declare 300 MB for the first entry of the central directory.
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const cd = bytes.readUInt32LE(eocd + 16);
    bytes.writeUInt32LE(300 * 1024 * 1024, cd + 24);
    const err = await refusal(bytes);
    expect(english(err.reason)).toMatch(
      new RegExp(`would unpack to \\d+ MB, more than the ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`),
    );
  });

  it('a zip bomb whose directory lies about its sizes: stopped while inflating, at the bound', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/worksheets/sheet1.xml', 'x'.repeat(3 * 1024 * 1024)); // 3 MB of one letter: a few KB zipped
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(64 * 1024);
    // Make the directory declare 1 KB for the big part.
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let pos = bytes.readUInt32LE(eocd + 16);
    for (let i = 0; i < bytes.readUInt16LE(eocd + 10); i++) {
      const nameLength = bytes.readUInt16LE(pos + 28);
      if (bytes.subarray(pos + 46, pos + 46 + nameLength).toString() === 'xl/worksheets/sheet1.xml')
        bytes.writeUInt32LE(1024, pos + 24);
      pos += 46 + nameLength + bytes.readUInt16LE(pos + 30) + bytes.readUInt16LE(pos + 32);
    }
    const saved = limits.maxUncompressedBytes;
    limits.maxUncompressedBytes = 2 * 1024 * 1024; // a 2 MB bound stands for the 200 MB one
    try {
      expect(english((await refusal(bytes)).reason)).toBe(
        'unpacks to more than 2 MB (more than its table of contents declares), more than a budget workbook can be; it is not read',
      );
    } finally {
      limits.maxUncompressedBytes = saved;
    }
  });

  it('an exceljs failure inside a real zip becomes a message, not a crash', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file(
      '_rels/.rels',
      '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    );
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets>');
    const err = await refusal(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(err.message).toMatch(/^budget\.xlsx: /);
  });
});
