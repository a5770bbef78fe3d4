/**
 * The zip container of an .xlsx package, read and rewritten without unpacking what is not changed: each
 * untouched entry is copied as its raw bytes (local header, compressed data, data descriptor), so its
 * content, compression, timestamps and extra fields are exactly those of the input; only the entries
 * given new content are deflated again. Entry order and names are kept, and so is the archive comment.
 */
import { englishWords, msg, type Msg } from '../messages/words';
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';

/** A package the patcher cannot rewrite; `reason` says why in words, without the file name. */
export class PackageError extends Error {
  constructor(
    readonly file: string,
    readonly reason: Msg,
  ) {
    super(`${file}: ${englishWords().render(reason)}`);
    this.name = 'PackageError';
  }
}

export interface ZipEntry {
  name: string;
  /** The central directory record, as the input holds it (46 bytes + name + extra + comment). */
  central: Buffer;
  /** Where the entry's local header starts, and where its data (with any data descriptor) ends. */
  start: number;
  end: number;
  dataStart: number;
  compressed: number;
  method: number;
  flags: number;
}

export interface ZipArchive {
  bytes: Buffer;
  entries: ZipEntry[];
  comment: Buffer;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DESCRIPTOR = 0x08074b50;
/** "Version needed to extract" of a deflated entry: 2.0. */
const DEFLATE_VERSION = 20;

/** A record of the zip's central directory, as stored. */
export interface CentralRecord {
  name: string;
  /** The record's bytes: 46, its name, its extra field and its comment. */
  central: Buffer;
  method: number;
  compressed: number;
  uncompressed: number;
  /** Where the entry's local header starts. */
  localHeader: number;
}

/** What makes a zip's directory unreadable, for each door to say in its words. */
export type DirectoryFault = 'noTableOfContents' | 'zip64' | 'cutShort';

export class ZipDirectoryError extends Error {
  constructor(readonly fault: DirectoryFault) {
    super(`zip directory: ${fault}`);
    this.name = 'ZipDirectoryError';
  }
}

/**
 * The zip's central directory, the one reader of it: for the workbook reader (readSnapshot.ts, which
 * checks and inflates every entry) and for the patcher (readZip, which copies the entries it leaves as
 * they are). `onRecord` sees each record as it is read. Throws ZipDirectoryError.
 */
export function centralDirectory(
  bytes: Buffer,
  onRecord?: (r: CentralRecord) => void,
): { records: CentralRecord[]; comment: Buffer } {
  const eocd = endOfCentralDirectory(bytes);
  if (eocd < 0) throw new ZipDirectoryError('noTableOfContents');
  const count = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new ZipDirectoryError('zip64');
  // A file cut short loses its central directory (at the end): truncation is caught here.
  if (cdOffset + cdSize > eocd) throw new ZipDirectoryError('cutShort');
  const records: CentralRecord[] = [];
  let pos = cdOffset;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > eocd || bytes.readUInt32LE(pos) !== CENTRAL) throw new ZipDirectoryError('cutShort');
    const nameLength = bytes.readUInt16LE(pos + 28);
    const size = 46 + nameLength + bytes.readUInt16LE(pos + 30) + bytes.readUInt16LE(pos + 32);
    const record: CentralRecord = {
      name: bytes.subarray(pos + 46, pos + 46 + nameLength).toString('utf8'),
      central: bytes.subarray(pos, pos + size),
      method: bytes.readUInt16LE(pos + 10),
      compressed: bytes.readUInt32LE(pos + 20),
      uncompressed: bytes.readUInt32LE(pos + 24),
      localHeader: bytes.readUInt32LE(pos + 42),
    };
    onRecord?.(record);
    records.push(record);
    pos += size;
  }
  return { records, comment: bytes.subarray(eocd + 22, eocd + 22 + bytes.readUInt16LE(eocd + 20)) };
}

/** The end of central directory record, searched back from the end past the longest archive comment; -1 if none. */
function endOfCentralDirectory(bytes: Buffer): number {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= min; i--) if (bytes.readUInt32LE(i) === END) return i;
  return -1;
}

export function readZip(bytes: Buffer, file: string): ZipArchive {
  const damaged = (why: Msg) => new PackageError(file, msg('zip.damaged', { why }));
  let directory: ReturnType<typeof centralDirectory>;
  try {
    directory = centralDirectory(bytes);
  } catch (err) {
    if (!(err instanceof ZipDirectoryError)) throw err;
    if (err.fault === 'zip64') throw new PackageError(file, msg('zip.zip64'));
    throw damaged(err.fault === 'cutShort' ? msg('zip.why.tocCutShort') : msg('zip.why.noTableOfContents'));
  }
  const { comment } = directory;
  const entries = directory.records.map((r) => locate(bytes, r, damaged));
  // The reader refuses these first; the patcher never rewrites one copy of a part stored twice.
  const seen = new Set<string>();
  for (const e of entries) {
    const key = e.name.replace(/^\//, '').toLowerCase();
    if (seen.has(key)) throw damaged(msg('zip.why.partTwice', { part: e.name }));
    seen.add(key);
  }
  return { bytes, entries, comment };
}

/**
 * An entry's local header, where the directory says it starts: the name and flags it stores, and where the
 * entry's data starts; null when no local header stands there. The one reader of it, for both doors.
 */
export function localHeader(
  bytes: Buffer,
  record: CentralRecord,
): { name: string; flags: number; dataStart: number } | null {
  const h = record.localHeader;
  if (h + 30 > bytes.length || bytes.readUInt32LE(h) !== LOCAL) return null;
  const nameLength = bytes.readUInt16LE(h + 26);
  return {
    name: bytes.subarray(h + 30, h + 30 + nameLength).toString('utf8'),
    flags: bytes.readUInt16LE(h + 6),
    dataStart: h + 30 + nameLength + bytes.readUInt16LE(h + 28),
  };
}

function locate(bytes: Buffer, record: CentralRecord, damaged: (why: Msg) => Error): ZipEntry {
  const { central, name, compressed, localHeader: start } = record;
  const local = localHeader(bytes, record);
  if (!local) throw damaged(msg('zip.why.partNotFound', { part: name }));
  const { flags, dataStart } = local;
  if (flags & 1) throw damaged(msg('zip.why.partEncrypted', { part: name }));
  let end = dataStart + compressed;
  if (end > bytes.length) throw damaged(msg('zip.why.partCutShort', { part: name }));
  if (flags & 8) {
    // A data descriptor follows the data: 12 bytes, or 16 with its optional signature.
    const crc = central.readUInt32LE(16);
    end +=
      end + 16 <= bytes.length && bytes.readUInt32LE(end) === DESCRIPTOR && bytes.readUInt32LE(end + 4) === crc
        ? 16
        : 12;
    if (end > bytes.length) throw damaged(msg('zip.why.partCutShort', { part: name }));
  }
  return { name, central, start, end, dataStart, compressed, method: central.readUInt16LE(10), flags };
}

/** The uncompressed content of one entry. */
export function entryContent(zip: ZipArchive, entry: ZipEntry, file: string): Buffer {
  const data = zip.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressed);
  if (entry.method === 0) return data;
  if (entry.method !== 8)
    throw new PackageError(file, msg('zip.compressionMethod', { part: entry.name, method: entry.method }));
  // Bounded by the size the directory declares (the reader has bounded the sum): a lying entry stops there.
  const declared = entry.central.readUInt32LE(24);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, declared) });
  } catch (err) {
    throw new PackageError(
      file,
      msg('xlsx.partNotUnpacked', { part: entry.name, detail: err instanceof Error ? err.message : String(err) }),
    );
  }
  if (out.length !== declared) throw new PackageError(file, msg('zip.sizeDiffers', { part: entry.name }));
  return out;
}

/** The archive again, in the same order: untouched entries copied raw, `replaced` ones deflated anew. */
export function writeZip(zip: ZipArchive, replaced: ReadonlyMap<string, Buffer>): Buffer {
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of zip.entries) {
    const content = replaced.get(e.name);
    let local: Buffer;
    const central = Buffer.from(e.central);
    if (content === undefined) {
      local = zip.bytes.subarray(e.start, e.end);
    } else {
      const data = deflateRawSync(content);
      const header = Buffer.from(zip.bytes.subarray(e.start, e.dataStart));
      const flags = e.flags & ~8; // sizes in the header, no data descriptor
      header.writeUInt16LE(Math.max(header.readUInt16LE(4), DEFLATE_VERSION), 4);
      header.writeUInt16LE(flags, 6);
      header.writeUInt16LE(8, 8);
      header.writeUInt32LE(crc32(content), 14);
      header.writeUInt32LE(data.length, 18);
      header.writeUInt32LE(content.length, 22);
      local = Buffer.concat([header, data]);
      central.writeUInt16LE(Math.max(central.readUInt16LE(6), DEFLATE_VERSION), 6);
      central.writeUInt16LE(flags, 8);
      central.writeUInt16LE(8, 10);
      central.writeUInt32LE(crc32(content), 16);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(content.length, 24);
    }
    central.writeUInt32LE(offset, 42);
    chunks.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(zip.entries.length, 8);
  end.writeUInt16LE(zip.entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(zip.comment.length, 20);
  return Buffer.concat([...chunks, cd, end, zip.comment]);
}

/**
 * A package written stored (exceljs asked for no compression) with every entry deflated by Node's zlib:
 * exceljs deflates through pako, in JavaScript, which was half the time of writing a workbook.
 */
export function deflateStoredEntries(bytes: Buffer, file: string): Buffer {
  const zip = readZip(bytes, file);
  const contents = new Map<string, Buffer>();
  for (const e of zip.entries) if (e.method === 0) contents.set(e.name, entryContent(zip, e, file));
  return writeZip(zip, contents);
}
