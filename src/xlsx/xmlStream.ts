/**
 * Every XML part of a workbook is read through here: one pass of a streaming parser (saxes, the
 * parser exceljs uses too), so reading time grows linearly with the part whatever its damage. A
 * pattern over a whole part would rescan it from every unclosed tag (27 s for 200,000 unclosed <f>
 * in 40 KB, minutes for an unclosed <cellXfs>); a parser keeps one stack and stops at the first
 * fault. A part that is not well-formed XML is refused with the file, the part and the place.
 */
import { msg, type Msg } from '../messages/words';
import { newXmlParser } from '../budget/xmlParser';
import { isPlainXml, PlainXmlFault, streamPlainXml } from './plainXml';
import { WorkbookReadError, damagedPart } from './readError';

/** Deepest nesting of elements accepted; SpreadsheetML needs about 10 (worksheet, sheetData, row, c, is, r, t, extensions). */
export const MAX_XML_DEPTH = 100;

/**
 * The elements a whole file may still open, shared by all its parts (readSnapshot.ts sets it from the
 * file's size: readLimits.ts, ELEMENTS_PER_BYTE). Reading is synchronous, so one budget at a time.
 */
let elementBudget: { left: number; bound: number; file: string } | null = null;

/** Runs a whole file's read under an element budget. */
export function withElementBudget<T>(bound: number, file: string, read: () => T): T {
  const outer = elementBudget;
  elementBudget = { left: bound, bound, file };
  try {
    return read();
  } finally {
    elementBudget = outer;
  }
}

function overBudget(b: { bound: number; file: string }, part: string): WorkbookReadError {
  return new WorkbookReadError(b.file, msg('xlsx.elementFlood', { max: b.bound, part }));
}

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

/** SpreadsheetML's namespace, as Excel writes it (transitional) and in ISO strict. */
export const SPREADSHEETML = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
] as const;
/** The namespace of a package's relationships parts (`_rels/*.rels`). */
export const PACKAGE_RELATIONSHIPS = ['http://schemas.openxmlformats.org/package/2006/relationships'] as const;

/** Prefix -> namespace URI in scope at an element ("" is the default namespace). */
type Scope = ReadonlyMap<string, string>;

/** The scope of an element: its parent's, with the element's own xmlns declarations. */
function scopeOf(parent: Scope, attrs: Record<string, string>): Scope {
  let scope: Map<string, string> | null = null;
  // for...in, not Object.keys: no array per element (a sheet has hundreds of thousands); 'x' first, cheaply.
  for (const key in attrs) {
    if (key.charCodeAt(0) !== 0x78 || (key !== 'xmlns' && !key.startsWith('xmlns:'))) continue;
    scope ??= new Map(parent);
    scope.set(key === 'xmlns' ? '' : key.slice(6), attrs[key] as string);
  }
  return scope ?? parent;
}

/**
 * What a parser reports, with element names as written ("x:c"): the fast scanner and saxes both feed it,
 * and it applies what every part's reading needs whichever parser read it (below).
 */
export interface RawXmlHandlers {
  open(qname: string, attrs: Record<string, string>): void;
  close(qname: string): void;
  text(text: string): void;
}

/**
 * Between a parser and a reader's handlers: the file's element budget counted, and elements told by their
 * namespace, not their local name: one of another namespace (`<evil:c xmlns:evil="urn:evil">`, or
 * markup-compatibility extensions) is skipped with all it holds, so it is never read as a cell (issue 22,
 * item 12). An element in no namespace at all is read (hand-made files declare none). Scopes are a stack
 * bounded by MAX_XML_DEPTH, so resolving a prefix walks a short stack.
 */
function namespaceFilter(part: string, h: XmlHandlers, namespaces: readonly string[]): RawXmlHandlers {
  const scopes: Scope[] = [new Map()];
  let foreignDepth = 0;
  const ours = (uri: string) => uri === '' || namespaces.includes(uri);
  // Whether an element without a prefix is ours, known once per scope: nearly every element of a part
  // shares its root's, and the namespace's name is sixty characters to compare.
  let lastScope: Scope | null = null;
  let lastOurs = false;
  const defaultOurs = (scope: Scope) => {
    if (scope !== lastScope) {
      lastScope = scope;
      lastOurs = ours(scope.get('') ?? '');
    }
    return lastOurs;
  };
  return {
    open(qname, attrs) {
      const budget = elementBudget;
      if (budget && --budget.left < 0) throw overBudget(budget, part);
      const scope = scopeOf(scopes[scopes.length - 1] as Scope, attrs);
      scopes.push(scope);
      if (foreignDepth) {
        foreignDepth++;
        return;
      }
      const colon = qname.indexOf(':');
      if (!(colon < 0 ? defaultOurs(scope) : ours(scope.get(qname.slice(0, colon)) ?? ''))) {
        foreignDepth = 1;
        return;
      }
      h.open?.(colon < 0 ? qname : qname.slice(colon + 1), attrs);
    },
    close(qname) {
      scopes.pop();
      if (foreignDepth) {
        foreignDepth--;
        return;
      }
      h.close?.(localName(qname));
    },
    text(t) {
      if (!foreignDepth) h.text?.(t);
    },
  };
}

/**
 * Streams one part; returns the local name of its root element ('' for no element at all). The XML
 * spreadsheet programs write (no comment, CDATA, DOCTYPE or processing instruction) is read by plainXml.ts,
 * several times faster; anything else by saxes. At a fault, saxes reads the part again to say what and
 * where: the read fails either way, so the events already delivered do not count.
 */
export function streamXml(
  xml: string,
  file: string,
  part: string,
  h: XmlHandlers,
  namespaces: readonly string[] = SPREADSHEETML,
): string {
  if (isPlainXml(xml)) {
    try {
      return localName(streamPlainXml(xml, namespaceFilter(part, h, namespaces), MAX_XML_DEPTH));
    } catch (err) {
      if (!(err instanceof PlainXmlFault)) throw err;
      streamWithSaxes(xml, file, part, namespaceFilter(part, {}, namespaces));
      // saxes found nothing wrong: a lone surrogate, which text decoded from UTF-8 never holds.
      throw damagedPart(file, part, msg('xlsx.why.badCharacter'));
    }
  }
  return streamWithSaxes(xml, file, part, namespaceFilter(part, h, namespaces));
}

function streamWithSaxes(xml: string, file: string, part: string, h: RawXmlHandlers): string {
  const parser = newXmlParser({ position: true });
  let root = '';
  let depth = 0;
  parser.on('opentag', (node) => {
    if (!root) root = localName(node.name);
    // Unclosed tags nest: 200,000 unclosed <f> would be a stack of 200,000 elements held until the
    // end of the part (hundreds of MB from a 40 KB file). Excel nests a dozen deep; stop at the bound.
    if (++depth > MAX_XML_DEPTH)
      throw damagedPart(
        file,
        part,
        msg('xlsx.why.tooDeep', {
          max: MAX_XML_DEPTH,
          tag: node.name.slice(0, 40),
          position: `${parser.line}:${parser.column}`,
        }),
      );
    h.open(node.name, node.attributes as Record<string, string>);
  });
  parser.on('closetag', (node) => {
    depth--;
    h.close(node.name);
  });
  parser.on('text', (t) => h.text(t));
  parser.on('cdata', (t) => h.text(t));
  // saxes reports a fault through this handler; throwing stops the parse at the first one.
  parser.on('error', (err) => {
    throw damagedPart(file, part, inWords(err.message));
  });
  parser.write(xml).close();
  if (!root) throw damagedPart(file, part, msg('xlsx.why.noElement'));
  return root;
}

/** saxes's "1:20: undefined entity." reads, to a budget officer, like a program's fault: say what it is. */
function inWords(message: string): Msg {
  const m = /^(\d+:\d+): undefined entity\.?$/.exec(message);
  if (m) return msg('xlsx.why.undefinedEntity', { position: m[1] ?? '' });
  return msg('xlsx.why.notWellFormed', { problem: message.replace(/\.$/, '') });
}

/** An attribute by local name ("r:id" and "id" both answer "id"), for attributes written with any prefix. */
export function attrByLocalName(attrs: Record<string, string>, name: string): string | undefined {
  for (const key of Object.keys(attrs)) if (localName(key) === name) return attrs[key];
  return undefined;
}
