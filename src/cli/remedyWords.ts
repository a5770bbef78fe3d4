/**
 * The command line's words for a remedy: findings and "no budget" reasons say what is wrong in neutral
 * words and carry their remedy as data (src/budget/findings.ts); this is the one place the command line
 * names its own action for it. The pane has its own (src/addin/paneWords.ts).
 */
import { withRemedyWords, type Finding, type Remedy, type Unreadable } from '../budget';

const CLI_REMEDY: Readonly<Record<Remedy, string>> = {
  repair: "Run `grant-budget repair` to rewrite the template's formulas",
  chooseState: 'Give the State with --state (a USPS code such as KY, or its Appendix L name)',
  changeState:
    "Open the workbook in Excel and press Change this budget's State in the Grant Budget pane, or type the old State back",
};

/** A finding's message as the command line prints it (text, JSON and the summary workbook alike). */
export function cliMessage(f: Finding): string {
  return withRemedyWords(f.message, f.remedy, CLI_REMEDY);
}

/** Findings with the command line's words in their messages, for a report that takes whole findings. */
export function cliFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => (f.remedy ? { ...f, message: cliMessage(f) } : f));
}

/** Why a workbook cannot be read, with what the command line offers for it. */
export function cliProblem(reason: Unreadable): string {
  return withRemedyWords(reason.problem, reason.remedy, CLI_REMEDY);
}

/** The message after the finding's place (sheet!cell, or where), the place said once: workbook findings name their cell first already. */
export function cliPlacedMessage(f: Finding): string {
  const at = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : f.where;
  const message = cliMessage(f);
  return message.startsWith(at) ? message : `${at}: ${message}`;
}
