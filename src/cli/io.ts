/**
 * File input of the command line: the only place the CLI reads files, so that every failure becomes
 * one clear message naming the file. Files are written by outputFile.ts only.
 */
import { promises as fs } from 'fs';
import type { Budget } from '../budget';
import { InputError } from './exitCodes';
import { terminalLine } from './terminalText';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: progress is shown only then. */
  stderrIsTTY: boolean;
  /** True when stdout is a terminal: a workbook (binary) is never written there. Absent: not a terminal. */
  stdoutIsTTY?: boolean;
  /** Bytes to stdout (`-o -` of a workbook). Absent: written as Latin-1 text through `stdout`, byte for byte. */
  stdoutBytes?: (bytes: Buffer) => void;
}

export const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stdoutBytes: (b) => process.stdout.write(b),
};

function why(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return err instanceof Error ? err.message : String(err);
}

export async function readFileBytes(file: string, maxBytes: number): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    throw new InputError(file, why(err));
  }
  if (stat.isDirectory()) throw new InputError(file, 'is a folder, not a file');
  if (stat.size > maxBytes)
    throw new InputError(
      file,
      `is ${(stat.size / 1024 / 1024).toFixed(1)} MB, more than the ${maxBytes / 1024 / 1024} MB a budget file can be`,
    );
  try {
    return await fs.readFile(file);
  } catch (err) {
    throw new InputError(file, why(err));
  }
}

/** Reads and parses a budget JSON file; every problem is listed with its path. */
export async function readBudgetJsonFile(file: string): Promise<Budget> {
  // The reader and zod load with the first budget JSON read, not with the command line (docs/speed.md).
  const { MAX_BUDGET_JSON_BYTES, parseBudgetJson } = await import('../budget/budgetJson');
  const bytes = await readFileBytes(file, MAX_BUDGET_JSON_BYTES);
  if (isZipBytes(bytes))
    throw new InputError(
      file,
      'is a workbook (an .xlsx zip package), not a budget JSON: give it to a command that reads workbooks (build, review, sf424a, reconcile)',
    );
  const result = parseBudgetJson(decodeText(bytes));
  if (!result.ok) {
    const lines = result.problems.map((p) => terminalLine(p.path ? `  ${p.path}: ${p.message}` : `  ${p.message}`));
    throw new InputError(file, `is not a valid budget:\n${lines.join('\n')}`);
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

/** The first bytes of a file; none when it cannot be read (the reader that follows says why). */
async function firstBytes(file: string, count: number): Promise<Buffer> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return Buffer.alloc(0);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * What a budget file is: a workbook when it is a zip package, whatever its name says (a workbook saved
 * as budget.json); else a budget JSON when named .json or when its text starts with "{"; else a workbook
 * (whose reader says what is wrong with it).
 */
export async function budgetFileKind(file: string): Promise<'json' | 'workbook'> {
  const head = await firstBytes(file, 64);
  if (isZipBytes(head)) return 'workbook';
  if (isJsonPath(file)) return 'json';
  return /^\s*\{/.test(decodeText(head).replace(/^\uFEFF/, '')) ? 'json' : 'workbook';
}
