/**
 * Loads a budget from what the user names: a budget JSON file or a workbook (.xlsx).
 */
import type { Budget, Finding } from '../budget';
import { InputError } from './exitCodes';
import { isJsonPath, readBudgetJsonFile } from './io';

export interface LoadedBudget {
  file: string;
  budget: Budget;
  /** Findings only a workbook can raise (NOT_A_NUMBER, BROKEN_FORMULA, FORMULA_OVERWRITTEN). */
  workbookFindings: Finding[];
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
  if (isJsonPath(file)) return { file, budget: await readBudgetJsonFile(file), workbookFindings: [] };
  if (!workbookLoader) throw new InputError(file, 'is not a budget JSON file (.json)');
  return workbookLoader(file, options);
}
