/**
 * The two workbook-wide parts a sheet's cells refer to: the shared strings (a cell of type "s" holds
 * an index into them) and, of the styles, only which cell styles show a date (a number under a date
 * format reads as a date). Both read with the streaming parser (xmlStream.ts): linear in the part,
 * an unclosed <cellXfs> or <si> is a refusal at the end of the part, not minutes of rescanning.
 */
import { decodeOoxmlText } from '../budget/xmlText';
import { streamXml } from './xmlStream';

/** Excel's built-in number formats that exceljs knows (the date ones matter: 14 to 22, 45 to 47). */
const BUILT_IN_FORMATS: Record<number, string> = {
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: '[$-404]e/m/d',
  30: 'm/d/yy',
  36: '[$-404]e/m/d',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  50: '[$-404]e/m/d',
  57: '[$-404]e/m/d',
};

/**
 * exceljs's test of a date format (utils.isDateFmt: drop [...] sections, then "..." sections, then look
 * for a date letter), so both readers agree on which numbers are dates; written as two linear passes
 * because its patterns rescan the rest of a code from every unclosed "[".
 */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]/.test(withoutSections(withoutSections(fmt, '[', ']'), '"', '"'));
}

/** The text without its open...close sections; an opener never closed stays, as in the pattern. */
function withoutSections(s: string, open: string, close: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const start = s.indexOf(open, i);
    if (start < 0) break;
    const end = s.indexOf(close, start + 1);
    if (end < 0) break; // no closer after this opener, so none after any later one either
    out += s.slice(i, start);
    i = end + 1;
  }
  return out + s.slice(i);
}

/** For each cell style index (the `s` of a cell): true when its number format shows a date. */
export function dateStyles(xml: string, file: string, part: string): boolean[] {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  streamXml(xml, file, part, {
    open(name, a) {
      if (name === 'numFmt' && a.formatCode !== undefined && Number.isFinite(Number(a.numFmtId)))
        custom.set(Number(a.numFmtId), a.formatCode);
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return ids.map((id) => (id ? isDateFormat(custom.get(id) ?? BUILT_IN_FORMATS[id]) : false));
}

/** The shared strings: each <si>'s text, its <t> runs joined, phonetic guides (<rPh>) left out. */
export function sharedStrings(xml: string, file: string, part: string): string[] {
  const out: string[] = [];
  const run = new RunText();
  streamXml(xml, file, part, {
    open(name) {
      if (name === 'si') run.start();
      else run.open(name);
    },
    text: (t) => run.text(t),
    close(name) {
      if (name === 'si') out.push(run.end());
      else run.close(name);
    },
  });
  return out;
}

/**
 * The text of a rich or plain string (<si> or an inline <is>): the characters of its <t> elements
 * outside phonetic guides. Fed the events between the string's start and end.
 */
export class RunText {
  private value = '';
  private inT = false;
  private phonetic = 0;

  start(): void {
    this.value = '';
    this.inT = false;
    this.phonetic = 0;
  }
  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inT = true;
  }
  text(t: string): void {
    if (this.inT) this.value += t;
  }
  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inT = false;
  }
  /** The text as typed: Office's `_xHHHH_` escapes decoded (src/budget/xmlText.ts, the rule the writers use too). */
  end(): string {
    return decodeOoxmlText(this.value);
  }
}

export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
