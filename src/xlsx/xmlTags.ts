/**
 * A forward-only scanner of the tags of an XML part held as bytes, for the package patcher: each tag
 * with its byte offsets, so that a part can be edited by splicing only the elements that change and
 * every other byte stays as it was. It reads each byte once (text is skipped to the next "<", comments,
 * processing instructions and CDATA to their ends), so its time grows linearly with the part. It
 * does not check well-formedness: the patcher has saxes do that first (checkWellFormed).
 */
import { englishWords, msg, type Msg } from '../messages/words';
import { newXmlParser } from '../budget/xmlParser';

export interface XmlAttr {
  /** Qualified name ("r", "r:id"). */
  name: string;
  local: string;
  /** Decoded value. */
  value: string;
  /** The attribute as written, `name="value"`, for copying it unchanged. */
  raw: string;
}

export interface XmlTag {
  kind: 'open' | 'close' | 'empty';
  name: string;
  local: string;
  /** The namespace prefix with its colon ("x:"), or "". */
  prefix: string;
  /** Offset of "<" and offset just after ">". */
  start: number;
  end: number;
  /** Read when first asked for: most tags of a sheet are never asked. */
  readonly attrs: XmlAttr[];
}

/** Markup the scanner cannot follow; the message names the part and says what is wrong. */
export class XmlScanError extends Error {
  constructor(readonly problem: Msg) {
    super(englishWords().render(problem));
    this.name = 'XmlScanError';
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const isSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

export class XmlTagScanner {
  private pos = 0;
  constructor(
    private readonly bytes: Buffer,
    private readonly what: Msg,
  ) {}

  /** The next tag, or null at the end of the part. */
  next(): XmlTag | null {
    const b = this.bytes;
    for (;;) {
      const lt = b.indexOf(LT, this.pos);
      if (lt < 0) return null;
      if (b[lt + 1] === 0x21 /* ! */) {
        if (b[lt + 2] === 0x2d) this.pos = this.skipPast(lt, '-->');
        else if (b[lt + 2] === 0x5b) this.pos = this.skipPast(lt, ']]>');
        else throw new XmlScanError(msg('xml.doctype', { what: this.what }));
        continue;
      }
      if (b[lt + 1] === 0x3f /* ? */) {
        this.pos = this.skipPast(lt, '?>');
        continue;
      }
      return this.tag(lt);
    }
  }

  private skipPast(from: number, close: string): number {
    const at = this.bytes.indexOf(close, from + 2);
    if (at < 0) throw new XmlScanError(msg('xml.endsInComment', { what: this.what }));
    return at + close.length;
  }

  private tag(lt: number): XmlTag {
    const b = this.bytes;
    const closing = b[lt + 1] === SLASH;
    let i = closing ? lt + 2 : lt + 1;
    const nameStart = i;
    while (i < b.length && !isSpace(b[i]) && b[i] !== SLASH && b[i] !== GT) i++;
    const name = b.toString('utf8', nameStart, i);
    const attrStart = i;
    // To the tag's end, stepping over quoted values (which may hold ">"); attributes are read on demand.
    for (;;) {
      const at = b[i];
      if (at === undefined) throw new XmlScanError(msg('xml.endsInTag', { what: this.what, tag: name }));
      if (at === GT) break;
      if (at === 0x22 || at === 0x27) {
        const endQuote = b.indexOf(at, i + 1);
        if (endQuote < 0) throw new XmlScanError(msg('xml.endsInAttribute', { what: this.what, tag: name }));
        i = endQuote;
      }
      i++;
    }
    const empty = !closing && b[i - 1] === SLASH;
    this.pos = i + 1;
    return new ScannedTag(
      closing ? 'close' : empty ? 'empty' : 'open',
      name,
      lt,
      i + 1,
      b,
      attrStart,
      empty ? i - 1 : i,
      this.what,
    );
  }
}

/** A tag whose attributes are read when first asked for: most tags of a sheet are never asked. */
class ScannedTag implements XmlTag {
  readonly local: string;
  readonly prefix: string;
  private read: XmlAttr[] | null = null;
  constructor(
    readonly kind: XmlTag['kind'],
    readonly name: string,
    readonly start: number,
    readonly end: number,
    private readonly bytes: Buffer,
    private readonly attrStart: number,
    private readonly attrEnd: number,
    private readonly what: Msg,
  ) {
    const colon = name.indexOf(':');
    this.local = colon < 0 ? name : name.slice(colon + 1);
    this.prefix = colon < 0 ? '' : name.slice(0, colon + 1);
  }

  get attrs(): XmlAttr[] {
    this.read ??= readAttrs(this.bytes, this.attrStart, this.attrEnd, this.name, this.what);
    return this.read;
  }
}

function readAttrs(b: Buffer, from: number, to: number, tag: string, what: Msg): XmlAttr[] {
  const attrs: XmlAttr[] = [];
  let i = from;
  for (;;) {
    while (i < to && isSpace(b[i])) i++;
    if (i >= to) return attrs;
    const attrStart = i;
    while (i < to && b[i] !== 0x3d /* = */ && !isSpace(b[i])) i++;
    const attrName = b.toString('utf8', attrStart, i);
    while (i < to && isSpace(b[i])) i++;
    if (b[i] !== 0x3d) throw new XmlScanError(msg('xml.attributeWithoutValue', { what, tag }));
    i++;
    while (i < to && isSpace(b[i])) i++;
    const quote = b[i];
    if (quote !== 0x22 && quote !== 0x27) throw new XmlScanError(msg('xml.unquotedAttribute', { what, tag }));
    const endQuote = b.indexOf(quote, i + 1);
    const c = attrName.indexOf(':');
    attrs.push({
      name: attrName,
      local: c < 0 ? attrName : attrName.slice(c + 1),
      value: decodeEntities(b.toString('utf8', i + 1, endQuote)),
      raw: b.toString('utf8', attrStart, endQuote + 1),
    });
    i = endQuote + 1;
  }
}

export function attrOf(tag: XmlTag, local: string): string | null {
  for (const a of tag.attrs) if (a.local === local && !a.name.startsWith('xmlns')) return a.value;
  return null;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** An attribute value's text (a short string, never a whole part). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]+);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? m;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Text for an element's content. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Null when the part is well-formed XML, else what is wrong (saxes' message, with its line). */
export function wellFormedProblem(bytes: Buffer): string | null {
  const parser = newXmlParser({ position: true });
  let problem: string | null = null;
  parser.on('error', (err) => {
    problem ??= err.message;
  });
  try {
    parser.write(bytes.toString('utf8')).close();
  } catch (err) {
    problem ??= err instanceof Error ? err.message : String(err);
  }
  return problem;
}
