/** The English catalog: every message of every door, by key. The default language of every output. */
import { BUDGET_JSON } from './budgetJson';
import { CELLS } from './cells';
import { CLI } from './cli';
import { FILES } from './files';
import { FINDINGS } from './findings';
import { HEADLINES } from './headlines';
import { PANE } from './pane';
import { READING } from './reading';
import { RECONCILE } from './reconcile';

export const EN = {
  ...FINDINGS,
  ...CELLS,
  ...READING,
  ...FILES,
  ...BUDGET_JSON,
  ...RECONCILE,
  ...CLI,
  ...PANE,
  ...HEADLINES,
} as const;
export type EnCatalog = typeof EN;
