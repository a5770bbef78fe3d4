/**
 * The XML parser's own bounds, fed directly (the package's packing ratio refuses most floods before a
 * parser sees them, test/bad-input/hostileWorkbooks.test.ts): nesting depth, and the element budget of
 * a whole file (issue 22, item 5), each refused in words naming the file and the part.
 */
import { streamXml, withElementBudget, MAX_XML_DEPTH } from '../../src/xlsx/xmlStream';

describe('streamXml bounds', () => {
  it('200,000 unclosed <f>: refused at the 101st level, not held as a stack', () => {
    const xml = `<worksheet><sheetData><row r="1"><c r="A1">${'<f>SUM(A1)'.repeat(200_000)}`;
    expect(() => streamXml(xml, 'x.xlsx', 'xl/worksheets/sheet1.xml', {})).toThrow(
      new RegExp(`its part xl/worksheets/sheet1\\.xml nests elements more than ${MAX_XML_DEPTH} deep \\(at <f>`),
    );
  });

  it('an element budget shared by the parts of one file: the part that passes it is named', () => {
    const part = (n: number) => `<worksheet>${'<x/>'.repeat(n)}</worksheet>`;
    expect(() =>
      withElementBudget(1_000, 'x.xlsx', () => {
        streamXml(part(600), 'x.xlsx', 'xl/a.xml', {});
        streamXml(part(600), 'x.xlsx', 'xl/b.xml', {});
      }),
    ).toThrow(/x\.xlsx: holds more than 1,000 XML elements \(counted up to its part xl\/b\.xml\)/);
    // Outside a budget (a part read alone) nothing is counted.
    expect(streamXml(part(2_000), 'x.xlsx', 'xl/a.xml', {})).toBe('worksheet');
  });
});
