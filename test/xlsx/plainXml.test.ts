/**
 * The fast path of the XML reader (src/xlsx/plainXml.ts) against saxes, which it stands in for: on every part
 * of real workbooks and on thousands of mutations of them (a character, an entity, a tag, a quote inserted or
 * removed, as damage or a hostile hand would), whenever the fast path reads a part, saxes reads it too and
 * delivers the very same events; whenever the fast path finds a fault, saxes finds one too. xmlStream.ts
 * relies on both: a part is read by one of the two, and a fault is always said in saxes's words.
 */
import * as fs from 'fs';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import fc from 'fast-check';
import { newXmlParser } from '../../src/budget/xmlParser';
import { isPlainXml, PlainXmlFault, streamPlainXml } from '../../src/xlsx/plainXml';
import { MAX_XML_DEPTH, streamXml } from '../../src/xlsx/xmlStream';
import { readZip } from '../../src/xlsx/zipArchive';
import { ownWorkbook } from '../fixtures/bad-input/workbooks';

type Event = [string, ...string[]];

/** saxes's events, as xmlStream.ts reads them (local names, the depth bound), or its first error. */
function bySaxes(xml: string): { events: Event[]; error: string | null } {
  const events: Event[] = [];
  const parser = newXmlParser({ position: true });
  let depth = 0;
  parser.on('opentag', (n) => {
    if (++depth > MAX_XML_DEPTH) throw new Error('too deep');
    events.push(['open', n.name, JSON.stringify(Object.entries(n.attributes))]);
  });
  parser.on('closetag', (n) => {
    depth--;
    events.push(['close', n.name]);
  });
  parser.on('text', (t) => events.push(['text', t]));
  parser.on('cdata', (t) => events.push(['text', t]));
  parser.on('error', (e) => {
    throw e;
  });
  try {
    parser.write(xml).close();
    return { events, error: null };
  } catch (e) {
    return { events, error: (e as Error).message };
  }
}

/** The fast path's events; 'fault' at a fault; null when the part is not plain (saxes reads it whole). */
function byPlain(xml: string): Event[] | 'fault' | null {
  if (!isPlainXml(xml)) return null;
  const events: Event[] = [];
  try {
    streamPlainXml(
      xml,
      {
        open: (n, a) => events.push(['open', n, JSON.stringify(Object.entries(a))]),
        close: (n) => events.push(['close', n]),
        text: (t) => events.push(['text', t]),
      },
      MAX_XML_DEPTH,
    );
    return events;
  } catch (e) {
    if (e instanceof PlainXmlFault) return 'fault';
    throw e;
  }
}

/** Both readers agree on `xml`; returns which path read it. */
function agree(xml: string): 'plain' | 'fault' | 'saxes' {
  const plain = byPlain(xml);
  if (plain === null) return 'saxes';
  const saxes = bySaxes(xml);
  if (plain === 'fault') {
    expect({ xml, error: saxes.error }).toEqual({ xml, error: expect.any(String) });
    return 'fault';
  }
  expect({ xml, error: saxes.error }).toEqual({ xml, error: null });
  expect(plain).toEqual(saxes.events);
  return 'plain';
}

function xmlParts(bytes: Buffer): string[] {
  const zip = readZip(bytes, 'x.xlsx');
  return zip.entries
    .filter((e) => /\.(xml|rels)$/.test(e.name))
    .map((e) => {
      const data = bytes.subarray(e.dataStart, e.dataStart + e.compressed);
      return (e.method === 8 ? inflateRawSync(data) : data).toString('utf8');
    });
}

let parts: string[] = [];
beforeAll(async () => {
  const published = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'published', 'ky-published.xlsx'));
  parts = [...xmlParts(published), ...xmlParts(await ownWorkbook())];
});

it('reads every part of a workbook of ours and of the published fixture, with the events saxes gives', () => {
  expect(parts.length).toBeGreaterThan(10);
  for (const xml of parts) expect(agree(xml)).toBe('plain');
});

const PIECES = [
  '<',
  '>',
  '/',
  '&',
  ';',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  '\r',
  '\r\n',
  '\t',
  'a',
  ':',
  '#',
  'x',
  '1',
  ']]>',
  ']',
  '!',
  '?',
  '-',
  '.',
  '\u0001',
  '\u007f',
  '\u00b7',
  'é',
  '\u{1F600}',
  '\uFFFE',
  '\uFFFD',
  '&amp;',
  '&quot;',
  '&#0;',
  '&#x41;',
  '&#X41;',
  '&#65;',
  '&#x10FFFF;',
  '&#x110000;',
  '&bogus;',
  '<![CDATA[x]]>',
  '<!-- c -->',
  '<?pi x?>',
  '<b>',
  '</b>',
  '<b/>',
  ' c="1"',
  ' c=1',
  ' r="x"',
  'x:y',
  '<:a/>',
  '<a:b:c/>',
  '\uFEFF',
  'Total 12.50',
  '&lt;&gt;&apos;',
  '\r\nline',
  'tab\there',
  'A\u0085B\u2028C',
  '<b c="x\ty\r\nz"/>',
  "<b c='&amp;&#10;'>t</b>",
];

it('agrees with saxes on thousands of damaged parts (fast-check, seeded)', () => {
  const seen = { plain: 0, fault: 0, saxes: 0 };
  fc.assert(
    fc.property(
      fc.noBias(fc.nat()),
      fc.array(
        fc.record({
          at: fc.noBias(fc.double({ min: 0, max: 1, noNaN: true })),
          cut: fc.noBias(fc.nat(5)),
          piece: fc.noBias(fc.constantFrom(...PIECES)),
        }),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
      (which, edits) => {
        // The smaller parts keep each case quick (the large sheets are read whole above).
        const small = parts.filter((p) => p.length < 30_000);
        let xml = small[which % small.length] as string;
        for (const e of edits) {
          // A third of the edits land anywhere (cutting 0 or 1 character), the others right after a ">", where text is.
          const anywhere = e.cut >= 4;
          let at = Math.floor(e.at * xml.length);
          if (!anywhere) at = xml.indexOf('>', at) + 1 || xml.length;
          xml = xml.slice(0, at) + e.piece + xml.slice(at + (anywhere ? e.cut - 4 : 0));
        }
        seen[agree(xml)]++;
      },
    ),
    { numRuns: 2500, seed: 20261207 },
  );
  // Each path was taken many times: the comparison is not vacuous.
  expect(seen).toEqual({ plain: expect.any(Number), fault: expect.any(Number), saxes: expect.any(Number) });
  expect(Math.min(seen.fault, seen.saxes)).toBeGreaterThan(100);
  expect(seen.plain).toBeGreaterThan(50);
});

it("attributes named like Object's members are attributes like any other", () => {
  expect(agree('<a constructor="1" toString="2"/>')).toBe('plain');
  expect(agree('<a __proto__="x" hasOwnProperty="y"><b valueOf="z"/></a>')).toBe('plain');
  const seen: Record<string, string>[] = [];
  streamPlainXml(
    '<a __proto__="x" r="1"/>',
    { open: (_n, a) => seen.push(a), close: () => {}, text: () => {} },
    MAX_XML_DEPTH,
  );
  expect(Object.keys(seen[0] as object)).toEqual(['__proto__', 'r']);
});

it('an attribute given twice is a fault wherever it comes: after many others, after __proto__, as __proto__', () => {
  const many = Array.from({ length: 40 }, (_, i) => `k${i}="${i}"`).join(' ');
  for (const xml of [
    `<a ${many} k33="again"/>`,
    `<a r="1" __proto__="x" r="2"/>`,
    `<a __proto__="x" s="1" __proto__="y"/>`,
    `<a s="1" __proto__="x" __proto__="y"/>`,
  ])
    expect(agree(xml)).toBe('fault');
  expect(agree(`<a ${many} __proto__="x" z="1"/>`)).toBe('plain');
});

it("a fault read by the fast path is refused in saxes's words, with its place", () => {
  const read = (xml: string) => () => streamXml(xml, 'f.xlsx', 'xl/worksheets/sheet1.xml', {});
  expect(read('<worksheet><sheetData></worksheet>')).toThrow(/is not well-formed XML: 1:34: unexpected close tag/);
  expect(read('<worksheet a="1" a="2"/>')).toThrow(/is not well-formed XML: 1:24: duplicate attribute: a/);
  expect(read(`${'<f>'.repeat(MAX_XML_DEPTH + 1)}`)).toThrow(/nests elements more than 100 deep \(at <f>, 1:303\)/);
});
