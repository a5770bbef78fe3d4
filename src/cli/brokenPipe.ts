/**
 * `grant-budget review *.xlsx | head -1`: once the reader of our output has gone, Node reports EPIPE
 * as an unhandled 'error' event (a stack trace). A shell program dies quietly of SIGPIPE instead, and
 * the shell reports 128 + 13; Node ignores SIGPIPE, so we end with that status ourselves, at once,
 * without doing the rest of the work for nobody. Any other write error of standard output (a full disk,
 * `> /dev/full`) is said in words and ends with exit 2, as an output file that cannot be written does.
 */
import { writeSync } from 'fs';
import { EXIT_UNREADABLE } from './exitCodes';
import { englishWords, msg, type Msg, type Words } from '../messages/words';

export const EXIT_BROKEN_PIPE = 128 + 13;

function why(err: NodeJS.ErrnoException): Msg {
  if (err.code === 'ENOSPC') return msg('output.diskFull');
  if (err.code === 'EDQUOT') return msg('output.quota');
  if (err.code === 'EIO') return msg('output.ioError');
  if (err.code === 'EBADF') return msg('output.closed');
  return msg('figure.text', { value: err.message });
}

/** `words`: the words of the run (its language is known once main has read --lang and the environment). */
export function endQuietlyOnBrokenPipe(
  words: () => Words = englishWords,
  streams: NodeJS.WriteStream[] = [process.stdout, process.stderr],
): void {
  for (const stream of streams) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(EXIT_BROKEN_PIPE);
      if (stream !== process.stderr) {
        try {
          writeSync(2, `grant-budget: ${words().t('output.stdoutUnwritable', { why: why(err) })}\n`);
        } catch {
          // standard error is gone too: the exit status says it
        }
      }
      process.exit(EXIT_UNREADABLE);
    });
  }
}
