/**
 * Loads a budget from what the user names: a budget JSON file or a workbook (.xlsx). What a file is
 * is told by its first bytes where they are sure (a workbook is a zip package: "PK"), so a workbook saved
 * as budget.json is read as the workbook it is, never parsed as JSON.
 */
import { DEFAULT_FISCAL_YEAR, findState, rulePackFor, type Budget, type Finding } from '../budget';
import { InputError } from './exitCodes';
import { budgetFileKind, readBudgetJsonFile, type Io } from './io';
import { problemText } from './terminalText';

export interface LoadedBudget {
  file: string;
  budget: Budget;
  /** Findings only a workbook can raise (NOT_A_NUMBER, BROKEN_FORMULA, FORMULA_OVERWRITTEN). */
  workbookFindings: Finding[];
  /** Where the figures were read from: our workbook layout, OSHA's published one, or a budget JSON. */
  layout: 'own' | 'published' | 'json';
  /** Set when --state was given and another State was used (the file names its own): one line for the user. */
  stateNote?: string;
}

export interface LoadOptions {
  /** The State of a workbook that does not say it (published OSHA templates). */
  state?: string;
}

/** Reading workbooks is plugged in by the workbook door (src/cli/workbookInput.ts). */
export type WorkbookLoader = (file: string, options: LoadOptions) => Promise<LoadedBudget>;
let workbookLoader: WorkbookLoader | null = null;
export function registerWorkbookLoader(loader: WorkbookLoader): void {
  workbookLoader = loader;
}

export async function loadBudget(file: string, options: LoadOptions = {}): Promise<LoadedBudget> {
  let loaded: LoadedBudget;
  if ((await budgetFileKind(file)) === 'json') {
    loaded = { file, budget: await readBudgetJsonFile(file), workbookFindings: [], layout: 'json' };
  } else {
    if (!workbookLoader) throw new InputError(file, 'is not a budget JSON file (.json)');
    loaded = await workbookLoader(file, options);
  }
  const note = stateNote(loaded.budget, options.state, loaded.layout === 'json' ? 'budget JSON' : 'workbook');
  return note ? { ...loaded, stateNote: note } : loaded;
}

/**
 * A file that names its own State is read as that State whatever --state says (--state is for a
 * workbook that does not say it): when they differ, the user is told which State was used.
 */
export function stateNote(budget: Budget, given: string | undefined, source: 'workbook' | 'budget JSON'): string | undefined {
  if (given === undefined) return undefined;
  const pack = rulePackFor(budget.fiscalYear) ?? rulePackFor(DEFAULT_FISCAL_YEAR);
  const asked = pack ? findState(pack, given) : undefined;
  if (asked?.code === budget.state) return undefined;
  const used = pack?.states.find((s) => s.code === budget.state);
  const usedText = used ? `${used.name} (${used.code})` : budget.state;
  return `--state ${given} was not used: the ${source} names its own State, ${usedText}, which is the State used`;
}

/** The one-line note on stderr when --state was not used. */
export function printStateNote(io: Io, loaded: LoadedBudget): void {
  if (loaded.stateNote) io.stderr(problemText(loaded.file, `note: ${loaded.stateNote}`));
}
