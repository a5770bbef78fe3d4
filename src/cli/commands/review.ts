/**
 * `grant-budget review file.xlsx... [--state S] [--json]`: reads each workbook (own layout or the
 * published OSHA templates) or budget JSON, recomputes from the typed cells, prints findings and
 * figures. A file that cannot be read gets a message naming it (exit 2); the others are still reviewed.
 */
import type { Command } from 'commander';
import { evaluateBudget } from '../../budget';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, InputError } from '../exitCodes';
import type { Io } from '../io';
import { isJsonPath } from '../io';
import { loadBudget } from '../loadBudget';
import { reviewJson, reviewText, summaryFile, linkTo, plural } from '../reviewReport';
import { summaryWorkbookBytes, type SummaryFile } from '../../xlsx/summaryWorkbook';
import { checkOutput, writeOutputFile, type OutputRule } from '../outputFile';
import { runAction } from '../runAction';
import { problemText, terminalLine } from '../terminalText';

export function registerReview(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('review')
    .description('check workbooks (the product\'s layout or the published OSHA templates) or budget JSON files: findings and figures')
    .argument('<files...>', 'workbooks (.xlsx) or budget JSON files (.json)')
    .option('--state <state>', 'the State of a workbook that does not say it (USPS code or Appendix L name)')
    .option('--json', 'print the review object of INTERFACES.md (an array when several files are given)')
    .option('--summary <file>', "also write a region's summary workbook (.xlsx): one row per file, and every finding")
    .option('--force', 'replace the summary workbook if it exists')
    .addHelpText(
      'after',
      '\nFigures are recomputed from the typed cells; cached totals in the workbook are never trusted.\n' +
        'Exit status: 0 no error findings; 1 at least one error finding; 2 a file could not be read (the others are still reviewed).',
    )
    .action((files: string[], opts: { state?: string; json?: boolean; summary?: string; force?: boolean }) =>
      runAction(io, setExit, async () => {
        // The summary is never one of the files reviewed, and replaces a file only with --force (outputFile.ts).
        const summaryRule: OutputRule = { command: 'review', inputs: files, force: Boolean(opts.force) };
        if (opts.summary) await checkOutput(opts.summary, summaryRule);
        let exit = EXIT_OK;
        const objects: unknown[] = [];
        const summary: SummaryFile[] = [];
        const progress = io.stderrIsTTY && files.length > 1;
        for (const [i, file] of files.entries()) {
          if (progress) io.stderr(`\rreviewing ${i + 1}/${files.length}: ${terminalLine(file)}\x1b[K`);
          try {
            const loaded = await loadBudget(file, { state: opts.state });
            const ev = evaluateBudget(loaded.budget, loaded.workbookFindings);
            const layout = isJsonPath(file) ? 'json' : ((loaded as { layout?: 'own' | 'published' }).layout ?? 'own');
            if (opts.summary) summary.push(summaryFile(file, opts.summary, loaded.budget, ev, layout));
            if (opts.json) objects.push(reviewJson(file, loaded.budget, ev, layout));
            else {
              if (progress) io.stderr('\r\x1b[K');
              io.stdout(reviewText(file, loaded.budget, ev, layout));
            }
            if (ev.findings.some((f) => f.severity === 'error') && exit === EXIT_OK) exit = EXIT_FINDINGS;
          } catch (err) {
            // One bad file never stops the review of the others; an unexpected failure is named too.
            const message = err instanceof InputError ? err.message : `cannot be reviewed: ${err instanceof Error ? err.message : String(err)}`;
            if (!(err instanceof InputError) && process.env.GRANT_BUDGET_DEBUG) io.stderr(`${err instanceof Error ? err.stack : String(err)}\n`);
            exit = EXIT_UNREADABLE;
            if (progress) io.stderr('\r\x1b[K');
            io.stderr(problemText(file, message));
            // An addition INTERFACES.md allows: the array keeps one entry per file given.
            if (opts.json) objects.push({ file, error: message });
            if (opts.summary) summary.push({ file, link: linkTo(file, opts.summary), figures: null, findings: [], problem: message });
          }
        }
        if (progress) io.stderr('\r\x1b[K');
        if (opts.summary) {
          await writeOutputFile(opts.summary, await summaryWorkbookBytes(summary, opts.summary), summaryRule);
          io.stderr(`${opts.summary}: summary of ${plural(files.length, 'file')} written\n`);
        }
        if (opts.json) io.stdout(JSON.stringify(files.length === 1 ? (objects[0] ?? null) : objects, null, 2) + '\n');
        return exit;
      }),
    );
}
