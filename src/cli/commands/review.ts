/**
 * `grant-budget review file.xlsx... [--state S] [--json]`: reads each workbook (own layout or the
 * published OSHA templates) or budget JSON, recomputes from the typed cells, prints findings and
 * figures. A file that cannot be read gets a message naming it (exit 2); the others are still reviewed.
 */
import type { Command } from 'commander';
import { countBySeverity, evaluateBudget } from '../../budget';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, InputError } from '../exitCodes';
import { wordsOf, type Io } from '../io';
import { englishWords, msg, type Words } from '../../messages/words';
import { loadBudget, printStateNote } from '../loadBudget';
import { textOrJson } from '../formatOption';
import { reviewJson, reviewText, summaryFile, linkTo } from '../reviewReport';
import { summaryWorkbook, type SummaryFile } from '../../xlsx/summaryWorkbook';
import type { OutputRule } from '../outputFile';
import { checkTarget, isStdout, refuseStdoutOnInputs, writeTarget } from '../outputTarget';
import { runAction } from '../runAction';
import { printWriteNotes, problemText, terminalLine } from '../terminalText';

export function registerReview(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('review')
    .description(
      "check workbooks (the product's layout or the published OSHA templates) or budget JSON files: findings and figures",
    )
    .argument('<files...>', 'workbooks (.xlsx) or budget JSON files (.json)')
    .option('--state <state>', 'the State of a workbook that does not say it (USPS code or Appendix L name)')
    .option('--json', 'print the review object of INTERFACES.md (an array when several files are given)')
    .option('--format <format>', 'text or json (any case); json is --json')
    .option('--summary <file>', "also write a region's summary workbook (.xlsx): one row per file, and every finding")
    .option('--force', 'replace the summary workbook if it exists')
    .addHelpText(
      'after',
      '\nFigures are recomputed from the typed cells; cached totals in the workbook are never trusted.\n' +
        'Exit status: 0 no error findings; 1 at least one error finding; 2 a file could not be read (the others are still reviewed).',
    )
    .action((files: string[], opts: ReviewOptions) => runAction(io, setExit, () => reviewFiles(files, opts, io)));
}

interface ReviewOptions {
  state?: string;
  json?: boolean;
  format?: string;
  summary?: string;
  force?: boolean;
}

/** What became of each file, for the closing line of a review of several. */
type Outcome = 'fail' | 'warnings' | 'pass' | 'unreadable';

async function reviewFiles(files: string[], opts: ReviewOptions, io: Io): Promise<number> {
  const json = textOrJson(opts, 'review') === 'json';
  // The summary is never one of the files reviewed, and replaces a file only with --force (outputFile.ts).
  const summaryRule: OutputRule = { command: 'review', inputs: files, force: Boolean(opts.force) };
  if (isStdout(opts.summary)) throw new InputError(opts.summary ?? '-', msg('review.summaryNotStdout'));
  if (opts.summary) await checkTarget(opts.summary, 'workbook', summaryRule, io);
  await refuseStdoutOnInputs('review', files, io);
  const objects: unknown[] = [];
  const summary: SummaryFile[] = [];
  const outcomes: Outcome[] = [];
  const progress = io.stderrIsTTY && files.length > 1;
  const words = wordsOf(io);
  for (const [i, file] of files.entries()) {
    if (progress)
      io.stderr(`\r${words.t('review.progress', { at: i + 1, of: files.length, file: terminalLine(file) })}\x1b[K`);
    try {
      const loaded = await loadBudget(file, { state: opts.state });
      const ev = evaluateBudget(loaded.budget, loaded.workbookFindings);
      if (progress) io.stderr('\r\x1b[K');
      printStateNote(io, loaded.file, loaded.stateNote);
      if (opts.summary) summary.push(summaryFile(file, opts.summary, loaded.budget, ev, loaded.layout, words));
      if (json) objects.push(reviewJson(file, loaded.budget, ev, loaded.layout, words, loaded.stateNote));
      else io.stdout(reviewText(file, loaded.budget, ev, loaded.layout, words));
      const counts = countBySeverity(ev.findings);
      outcomes.push(counts.error ? 'fail' : counts.warning ? 'warnings' : 'pass');
    } catch (err) {
      // One bad file never stops the review of the others; an unexpected failure is named too.
      const message =
        err instanceof InputError
          ? err.fullText(words)
          : words.t('review.cannotReview', { detail: err instanceof Error ? err.message : String(err) });
      if (!(err instanceof InputError) && process.env.GRANT_BUDGET_DEBUG)
        io.stderr(`${err instanceof Error ? err.stack : String(err)}\n`);
      outcomes.push('unreadable');
      if (progress) io.stderr('\r\x1b[K');
      io.stderr(
        err instanceof InputError
          ? problemText(
              file,
              words.render(err.problem),
              err.lines.map((l) => words.render(l)),
            )
          : problemText(file, message),
      );
      // An addition INTERFACES.md allows: the array keeps one entry per file given.
      if (json) objects.push({ file, error: message });
      if (opts.summary)
        summary.push({ file, link: linkTo(file, opts.summary), figures: null, findings: [], problem: message });
    }
  }
  if (progress) io.stderr('\r\x1b[K');
  if (opts.summary) {
    const made = await summaryWorkbook(summary, opts.summary, words);
    await writeTarget(opts.summary, made.bytes, summaryRule, io);
    printWriteNotes(io, opts.summary, made.notes);
    io.stderr(`${words.t('review.summaryWritten', { file: opts.summary, count: files.length })}\n`);
  }
  if (json) io.stdout(JSON.stringify(files.length === 1 ? (objects[0] ?? null) : objects, null, 2) + '\n');
  // The closing line of several files' text; JSON has no need of it (its array holds each file's outcome) and
  // its stderr stays for problems only.
  if (files.length > 1 && !json) io.stdout(closingLine(outcomes, words));
  return outcomes.includes('unreadable') ? EXIT_UNREADABLE : outcomes.includes('fail') ? EXIT_FINDINGS : EXIT_OK;
}

/** "Reviewed 4 files: 1 FAIL (error findings), 1 PASS with warnings, 1 PASS, 1 could not be read." */
export function closingLine(outcomes: readonly Outcome[], words: Words = englishWords()): string {
  const n = (o: Outcome) => outcomes.filter((x) => x === o).length;
  return (
    words.t('review.closing', {
      count: outcomes.length,
      fail: n('fail'),
      warnings: n('warnings'),
      pass: n('pass'),
      unreadable: n('unreadable'),
    }) + '\n'
  );
}
