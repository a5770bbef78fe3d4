/**
 * The fast path of xmlStream.ts: XML without comments, CDATA sections, a DOCTYPE or processing instructions
 * (an XML declaration aside), which is what spreadsheet programs write, read by a scanner made for it; saxes
 * stays the reader of everything else, and the judge of every fault.
 *
 * - `isPlainXml` decides before any event, with the engine's own string search: no "<!" anywhere, no "<?"
 *   but a well-formed declaration at the start. A part that is not plain goes to saxes whole.
 * - `streamPlainXml` reads a plain part in one pass and delivers saxes's events: an element opens with its
 *   name and attributes (qualified names as written, values decoded and normalized as XML says), a
 *   self-closing element opens then closes, each run of character data between two tags is one text event
 *   (line ends normalized; whitespace outside the root included). At the first fault (a tag unclosed or
 *   crossed, a character or entity XML forbids, an attribute twice, text outside the root, deeper nesting
 *   than allowed) it throws PlainXmlFault, and xmlStream.ts has saxes read the part again to say what is
 *   wrong, where, in its words: the read fails either way, so the events delivered before do not count.
 *
 * One walk over the text, each character looked at a bounded number of times (a text or a value is found
 * by the engine's search, then checked by a one-character class), and a stack no deeper than the bound:
 * reading stays linear whatever the part holds.
 */
import type { RawXmlHandlers } from './xmlStream';

/** A fault in a plain part: saxes, reading it again, says what and where. */
export class PlainXmlFault extends Error {
  constructor() {
    super('not well-formed XML');
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;
const SEMI = 0x3b;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** The declaration; tried on its first 300 characters only. */
const DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(yes|no)\5)?[ \t\r\n]*\?>/;
/** The characters XML 1.0 forbids, and the surrogates, which need a look at their neighbour. */
const CHECKED = '\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ud800-\\udfff\\ufffe\\uffff';
/** Characters of a text that need more than a slice: entities, line ends to normalize, and CHECKED. */
const TEXT_SPECIAL = new RegExp(`[&\\r\\]${CHECKED}]`);
/** The same in an attribute value, where tabs and line ends become spaces and '<' is a fault. */
const VALUE_SPECIAL = new RegExp(`[&<\\t\\n\\r${CHECKED}]`);
const SPACE_ONLY = /^[ \t\r\n]*$/;

/** True when the part holds nothing but a declaration (if any), elements, attributes and text. */
export function isPlainXml(xml: string): boolean {
  if (xml.indexOf('<!') >= 0) return false;
  const start = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let pi = xml.indexOf('<?');
  if (pi === start && xml.startsWith('<?xml', start)) {
    const m = DECLARATION.exec(xml.slice(start, start + 300));
    if (!m) return false;
    pi = xml.indexOf('<?', start + m[0].length);
  }
  return pi < 0;
}

/**
 * Reads a plain part (isPlainXml), delivering its events to `h` (names as written, "x:c"); returns the
 * name of its root element as written. Throws PlainXmlFault at the first fault, or the handlers' own errors as they throw them.
 */
export function streamPlainXml(xml: string, h: RawXmlHandlers, maxDepth: number): string {
  return new Scanner(xml, h, maxDepth).run();
}

class Scanner {
  private i = 0;
  private readonly names: string[] = [];
  private root = '';

  constructor(
    private readonly xml: string,
    private readonly h: RawXmlHandlers,
    private readonly maxDepth: number,
  ) {}

  run(): string {
    const xml = this.xml;
    if (xml.charCodeAt(0) === 0xfeff) this.i = 1;
    if (xml.startsWith('<?xml', this.i))
      this.i = xml.indexOf('?>', this.i) + 2; // checked by isPlainXml
    else {
      // Whitespace that opens a part without a declaration is no text event (saxes skips it).
      while (isSpace(xml.charCodeAt(this.i))) this.i++;
    }
    let closed = false;
    for (;;) {
      const lt = xml.indexOf('<', this.i);
      const end = lt < 0 ? xml.length : lt;
      if (end > this.i) this.text(end, this.names.length > 0);
      if (lt < 0) break;
      this.i = lt;
      if (xml.charCodeAt(lt + 1) === SLASH) {
        this.endTag();
        if (this.names.length === 0) closed = true;
      } else if (closed)
        throw new PlainXmlFault(); // a second root
      else {
        this.startTag();
        if (this.names.length === 0) closed = true; // a root that closes itself
      }
    }
    if (!closed || this.names.length > 0) throw new PlainXmlFault();
    return this.root;
  }

  /** Character data from here to `end` (a '<' or the end of the part), as one text event. */
  private text(end: number, inRoot: boolean): void {
    const xml = this.xml;
    const raw = xml.slice(this.i, end);
    this.i = end;
    let t = raw;
    if (!inRoot) {
      if (!SPACE_ONLY.test(raw)) throw new PlainXmlFault();
      if (raw.includes('\r')) t = raw.replace(/\r\n?/g, '\n');
    } else if (TEXT_SPECIAL.test(raw)) t = decodedText(raw);
    if (t.length > 0) this.h.text(t);
  }

  /** A name at the cursor (XML 1.0's Name), moved past. */
  private name(): string {
    const xml = this.xml;
    const start = this.i;
    let i = start;
    for (;;) {
      const c = xml.charCodeAt(i);
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a) i++;
      else if (i > start && ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e)) i++;
      else if (c >= 0x80) {
        const cp = xml.codePointAt(i) as number;
        if (!(i > start ? isNameChar(cp) : isNameStartChar(cp))) break;
        i += cp > 0xffff ? 2 : 1;
      } else break;
    }
    if (i === start) throw new PlainXmlFault();
    this.i = i;
    return xml.slice(start, i);
  }

  private skipSpace(): boolean {
    const xml = this.xml;
    const start = this.i;
    while (isSpace(xml.charCodeAt(this.i))) this.i++;
    return this.i > start;
  }

  private startTag(): void {
    const xml = this.xml;
    this.i++; // '<'
    const name = this.name();
    // Built as read (no lists of names and values per element: a sheet has hundreds of thousands); a name
    // given twice is found by the object itself, in constant time, so a hostile tag stays linear.
    let attrs: Record<string, string> = {};
    for (;;) {
      const spaced = this.skipSpace();
      const c = xml.charCodeAt(this.i);
      if (c === GT || c === SLASH) break;
      if (!spaced) throw new PlainXmlFault(); // attributes are separated by whitespace
      const key = this.name();
      this.skipSpace();
      if (xml.charCodeAt(this.i) !== EQ) throw new PlainXmlFault();
      this.i++;
      this.skipSpace();
      const value = this.attributeValue();
      if (Object.hasOwn(attrs, key)) throw new PlainXmlFault(); // an attribute given twice
      // A plain object, which the engine builds fast (saxes makes one without a prototype, kept as a slow
      // dictionary); without a prototype once an attribute is named __proto__, which a plain object would
      // take for its prototype. The readers ask for attributes by their own names (r, t, s, ref...) or
      // list them (Object.keys), so Object's members are never taken for attributes.
      if (key === '__proto__' && Object.getPrototypeOf(attrs) !== null)
        attrs = Object.assign(Object.create(null), attrs);
      attrs[key] = value;
    }
    const selfClosing = xml.charCodeAt(this.i) === SLASH;
    if (selfClosing && xml.charCodeAt(this.i + 1) !== GT) throw new PlainXmlFault();
    this.i += selfClosing ? 2 : 1;
    if (this.names.length >= this.maxDepth) throw new PlainXmlFault(); // saxes's reading refuses it in words
    if (!this.root) this.root = name;
    this.h.open(name, attrs);
    if (selfClosing) this.h.close(name);
    else this.names.push(name);
  }

  private attributeValue(): string {
    const xml = this.xml;
    const q = xml.charCodeAt(this.i);
    if (q !== QUOT && q !== APOS) throw new PlainXmlFault();
    const close = xml.indexOf(q === QUOT ? '"' : "'", this.i + 1);
    if (close < 0) throw new PlainXmlFault();
    const raw = xml.slice(this.i + 1, close);
    this.i = close + 1;
    return VALUE_SPECIAL.test(raw) ? decodedValue(raw) : raw;
  }

  private endTag(): void {
    const xml = this.xml;
    this.i += 2; // '</'
    const name = this.names.pop();
    if (name === undefined || !xml.startsWith(name, this.i)) throw new PlainXmlFault();
    this.i += name.length;
    const next = xml.codePointAt(this.i) as number;
    if (next !== undefined && isNameChar(next)) throw new PlainXmlFault(); // a longer name than the one open
    this.skipSpace();
    if (xml.charCodeAt(this.i) !== GT) throw new PlainXmlFault();
    this.i++;
    this.h.close(name);
  }
}

/** A text that holds an entity, a line end or a character to check, decoded as saxes delivers it. */
function decodedText(raw: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === AMP) {
      const end = entityEnd(raw, i);
      out += raw.slice(from, i) + entityText(raw.slice(i + 1, end));
      i = end;
      from = end + 1;
    } else if (c === 0x0d) {
      // CR LF and a lone CR are both one line end, as XML reads them.
      out += raw.slice(from, i) + '\n';
      if (raw.charCodeAt(i + 1) === 0x0a) i++;
      from = i + 1;
    } else if (c === 0x5d) {
      if (raw.startsWith(']]>', i)) throw new PlainXmlFault(); // not allowed in character data
    } else i = checkedChar(raw, i);
  }
  return out + raw.slice(from);
}

/** An attribute value that holds an entity, a tab, a line end or a character to check, decoded and normalized. */
function decodedValue(raw: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === AMP) {
      const end = entityEnd(raw, i);
      out += raw.slice(from, i) + entityText(raw.slice(i + 1, end));
      i = end;
      from = end + 1;
    } else if (c === 0x09 || c === 0x0a || c === 0x0d) {
      // A tab or a line end (CR LF counts as one) becomes a space (XML's normalization of attribute values).
      out += raw.slice(from, i) + ' ';
      if (c === 0x0d && raw.charCodeAt(i + 1) === 0x0a) i++;
      from = i + 1;
    } else if (c === LT) throw new PlainXmlFault();
    else i = checkedChar(raw, i);
  }
  return out + raw.slice(from);
}

/** The ';' that ends the entity starting at the '&' at `amp`: only name characters and '#' may come between. */
function entityEnd(s: string, amp: number): number {
  for (let i = amp + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === SEMI) return i;
    if (!(c === 0x23 || (c < 0x80 && isNameChar(c)))) break;
  }
  throw new PlainXmlFault();
}

/** What `&name;` stands for: a predefined entity, or a character reference to a character XML 1.0 allows. */
function entityText(name: string): string {
  switch (name) {
    case 'quot':
      return '"';
    case 'amp':
      return '&';
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'apos':
      return "'";
  }
  let code = NaN;
  if (/^#x[0-9a-fA-F]+$/.test(name)) code = parseInt(name.slice(2), 16);
  else if (/^#[0-9]+$/.test(name)) code = parseInt(name.slice(1), 10);
  if (!isXmlChar(code)) throw new PlainXmlFault();
  return String.fromCodePoint(code);
}

/** The character at `i`, which must be one XML 1.0 allows: returns the index of its last code unit. */
function checkedChar(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x20) {
    if (c !== 0x09 && c !== 0x0a && c !== 0x0d) throw new PlainXmlFault();
    return i;
  }
  if (c < 0xd800) return i;
  const cp = s.codePointAt(i) as number;
  if (!isXmlChar(cp) || (cp < 0x10000 && cp >= 0xd800 && cp <= 0xdfff)) throw new PlainXmlFault();
  return cp > 0xffff ? i + 1 : i;
}

function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** XML 1.0 (fifth edition) NameStartChar. */
function isNameStartChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x5f ||
    c === 0x3a ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    (c >= 0x200c && c <= 0x200d) ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0xeffff)
  );
}

/** XML 1.0 (fifth edition) NameChar. */
function isNameChar(c: number): boolean {
  return (
    isNameStartChar(c) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0xb7 ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x203f && c <= 0x2040)
  );
}
