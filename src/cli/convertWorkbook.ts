/**
 * `grant-budget build SUBMITTED.xlsx -o live.xlsx`: a workbook in OSHA's published layout (or ours)
 * moved into the live templates. The result is read back before it is written: its SF-424A and totals
 * must equal those of the source to the cent, or nothing is written. Everything the reading of the
 * source did not take (a figure beside a table, a note in the margin, text in a figure cell, a sheet it
 * does not read) is listed, so no figure is ever dropped silently.
 */
import { centsToDollars, evaluateBudget, sf424aToJson, stateByCode, type Budget, type Finding } from '../budget';
import { readBudgetFromSnapshot } from '../workbook/readBudget';
import { publishedLeftovers, type Leftover } from '../workbook/publishedLeftovers';
import { readPublishedLayout } from '../workbook/publishedLayoutReader';
import { readXlsxSnapshot } from '../xlsx/readSnapshot';
import { EXIT_FINDINGS, EXIT_OK, InputError } from './exitCodes';
import { wordsOf, type Io } from './io';
import { templateWorkbookBytes } from './commands/newWorkbook';
import type { OutputRule } from './outputFile';
import { checkTarget, outputName, reportTo, reviewHint, writeTarget } from './outputTarget';
import { cliPlacedMessage, cliProblem } from './remedyWords';
import { msg, type Words } from '../messages/words';
import { readWorkbookFile } from './workbookInput';
import { terminalLine } from './terminalText';
import { printStateNote, stateNote } from './loadBudget';

/** What a door compares to say two budgets give the same forms: the SF-424A and the five totals, in dollars. */
function figuresOf(budget: Budget) {
  const ev = evaluateBudget(budget);
  const t = ev.totals;
  const totals = [t.administration, t.program, t.federal, t.stateMatch, t.state100, t.total].map(centsToDollars);
  return JSON.stringify({ sf424a: sf424aToJson(ev.sf424a), totals });
}

/** Source findings that mean a typed figure was not taken as one. */
const NOT_TAKEN: ReadonlySet<string> = new Set(['NOT_A_NUMBER']);

const LEFTOVER_WORDS = {
  sheet: 'build.leftover.sheet',
  figure: 'build.leftover.figure',
  note: 'build.leftover.note',
} as const;

/** What was not moved: each leftover by its kind, and each typed figure not taken as one (NOT_A_NUMBER). */
function notMoved(leftovers: Leftover[], findings: Finding[], words: Words): { line: string; counts: boolean }[] {
  const out = leftovers.map((l) => ({
    line: words.t('build.leftover', {
      what:
        l.kind === 'sheet'
          ? msg(LEFTOVER_WORDS.sheet, { where: l.where, count: Number(l.text) })
          : msg(LEFTOVER_WORDS[l.kind], { where: l.where, text: l.text }),
    }),
    // A note right of the table is said, but is no figure left behind: it does not make the exit status 1.
    counts: l.kind !== 'note',
  }));
  for (const f of findings) {
    if (NOT_TAKEN.has(f.code)) out.push({ line: `  ${cliPlacedMessage(f, words)}`, counts: true });
  }
  return out;
}

export async function convertWorkbook(
  file: string,
  out: string,
  opts: { state?: string; force: boolean },
  io: Io,
): Promise<number> {
  const rule: OutputRule = { command: 'build', inputs: [file], force: opts.force };
  await checkTarget(out, 'workbook', rule, io);
  const snapshot = await readWorkbookFile(file);
  const read = readBudgetFromSnapshot(snapshot, { state: opts.state });
  if (!read.ok) throw new InputError(file, cliProblem(read));
  const budget = read.budget;
  printStateNote(io, file, stateNote(budget, opts.state, 'workbook', read.stateInWorkbook));
  const published = read.layout === 'published' ? readPublishedLayout(snapshot, { state: budget.state }) : null;
  const leftovers = published?.ok ? publishedLeftovers(snapshot, published.analysis) : [];

  const made = await templateWorkbookBytes(out, { state: budget.state, fiscalYear: budget.fiscalYear, budget });
  const back = readBudgetFromSnapshot(await readXlsxSnapshot(made.bytes, out), { state: budget.state });
  if (!back.ok || figuresOf(back.budget) !== figuresOf(budget))
    throw new InputError(file, msg('build.figuresWouldChange'));
  await writeTarget(out, made.bytes, rule, io);

  const words = wordsOf(io);
  const ev = evaluateBudget(budget);
  const state = stateByCode(ev.pack, budget.state);
  const bySheet = new Map<string, number>();
  for (const where of published?.ok ? published.analysis.inputCells : []) {
    const sheet = where.slice(0, where.lastIndexOf('!'));
    bySheet.set(sheet, (bySheet.get(sheet) ?? 0) + 1);
  }
  const moved = [...bySheet].map(([s, n]) => `${s} ${n}`).join(', ');
  const t = ev.totals;
  const lines = [
    words.t('build.written', {
      out: outputName(out),
      file,
      layout: msg(read.layout === 'published' ? 'build.layout.published' : 'build.layout.own'),
      state: state.name,
      year: budget.fiscalYear,
      sheets: made.sheets.join(', '),
    }),
    ...(moved ? [words.t('build.moved', { moved })] : []),
    words.t('build.sameFigures', {
      federal: t.federal,
      stateMatch: t.stateMatch,
      state100: t.state100,
      total: t.total,
    }),
  ];
  const left = notMoved(leftovers, read.findings, words);
  if (left.length) lines.push(words.t('build.notMoved', { count: left.length }), ...left.map((l) => l.line));
  else lines.push(words.t('build.notMovedNone'));
  // File text (names, notes, sheet names) is in these lines: each escaped whole for a terminal.
  reportTo(io, out)(lines.map(terminalLine).join('\n') + '\n');
  const errors = ev.findings.filter((f) => f.severity === 'error');
  if (errors.length)
    io.stderr(
      `grant-budget: ${words.t('build.errorFindings', { file, count: errors.length, hint: reviewHint(out) })}\n`,
    );
  return errors.length || left.some((l) => l.counts) ? EXIT_FINDINGS : EXIT_OK;
}
