/**
 * Runs a command's action so that no input ever ends in a stack trace: input problems become one
 * message naming the file (exit 2); anything else is reported as an internal error (exit 2).
 */
import { EXIT_UNREADABLE, InputError, UsageError } from './exitCodes';
import { wordsOf, type Io } from './io';
import { problemText, terminalLines } from './terminalText';

export async function runAction(io: Io, setExit: (code: number) => void, action: () => Promise<number>): Promise<void> {
  try {
    setExit(await action());
  } catch (err) {
    setExit(EXIT_UNREADABLE);
    if (err instanceof InputError) {
      const words = wordsOf(io);
      io.stderr(
        problemText(
          err.file,
          words.render(err.problem),
          err.lines.map((l) => words.render(l)),
        ),
      );
    } else if (err instanceof UsageError)
      io.stderr(`grant-budget: ${terminalLines(wordsOf(io).render(err.problem))}
`);
    else if (err instanceof Error && !process.env.GRANT_BUDGET_DEBUG)
      io.stderr(`grant-budget: ${terminalLines(err.message)}\n`);
    else io.stderr(`grant-budget: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
}
