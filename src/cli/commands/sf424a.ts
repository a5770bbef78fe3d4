/**
 * `grant-budget sf424a file.xlsx|budget.json [--format table|csv|json|xml] [-o file]`
 */
import { msg } from '../../messages/words';
import type { Command } from 'commander';
import { evaluateBudget, hasErrors, sf424aCsv, sf424aToJson, sf424aXmlWithNotes, stateByCode } from '../../budget';
import { EXIT_FINDINGS, EXIT_OK } from '../exitCodes';
import { wordsOf, type Io } from '../io';
import { loadBudget, printStateNote } from '../loadBudget';
import { sf424aTable } from '../sf424aTable';
import { runAction } from '../runAction';
import { printWriteNotes, terminalLines } from '../terminalText';
import type { OutputRule } from '../outputFile';
import { checkTarget, isStdout, refuseStdoutOnInputs, writeTarget } from '../outputTarget';
import { chooseFormat, formatForOutput } from '../formatOption';

const FORMATS = ['table', 'csv', 'json', 'xml'] as const;
type Format = (typeof FORMATS)[number];
/** The format an output file's extension names when --format is not given. */
const BY_EXTENSION: Record<string, Format> = { '.txt': 'table', '.csv': 'csv', '.json': 'json', '.xml': 'xml' };

export function registerSf424a(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('sf424a')
    .description('print the SF-424A figures (Sections A to F) of a budget JSON or a workbook')
    .argument('<file>', 'a budget JSON (.json) or a workbook (.xlsx)')
    .option(
      '-f, --format <format>',
      `output format: ${FORMATS.join(', ')} (any case; default: the one -o's extension .txt, .csv, .json or .xml names, else table)`,
    )
    .option('-o, --output <file>', 'write to this file instead of standard output (- is standard output)')
    .option('--force', 'replace the output file if it exists')
    .option('--state <state>', 'the State of a workbook that does not say it (USPS code or Appendix L name)')
    .addHelpText(
      'after',
      '\nThe output file is never the input, and an existing one is replaced only with --force.\n' +
        'Exit status: 0 the budget has no error findings; 1 it has (the figures are still printed); 2 the input could not be read.\n' +
        'The xml format is Grants.gov SF424A-V1.0 (BudgetInformation), valid against its XSD.',
    )
    .action((file: string, opts: { format?: string; output?: string; state?: string; force?: boolean }) =>
      runAction(io, setExit, async () => {
        const given = opts.format === undefined ? undefined : chooseFormat(opts.format, FORMATS, 'sf424a');
        const output = opts.output;
        const rule: OutputRule = { command: 'sf424a', inputs: [file], force: Boolean(opts.force) };
        if (output) await checkTarget(output, 'text', rule, io);
        else await refuseStdoutOnInputs('sf424a', [file], io);
        // Without --format, the output file's extension names the format (form.csv is CSV); with it, they must agree.
        const format = formatForOutput(isStdout(output) ? undefined : output, given, BY_EXTENSION, 'table');
        const loaded = await loadBudget(file, { state: opts.state });
        printStateNote(io, loaded.file, loaded.stateNote);
        const ev = evaluateBudget(loaded.budget, loaded.workbookFindings);
        const state = stateByCode(ev.pack, loaded.budget.state);
        const xml = format === 'xml' ? sf424aXmlWithNotes(ev.sf424a) : { xml: '', notes: [] };
        const text =
          format === 'json'
            ? JSON.stringify(sf424aToJson(ev.sf424a), null, 2) + '\n'
            : format === 'xml'
              ? xml.xml
              : format === 'csv'
                ? sf424aCsv(ev.sf424a)
                : sf424aTable(
                    ev.sf424a,
                    wordsOf(io).t('sf424a.heading', {
                      state: state.name,
                      year: loaded.budget.fiscalYear,
                      cfda: ev.pack.cfda,
                    }),
                    wordsOf(io),
                  );
        if (output && !isStdout(output)) await writeTarget(output, text, rule, io);
        // The table always, and CSV when it reaches a terminal, are made safe for it; to a pipe CSV stays data.
        else io.stdout(format === 'table' || (format === 'csv' && io.stdoutIsTTY) ? terminalLines(text) : text);
        printWriteNotes(io, file, xml.notes);
        if (hasErrors(ev.findings)) {
          const n = ev.findings.filter((f) => f.severity === 'error').length;
          io.stderr(
            `grant-budget: ${wordsOf(io).t('build.errorFindings', { file, count: n, hint: msg('output.reviewHint', { file }) })}\n`,
          );
          return EXIT_FINDINGS;
        }
        return EXIT_OK;
      }),
    );
}
