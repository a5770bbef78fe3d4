/**
 * Paths that name this process's own standard streams: `-`, `/dev/stdin`, `/dev/stdout`, `/dev/fd/N`,
 * `/proc/self/fd/N`, through any links. They are read and written as the streams themselves (descriptor
 * 0 or 1): a pipe's or a socket's /proc entry cannot always be opened again, and a rename onto
 * `/dev/stdout` would replace the link (as root, the system's).
 */
import { readlinkSync } from 'fs';
import * as path from 'path';

/** The name that means standard input (for an input) or standard output (for -o). */
export const STREAM_NAME = '-';

const NAMES: Record<0 | 1, readonly string[]> = {
  0: ['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0'],
  1: ['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1'],
};

/** True when `file` is `-` or a path (through links) to this process's descriptor `fd`. */
export function namesStream(file: string, fd: 0 | 1): boolean {
  if (file === STREAM_NAME) return true;
  const own = new Set([...NAMES[fd], `/proc/${process.pid}/fd/${fd}`]);
  let at = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    if (own.has(at)) return true;
    let next: string;
    try {
      next = readlinkSync(at);
    } catch {
      return false;
    }
    at = path.resolve(path.dirname(at), next);
  }
  return false;
}
