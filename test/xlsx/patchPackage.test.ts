/**
 * The package patcher on hand-written packages: each case states the sheet XML before and the exact
 * XML after, so a byte outside the repaired `<c>` elements that moved would show. The zip itself:
 * untouched entries keep their raw bytes (compressed data, data descriptors), and the result opens.
 */
import JSZip from 'jszip';
import type { WritePlan } from '../../src/port/workbookPort';
import { patchPackage } from '../../src/xlsx/patchPackage';
import { readZip } from '../../src/xlsx/zipArchive';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const WS = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${body}</worksheet>`;
const WORKBOOK_DEFAULT = `<?xml version="1.0" encoding="UTF-8"?>\n<workbook ${NS}><sheets><sheet name="Notes" sheetId="1" r:id="rId1"/><sheet name="Data" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="X">Data!$A$1</definedName></definedNames></workbook>`;

async function pkg(
  sheetXml: string,
  opts: { workbook?: string; streamFiles?: boolean; store?: boolean } = {},
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/notes.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/other.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file('xl/workbook.xml', opts.workbook ?? WORKBOOK_DEFAULT);
  // The sheet named "Data" is stored as notes.xml, and the one named "Notes" as other.xml.
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/notes.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/other.xml"/></Relationships>`,
  );
  zip.file('xl/worksheets/notes.xml', sheetXml);
  zip.file('xl/worksheets/other.xml', WS('<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>'));
  zip.file(
    'docProps/custom.xml',
    '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>',
  );
  return Buffer.from(
    await zip.generateAsync({
      type: 'nodebuffer',
      compression: opts.store ? 'STORE' : 'DEFLATE',
      streamFiles: opts.streamFiles ?? false,
    }),
  );
}

const plan = (...cells: [string, string][]): WritePlan => ({
  ops: [
    { op: 'unprotect', sheet: 'Data' },
    ...cells.map(([address, formula]) => ({
      op: 'cells' as const,
      sheet: 'Data',
      address,
      rows: [[{ kind: 'formula' as const, formula }]],
    })),
    { op: 'protect', sheet: 'Data' },
  ],
});

async function text(bytes: Buffer, part: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(part)!.async('string');
}

async function patchedSheet(body: string, ...cells: [string, string][]): Promise<string> {
  return text(patchPackage(await pkg(WS(body)), 'in.xlsx', plan(...cells)), 'xl/worksheets/notes.xml');
}

describe('the cells of a sheet part', () => {
  it('rewrites a cell in place: its style kept, its type, cached value and value metadata dropped', async () => {
    const out = await patchedSheet(
      '<dimension ref="A1:C2"/><sheetData><row r="1" spans="1:3"><c r="A1" s="3"><v>1</v></c><c r="B1" s="7" t="e" cm="1"><f>SUM(#REF!)</f><v>#REF!</v></c><c r="C1"><v>2</v></c></row></sheetData>',
      ['B1', '=SUM(A1:A1)'],
    );
    expect(out).toBe(
      WS(
        '<dimension ref="A1:C2"/><sheetData><row r="1" spans="1:3"><c r="A1" s="3"><v>1</v></c><c r="B1" s="7"><f>SUM(A1:A1)</f></c><c r="C1"><v>2</v></c></row></sheetData>',
      ),
    );
  });

  it('creates missing cells in column order and missing rows in row order, with the row or column style', async () => {
    const out = await patchedSheet(
      '<cols><col min="4" max="5" width="9" style="4" customWidth="1"/></cols><sheetData><row r="2"><c r="A2"><v>1</v></c><c r="C2"><v>3</v></c></row><row r="3" s="9" customFormat="1"/><row r="6"><c r="A6"><v>1</v></c></row></sheetData>',
      ['B2', '=A2+C2'],
      ['D2', '=1'],
      ['B3', '=2'],
      ['A1', '=3'],
      ['A4', '=4'],
      ['E9', '=A1&"<x>"'],
    );
    expect(out).toBe(
      WS(
        '<cols><col min="4" max="5" width="9" style="4" customWidth="1"/></cols><sheetData><row r="1"><c r="A1"><f>3</f></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><f>A2+C2</f></c><c r="C2"><v>3</v></c><c r="D2" s="4"><f>1</f></c></row><row r="3" s="9" customFormat="1"><c r="B3" s="9"><f>2</f></c></row><row r="4"><c r="A4"><f>4</f></c></row><row r="6"><c r="A6"><v>1</v></c></row><row r="9"><c r="E9" s="4"><f>A1&amp;"&lt;x&gt;"</f></c></row></sheetData>',
      ),
    );
  });

  it('a created cell just before a rewritten one, and a row created before a row that is edited', async () => {
    const out = await patchedSheet(
      '<sheetData><row r="3"><c r="A3"><v>1</v></c><c r="C3" s="2" t="str"><f>A3</f><v>x</v></c></row></sheetData>',
      ['B3', '=1'],
      ['C3', '=2'],
      ['A2', '=3'],
    );
    expect(out).toBe(
      WS(
        '<sheetData><row r="2"><c r="A2"><f>3</f></c></row><row r="3"><c r="A3"><v>1</v></c><c r="B3"><f>1</f></c><c r="C3" s="2"><f>2</f></c></row></sheetData>',
      ),
    );
  });

  it('an empty cell table, a namespace prefix, cells and rows without addresses', async () => {
    expect(await patchedSheet('<sheetData/>', ['B2', '=1'])).toBe(
      WS('<sheetData><row r="2"><c r="B2"><f>1</f></c></row></sheetData>'),
    );
    const prefixed = (body: string) =>
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</x:worksheet>`;
    const out = patchPackage(
      await pkg(
        prefixed('<x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row></x:sheetData>'),
      ),
      'in.xlsx',
      plan(['B1', '=A1*2'], ['A3', '=B1']),
    );
    expect(await text(out, 'xl/worksheets/notes.xml')).toBe(
      prefixed(
        '<x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c><x:f>A1*2</x:f></x:c></x:row><x:row r="3"><x:c r="A3"><x:f>B1</x:f></x:c></x:row></x:sheetData>',
      ),
    );
  });

  it('refuses the master of a shared formula whose other cells stay, and rewrites a cell that only uses one', async () => {
    const body =
      '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:C1" si="0">ROW()</f><v>1</v></c><c r="B1"><f t="shared" si="0"/><v>1</v></c><c r="C1"><f t="shared" si="0"/><v>1</v></c></row></sheetData>';
    const input = await pkg(WS(body));
    expect(() => patchPackage(input, 'in.xlsx', plan(['A1', '=1']))).toThrow(
      'in.xlsx: ' +
        'cannot be repaired without changing other cells (repair changes only the cells it repairs): sheet "Data" (xl/worksheets/notes.xml): A1 holds the formula that B1, C1 share (they were filled from it): rewriting it would change those cells too; type =1 into A1 in Excel instead',
    );
    expect(await patchedSheet(body, ['B1', '=2'])).toBe(
      WS(body.replace('<c r="B1"><f t="shared" si="0"/><v>1</v></c>', '<c r="B1"><f>2</f></c>')),
    );
    // Every cell of the group repaired: nothing is left to depend on the master.
    expect(await patchedSheet(body, ['A1', '=1'], ['B1', '=2'], ['C1', '=3'])).toBe(
      WS('<sheetData><row r="1"><c r="A1"><f>1</f></c><c r="B1"><f>2</f></c><c r="C1"><f>3</f></c></row></sheetData>'),
    );
    const array =
      '<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:A2">ROW(A1:A2)</f><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>';
    await expect(patchedSheet(array, ['A1', '=1'])).rejects.toThrow(/A1 holds an array formula over A1:A2/);
  });

  it('a sheet part that is not well-formed XML is refused in words, naming the sheet', async () => {
    const input = await pkg(WS('<sheetData><row r="1"><c r="A1"><f>1</c></row></sheetData>'));
    expect(() => patchPackage(input, 'bad.xlsx', plan(['A1', '=1']))).toThrow(
      /^bad\.xlsx: is damaged: sheet "Data" \(xl\/worksheets\/notes\.xml\) is not well-formed XML \(.+\): open it in Excel, which offers to repair it, and save it again$/,
    );
  });
});

describe('the workbook part: fullCalcOnLoad, and nothing else', () => {
  const wb = (calc: string) => WORKBOOK_DEFAULT.replace('</definedNames>', `</definedNames>${calc}`);
  it.each([
    ['absent: added after the defined names', '', '<calcPr fullCalcOnLoad="1"/>'],
    ['present: the attribute added', '<calcPr calcId="191029"/>', '<calcPr calcId="191029" fullCalcOnLoad="1"/>'],
    [
      'set to 0: set to 1',
      '<calcPr fullCalcOnLoad=\'0\' calcId="1"></calcPr>',
      '<calcPr fullCalcOnLoad="1" calcId="1"></calcPr>',
    ],
  ])('%s', async (_, before, after) => {
    const out = patchPackage(await pkg(WS('<sheetData/>'), { workbook: wb(before) }), 'in.xlsx', plan(['A1', '=1']));
    expect(await text(out, 'xl/workbook.xml')).toBe(wb(after));
  });

  it('already set: the workbook part is copied as it is', async () => {
    const input = await pkg(WS('<sheetData/>'), { workbook: wb('<calcPr fullCalcOnLoad="1"/>') });
    const out = patchPackage(input, 'in.xlsx', plan(['A1', '=1']));
    const raw = (b: Buffer) => {
      const z = readZip(b, 'x');
      const e = z.entries.find((x) => x.name === 'xl/workbook.xml')!;
      return b.subarray(e.start, e.end);
    };
    expect(raw(out).equals(raw(input))).toBe(true);
  });
});

describe('the zip', () => {
  it.each([
    ['deflated', {}],
    ['with data descriptors', { streamFiles: true }],
    ['stored', { store: true }],
  ])(
    '%s: untouched entries keep their raw bytes, in the same order; the result reads as a workbook',
    async (_, opts) => {
      const input = await pkg(WS('<sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData>'), opts);
      const out = patchPackage(input, 'in.xlsx', plan(['B1', '=A1*2']));
      const a = readZip(input, 'in');
      const b = readZip(out, 'out');
      expect(b.entries.map((e) => e.name)).toEqual(a.entries.map((e) => e.name));
      for (const [i, e] of a.entries.entries()) {
        const f = b.entries[i]!;
        if (e.name === 'xl/worksheets/notes.xml' || e.name === 'xl/workbook.xml') continue;
        expect({ name: e.name, same: input.subarray(e.start, e.end).equals(out.subarray(f.start, f.end)) }).toEqual({
          name: e.name,
          same: true,
        });
      }
      const snap = await readXlsxSnapshot(out, 'out.xlsx');
      // The repaired workbook asks to be recalculated (fullCalcOnLoad): the reader gives what the new
      // formula computes from the typed cells (src/xlsx/staleCache.ts).
      expect(snap.sheets.find((s) => s.name === 'Data')?.cells).toEqual([
        [
          { value: 5, formula: null },
          { value: 10, formula: '=A1*2' },
        ],
      ]);
      const zip = await JSZip.loadAsync(out, { checkCRC32: true });
      expect(Object.keys(zip.files)).toHaveLength(a.entries.length);
    },
  );

  it('with nothing to repair, the output is the input byte for byte', async () => {
    const input = await pkg(WS('<sheetData/>'));
    expect(patchPackage(input, 'in.xlsx', { ops: [] }).equals(input)).toBe(true);
  });

  it('refuses to write anything but a formula', async () => {
    const input = await pkg(WS('<sheetData/>'));
    expect(() =>
      patchPackage(input, 'in.xlsx', {
        ops: [{ op: 'cells', sheet: 'Data', address: 'A1', rows: [[{ kind: 'value', value: 3 }]] }],
      }),
    ).toThrow(/writes formulas only/);
  });

  it('a sheet the workbook does not have, or a damaged zip, is refused naming the file', async () => {
    const input = await pkg(WS('<sheetData/>'));
    expect(() =>
      patchPackage(input, 'in.xlsx', {
        ops: [{ op: 'cells', sheet: 'Nope', address: 'A1', rows: [[{ kind: 'formula', formula: '=1' }]] }],
      }),
    ).toThrow('in.xlsx: has no sheet "Nope"');
    expect(() => patchPackage(input.subarray(0, input.length - 30), 'cut.xlsx', plan(['A1', '=1']))).toThrow(
      /^cut\.xlsx: is a damaged zip file/,
    );
  });

  it('reads the zip directory with the workbook reader: a directory that claims more than the file holds is refused by both', async () => {
    const input = Buffer.from(await pkg(WS('<sheetData/>')));
    // The end record's size of the central directory, made larger than what lies before the end record.
    const eocd = input.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    input.writeUInt32LE(input.readUInt32LE(eocd + 12) + 1000, eocd + 12);
    expect(() => readZip(input, 'lying.xlsx')).toThrow(/^lying\.xlsx: is a damaged zip file/);
    await expect(readXlsxSnapshot(input, 'lying.xlsx')).rejects.toThrow(/lying\.xlsx/);
  });
});
