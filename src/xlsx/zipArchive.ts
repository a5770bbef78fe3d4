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

export function readZip(bytes: Buffer, file: string): ZipArchive {
  const damaged = (why: Msg) => new PackageError(file, msg('zip.damaged', { why }));
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === END) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(msg('zip.why.noTableOfContents'));
  const count = bytes.readUInt16LE(eocd + 10);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new PackageError(file, msg('zip.zip64'));
  const comment = bytes.subarray(eocd + 22, eocd + 22 + bytes.readUInt16LE(eocd + 20));
  const entries: ZipEntry[] = [];
  let pos = cdOffset;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > eocd || bytes.readUInt32LE(pos) !== CENTRAL) throw damaged(msg('zip.why.tocCutShort'));
    const nameLength = bytes.readUInt16LE(pos + 28);
    const size = 46 + nameLength + bytes.readUInt16LE(pos + 30) + bytes.readUInt16LE(pos + 32);
    const central = bytes.subarray(pos, pos + size);
    const name = bytes.subarray(pos + 46, pos + 46 + nameLength).toString('utf8');
    entries.push(locate(bytes, central, name, damaged));
    pos += size;
  }
  // The reader refuses these first; the patcher never rewrites one copy of a part stored twice.
  const seen = new Set<string>();
  for (const e of entries) {
    const key = e.name.replace(/^\//, '').toLowerCase();
    if (seen.has(key)) throw damaged(msg('zip.why.partTwice', { part: e.name }));
    seen.add(key);
  }
  return { bytes, entries, comment };
}

function locate(bytes: Buffer, central: Buffer, name: string, damaged: (why: Msg) => Error): ZipEntry {
  const start = central.readUInt32LE(42);
  const compressed = central.readUInt32LE(20);
  if (start + 30 > bytes.length || bytes.readUInt32LE(start) !== LOCAL)
    throw damaged(msg('zip.why.partNotFound', { part: name }));
  const flags = bytes.readUInt16LE(start + 6);
  if (flags & 1) throw damaged(msg('zip.why.partEncrypted', { part: name }));
  const dataStart = start + 30 + bytes.readUInt16LE(start + 26) + bytes.readUInt16LE(start + 28);
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
