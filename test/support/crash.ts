/**
 * What the bad-input corpora assert of every outcome: no crash reaches the user, and the input file is
 * exactly as it was.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import type { CliRun } from './cli';

/** Anything a crash would print: a stack frame or JavaScript's own words. */
export const CRASH =
  /\n\s+at .+:\d+:\d+|TypeError|ReferenceError|RangeError|SyntaxError|Cannot (read|set) propert|is not a function|\bundefined\b|\[object Object\]|\bNaN\b/;

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export function expectNoCrash(r: CliRun): void {
  expect(r.stdout).not.toMatch(CRASH);
  expect(r.stderr).not.toMatch(CRASH);
}
