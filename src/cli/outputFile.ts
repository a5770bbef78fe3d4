/**
 * The one way the command line writes a file (new, build, repair, sf424a -o, and every command to
 * come). Its promises:
 * - never an input of the command: the output is compared with each input by device and inode, so a
 *   hard link, a symbolic link, a symlinked folder or another spelling of the path is still the input;
 * - an existing file is replaced only with --force;
 * - the bytes go to a new temporary file in the output's folder (unique short name, created
 *   exclusively), flushed to disk and renamed into place, and removed when anything fails: a full disk
 *   or a crash never leaves a truncated output and never destroys the file that was there;
 * - an output that is not a regular file (a device such as /dev/null, a pipe, /dev/stdout into a pipe)
 *   is written to directly, never replaced by a rename (as root, a rename would put a regular file where
 *   the device node was); a socket, a pipe nobody reads and a terminal for a workbook are refused;
 * - a symbolic link stays a link, dangling or not: the file it names is written.
 */
import { msg, type Msg } from '../messages/words';
import { randomBytes } from 'crypto';
import { constants as fsConstants, promises as fs, type Stats } from 'fs';
import { isatty } from 'tty';
import * as path from 'path';
import { InputError } from './exitCodes';

export interface OutputRule {
  /** The command's name, for the messages ("repair never writes over its input"). */
  command: string;
  /** Every file the command reads. */
  inputs: string[];
  /** Replace an existing output (the user said --force). */
  force: boolean;
}

/**
 * How the bytes reach the temporary file: a test replaces `writeData` to fail half-way (a full disk)
 * and shows that the old output is intact and no temporary file is left.
 */
export const outputFileSeams = {
  writeData: (handle: fs.FileHandle, data: string | Buffer): Promise<void> => handle.writeFile(data),
};

function why(err: unknown): Msg {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return msg('output.noFolder');
  if (code === 'EACCES' || code === 'EPERM') return msg('io.permissionDenied');
  if (code === 'ENOSPC') return msg('output.diskFull');
  if (code === 'EDQUOT') return msg('output.quota');
  if (code === 'EROFS') return msg('output.readOnly');
  if (code === 'ENOTDIR') return msg('output.notFolder');
  if (code === 'ENAMETOOLONG') return msg('output.nameTooLong');
  if (code === 'EPIPE') return msg('output.pipeGone');
  if (code === 'EIO') return msg('output.ioError');
  return msg('figure.text', { value: err instanceof Error ? err.message : String(err) });
}

const statOrNull = (file: string): Promise<Stats | null> => fs.stat(file).catch(() => null);
const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

const EXISTS = msg('output.exists');

/** Refuses, before any work is done, an output that is an input, a folder, or (without --force) an existing file. */
export async function checkOutput(file: string, rule: OutputRule): Promise<void> {
  const existing = await statOrNull(file);
  if (existing?.isDirectory()) throw new InputError(file, msg('output.isFolder'));
  for (const input of rule.inputs) {
    const read = await statOrNull(input);
    if (existing && read && sameFile(existing, read)) {
      throw new InputError(
        file,
        path.resolve(input) === path.resolve(file)
          ? msg('output.isInput', { command: rule.command })
          : msg('output.isInputOtherName', { command: rule.command, input }),
      );
    }
  }
  // A device or a pipe is not replaced, only written to: no --force is asked for it.
  if (existing && existing.isFile() && !rule.force) throw new InputError(file, EXISTS);
}

/** A device, a pipe or a socket: what is written to, never replaced. */
export const isSpecial = (st: Stats | null): st is Stats =>
  st !== null && (st.isCharacterDevice() || st.isBlockDevice() || st.isFIFO() || st.isSocket());

/**
 * Where the bytes go: the real file behind a symbolic link (the link stays), else the path given. A
 * dangling link is followed by hand (realpath fails on it), so the link is kept and its file made.
 */
async function targetOf(file: string): Promise<string> {
  const real = await fs.realpath(file).catch(() => null);
  if (real !== null) return real;
  let at = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    const st = await fs.lstat(at).catch(() => null);
    if (!st?.isSymbolicLink()) return at;
    at = path.resolve(path.dirname(at), await fs.readlink(at));
  }
  throw new InputError(file, msg('output.linkLoop'));
}

/**
 * Writes to a device or a pipe directly. A pipe nobody reads would block for ever, a socket cannot be
 * opened, and a workbook's bytes never go to a terminal: those are refused in words.
 */
async function writeSpecial(file: string, st: Stats, data: string | Buffer): Promise<void> {
  if (st.isSocket()) throw new InputError(file, msg('output.isSocket'));
  let handle: fs.FileHandle;
  try {
    // Non-blocking first: a pipe without a reader fails at once (ENXIO) instead of waiting for ever.
    handle = await fs.open(file, fsConstants.O_WRONLY | fsConstants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENXIO') throw new InputError(file, msg('output.pipeUnread'));
    throw new InputError(file, msg('output.cannotWrite', { why: why(err), kept: msg('output.nothingWritten') }));
  }
  try {
    if (typeof data !== 'string' && isatty(handle.fd)) throw new InputError(file, msg('output.deviceTerminal'));
    // Blocking writes from here: a reader is there, and a full pipe is waited on, not dropped.
    const blocking = await fs.open(file, fsConstants.O_WRONLY);
    try {
      await outputFileSeams.writeData(blocking, data);
    } finally {
      await blocking.close();
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, msg('output.cannotWriteDevice', { why: why(err) }));
  } finally {
    await handle.close();
  }
}

/** The output's folder, made if missing; a file standing where a folder should be is said so. */
async function makeFolder(folder: string): Promise<void> {
  await fs.mkdir(folder, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw err.code === 'EEXIST' ? Object.assign(err, { code: 'ENOTDIR' }) : err;
  });
}

async function writeTemp(temp: string, data: string | Buffer): Promise<void> {
  const handle = await fs.open(temp, 'wx', 0o666);
  try {
    await outputFileSeams.writeData(handle, data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Puts the finished temporary file in place: without --force a link, which fails if the file appeared meanwhile. */
async function moveIntoPlace(file: string, temp: string, target: string, force: boolean): Promise<void> {
  if (force) return fs.rename(temp, target);
  try {
    await fs.link(temp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError(file, EXISTS);
    // Some file systems (FAT, some network shares) have no hard links: check again, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw err;
    if (await statOrNull(target)) throw new InputError(file, EXISTS);
    return fs.rename(temp, target);
  }
  await fs.unlink(temp);
}

/** Writes `data` to `file` under the rules above; every refusal and failure is an InputError naming the file. */
export async function writeOutputFile(file: string, data: string | Buffer, rule: OutputRule): Promise<void> {
  await checkOutput(file, rule);
  const special = await statOrNull(file);
  if (isSpecial(special)) return writeSpecial(file, special, data);
  const target = await targetOf(file);
  const folder = path.dirname(target);
  // The output's name, cut to 64 characters: a 245-character name plus the suffix would pass the 255
  // bytes a name may have (a character may take 4 bytes: 64 of them and the suffix stay under it).
  const stem = [...path.basename(target)].slice(0, 64).join('');
  const temp = path.join(folder, `.${stem}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await makeFolder(folder);
    await writeTemp(temp, data);
    await moveIntoPlace(file, temp, target, rule.force);
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    if (err instanceof InputError) throw err;
    const kept = (await statOrNull(target)) ? msg('output.keptUnchanged') : msg('output.nothingWritten');
    throw new InputError(file, msg('output.cannotWrite', { why: why(err), kept }));
  }
}
