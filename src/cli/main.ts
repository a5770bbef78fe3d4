/**
 * `grant-budget`: the product outside Excel. Each command lives in src/cli/commands/.
 */
import { Command, CommanderError } from 'commander';
import { EXIT_OK, EXIT_UNREADABLE } from './exitCodes';
import { forgetStreamInputs, processIo, type Io } from './io';
import { registerSf424a } from './commands/sf424a';
import { registerReview } from './commands/review';
import { registerRepair } from './commands/repair';
import { registerNewWorkbook } from './commands/newWorkbook';
import { registerBuild } from './commands/build';
import { registerReconcile } from './commands/reconcile';
import { endQuietlyOnBrokenPipe } from './brokenPipe';
import { packageVersion } from './version';

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (io === processIo) endQuietlyOnBrokenPipe();
  // Inputs read once (standard input, pipes, devices) belong to one run.
  forgetStreamInputs();
  let exitCode = EXIT_OK;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('grant-budget')
    .description(
      "The budget of a State's OSHA 23(g) grant application (FY 2012 instructions): templates, checks, SF-424A.",
    )
    .version(packageVersion(), '-V, --version', 'print the version of grant-budget')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  registerSf424a(program, io, setExit);
  registerReview(program, io, setExit);
  registerRepair(program, io, setExit);
  registerNewWorkbook(program, io, setExit);
  registerBuild(program, io, setExit);
  registerReconcile(program, io, setExit);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors are bad input (2).
      return err.exitCode === 0 ? EXIT_OK : EXIT_UNREADABLE;
    }
    throw err;
  }
  return exitCode;
}
