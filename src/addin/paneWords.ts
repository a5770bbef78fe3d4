/**
 * The pane's words for a remedy: findings and "no budget" reasons say what is wrong in neutral words and
 * carry their remedy as data (src/budget/findings.ts); this is the one place the pane names its own
 * action for it (the command line has its own, src/cli/remedyWords.ts). Every message the pane shows
 * (the findings list, the Review sheet, the reason no budget was read) comes through here.
 */
import { withRemedyWords, type Finding, type Remedy, type Unreadable } from '../budget';

const PANE_REMEDY: Readonly<Record<Remedy, string>> = {
  // "In the task pane": the Review sheet carries these words too, and Excel's ribbon has a Review tab of its own.
  repair: "In the task pane, press Repair totals on the Review tab to rewrite the template's formulas",
  chooseState: 'Choose the State above and the checks run',
  changeState: "Press Change this budget's State above to finish the change",
};

/** A finding's message as the pane shows it. */
export function paneMessage(f: Finding): string {
  return withRemedyWords(f.message, f.remedy, PANE_REMEDY);
}

/**
 * Why no budget was read, as one sentence: the readers' reasons are clauses after the file's name
 * ("holds no budget: ...", "is in the layout of ..."), which the pane says of "This workbook".
 */
export function paneProblem(reason: Unreadable): string {
  const text = withRemedyWords(reason.problem, reason.remedy, PANE_REMEDY);
  return text.startsWith('holds') || text.startsWith('is ') ? `This workbook ${text}.` : text;
}

/** What the add-in did to the lines a person inserted (one line: the sheet and its rows). */
export function completedLinesText(lines: readonly { sheet: string; row: number }[]): string {
  const bySheet = new Map<string, number[]>();
  for (const l of lines) bySheet.set(l.sheet, [...(bySheet.get(l.sheet) ?? []), l.row]);
  const where = [...bySheet].map(([sheet, rows]) => `${sheet} row${rows.length > 1 ? 's' : ''} ${rows.join(', ')}`);
  return `Completed the line${lines.length > 1 ? 's' : ''} you inserted (${where.join('; ')}): formulas and look.`;
}

/**
 * Said once, before the first action that unprotects a sheet (repair, a State change): Excel clears its
 * undo history when a sheet's protection changes through the API.
 */
export const UNDO_CLEARED_NOTE =
  'Before you repair or change the State: the add-in unprotects the template sheets to write in them, and Excel then clears its undo history, so Undo (Ctrl+Z) cannot go back past that change.';

/** Said while Excel holds the pane's request for a cell in edit mode (clicking the pane does not end it). */
export const CELL_EDIT_WAITING =
  'Press Enter in Excel to finish editing the cell: Excel waits for it before it does what you asked.';
