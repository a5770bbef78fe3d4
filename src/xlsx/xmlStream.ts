/**
 * Every XML part of a workbook is read through here: one pass of a streaming parser (saxes, the
 * parser exceljs uses too), so reading time grows linearly with the part whatever its damage. A
 * pattern over a whole part would rescan it from every unclosed tag (27 s for 200,000 unclosed <f>
 * in 40 KB, minutes for an unclosed <cellXfs>); a parser keeps one stack and stops at the first
 * fault. A part that is not well-formed XML is refused with the file, the part and the place.
 */
import { newXmlParser } from '../budget/xmlParser';
import { isPlainXml, PlainXmlFault, streamPlainXml } from './plainXml';
import { damagedPart } from './readError';

/** Deepest nesting of elements accepted; SpreadsheetML needs about 10 (worksheet, sheetData, row, c, is, r, t, extensions). */
export const MAX_XML_DEPTH = 100;

export interface XmlHandlers {
  /** An element opens: its name without namespace prefix ("c" for "x:c") and its decoded attributes. */
  open?(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  /** Character data (text and CDATA), entities decoded. */
  text?(text: string): void;
}

/** "x:c" -> "c": SpreadsheetML is written with or without a prefix; only the local name matters. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Streams one part; returns the local name of its root element ('' for no element at all). */
export function streamXml(xml: string, file: string, part: string, h: XmlHandlers, bySaxes = false): string {
  // The XML spreadsheet programs write (no comment, CDATA, DOCTYPE or processing instruction) is read by
  // plainXml.ts, several times faster; anything else by saxes below. At a fault, saxes reads the part again
  // to say what and where: the read fails either way, so the events already delivered do not count.
  if (!bySaxes && isPlainXml(xml)) {
    try {
      return streamPlainXml(xml, h, MAX_XML_DEPTH);
    } catch (err) {
      if (!(err instanceof PlainXmlFault)) throw err;
      streamXml(xml, file, part, {}, true);
      // saxes found nothing wrong: a lone surrogate, which text decoded from UTF-8 never holds.
      throw damagedPart(file, part, 'is not well-formed XML (a character XML does not allow)');
    }
  }
  const parser = newXmlParser({ position: true });
  let root = '';
  let depth = 0;
  parser.on('opentag', (node) => {
    const name = localName(node.name);
    if (!root) root = name;
    // Unclosed tags nest: 200,000 unclosed <f> would be a stack of 200,000 elements held until the
    // end of the part (hundreds of MB from a 40 KB file). Excel nests a dozen deep; stop at the bound.
    if (++depth > MAX_XML_DEPTH)
      throw damagedPart(
        file,
        part,
        `nests elements more than ${MAX_XML_DEPTH} deep (at <${node.name.slice(0, 40)}>, ${parser.line}:${parser.column}), as no spreadsheet program writes; tags are probably left unclosed`,
      );
    h.open?.(name, node.attributes as Record<string, string>);
  });
  parser.on('closetag', (node) => {
    depth--;
    h.close?.(localName(node.name));
  });
  if (h.text) {
    parser.on('text', (t) => h.text?.(t));
    parser.on('cdata', (t) => h.text?.(t));
  }
  // saxes reports a fault through this handler; throwing stops the parse at the first one.
  parser.on('error', (err) => {
    throw damagedPart(file, part, `is not well-formed XML: ${inWords(err.message)}`);
  });
  parser.write(xml).close();
  if (!root) throw damagedPart(file, part, 'holds no XML element');
  return root;
}

/** saxes's "1:20: undefined entity." reads, to a budget officer, like a program's fault: say what it is. */
function inWords(message: string): string {
  return message
    .replace(/undefined entity/, 'reference to an entity the file does not define (Excel never writes one)')
    .replace(/\.$/, '');
}

/** An attribute by local name ("r:id" and "id" both answer "id"), for attributes written with any prefix. */
export function attrByLocalName(attrs: Record<string, string>, name: string): string | undefined {
  for (const key of Object.keys(attrs)) if (localName(key) === name) return attrs[key];
  return undefined;
}
