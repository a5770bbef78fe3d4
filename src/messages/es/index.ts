/**
 * El catálogo en español (Puerto Rico): las mismas claves y los mismos marcadores que el inglés
 * (test/messages/catalogs.test.ts lo comprueba). "State Match" es el pareo estatal; "Federal Share", la
 * participación federal. Los nombres de los formularios (Appendix F, A. Personnel, SF-424A) se citan como
 * los imprime OSHA, en inglés, para que se encuentren en el libro.
 */
import type { MessageKey } from '../words';
import { BUDGET_JSON } from './budgetJson';
import { CELLS } from './cells';
import { CLI } from './cli';
import { FILES } from './files';
import { FINDINGS } from './findings';
import { HEADLINES } from './headlines';
import { PANE } from './pane';
import { READING } from './reading';
import { RECONCILE } from './reconcile';

export const ES: Readonly<Record<MessageKey, string>> = {
  ...FINDINGS,
  ...CELLS,
  ...READING,
  ...FILES,
  ...BUDGET_JSON,
  ...RECONCILE,
  ...CLI,
  ...PANE,
  ...HEADLINES,
};
