/**
 * `grant-budget`: the product outside Excel. Each command lives in src/cli/commands/.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { languageOfEnvironment, languageOfTag } from '../messages/language';
import { wordsFor } from '../messages/words';
import { EXIT_OK, EXIT_UNREADABLE } from './exitCodes';
import { processIo, type Io } from './io';
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
  let exitCode = EXIT_OK;
  const setExit = (code: number) => {
    exitCode = code;
  };
  // The words of this run: the environment's language (LC_ALL, LC_MESSAGES, LANG), or --lang's (a caller's own
  // words, a test's reworded catalog, stand where no language is asked for).
  const run: Io = { ...io, words: io.words ?? wordsFor(languageOfEnvironment(io.env ?? {})) };
  const program = new Command('grant-budget')
    .description(
      "The budget of a State's OSHA 23(g) grant application (FY 2012 instructions): templates, checks, SF-424A.",
    )
    .version(packageVersion(), '-V, --version', 'print the version of grant-budget')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addOption(
      new Option(
        '--lang <language>',
        'the language of messages: en (English) or es (Spanish); by default that of LC_ALL, LC_MESSAGES or LANG',
      ).argParser((value) => {
        const language = languageOfTag(value);
        if (!language) throw new InvalidArgumentError('use en (English) or es (Spanish).');
        return language;
      }),
    )
    .hook('preAction', (_program, action) => {
      const language = action.optsWithGlobals<{ lang?: 'en' | 'es' }>().lang;
      if (language) run.words = wordsFor(language);
    })
    .exitOverride();
  registerSf424a(program, run, setExit);
  registerReview(program, run, setExit);
  registerRepair(program, run, setExit);
  registerNewWorkbook(program, run, setExit);
  registerBuild(program, run, setExit);
  registerReconcile(program, run, setExit);
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
