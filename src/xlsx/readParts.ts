/**
 * The fast reader of an .xlsx file's cells: the sheet parts read directly from the XML the zip holds
 * (already unpacked, with its size bound, by readSnapshot.ts), without building exceljs's object model
 * of every style, validation and print setting. It gives exactly the snapshot the exceljs reader gives
 * (test/fuzz/snapshotReaders.test.ts compares the two on random budgets in both layouts, damaged
 * workbooks, the bad-input corpus and files saved by LibreOffice), 5 to 10
 * times faster: `review` of a folder of workbooks spends most of its time here.
 *
 * It declines (returns null, and exceljs reads the file) on what it does not handle itself: shared
 * formulas (a formula written once for a filled-down block, whose other cells exceljs translates),
 * cells without an address, ISO-dated cells, parts it cannot find.
 */
import type { CellSnapshot, CellValue, SnapshotRequest, Visibility, WorkbookSnapshot } from '../workbook/port';
import { decodeOoxmlText } from '../budget/xmlText';
import { attr, dateText, decodeXml, plainValue, type FoundCell, type PartText, type WorkbookParts } from './readSnapshot';

type SheetBuilder = (name: string, visibility: Visibility, found: FoundCell[], merges: string[]) => WorkbookSnapshot['sheets'][number];

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

/** exceljs's test of a date format (utils.isDateFmt), so both readers agree on which numbers are dates. */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** For each cell style index (the `s` of a cell): true when its number format shows a date. */
function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1] ?? '', 'numFmtId'));
    const code = attr(m[1] ?? '', 'formatCode');
    if (Number.isFinite(id) && code !== null) custom.set(id, code);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const out: boolean[] = [];
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1] ?? '', 'numFmtId') ?? 0);
    out.push(id ? isDateFormat(custom.get(id) ?? BUILT_IN_FORMATS[id]) : false);
  }
  return out;
}

/** The text of an <si> or <is>: its <t> runs, without phonetic guides (<rPh>). */
function runText(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += decodeOoxmlText(decodeXml(m[1] ?? ''));
  return out;
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  // As CELL: an item's body stops at the next <si or </si, in linear time whatever the damage.
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([^<]*(?:<(?!\/?(?:\w+:)?si[\s>/])[^<]*)*)<\/(?:\w+:)?si>)/g)) out.push(runText(m[1] ?? ''));
  return out;
}

function columnOf(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** "B3:D3" -> every covered cell but the top-left, as row*16384+col keys. */
function coveredCells(merges: string[]): Set<number> {
  const out = new Set<number>();
  for (const ref of merges) {
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
    if (!m || !m[3]) continue;
    const c0 = columnOf(m[1] as string);
    const r0 = Number(m[2]) - 1;
    const c1 = columnOf(m[3]);
    const r1 = Number(m[4]) - 1;
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (r !== r0 || c !== c0) out.add(r * 16384 + c);
  }
  return out;
}

// A cell's body never holds another cell: it stops at the next <c or </c, so a damaged part with
// thousands of unclosed cells is read in linear time (a lazy [\s\S]*? would rescan to the end of
// the part from every opening: quadratic, minutes on a few MB).
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([^<]*(?:<(?!\/?(?:\w+:)?c[\s>/])[^<]*)*)<\/(?:\w+:)?c>)/g;
const CELL_ATTR = /(?:^|\s)(r|s|t)\s*=\s*"([^"]*)"/g;
const FORMULA = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const VALUE = /<(?:\w+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?v>)/;
const INLINE = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;

/**
 * A pattern reader would skip over damage an XML parser stops at, and read half a sheet as a whole
 * one: the part must end where a worksheet ends, and its sheetData must hold rows and cells only.
 */
function wellFormedSheet(xml: string): boolean {
  if (!/<\/(?:\w+:)?worksheet>\s*$/.test(xml)) return false;
  if (/<(?:\w+:)?sheetData\s*\/>/.test(xml)) return true;
  const data = /<(?:\w+:)?sheetData\b[^>]*>([\s\S]*)<\/(?:\w+:)?sheetData>/.exec(xml);
  if (!data) return false;
  const rest = (data[1] ?? '').replace(CELL, '').replace(/<(?:\w+:)?row\b[^>]*?\/?>|<\/(?:\w+:)?row>/g, '');
  return rest.trim() === '';
}

/** One sheet's non-blank cells, or null when the sheet uses something only exceljs reads. */
function sheetCells(xml: string, strings: string[] | null, dates: boolean[] | null, date1904: boolean): { found: FoundCell[]; merges: string[] } | null {
  if (/<(?:\w+:)?f\b[^>]*\bt\s*=\s*"shared"/.test(xml)) return null;
  if (!wellFormedSheet(xml)) return null; // exceljs's XML parser then says what is damaged
  const merges: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g)) {
    const ref = attr(m[1] ?? '', 'ref');
    if (ref) merges.push(ref);
  }
  const covered = coveredCells(merges);
  const found: FoundCell[] = [];
  for (const m of xml.matchAll(CELL)) {
    const attrs = m[1] ?? '';
    // r, s and t with one precompiled pattern: attr() builds a RegExp per call, too slow per cell.
    let ref: string | null = null;
    let type = 'n';
    let styleIndex = 0;
    for (const a of attrs.matchAll(CELL_ATTR)) {
      if (a[1] === 'r') ref = a[2] as string;
      else if (a[1] === 't') type = a[2] as string;
      else styleIndex = Number(a[2]);
    }
    const at = ref ? /^([A-Z]+)(\d+)$/.exec(ref) : null;
    if (!at) return null;
    const r = Number(at[2]) - 1;
    const c = columnOf(at[1] as string);
    if (covered.has(r * 16384 + c)) continue; // as Excel reports a merged area: only its top-left holds anything
    const body = m[2] ?? '';
    const f = body ? FORMULA.exec(body) : null;
    const formulaText = f ? decodeXml(f[2] ?? '') : '';
    const formula = formulaText ? `=${formulaText.replace(/^=/, '')}` : null;
    const vText = body ? VALUE.exec(body)?.[1] : undefined;
    let value: CellValue = null;
    if (type === 'inlineStr') {
      const is = INLINE.exec(body);
      value = is ? runText(is[1] ?? '') : null;
    } else if (vText !== undefined) {
      const v = decodeXml(vText);
      if (type === 's') {
        if (!strings) return null;
        const s = strings[Number(v)];
        if (s === undefined) return null;
        value = s;
      } else if (type === 'str') value = v;
      else if (type === 'b') value = v === '1' || v === 'true';
      else if (type === 'e') value = { error: v };
      else if (type === 'n') {
        const n = parseFloat(v);
        const style = styleIndex;
        if (style && !dates) return null;
        if (style && dates?.[style]) {
          value = dateText(new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000)));
        } else value = plainValue(n);
      } else return null; // t="d" (ISO dates) and anything newer
    }
    if (value === null && formula === null) continue;
    const cell: CellSnapshot = { value, formula };
    found.push({ r, c, cell });
  }
  return { found, merges };
}

/** The snapshot from the unpacked parts, or null to let exceljs read the file. */
export function readPartsSnapshot(get: PartText, parts: WorkbookParts, request: SnapshotRequest, build: SheetBuilder): WorkbookSnapshot | null {
  const wanted = request.sheets ? new Set(request.sheets) : null;
  const todo = parts.sheetNames
    .map((entry, i) => ({ entry, part: parts.sheetParts[i] ?? null }))
    .filter(({ entry }) => entry.kind === 'worksheet' && (!wanted || wanted.has(entry.name)));
  if (todo.length === 0) return { sheetNames: parts.sheetNames, sheets: [], names: parts.names };
  const ssXml = get('xl/sharedStrings.xml');
  const strings = ssXml === null ? null : sharedStrings(ssXml);
  const stylesXml = get('xl/styles.xml');
  const dates = stylesXml === null ? null : dateStyles(stylesXml);
  const sheets: WorkbookSnapshot['sheets'] = [];
  for (const { entry, part } of todo) {
    const xml = part ? get(part) : null;
    if (xml === null) return null;
    const read = sheetCells(xml, strings, dates, parts.date1904);
    if (!read) return null;
    sheets.push(build(entry.name, entry.visibility, read.found, read.merges));
  }
  return { sheetNames: parts.sheetNames, sheets, names: parts.names };
}
