/**
 * The sandbox opens an .xlsx into its fake workbook, so a reviewer's workflow can be tried on a real
 * submitted file (issue 19): the sheets with their cells (values, formulas with their cached results, as
 * Excel opens a file), merged areas, visibility, column widths, the defined names, and the data validation
 * of each sheet (which the fake then enforces on typing, fakeValidation.ts). Styles and sheet protection are not
 * opened: every cell can be typed into.
 *
 * The cells are read by the product's own streaming reader (src/xlsx: readWorkbookParts,
 * readPartsSnapshot), the parts unpacked in the browser by JSZip: Node's zlib, which the command line's
 * readSnapshot.ts uses, is not in the browser.
 */
import { msg } from '../messages/words';
import JSZip from 'jszip';
import type { FakeSheet, FakeWorkbook } from '../excel/fake/fakeWorkbook';
import { columnLetter, type Visibility } from '../port/workbookPort';
import { readPartsSnapshot } from '../xlsx/readParts';
import { WorkbookReadError } from '../xlsx/readError';
import { readWorkbookParts } from '../xlsx/workbookPart';
import { streamXml } from '../xlsx/xmlStream';

/** A budget workbook is a few MB of XML; far more is not a workbook to try in a browser tab. */
const MAX_XML_CHARS = 100 * 1024 * 1024;

const VISIBILITY: Record<Visibility, FakeSheet['visibility']> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

/** OOXML's validation operators as Office.js names them (what the fake keeps, fakeRange.ts). */
const OPERATORS: Record<string, string> = {
  between: 'Between',
  notBetween: 'NotBetween',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
};

const ALERT_STYLES: Record<string, string> = { stop: 'Stop', warning: 'Warning', information: 'Information' };

/** The parts of the package as text: the XML parts and their relationships. */
async function partTexts(bytes: Uint8Array, file: string): Promise<Map<string, string>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new WorkbookReadError(file, msg('sandbox.notZip'));
  }
  const texts = new Map<string, string>();
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/i.test(entry.name)) continue;
    const text = await entry.async('string');
    total += text.length;
    if (total > MAX_XML_CHARS) throw new WorkbookReadError(file, msg('sandbox.tooLarge'));
    texts.set(entry.name, text);
  }
  return texts;
}

interface ValidationRead {
  type: string;
  sqref: string;
  attrs: Record<string, string>;
  formula1: string;
  formula2: string;
}

/** Excel's column width (characters of the default font) in points, as Office.js gives `columnWidth`. */
const widthPoints = (chars: number) => Math.round((Math.trunc(chars * 7 + 5) * 3) / 4);

/** The `<dataValidation>` elements of a sheet part, and its column widths (`<col min max width>`). */
function sheetExtrasOf(
  xml: string,
  file: string,
  part: string,
): { validations: ValidationRead[]; widths: Map<number, number> } {
  const out: ValidationRead[] = [];
  const widths = new Map<number, number>();
  let current: ValidationRead | null = null;
  let field: 'formula1' | 'formula2' | null = null;
  streamXml(xml, file, part, {
    open(name, attrs) {
      if (name === 'col' && attrs.width) {
        const min = Number(attrs.min);
        const max = Math.min(Number(attrs.max), min + 200);
        for (let c = min; c <= max; c++) widths.set(c - 1, widthPoints(Number(attrs.width)));
      } else if (name === 'dataValidation')
        current = { type: attrs.type ?? 'none', sqref: attrs.sqref ?? '', attrs, formula1: '', formula2: '' };
      else if (current && (name === 'formula1' || name === 'formula2')) field = name;
    },
    text(t) {
      if (current && field) current[field] += t;
    },
    close(name) {
      if (name === 'formula1' || name === 'formula2') field = null;
      else if (name === 'dataValidation' && current) {
        out.push(current);
        current = null;
      }
    },
  });
  return { validations: out, widths };
}

/** A validation as Office.js sets it (`range.dataValidation.rule`, `.errorAlert`), the form the fake keeps. */
function storedRule(v: ValidationRead): unknown {
  const on = (k: string) => v.attrs[k] === '1' || v.attrs[k] === 'true';
  const errorAlert = {
    // OOXML's default is no alert: an entry that breaks the rule is then taken.
    showAlert: on('showErrorMessage'),
    style: ALERT_STYLES[v.attrs.errorStyle ?? 'stop'] ?? 'Stop',
    title: v.attrs.errorTitle ?? '',
    message: v.attrs.error ?? '',
  };
  if (v.type === 'list') {
    const f = v.formula1.trim();
    // An inline list is a quoted string ("Y,N"); anything else names a range.
    const source = /^".*"$/.test(f) ? f.slice(1, -1).replace(/""/g, '"') : `=${f}`;
    return { rule: { list: { inCellDropDown: true, source } }, errorAlert };
  }
  if (v.type === 'whole' || v.type === 'decimal') {
    const basic = {
      operator: OPERATORS[v.attrs.operator ?? 'between'] ?? 'Between',
      formula1: v.formula1.trim(),
      formula2: v.formula2.trim(),
    };
    return { rule: v.type === 'whole' ? { wholeNumber: basic } : { decimal: basic }, errorAlert };
  }
  return null; // dates, times, text lengths, custom formulas: not enforced by the fake
}

/**
 * Opens `bytes` (an .xlsx) into an empty fake workbook. A file that cannot be read is a WorkbookReadError
 * with the product's own words.
 */
export async function openXlsxIn(wb: FakeWorkbook, bytes: Uint8Array, file: string): Promise<void> {
  const texts = await partTexts(bytes, file);
  const get = (p: string) => texts.get(p) ?? null;
  const parts = readWorkbookParts(get, file);
  readPartsSnapshot(
    get,
    parts,
    {},
    (name, visibility, found, merges) => {
      const sheet = wb.addSheet(name);
      sheet.visibility = VISIBILITY[visibility];
      sheet.merges = [...merges];
      for (const f of found) {
        const cell = wb.cellFor(sheet, f.r, f.c);
        cell.value = f.cell.value;
        cell.formula = f.cell.formula;
      }
      return { name, kind: 'worksheet', visibility, origin: { row: 0, col: 0 }, cells: [], merges };
    },
    file,
  );
  parts.sheetNames.forEach((entry, i) => {
    const part = parts.sheetParts[i];
    const sheet = wb.sheet(entry.name);
    const xml = part ? get(part) : null;
    if (!sheet || !part || xml === null) return;
    const extras = sheetExtrasOf(xml, file, part);
    for (const v of extras.validations) {
      const rule = storedRule(v);
      if (rule) for (const range of v.sqref.split(/\s+/).filter(Boolean)) sheet.validations.push({ range, rule });
    }
    for (const [col, points] of extras.widths) if (points > 0) sheet.columnWidths[columnLetter(col)] = points;
  });
  // Sheet-scoped names (print areas, a name defined on two sheets) come once: the fake keeps workbook names.
  for (const n of parts.names) {
    if (n.name.startsWith('_xlnm.') || wb.names.some((x) => x.name.toLowerCase() === n.name.toLowerCase())) continue;
    wb.addName(n.name, `=${n.ref}`);
  }
  wb.activeSheet = wb.sheets.find((s) => s.visibility === 'Visible')?.name ?? null;
}
