/**
 * The catalogs a program has from its start. Node (the command line, the tests, the bench) has English at
 * once: every door's default, and the words of every Error the readers throw. The pane's web build replaces
 * this module with bundled.web.ts (webpack.config.js), which has none: English comes in a chunk of its own,
 * asked for as the pane's script starts (src/taskpane/index.tsx), so the pane's first JavaScript stays small.
 */
import { EN } from './en';
import type { Catalog, Language } from './words';

export const BUNDLED: Partial<Record<Language, Catalog>> = { en: EN };
