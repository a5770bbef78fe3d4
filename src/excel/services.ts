/**
 * What the add-in needs from the layouts and the workbook reader: the same planner, reader and repairer
 * as the CLI's .xlsx path (src/layout, src/workbook), passed in so the Excel actions are tested with
 * them over the fake workbook, and so nothing here decides a rule of its own.
 * The reader is needed at once (the first check); the planner and the repairer only when the user asks,
 * so they come in a chunk of their own, fetched while the pane is idle.
 */
import { ownSheetNames } from '../layout/names';
import { looksLikePublishedSheet } from '../workbook/publishedLayoutReader';
import { readBudgetFromSnapshot } from '../workbook/readBudget';
import type { BudgetWriters } from './writers';

export interface BudgetServices {
  readBudgetFromSnapshot: typeof readBudgetFromSnapshot;
  /** The sheets of our own layout named in a snapshot (by their marks), for the one-sync re-check. */
  ownSheetNames: typeof ownSheetNames;
  /** Whether a sheet's first rows look like a published template: the first check reads the rest only of those. */
  looksLikePublishedSheet: typeof looksLikePublishedSheet;
  writers(): Promise<BudgetWriters>;
}

export const DEFAULT_SERVICES: BudgetServices = {
  readBudgetFromSnapshot,
  ownSheetNames,
  looksLikePublishedSheet,
  writers: () => import(/* webpackChunkName: "writers", webpackPrefetch: true */ './writers').then((m) => m.WRITERS),
};

export type { BudgetWriters };
