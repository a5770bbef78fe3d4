/**
 * File input of the command line: the only place the CLI reads files, so that every failure becomes
 * one clear message naming the file. Files are written by outputFile.ts only.
 */
import { promises as fs } from 'fs';
import { MAX_BUDGET_JSON_BYTES, parseBudgetJson, type Budget } from '../budget';
import { InputError } from './exitCodes';
import { terminalLine } from './terminalText';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: progress is shown only then. */
  stderrIsTTY: boolean;
}

export const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stderrIsTTY: Boolean(process.stderr.isTTY),
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
  if (stat.size > maxBytes) throw new InputError(file, `is ${(stat.size / 1024 / 1024).toFixed(1)} MB, more than the ${maxBytes / 1024 / 1024} MB a budget file can be`);
  try {
    return await fs.readFile(file);
  } catch (err) {
    throw new InputError(file, why(err));
  }
}

/** Reads and parses a budget JSON file; every problem is listed with its path. */
export async function readBudgetJsonFile(file: string): Promise<Budget> {
  const bytes = await readFileBytes(file, MAX_BUDGET_JSON_BYTES);
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
