/**
 * The command line's words for a remedy: findings and "no budget" reasons say what is wrong in neutral
 * words and carry their remedy as data (src/budget/findings.ts); this is the one place the command line
 * names its own action for it. The pane has its own (src/addin/paneWords.ts).
 */
import {
  renderFinding,
  withRemedyWords,
  type Finding,
  type RenderedFinding,
  type Remedy,
  type Unreadable,
} from '../budget';
import { msg, type Msg, type Words } from '../messages/words';

const CLI_REMEDY: Readonly<Record<Remedy, Msg>> = {
  repair: msg('remedy.cli.repair'),
  chooseState: msg('remedy.cli.chooseState'),
  changeState: msg('remedy.cli.changeState'),
};

/** A finding as the command line prints it (text, JSON and the summary workbook alike). */
export function cliFinding(f: Finding, words: Words): RenderedFinding {
  return renderFinding(f, words, CLI_REMEDY);
}

/** Findings with the command line's words in their messages, for a report that takes whole findings. */
export function cliFindings(findings: readonly Finding[], words: Words): RenderedFinding[] {
  return findings.map((f) => cliFinding(f, words));
}

/** Why a workbook cannot be read, with what the command line offers for it: a clause after the file's name. */
export function cliProblem(reason: Unreadable): Msg {
  return withRemedyWords(reason.problem, reason.remedy, reason.remedy && CLI_REMEDY[reason.remedy], 'clause');
}

/**
 * The message after the finding's place (sheet!cell, or where), the place said once: a finding of a cell
 * whose message names the cell first already (`finding.atCell`...) is printed as it is.
 */
export function cliPlacedMessage(f: Finding, words: Words): string {
  const rendered = cliFinding(f, words);
  const at = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : rendered.where;
  return namesItsPlaceFirst(f) ? rendered.message : `${at}: ${rendered.message}`;
}

/** Messages that start with the finding's own place (its cell, or its line): the text prints no place before them. */
function namesItsPlaceFirst(f: Finding): boolean {
  const data = f.message.data;
  if (f.sheet && f.cell) return data.cell === `${f.sheet}!${f.cell}`;
  return data.where !== undefined && JSON.stringify(data.where) === JSON.stringify(f.where);
}
