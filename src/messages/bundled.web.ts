/**
 * The web build's bundled.ts (webpack.config.js): no catalog in the first chunk. The pane and the sandbox
 * load English (`loadLanguage('en')`) before anything is said, and Spanish when it is chosen.
 */
import type { Catalog, Language } from './words';

export const BUNDLED: Partial<Record<Language, Catalog>> = {};
