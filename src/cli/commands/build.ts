/**
 * `grant-budget build budget.json -o out.xlsx`: the templates filled with a budget JSON, every total a
 * live formula. The workbook is written even when the budget has error findings (exit 1, one line on
 * stderr), so the budget officer can correct it in Excel.
 */
import type { Command } from 'commander';
import { evaluateBudget } from '../../budget';
import { EXIT_FINDINGS, EXIT_OK } from '../exitCodes';
import { budgetFileKind, readBudgetJsonFile, wordsOf, type Io } from '../io';
import { printStateNote, stateNote } from '../loadBudget';
import { convertWorkbook } from '../convertWorkbook';
import { runAction } from '../runAction';
import { writeTemplateWorkbook } from './newWorkbook';
import { printWriteNotes, terminalLine } from '../terminalText';
import { outputName, reportTo, reviewHint } from '../outputTarget';

export function registerBuild(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('build')
    .description(
      'write the workbook of a budget JSON (or of a published-layout workbook): the templates filled in, every total a live formula',
    )
    .argument(
      '<budget>',
      'a budget JSON file (INTERFACES.md), or a workbook (.xlsx, either layout; told by its content, whatever its name) to move into live templates',
    )
    .requiredOption('-o, --output <file>', 'the workbook to write (.xlsx; - for standard output, through a pipe)')
    .option('--force', 'replace the output file if it exists')
    .option('--state <state>', 'the State of a workbook that does not say it (USPS code or Appendix L name)')
    .addHelpText(
      'after',
      '\nThe output file is never replaced unless --force is given.\n' +
        'From a workbook, every typed figure is moved and the result has the same SF-424A to the cent; what could not be moved is listed.\n' +
        'Exit status: 0 the budget has no error findings; 1 it has (the workbook is still written; run `grant-budget review` on it),\n' +
        'or a figure of a workbook could not be moved (listed; the workbook is still written);\n' +
        '2 the budget cannot be read or the file cannot be written.',
    )
    .action((file: string, opts: { output: string; force?: boolean; state?: string }) =>
      runAction(io, setExit, async () => {
        // A workbook is built from whatever its name: a workbook saved as budget.json is a workbook (its first bytes say so).
        if ((await budgetFileKind(file)) === 'workbook')
          return convertWorkbook(file, opts.output, { state: opts.state, force: Boolean(opts.force) }, io);
        const budget = await readBudgetJsonFile(file);
        printStateNote(io, file, stateNote(budget, opts.state, 'budget JSON'));
        const { notes } = await writeTemplateWorkbook(
          opts.output,
          {
            state: budget.state,
            fiscalYear: budget.fiscalYear,
            budget,
            command: 'build',
            inputs: [file],
            force: Boolean(opts.force),
          },
          io,
        );
        const errors = evaluateBudget(budget).findings.filter((f) => f.severity === 'error');
        const words = wordsOf(io);
        reportTo(
          io,
          opts.output,
        )(terminalLine(words.t('build.writtenFrom', { out: outputName(opts.output), file })) + '\n');
        printWriteNotes(io, opts.output, notes);
        if (errors.length) {
          const codes = [...new Set(errors.map((f) => f.code))].join(', ');
          io.stderr(
            `grant-budget: ${words.t('build.errorFindingsWritten', { file, count: errors.length, codes, hint: reviewHint(opts.output) })}\n`,
          );
          return EXIT_FINDINGS;
        }
        return EXIT_OK;
      }),
    );
}
