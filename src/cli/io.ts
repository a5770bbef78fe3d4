/**
 * File input of the command line: the only place the CLI reads files, so that every failure becomes
 * one clear message naming the file. Files are written by outputFile.ts only.
 */
import { englishWords, msg, type Msg, type Words } from '../messages/words';
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  openSync,
  promises as fs,
  readSync,
  statSync,
  type Stats,
} from 'fs';
import type { Budget } from '../budget';
import { InputError } from './exitCodes';
import { namesStream } from './standardStreams';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: progress is shown only then. */
  stderrIsTTY: boolean;
  /** True when stdout is a terminal: a workbook (binary) is never written there. Absent: not a terminal. */
  stdoutIsTTY?: boolean;
  /** Bytes to stdout (`-o -` of a workbook). Absent: written as Latin-1 text through `stdout`, byte for byte. */
  stdoutBytes?: (bytes: Buffer) => void;
  /** The environment, for the language of messages (LC_ALL, LC_MESSAGES, LANG). Absent: English. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The words every message is said in: set by main from --lang or the environment. Absent: English. */
  words?: Words;
  /** Standard input, for `-` and `/dev/stdin` as an input file. Absent: empty. */
  stdin?: () => AsyncIterable<Buffer>;
  /** True when standard input is a terminal (nothing piped in). */
  stdinIsTTY?: boolean;
  /** What standard output is (fstat of descriptor 1), to refuse `-o - >> input`. Absent or null: unknown. */
  stdoutStat?: () => Stats | null;
}

/** The words of a run (English unless main chose another language). */
export function wordsOf(io: Io): Words {
  return io.words ?? englishWords();
}

export const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stdoutBytes: (b) => process.stdout.write(b),
  env: process.env,
  stdin: () => process.stdin,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stdoutStat: () => {
    try {
      return fstatSync(1);
    } catch {
      return null;
    }
  },
};

function why(err: unknown): Msg {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return msg('io.noSuchFile');
  if (code === 'EACCES' || code === 'EPERM') return msg('io.permissionDenied');
  if (code === 'EISDIR') return msg('io.isFolder');
  return msg('figure.text', { value: err instanceof Error ? err.message : String(err) });
}

/** Largest input of any kind read from a pipe, a device or standard input before its kind is known. */
export const MAX_STREAM_INPUT_BYTES = 50 * 1024 * 1024;
/** How long a pipe may send nothing, once opened, before its input is given up. */
const PIPE_IDLE_MS = 60_000;

const tooLarge = (file: string, maxBytes: number, size?: number) =>
  new InputError(
    file,
    size === undefined
      ? msg('io.streamTooLarge', { max: maxBytes / 1024 / 1024 })
      : msg('io.tooLarge', { mb: (size / 1024 / 1024).toFixed(1), max: maxBytes / 1024 / 1024 }),
  );

/**
 * Inputs that can be read only once (standard input, a pipe, a device), kept for the command's run:
 * the kind of a budget file is told from its first bytes, then the same bytes are read. `main` clears it.
 */
const onceInputs = new Map<string, Promise<Buffer>>();

export function forgetStreamInputs(): void {
  onceInputs.clear();
}

/**
 * A file's bytes, never more than `maxBytes` whatever `stat` says: a device (`/dev/zero`,
 * `/dev/urandom`) is read up to the bound and refused, a pipe with no writer is read as empty (never
 * waited on), and `-` or `/dev/stdin` is standard input (issue 22, item 7).
 */
export async function readFileBytes(file: string, maxBytes: number, io: Io = processIo): Promise<Buffer> {
  if (namesStream(file, 0)) return checkedSize(file, await once('-', () => readStdin(io)), maxBytes);
  let stat;
  try {
    // At once, as the read of a regular file below: a region's review asks this of every file, and each
    // round trip through the thread pool left the process idle (a twelfth of review's time, docs/speed.md).
    stat = statSync(file);
  } catch (err) {
    throw new InputError(file, why(err));
  }
  if (stat.isDirectory()) throw new InputError(file, msg('io.isFolder'));
  if (stat.isSocket()) throw new InputError(file, msg('io.isSocket'));
  if (!stat.isFile()) return checkedSize(file, await once(file, () => readStream(file)), maxBytes);
  if (stat.size > maxBytes) throw tooLarge(file, maxBytes, stat.size);
  try {
    return readRegularFile(file, maxBytes, stat.size);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, why(err));
  }
}

function once(key: string, read: () => Promise<Buffer>): Promise<Buffer> {
  let p = onceInputs.get(key);
  if (!p) onceInputs.set(key, (p = read()));
  return p;
}

function checkedSize(file: string, bytes: Buffer, maxBytes: number): Buffer {
  if (bytes.length > maxBytes) throw tooLarge(file, maxBytes);
  return bytes;
}

/**
 * A regular file read to its end, refused as soon as it passes `maxBytes` (a file may grow while read).
 * Synchronously: the command reads its files one after another, and four trips through libuv's pool per file
 * were a tenth of a region's review. The first read asks for the size stat gave and one byte more, so a
 * file that did not grow is read in one read.
 */
function readRegularFile(file: string, maxBytes: number, size: number): Buffer {
  const fd = openSync(file, 'r');
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (let want = Math.min(size, maxBytes) + 1; ; want = 256 * 1024) {
      const buffer = Buffer.allocUnsafe(want);
      const bytesRead = readSync(fd, buffer, 0, want, null);
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(file, maxBytes);
      chunks.push(buffer.subarray(0, bytesRead));
      // A regular file gives less than asked only at its end: no further read to find it.
      if (bytesRead < want) return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * A device or a named pipe, opened without blocking (a pipe with no writer would block the open for
 * ever), read to its end or to MAX_STREAM_INPUT_BYTES (the caller's own bound follows).
 */
async function readStream(file: string): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (err) {
    throw new InputError(file, why(err));
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let idleSince = Date.now();
  try {
    for (;;) {
      const buffer = Buffer.alloc(256 * 1024);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw new InputError(file, why(err));
        // A writer is there but has sent nothing yet.
        if (Date.now() - idleSince > PIPE_IDLE_MS)
          throw new InputError(file, msg('io.pipeIdle', { seconds: PIPE_IDLE_MS / 1000 }));
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      idleSince = Date.now();
      total += bytesRead;
      if (total > MAX_STREAM_INPUT_BYTES) throw tooLarge(file, MAX_STREAM_INPUT_BYTES);
      chunks.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

/** Standard input to its end, bounded like any input; a terminal is refused (nothing was piped in). */
async function readStdin(io: Io): Promise<Buffer> {
  if (io.stdinIsTTY) throw new InputError('-', msg('io.stdinTerminal'));
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of io.stdin?.() ?? []) {
    total += chunk.length;
    if (total > MAX_STREAM_INPUT_BYTES) throw tooLarge('-', MAX_STREAM_INPUT_BYTES);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** Reads and parses a budget JSON file; every problem is listed with its path. */
export async function readBudgetJsonFile(file: string, io: Io = processIo): Promise<Budget> {
  // The reader and zod load with the first budget JSON read, not with the command line (docs/speed.md).
  const { MAX_BUDGET_JSON_BYTES, parseBudgetJson } = await import('../budget/budgetJson');
  const bytes = await readFileBytes(file, MAX_BUDGET_JSON_BYTES, io);
  if (isZipBytes(bytes)) throw new InputError(file, msg('io.workbookNotJson'));
  const result = parseBudgetJson(decodeText(bytes));
  if (!result.ok) {
    throw new InputError(
      file,
      msg('io.invalidBudget'),
      result.problems.map((p) => (p.path ? msg('io.jsonProblemAt', { path: p.path, problem: p.message }) : p.message)),
    );
  }
  return result.budget;
}

/**
 * Text of a file as editors save it: UTF-8 (with or without a byte-order mark), or UTF-16 with its
 * byte-order mark ("Unicode" in Windows Notepad), so a budget saved either way reads the same.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - ((bytes.length - 2) % 2)));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return bytes.toString('utf8');
}

export function isJsonPath(file: string): boolean {
  return /\.json$/i.test(file);
}

/** A zip package (every .xlsx is one) starts with a local file header, "PK\x03\x04"; an empty one with "PK\x05\x06". */
export function isZipBytes(bytes: Buffer): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

/** Standard input, a pipe or a device: read once, never reopened for its first bytes. */
function readsOnce(file: string): boolean {
  if (namesStream(file, 0)) return true;
  let st: Stats | null = null;
  try {
    st = statSync(file);
  } catch {
    // the reader that follows says why
  }
  return st !== null && !st.isFile() && !st.isDirectory();
}

/**
 * The first bytes of a file that is no stream (readsOnce); none when it cannot be read (the reader that follows
 * says why). Read at once, and opened without blocking, should the file have become a pipe since.
 */
function firstBytes(file: string, count: number): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    const buffer = Buffer.alloc(count);
    return buffer.subarray(0, readSync(fd, buffer, 0, count, 0));
  } catch {
    return Buffer.alloc(0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * What a budget file is: a workbook when it is a zip package, whatever its name says (a workbook saved
 * as budget.json); else a budget JSON when named .json or when its text starts with "{"; else a workbook
 * (whose reader says what is wrong with it).
 */
export async function budgetFileKind(file: string, io: Io = processIo): Promise<'json' | 'workbook'> {
  // What can be read only once is read whole here (bounded), and the reader takes the same bytes.
  const head = readsOnce(file)
    ? (await readFileBytes(file, MAX_STREAM_INPUT_BYTES, io)).subarray(0, 64)
    : firstBytes(file, 64);
  if (isZipBytes(head)) return 'workbook';
  if (isJsonPath(file)) return 'json';
  return /^\s*\{/.test(decodeText(head).replace(/^\uFEFF/, '')) ? 'json' : 'workbook';
}
