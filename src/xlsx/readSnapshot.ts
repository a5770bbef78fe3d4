/**
 * Reads an .xlsx file (bytes) into the port's WorkbookSnapshot: the zip is checked and unpacked here
 * (with its size bound), the workbook part read (workbookPart.ts: sheet list with chart sheets and
 * visibility, defined names) and the cells from the sheet parts (readParts.ts), each part in one pass
 * of a streaming parser, so reading time grows linearly with the file. exceljs reads the same file only
 * as the check of that reader in tests (test/support/exceljsSnapshot.ts): the command line never loads
 * it to read. Every refusal is a WorkbookReadError whose message names the file and says why in words a
 * budget officer understands.
 *
 * Choices, as the port leaves them to the adapter:
 * - Dates are given as ISO text ("2011-08-15", or with the time when it is not midnight): a budget
 *   never holds a date in a figure cell, so a date there must read as text (NOT_A_NUMBER), not as a serial.
 * - Rich text is flattened to its plain text; a hyperlink cell gives its text.
 * - A formula is given with its leading "=", shared formulas expanded to the text of their own cell.
 * - The cells of a merged area other than its top-left are blank, as Excel reports them.
 * - A formula's cached result is given as the file holds it, 0 included (exceljs alone would drop a
 *   cached 0, "" or FALSE; the fast reader keeps it); an empty <v></v> is no cached result.
 * - A typed value is never rewritten: a number whose text is not a plain, exactly held number (0x10,
 *   1e400, 9007199254740993) is given as that text, which the layout readers report as NOT_A_NUMBER
 *   with the reason (src/workbook/numberText.ts).
 */
import { constants as zlibConstants, inflateRawSync } from 'zlib';
import { readPartsSnapshot } from './readParts';
import { WorkbookReadError } from './readError';
import { msg } from '../messages/words';
import {
  ELEMENTS_FLOOR,
  ELEMENTS_PER_BYTE,
  MAX_PACKING_RATIO,
  MAX_USED_RANGE_CELLS,
  PACKAGE_UNPACKED_FLOOR,
  PART_RATIO_FROM,
} from './readLimits';
import { partTextOf, readWorkbookParts, type WorkbookParts } from './workbookPart';
import { withElementBudget } from './xmlStream';
import { centralDirectory, localHeader, ZipDirectoryError, type CentralRecord } from './zipArchive';
import { recomputeStaleCache } from './staleCache';
import {
  type CellSnapshot,
  type SheetSnapshot,
  type SnapshotRequest,
  type Visibility,
  type WorkbookSnapshot,
} from '../port/workbookPort';

export { WorkbookReadError } from './readError';
export { MAX_PACKING_RATIO, MAX_USED_RANGE_CELLS } from './readLimits';
export { partTextOf, type PartText, type WorkbookParts } from './workbookPart';

/** Most bytes the zip may inflate to. A real 23(g) budget workbook is well under 5 MB unzipped. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** The bound can be lowered for a test (a real bomb of 200 MB takes seconds to build). */
export const limits = { maxUncompressedBytes: MAX_UNCOMPRESSED_BYTES };

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Reads every worksheet (or those requested) of an .xlsx file. */
export async function readXlsxSnapshot(
  bytes: Buffer,
  file: string,
  request: SnapshotRequest = {},
): Promise<WorkbookSnapshot> {
  return readChecked(bytes, file, request).snapshot;
}

/** A file whose cached values are stale gets what its formulas compute instead (staleCache.ts). */
function fresh(snapshot: WorkbookSnapshot, parts: WorkbookParts): WorkbookSnapshot {
  return parts.staleCache ? recomputeStaleCache(snapshot) : snapshot;
}

/**
 * The container, the workbook part and every sheet part read and checked: what both readers start from
 * (exceljs's, the check of this one in tests, reads the same file after these checks).
 */
export function readChecked(
  bytes: Buffer,
  file: string,
  request: SnapshotRequest,
): { snapshot: WorkbookSnapshot; parts: WorkbookParts } {
  const get = partTextOf(checkContainer(bytes, file));
  // The elements every part together may open: by the file's size (readLimits.ts).
  const elements = Math.max(ELEMENTS_FLOOR, ELEMENTS_PER_BYTE * bytes.length);
  return withElementBudget(elements, file, () => {
    const parts = readWorkbookParts(get, file);
    const build = (name: string, visibility: Visibility, found: FoundCell[], merges: string[]) =>
      fromCells(name, visibility, found, file, merges);
    return { snapshot: fresh(readPartsSnapshot(get, parts, request, build, file), parts), parts };
  });
}

/* ------------------------------------------------------------------------------------------------
 * The container: empty, OLE (encrypted or .xls), not a zip, truncated zip, zip bomb.
 * ---------------------------------------------------------------------------------------------- */

function checkContainer(bytes: Buffer, file: string): Map<string, Buffer> {
  if (bytes.length === 0) throw new WorkbookReadError(file, msg('xlsx.empty'));
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(OLE_SIGNATURE)) {
    // Excel saves a password-protected workbook as an OLE compound file holding "EncryptionInfo".
    if (bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      throw new WorkbookReadError(file, msg('xlsx.encrypted'));
    }
    throw new WorkbookReadError(file, msg('xlsx.oldXls'));
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    const head = bytes.subarray(0, 64).toString('utf8').trimStart();
    const reason =
      head.startsWith('{') || head.startsWith('[')
        ? msg('xlsx.notZip.json')
        : head.startsWith('<')
          ? msg('xlsx.notZip.xml')
          : head.startsWith('%PDF')
            ? msg('xlsx.notZip.pdf')
            : msg('xlsx.notZip');
    throw new WorkbookReadError(file, reason);
  }
  const entries = directoryOf(bytes, file);
  const total = entries.reduce((s, e) => s + e.uncompressed, 0);
  if (total > limits.maxUncompressedBytes) throw tooBig(file, total);
  if (total > packageUnpackedBound(bytes.length)) throw packageTooTight(file, total, bytes.length);
  return checkActualSizes(bytes, entries, file);
}

/** `declared`: the size the directory states; null when inflating passed the bound (the directory lied). */
function tooBig(file: string, declared: number | null): WorkbookReadError {
  const bound = limits.maxUncompressedBytes / 1024 / 1024;
  return new WorkbookReadError(
    file,
    declared === null
      ? msg('xlsx.unpacksBeyond', { bound })
      : msg('xlsx.wouldUnpack', { mb: (declared / 1024 / 1024).toFixed(0), bound }),
  );
}

const mbText = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const kbText = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-US')} KB`;

function packedTooTight(file: string, part: string, size: number, compressed: number): WorkbookReadError {
  return new WorkbookReadError(
    file,
    msg('xlsx.zipBomb', {
      part,
      mb: mbText(size),
      kb: kbText(compressed),
      ratio: Math.round(size / Math.max(compressed, 1)),
      max: MAX_PACKING_RATIO,
    }),
  );
}

/** The bound of the whole package's unpacked bytes, by the file's size (see readLimits.ts). */
export function packageUnpackedBound(fileBytes: number): number {
  return Math.min(limits.maxUncompressedBytes, Math.max(PACKAGE_UNPACKED_FLOOR, MAX_PACKING_RATIO * fileBytes));
}

function packageTooTight(file: string, total: number, fileBytes: number): WorkbookReadError {
  return new WorkbookReadError(
    file,
    msg('xlsx.packageBomb', { mb: mbText(total), kb: kbText(fileBytes), max: MAX_PACKING_RATIO }),
  );
}

/** zlib's output chunks while inflating a part: its default, up to 4 MB for a part declared that large. */
const INFLATE_CHUNK_MIN = 16 * 1024;
const INFLATE_CHUNK_MAX = 4 * 1024 * 1024;

/**
 * A directory may lie about sizes: every entry is inflated once here with a hard output bound
 * (zlib's maxOutputLength), so a bomb is stopped after at most the bound, never after gigabytes.
 */
function checkActualSizes(bytes: Buffer, entries: CentralRecord[], file: string): Map<string, Buffer> {
  let left = limits.maxUncompressedBytes;
  let total = 0;
  const packageBound = packageUnpackedBound(bytes.length);
  // Kept: the fast reader (readParts.ts) reads the parts from here instead of unpacking them again.
  const parts = new Map<string, Buffer>();
  for (const e of entries) {
    const local = localHeader(bytes, e);
    if (!local) throw new WorkbookReadError(file, msg('xlsx.partNotFound', { part: e.name }));
    if (local.name !== e.name)
      throw new WorkbookReadError(file, msg('xlsx.partNamedElsewhere', { part: e.name, stored: local.name }));
    const data = bytes.subarray(local.dataStart, local.dataStart + e.compressed);
    if (data.length < e.compressed) throw new WorkbookReadError(file, msg('xlsx.partCutShort', { part: e.name }));
    let size: number;
    if (e.method === 0) {
      size = data.length;
      parts.set(e.name, data);
    } else if (e.method === 8) {
      try {
        // Inflated no further than either bound allows: a bomb stops there, whatever it claims.
        const room = Math.min(left, packageBound - total);
        // Output in chunks of the declared size (16 KB to 4 MB): an honest part comes out as one buffer,
        // not hundreds of 16 KB ones joined by a copy; a lying directory only costs the default chunks.
        const declared = Math.min(INFLATE_CHUNK_MAX, Math.max(INFLATE_CHUNK_MIN, e.uncompressed + 1));
        const chunkSize = Math.max(zlibConstants.Z_MIN_CHUNK, Math.min(declared, room + 1));
        const inflated = inflateRawSync(data, { maxOutputLength: room + 1, chunkSize });
        size = inflated.length;
        parts.set(e.name, inflated);
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
          throw packageBound - total < left ? packageTooTight(file, packageBound, bytes.length) : tooBig(file, null);
        throw new WorkbookReadError(file, msg('xlsx.partNotUnpacked', { part: e.name, detail: errText(err) }));
      }
    } else throw new WorkbookReadError(file, msg('xlsx.compressionMethod', { method: e.method }));
    left -= size;
    total += size;
    if (left < 0) throw tooBig(file, null);
    if (size > PART_RATIO_FROM && size > MAX_PACKING_RATIO * Math.max(e.compressed, 1))
      throw packedTooTight(file, e.name, size, e.compressed);
    if (total > packageBound) throw packageTooTight(file, total, bytes.length);
  }
  return parts;
}

/**
 * The zip's central directory (zipArchive.ts, the one reader of it, shared with the patcher), read before
 * anything is inflated; a part declared at 4 GB or more is refused as it is read.
 */
function directoryOf(bytes: Buffer, file: string): CentralRecord[] {
  let records: CentralRecord[];
  try {
    records = centralDirectory(bytes, (r) => {
      if (r.uncompressed === 0xffffffff) throw new WorkbookReadError(file, msg('xlsx.part4GB'));
    }).records;
  } catch (err) {
    if (!(err instanceof ZipDirectoryError)) throw err;
    throw new WorkbookReadError(file, err.fault === 'zip64' ? msg('xlsx.zip64') : msg('xlsx.noTableOfContents'));
  }
  refuseDuplicateParts(
    records.map((e) => e.name),
    file,
  );
  return records;
}

/**
 * Two entries of one part name (part names compare without case, ECMA-376 Part 2): programs disagree on
 * which copy is the part (Excel and LibreOffice read the last, a patcher the first), so a figure read is
 * not the figure written. Such a package is damaged; it is refused at every door (issue 22, item 2).
 */
export function refuseDuplicateParts(names: readonly string[], file: string): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = name.replace(/^\//, '').toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      throw new WorkbookReadError(
        file,
        msg('xlsx.partTwice', {
          part: first === name ? msg('figure.text', { value: name }) : msg('xlsx.partAlsoAs', { first, name }),
        }),
      );
    seen.set(key, name);
  }
}

/* ------------------------------------------------------------------------------------------------
 * One worksheet's cells.
 * ---------------------------------------------------------------------------------------------- */

/** A non-blank cell at its absolute 0-based position. */
export interface FoundCell {
  r: number;
  c: number;
  cell: CellSnapshot;
}

/** The sheet's used range from its non-blank cells (either reader), within the bound of MAX_USED_RANGE_CELLS. */
export function fromCells(
  name: string,
  visibility: Visibility,
  found: FoundCell[],
  file: string,
  merges: string[],
): SheetSnapshot {
  if (found.length === 0) return { name, kind: 'worksheet', visibility, origin: { row: 0, col: 0 }, cells: [], merges };
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  for (const f of found) {
    if (f.r < minR) minR = f.r;
    if (f.c < minC) minC = f.c;
    if (f.r > maxR) maxR = f.r;
    if (f.c > maxC) maxC = f.c;
  }
  const height = maxR - minR + 1;
  const width = maxC - minC + 1;
  if (height * width > MAX_USED_RANGE_CELLS) {
    throw new WorkbookReadError(file, msg('xlsx.sheetSpans', { sheet: name, rows: height, columns: width }));
  }
  const cells: CellSnapshot[][] = [];
  for (let i = 0; i < height; i++) {
    const row: CellSnapshot[] = [];
    for (let j = 0; j < width; j++) row.push({ value: null, formula: null });
    cells.push(row);
  }
  for (const f of found) (cells[f.r - minR] as CellSnapshot[])[f.c - minC] = f.cell;
  return { name, kind: 'worksheet', visibility, origin: { row: minR, col: minC }, cells, merges };
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
