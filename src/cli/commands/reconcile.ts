/**
 * `grant-budget reconcile BUDGET SUBMITTED.xml [--json]`: the SF-424A a State submitted to Grants.gov,
 * compared figure by figure with the one its budget (workbook or budget JSON) gives, and checked against itself.
 */
import type { Command } from 'commander';
import { evaluateBudget } from '../../budget';
import {
  readSubmittedSf424a,
  reconcileSf424a,
  reconciles,
  reconciliationJson,
  reconciliationText,
  type Reconciliation,
  xmlTextOf,
} from '../../budget/reconcile';
import { EXIT_FINDINGS, EXIT_OK, InputError } from '../exitCodes';
import { readFileBytes, wordsOf, type Io } from '../io';
import { loadBudget, printStateNote } from '../loadBudget';
import { textOrJson } from '../formatOption';
import { runAction } from '../runAction';
import { terminalLine } from '../terminalText';
import { refuseStdoutOnInputs } from '../outputTarget';

/** A Grants.gov SF-424A is a few kilobytes; a whole application package rarely a few megabytes. */
const MAX_XML_BYTES = 20 * 1024 * 1024;

/**
 * The reconciliation with every text the files gave (activity titles, CFDA numbers, remarks) made safe
 * for a terminal before the report joins its lines: an ESC, a C1 control, U+202E or a newline in a title
 * is shown escaped and can never forge a line such as "the submitted SF-424A agrees with the budget".
 */
function withTerminalTexts(r: Reconciliation): Reconciliation {
  const safe = <T>(x: T): T => (typeof x === 'string' ? (terminalLine(x) as T) : x);
  return {
    ...r,
    matches: r.matches.map((m) => ({ ...m, submitted: terminalLine(m.submitted) })),
    differences: r.differences.map((d) => ({ ...d, submitted: safe(d.submitted), computed: safe(d.computed) })),
  };
}

export function registerReconcile(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('reconcile')
    .description('compare a submitted SF-424A (Grants.gov XML) with the SF-424A of a budget (workbook or budget JSON)')
    .argument('<budget>', 'a workbook (.xlsx, either layout) or a budget JSON (.json)')
    .argument('<submitted>', 'the SF-424A as Grants.gov XML (SF424A-V1.0), alone or inside an application package')
    .option('--state <state>', 'the State of a workbook that does not say it (USPS code or Appendix L name)')
    .option('--json', 'print the reconciliation as JSON (amounts in dollars)')
    .option('--format <format>', 'text or json (any case); json is --json')
    .addHelpText(
      'after',
      '\nActivities are matched to categories by their titles (then by place, amount or elimination), not by their order.\n' +
        'Exit status: 0 the forms agree; 1 they differ, an activity cannot be matched or the submitted form is wrong in itself; 2 a file cannot be read.',
    )
    .action((budgetFile: string, xmlFile: string, opts: { state?: string; json?: boolean; format?: string }) =>
      runAction(io, setExit, async () => {
        const json = textOrJson(opts, 'reconcile') === 'json';
        await refuseStdoutOnInputs('reconcile', [budgetFile, xmlFile], io);
        const read = readSubmittedSf424a(xmlTextOf(await readFileBytes(xmlFile, MAX_XML_BYTES)));
        if (!read.ok) throw new InputError(xmlFile, read.problem, read.lines);
        const loaded = await loadBudget(budgetFile, { state: opts.state });
        printStateNote(io, loaded.file, loaded.stateNote);
        const r = reconcileSf424a(read.form, evaluateBudget(loaded.budget, loaded.workbookFindings).sf424a);
        io.stdout(
          json
            ? JSON.stringify(reconciliationJson(budgetFile, xmlFile, r, wordsOf(io)), null, 2) + '\n'
            : reconciliationText(terminalLine(budgetFile), terminalLine(xmlFile), withTerminalTexts(r), wordsOf(io)),
        );
        return reconciles(r) ? EXIT_OK : EXIT_FINDINGS;
      }),
    );
}
