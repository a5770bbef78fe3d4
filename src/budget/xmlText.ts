/**
 * Text that XML 1.0 can hold, for every writer of XML (the SF-424A XML, the .xlsx files) and the
 * readers that undo the .xlsx escape. XML 1.0 allows tab, line feed, carriage return and the
 * characters from U+0020 on, except the surrogates and U+FFFE, U+FFFF: anything else makes the file
 * not well-formed (Grants.gov, Excel and LibreOffice refuse it). Such characters are removed, and the
 * caller says so, naming the field or cell. Pure: no I/O.
 */
import { msg, type Msg } from '../messages/words';

/** A character XML 1.0 cannot hold (with the u flag a lone surrogate is one code point, so it matches too). */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export interface XmlSafeText {
  text: string;
  /** The code points removed, in order ("U+001B"). */
  removed: string[];
}

const codeLabel = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `text` without the characters XML 1.0 cannot hold, and which were removed. */
export function xmlSafeText(text: string): XmlSafeText {
  const removed: string[] = [];
  const safe = text.replace(NOT_XML, (ch) => {
    removed.push(codeLabel(ch));
    return '';
  });
  return { text: safe, removed };
}

/** The warning for removed characters: "removed 2 characters that XML cannot hold (U+001B, U+FFFF)". */
export function removedNote(where: string, removed: string[]): Msg {
  const codes = [...new Set(removed)].slice(0, 5).join(', ') + (new Set(removed).size > 5 ? ', ...' : '');
  return msg('write.removed', { where, count: removed.length, codes });
}

/**
 * The first `max` characters as people and XML Schema count them (code points), never half of a
 * surrogate pair: an emoji at the limit is kept whole or left out.
 */
export function firstCodePoints(text: string, max: number): string {
  let end = 0;
  for (let n = 0; n < max && end < text.length; n++) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  return text.slice(0, end);
}

/** How many characters `text` has as people and XML Schema count them (code points). */
export function codePointCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) n++;
  return n;
}

/**
 * Office Open XML text escape (ECMA-376 Part 1, 22.9.2.19 ST_Xstring): `_xHHHH_` stands for the
 * character U+HHHH. A literal `_x000D_` typed by a user must therefore be written `_x005F_x000D_` (the
 * underscore escaped) to read back as typed; a carriage return is written `_x000D_`, as Excel does,
 * since XML parsers turn a raw one into a line feed.
 */
export function encodeOoxmlText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(/\r/g, '_x000D_');
}

/**
 * Reverses encodeOoxmlText (and Excel's own `_xHHHH_` escapes) for readers of a <t> run of .xlsx text;
 * upper-case hex digits only, as Excel writes them and as exceljs's reader decodes, so both readers agree.
 */
export function decodeOoxmlText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
