/**
 * The reader of an .xlsx file's cells: the sheet parts read directly from the XML the zip holds
 * (already unpacked, with its size bound, by readSnapshot.ts), each part in one pass of a streaming
 * parser (readSheetPart.ts, stylesAndStrings.ts), without building exceljs's object model of every
 * style, validation and print setting: 5 to 10 times faster, and linear in the file whatever its damage.
 *
 * It reads every workbook itself, shared formulas included: exceljs is no longer a fallback for
 * reading (it crashed on files LibreOffice and openpyxl save with tables or comments, "Cannot read
 * properties of null"). What it cannot read is a WorkbookReadError naming the file and saying why.
 * exceljs's own reading stays as the independent check of this one (test/support/exceljsSnapshot.ts,
 * test/fuzz/snapshotReaders.test.ts).
 */
import { msg } from '../messages/words';
import type { SnapshotRequest, Visibility, WorkbookSnapshot } from '../port/workbookPort';
import type { FoundCell } from './readSnapshot';
import { readSheetPart } from './readSheetPart';
import { WorkbookReadError } from './readError';
import { dateStyles, sharedStrings } from './stylesAndStrings';
import type { PartText, WorkbookParts } from './workbookPart';

type SheetBuilder = (
  name: string,
  visibility: Visibility,
  found: FoundCell[],
  merges: string[],
) => WorkbookSnapshot['sheets'][number];

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

/** The snapshot from the unpacked parts; a file it cannot read is a WorkbookReadError. */
export function readPartsSnapshot(
  get: PartText,
  parts: WorkbookParts,
  request: SnapshotRequest,
  build: SheetBuilder,
  file: string,
): WorkbookSnapshot {
  const wanted = request.sheets ? new Set(request.sheets) : null;
  const todo = parts.sheetNames
    .map((entry, i) => ({ entry, part: parts.sheetParts[i] ?? null }))
    .filter(({ entry }) => entry.kind === 'worksheet' && (!wanted || wanted.has(entry.name)));
  if (todo.length === 0) return { sheetNames: parts.sheetNames, sheets: [], names: parts.names };
  const ssXml = get(SHARED_STRINGS);
  const strings = ssXml === null ? null : sharedStrings(ssXml, file, SHARED_STRINGS);
  const stylesXml = get(STYLES);
  const dates = stylesXml === null ? null : dateStyles(stylesXml, file, STYLES);
  const sheets: WorkbookSnapshot['sheets'] = [];
  for (const { entry, part } of todo) {
    const xml = part ? get(part) : null;
    if (xml === null || part === null) {
      throw new WorkbookReadError(
        file,
        part
          ? msg('xlsx.sheetWithoutPart', { sheet: entry.name, part })
          : msg('xlsx.sheetWithoutLink', { sheet: entry.name }),
      );
    }
    const read = readSheetPart(xml, { file, part, sheet: entry.name, strings, dates, date1904: parts.date1904 });
    sheets.push(build(entry.name, entry.visibility, read.found, read.merges));
  }
  return { sheetNames: parts.sheetNames, sheets, names: parts.names };
}
