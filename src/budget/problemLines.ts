/**
 * A list of problems as people read it: the first ones, then how many more. A file can repeat one
 * fault a million times (1.2 million unknown keys printed 323 MB of errors; issue 22, item 8); the
 * reader needs the first few and the count, never every one.
 */
import { msg, type Msg } from '../messages/words';

/** Most problems listed one a line before "and N more". */
export const MAX_PROBLEM_LINES = 20;

export function cappedLines(lines: readonly Msg[], max = MAX_PROBLEM_LINES): Msg[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), msg('problems.more', { count: lines.length - max })];
}
