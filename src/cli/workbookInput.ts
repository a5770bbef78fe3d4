/**
 * The workbook door of the command line: reads an .xlsx file into a budget (either layout) for every
 * command that takes a budget file (loadBudget.ts calls it for every file that is not a budget JSON).
 */
import { msg } from '../messages/words';
import { readBudgetFromSnapshot } from '../workbook/readBudget';
import type { WorkbookSnapshot } from '../port/workbookPort';
import { WorkbookReadError, readXlsxSnapshot } from '../xlsx/readSnapshot';
import { InputError } from './exitCodes';
import { readFileBytes } from './io';
import { cliProblem } from './remedyWords';
import type { LoadedBudget, LoadOptions } from './loadBudget';

/** Largest .xlsx file read (compressed); the zip's unpacked size has its own bound in readSnapshot. */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

/** The snapshot of a workbook file; every failure is an InputError naming the file. */
export async function readWorkbookFile(file: string): Promise<WorkbookSnapshot> {
  return workbookSnapshotOf(file, await readFileBytes(file, MAX_WORKBOOK_BYTES));
}

/** The snapshot of a workbook's bytes already read (repair plans and edits the same bytes). */
export async function workbookSnapshotOf(file: string, bytes: Buffer): Promise<WorkbookSnapshot> {
  try {
    return await readXlsxSnapshot(bytes, file);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw new InputError(file, err.reason);
    throw new InputError(file, msg('io.notWorkbook', { detail: err instanceof Error ? err.message : String(err) }));
  }
}

export interface LoadedWorkbookBudget extends LoadedBudget {
  layout: 'own' | 'published';
}

export async function loadWorkbookBudget(file: string, options: LoadOptions): Promise<LoadedWorkbookBudget> {
  const snapshot = await readWorkbookFile(file);
  const read = readBudgetFromSnapshot(snapshot, { state: options.state });
  if (!read.ok) throw new InputError(file, cliProblem(read));
  return {
    file,
    budget: read.budget,
    workbookFindings: read.findings,
    layout: read.layout,
    stateInWorkbook: read.stateInWorkbook ?? null,
  };
}
