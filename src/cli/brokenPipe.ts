/**
 * `grant-budget review *.xlsx | head -1`: once the reader of our output has gone, Node reports EPIPE
 * as an unhandled 'error' event (a stack trace). A shell program dies quietly of SIGPIPE instead, and
 * the shell reports 128 + 13; Node ignores SIGPIPE, so we end with that status ourselves, at once,
 * without doing the rest of the work for nobody.
 */
export const EXIT_BROKEN_PIPE = 128 + 13;

export function endQuietlyOnBrokenPipe(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(EXIT_BROKEN_PIPE);
      throw err;
    });
  }
}
