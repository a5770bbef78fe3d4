/**
 * The pane's words for a remedy, and how the pane says a finding, a reason and a failure: findings and
 * "no budget" reasons say what is wrong in neutral words and carry their remedy as data
 * (src/budget/findings.ts); this is the one place the pane names its own action for it (the command
 * line has its own, src/cli/remedyWords.ts). Every message the pane shows (the findings list, the Review
 * sheet, the reason no budget was read) comes through here, in the pane's language.
 */
import {
  renderFinding,
  withRemedyWords,
  type Finding,
  type RenderedFinding,
  type Remedy,
  type Unreadable,
} from '../budget';
import { englishWords, isMsg, msg, type Msg, type Words } from '../messages/words';

const PANE_REMEDY: Readonly<Record<Remedy, Msg>> = {
  // "In the task pane": the Review sheet carries these words too, and Excel's ribbon has a Review tab of its own.
  repair: msg('remedy.pane.repair'),
  chooseState: msg('remedy.pane.chooseState'),
  changeState: msg('remedy.pane.changeState'),
};

/** A finding as the pane shows it, in `words`. */
export function paneFinding(f: Finding, words: Words): RenderedFinding {
  return renderFinding(f, words, PANE_REMEDY);
}

/** A finding's message as the pane shows it. */
export function paneMessage(f: Finding, words: Words): string {
  return paneFinding(f, words).message;
}

/**
 * Why no budget was read, as one sentence: the readers' reasons are clauses after the file's name; one
 * that says something of the workbook itself (`ofWorkbook`: "holds no budget: ...") the pane says of
 * "This workbook".
 */
export function paneProblem(reason: Unreadable): Msg {
  const text = withRemedyWords(reason.problem, reason.remedy, reason.remedy && PANE_REMEDY[reason.remedy], 'clause');
  return reason.ofWorkbook ? msg('pane.thisWorkbook', { problem: text }) : text;
}

/** A failure the pane can say in its own words: a message of the catalogs (its English is the Error's message). */
export class PaneError extends Error {
  constructor(readonly problem: Msg) {
    super(englishWords().render(problem));
    this.name = 'PaneError';
  }
}

/** What went wrong, in `words`: our own failures by their message, anything else (Office's own, already in the user's language) as it said. */
export function errorWords(e: unknown): Msg {
  const problem = (e as { problem?: unknown } | null)?.problem;
  if (isMsg(problem)) return problem;
  return msg('figure.text', { value: e instanceof Error ? e.message : String(e) });
}

/** What the add-in did to the lines a person inserted (one line: the sheet and its rows). */
export function completedLinesText(lines: readonly { sheet: string; row: number }[]): Msg {
  const bySheet = new Map<string, number[]>();
  for (const l of lines) bySheet.set(l.sheet, [...(bySheet.get(l.sheet) ?? []), l.row]);
  const where = [...bySheet].map(([sheet, rows]) =>
    msg('pane.completed.sheetRows', { sheet, count: rows.length, rows: rows.join(', ') }),
  );
  return msg('pane.completed', { count: lines.length, where });
}

/**
 * Said once, before the first action that unprotects a sheet (repair, a State change): Excel clears its
 * undo history when a sheet's protection changes through the API.
 */
export const UNDO_CLEARED_NOTE: Msg = msg('pane.undoCleared');

/** Said while Excel holds the pane's request for a cell in edit mode (clicking the pane does not end it). */
export const CELL_EDIT_WAITING: Msg = msg('pane.cellEditWaiting');

/** What "Move into live templates" left where it was: a typed text in a figure, a note, a sheet not read, a figure in no line. */
export function notMovedNote(
  leftovers: readonly { where: string; kind: 'figure' | 'note' | 'sheet' | 'textInFigure'; text: string }[],
): Msg {
  return msg('pane.move.notMoved', {
    items: leftovers.map((l) =>
      l.kind === 'textInFigure'
        ? msg('pane.move.textInFigure', { where: l.where })
        : l.kind === 'note'
          ? msg('pane.move.note', { where: l.where, text: l.text })
          : l.kind === 'sheet'
            ? msg('pane.move.sheet', { where: l.where, count: Number(l.text) })
            : msg('pane.move.figure', { where: l.where, text: l.text }),
    ),
  });
}
