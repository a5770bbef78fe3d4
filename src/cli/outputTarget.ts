/**
 * Where a command's output goes when the user names it with `-o`: a file (through outputFile.ts and its
 * rules), or standard output when the name is `-` (the Unix convention; a file really named "-" is
 * written as `-o ./-`). A file named "-" is never made by accident.
 * - A workbook is binary: it goes to standard output only through a pipe or a redirection, never to a
 *   terminal, where its bytes would be noise (and could be read as terminal commands).
 * - A workbook file must be named .xlsx: Excel opens a file by its extension, and refuses a workbook
 *   named .csv or .xlsm ("the file format or extension is not valid").
 */
import { msg, type Msg } from '../messages/words';
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from './exitCodes';
import type { Io } from './io';
import { namesStream } from './standardStreams';
import { checkOutput, writeOutputFile, type OutputRule } from './outputFile';

/** The name that means standard output. */
export const STDOUT_NAME = '-';

/**
 * `-`, or a path that names this process's standard output (`/dev/stdout`, `/dev/fd/1`,
 * `/proc/self/fd/1`, through any links): written as `-` is, to descriptor 1 (standardStreams.ts).
 */
export function isStdout(out: string | undefined): boolean {
  return out !== undefined && namesStream(out, 1);
}

/** What the command writes: text (the SF-424A as a table, CSV, JSON, XML) or an Excel workbook. */
export type OutputKind = 'text' | 'workbook';

/** `ky.csv` -> `ky.xlsx`; a name without an extension gets one. */
function withExtension(out: string, extension: string): string {
  const ext = path.extname(out);
  return ext ? out.slice(0, -ext.length) + extension : out + extension;
}

/**
 * Refuses, before any work is done, an output that cannot be written: for a file every rule of
 * outputFile.ts first (never the input, replace only with --force), then a workbook named other than .xlsx;
 * for `-`, a workbook when standard output is a terminal.
 */
export async function checkTarget(
  out: string,
  kind: OutputKind,
  rule: OutputRule,
  io: Io,
  extension = '.xlsx',
): Promise<void> {
  if (isStdout(out)) {
    if (kind === 'workbook' && io.stdoutIsTTY) {
      throw new InputError(out, msg('output.terminal', { command: rule.command }));
    }
    await refuseStdoutOnInputs(rule.command, rule.inputs, io);
    return;
  }
  await checkOutput(out, rule);
  const ext = path.extname(out);
  if (kind === 'workbook' && ext.toLowerCase() !== extension) {
    const data = { command: rule.command, extension, rename: withExtension(out, extension) };
    throw new InputError(out, ext ? msg('output.wrongExtension', { ...data, ext }) : msg('output.noExtension', data));
  }
}

/**
 * `repair x -o - >> x`, `review x >> x`: standard output redirected onto an input is that input, by
 * device and inode; every command that prints to standard output asks this before it reads.
 */
export async function refuseStdoutOnInputs(command: string, inputs: readonly string[], io: Io): Promise<void> {
  const out = io.stdoutStat?.() ?? null;
  if (!out || !out.isFile()) return;
  for (const input of inputs) {
    const st = await fs.stat(input).catch(() => null);
    if (st && st.dev === out.dev && st.ino === out.ino)
      throw new InputError(STDOUT_NAME, msg('output.stdoutIsInput', { input, command }));
  }
}

/** Writes the output checked by checkTarget: to standard output for `-`, else to the file under outputFile.ts's rules. */
export async function writeTarget(out: string, data: string | Buffer, rule: OutputRule, io: Io): Promise<void> {
  if (!isStdout(out)) return writeOutputFile(out, data, rule);
  if (typeof data === 'string') io.stdout(data);
  else if (io.stdoutBytes) io.stdoutBytes(data);
  else io.stdout(data.toString('latin1'));
}

/** Where a command's own report goes: stdout, unless the output itself is going there. */
export function reportTo(io: Io, out: string | undefined): (text: string) => void {
  return isStdout(out) ? io.stderr : io.stdout;
}

/** The output as the command's report names it. */
export function outputName(out: string): Msg {
  return isStdout(out) ? msg('output.stdout') : msg('figure.text', { value: out });
}

/** "run `grant-budget review out.xlsx` to see them"; a workbook sent to standard output has no name to give. */
export function reviewHint(out: string): Msg {
  return isStdout(out) ? msg('output.reviewHintStdout') : msg('output.reviewHint', { file: out });
}
