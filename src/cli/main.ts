/**
 * `grant-budget`: the product outside Excel. Each command lives in src/cli/commands/, and its module (with
 * the readers, writers and libraries it needs) is loaded only when that command runs: `--version` loads
 * none, `review` none of the writers, `--help` every command's definition but no library (docs/speed.md).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { languageOfEnvironment, languageOfTag } from '../messages/language';
import { loadLanguage, wordsFor } from '../messages/words';
import { EXIT_OK, EXIT_UNREADABLE } from './exitCodes';
import { forgetStreamInputs, processIo, type Io } from './io';
import { endQuietlyOnBrokenPipe } from './brokenPipe';
import { packageVersion } from './version';

type Register = (program: Command, io: Io, setExit: (code: number) => void) => void;

/** The commands, in the order the help lists them, each with the loading of its module. */
const COMMANDS: { name: string; load: () => Promise<Register> }[] = [
  { name: 'sf424a', load: async () => (await import('./commands/sf424a')).registerSf424a },
  { name: 'review', load: async () => (await import('./commands/review')).registerReview },
  { name: 'repair', load: async () => (await import('./commands/repair')).registerRepair },
  { name: 'new', load: async () => (await import('./commands/newWorkbook')).registerNewWorkbook },
  { name: 'build', load: async () => (await import('./commands/build')).registerBuild },
  { name: 'reconcile', load: async () => (await import('./commands/reconcile')).registerReconcile },
];

/**
 * The commands a run needs: the one named (the program's own options but --lang take no value, so the
 * first other word that is not an option names it); none for the version alone; every one otherwise (the help,
 * or a word that names no command, which commander answers with the nearest name).
 */
function commandsFor(argv: readonly string[]): typeof COMMANDS {
  // --lang takes a value ("--lang es review"): that value names no command.
  const word = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang');
  const named = COMMANDS.find((c) => c.name === word);
  if (named) return [named];
  if (word === undefined && argv.length > 0 && argv.every((a) => a === '-V' || a === '--version')) return [];
  return COMMANDS;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  // Inputs read once (standard input, pipes, devices) belong to one run.
  forgetStreamInputs();
  let exitCode = EXIT_OK;
  const setExit = (code: number) => {
    exitCode = code;
  };
  // The words of this run: the environment's language (LC_ALL, LC_MESSAGES, LANG), or --lang's (a caller's own
  // words, a test's reworded catalog, stand where no language is asked for).
  const run: Io = { ...io, words: io.words ?? (await loadLanguage(languageOfEnvironment(io.env ?? {}))) };
  if (io === processIo) endQuietlyOnBrokenPipe(() => run.words ?? wordsFor('en'));
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
    .hook('preAction', async (_program, action) => {
      const language = action.optsWithGlobals<{ lang?: 'en' | 'es' }>().lang;
      if (language) run.words = await loadLanguage(language);
    })
    .exitOverride();
  for (const register of await Promise.all(commandsFor(argv).map((c) => c.load()))) register(program, run, setExit);
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
