/**
 * `grant-budget build SUBMITTED.xlsx -o live.xlsx`: a workbook in OSHA's published layout (or ours)
 * moved into the live templates. The result is read back before it is written: its SF-424A and totals
 * must equal those of the source to the cent, or nothing is written. Everything the reading of the
 * source did not take (a figure beside a table, a note in the margin, text in a figure cell, a sheet it
 * does not read) is listed, so no figure is ever dropped silently.
 */
import {
  centsToDollars,
  evaluateBudget,
  formatDollars,
  sf424aToJson,
  stateByCode,
  type Budget,
  type Finding,
} from '../budget';
import { readBudgetFromSnapshot } from '../workbook/readBudget';
import { publishedLeftovers, type Leftover } from '../workbook/publishedLeftovers';
import { readPublishedLayout } from '../workbook/publishedLayoutReader';
import { readXlsxSnapshot } from '../xlsx/readSnapshot';
import { EXIT_FINDINGS, EXIT_OK, InputError } from './exitCodes';
import type { Io } from './io';
import { templateWorkbookBytes } from './commands/newWorkbook';
import type { OutputRule } from './outputFile';
import { checkTarget, outputName, reportTo, reviewHint, writeTarget } from './outputTarget';
import { cliPlacedMessage, cliProblem } from './remedyWords';
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

function leftoverLines(leftovers: Leftover[], findings: Finding[]): string[] {
  const lines = leftovers.map((l) => `  ${l.where}: ${l.kind === 'note' ? `"${l.text}"` : l.text} (${l.why})`);
  for (const f of findings) {
    if (NOT_TAKEN.has(f.code)) lines.push(`  ${cliPlacedMessage(f)}`);
  }
  return lines;
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
  if (!back.ok || figuresOf(back.budget) !== figuresOf(budget)) {
    throw new InputError(
      file,
      'could not be moved into the live templates without changing a figure; nothing was written (please report this file)',
    );
  }
  await writeTarget(out, made.bytes, rule, io);

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
    `${outputName(out)}: written from ${file} (${read.layout === 'published' ? 'published OSHA layout' : 'grant-budget layout'}), ${state.name}, FY ${budget.fiscalYear}: ${made.sheets.join(', ')}`,
    ...(moved ? [`  typed cells moved: ${moved}`] : []),
    `  the same figures as the source, to the cent: Federal ${formatDollars(t.federal)}, State Match ${formatDollars(t.stateMatch)}, State 100% ${formatDollars(t.state100)}, total ${formatDollars(t.total)}`,
  ];
  const notPlaced = leftoverLines(leftovers, read.findings);
  if (notPlaced.length)
    lines.push(`Not moved (${notPlaced.length}); copy these by hand if they belong in the budget:`, ...notPlaced);
  else lines.push('Not moved: nothing; every typed figure of the source is in the live templates.');
  // File text (names, notes, sheet names) is in these lines: each escaped whole for a terminal.
  reportTo(io, out)(lines.map(terminalLine).join('\n') + '\n');
  const errors = ev.findings.filter((f) => f.severity === 'error');
  if (errors.length)
    io.stderr(
      `grant-budget: ${file}: ${errors.length} error finding${errors.length === 1 ? '' : 's'} in this budget; ${reviewHint(out)}\n`,
    );
  return errors.length || notPlaced.some((l) => !l.includes('(a note right of the table)')) ? EXIT_FINDINGS : EXIT_OK;
}
