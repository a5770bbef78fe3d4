/**
 * `grant-budget new --state S [--fy 2012] -o out.xlsx`: a new workbook with Appendices D, E, F (and J
 * for KY, PR, WA), an SF-424A sheet and a Checks sheet, every total a live formula.
 */
import type { Command } from 'commander';
import { budgetSizeProblem, DEFAULT_FISCAL_YEAR, findState, rulePackFor, type Budget } from '../../budget';
import { InputError, UsageError } from '../exitCodes';
import { planNewWorkbook } from '../../layout/planner';
import { XlsxWorkbook } from '../../xlsx/xlsxWorkbook';
import { EXIT_OK } from '../exitCodes';
import { wordsOf, type Io } from '../io';
import { msg, type Msg } from '../../messages/words';
import type { OutputRule } from '../outputFile';
import { checkTarget, outputName, reportTo, writeTarget } from '../outputTarget';
import { runAction } from '../runAction';
import { terminalLine } from '../terminalText';

/**
 * Writes the templates (filled with `budget` when given) to `out` (a file under the output rule of
 * outputFile.ts, or `-`: outputTarget.ts); the rule is checked before the workbook is made, so a refusal costs nothing.
 */
export async function writeTemplateWorkbook(
  out: string,
  opts: { state: string; fiscalYear: number; budget?: Budget } & OutputRule,
  io: Io,
): Promise<{ sheets: string[]; notes: Msg[] }> {
  if (opts.budget) refuseTooManyLines(opts.budget, opts.inputs[0] ?? out);
  await checkTarget(out, 'workbook', opts, io);
  const made = await templateWorkbookBytes(out, opts);
  await writeTarget(out, made.bytes, opts, io);
  return { sheets: made.sheets, notes: made.notes };
}

/** The one bound of a budget's size (budget/budgetSize.ts), also where a workbook is written. */
function refuseTooManyLines(budget: Budget, file: string): void {
  const size = budgetSizeProblem(budget);
  if (size) throw new InputError(file, size);
}

/** The templates (filled with `budget` when given) as the bytes of an .xlsx file, the sheets they hold and the writer's notes. */
export async function templateWorkbookBytes(
  out: string,
  opts: { state: string; fiscalYear: number; budget?: Budget },
): Promise<{ bytes: Buffer; sheets: string[]; notes: Msg[] }> {
  const result = planNewWorkbook({
    state: opts.state,
    fiscalYear: opts.fiscalYear,
    ...(opts.budget ? { budget: opts.budget } : {}),
  });
  const wb = XlsxWorkbook.create(out);
  await wb.apply(result.plan);
  return { bytes: await wb.toBuffer(), sheets: result.sheets.map((s) => s.sheet), notes: wb.notes };
}

export function parseFiscalYear(text: string | undefined): number {
  if (text === undefined) return DEFAULT_FISCAL_YEAR;
  if (!/^\d{4}$/.test(text.trim())) throw new UsageError(msg('new.badYear', { text }));
  return Number(text);
}

export function registerNewWorkbook(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('new')
    .description(
      'write a new workbook: Appendices D, E, F (and J for KY, PR, WA), an SF-424A sheet and a Checks sheet, every total a live formula',
    )
    .requiredOption('--state <state>', 'the State: USPS code (KY) or Appendix L name (Kentucky)')
    .option('--fy <year>', 'the fiscal year of the rule pack', String(DEFAULT_FISCAL_YEAR))
    .requiredOption('-o, --output <file>', 'the workbook to write (.xlsx; - for standard output, through a pipe)')
    .option('--force', 'replace the output file if it exists')
    .addHelpText(
      'after',
      '\nThe output file is never replaced unless --force is given.\n' +
        'Exit status: 0 written; 2 the State or fiscal year is unknown, or the file cannot be written.',
    )
    .action((opts: { state: string; fy?: string; output: string; force?: boolean }) =>
      runAction(io, setExit, async () => {
        const fiscalYear = parseFiscalYear(opts.fy);
        const pack = rulePackFor(fiscalYear);
        if (!pack) throw new UsageError(msg('new.noRulePack', { year: fiscalYear }));
        if (!findState(pack, opts.state))
          throw new UsageError(
            msg('new.unknownState', {
              state: opts.state,
              year: pack.fiscalYear,
              states: pack.states.map((s) => s.code).join(', '),
            }),
          );
        const { sheets } = await writeTemplateWorkbook(
          opts.output,
          {
            state: opts.state,
            fiscalYear,
            command: 'new',
            inputs: [],
            force: Boolean(opts.force),
          },
          io,
        );
        reportTo(
          io,
          opts.output,
        )(
          terminalLine(wordsOf(io).t('new.written', { out: outputName(opts.output), sheets: sheets.join(', ') })) +
            '\n',
        );
        return EXIT_OK;
      }),
    );
}
