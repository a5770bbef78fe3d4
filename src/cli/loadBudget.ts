/**
 * Loads a budget from what the user names: a budget JSON file or a workbook (.xlsx). What a file is
 * is told by its first bytes where they are sure (a workbook is a zip package: "PK"), so a workbook saved
 * as budget.json is read as the workbook it is, never parsed as JSON.
 */
import { msg, type Msg } from '../messages/words';
import { DEFAULT_FISCAL_YEAR, findState, rulePackFor, type Budget, type Finding } from '../budget';
import { budgetFileKind, readBudgetJsonFile, wordsOf, type Io } from './io';
import { loadWorkbookBudget } from './workbookInput';
import { problemText } from './terminalText';

export interface LoadedBudget {
  file: string;
  budget: Budget;
  /** Findings only a workbook can raise (NOT_A_NUMBER, BROKEN_FORMULA, FORMULA_OVERWRITTEN). */
  workbookFindings: Finding[];
  /** Where the figures were read from: our workbook layout, OSHA's published one, or a budget JSON. */
  layout: 'own' | 'published' | 'json';
  /** A State the workbook names where --state wins over it (the published layout). */
  stateInWorkbook?: string | null;
  /** Set when --state and the file name different States: one line for the user saying which was used. */
  stateNote?: Msg;
}

export interface LoadOptions {
  /** The State of a workbook that does not say it (published OSHA templates). */
  state?: string;
}

export async function loadBudget(file: string, options: LoadOptions = {}): Promise<LoadedBudget> {
  let loaded: LoadedBudget;
  if ((await budgetFileKind(file)) === 'json') {
    loaded = { file, budget: await readBudgetJsonFile(file), workbookFindings: [], layout: 'json' };
  } else {
    loaded = await loadWorkbookBudget(file, options);
  }
  const note = stateNote(
    loaded.budget,
    options.state,
    loaded.layout === 'json' ? 'budget JSON' : 'workbook',
    loaded.stateInWorkbook,
  );
  return note ? { ...loaded, stateNote: note } : loaded;
}

/**
 * --state is for a workbook that does not say its State. Where the file names one too and they differ, the
 * user is told which was used: our layout and a budget JSON keep their own State; the published layout,
 * whose State is only found in its text, takes --state (`stateInWorkbook` is the State found there).
 */
export function stateNote(
  budget: Budget,
  given: string | undefined,
  source: 'workbook' | 'budget JSON',
  stateInWorkbook?: string | null,
): Msg | undefined {
  if (given === undefined) return undefined;
  const pack = rulePackFor(budget.fiscalYear) ?? rulePackFor(DEFAULT_FISCAL_YEAR);
  const named = (code: string) => {
    const s = pack?.states.find((x) => x.code === code);
    return s ? `${s.name} (${s.code})` : code;
  };
  const asked = pack ? findState(pack, given) : undefined;
  if (asked?.code !== budget.state) {
    return source === 'workbook'
      ? msg('state.notUsedWorkbook', { given, state: named(budget.state) })
      : msg('state.notUsedJson', { given, state: named(budget.state) });
  }
  if (stateInWorkbook && stateInWorkbook !== budget.state) {
    return msg('state.givenWins', { named: named(stateInWorkbook), given, state: named(budget.state) });
  }
  return undefined;
}

/** The one-line note on stderr when --state and the file name different States. */
export function printStateNote(io: Io, file: string, note: Msg | undefined): void {
  if (note) io.stderr(problemText(file, wordsOf(io).t('cli.note', { note })));
}
