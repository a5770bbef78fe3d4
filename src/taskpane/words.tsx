/**
 * The pane's language: every component says its words through `useWords()` (the catalogs of
 * src/messages), never a sentence of its own. The composition root (index.tsx) picks the language (the
 * user's choice in the pane, remembered; else Office's display language) and provides it here.
 */
import * as React from 'react';
import { englishWords, type Language, type Words } from '../messages/words';

export interface PaneLanguage {
  words: Words;
  /** The language chosen in the pane, or null when the pane follows Office's display language. */
  chosen: Language | null;
  /** Office's display language as the pane reads it ("en-US", "es-PR"), for the setting's "as Office" choice. */
  office: Language;
  choose(language: Language | null): void;
}

// No default words built at import: the web build has no catalog until index.tsx loads English.
const WordsContext = React.createContext<PaneLanguage | null>(null);

export const PaneLanguageProvider = WordsContext.Provider;

/** Without a provider (a component rendered alone, in a test): English, as Office's display language. */
function englishPane(): PaneLanguage {
  return { words: englishWords(), chosen: null, office: 'en', choose: () => undefined };
}

/** The pane's words (English unless a provider says otherwise). */
export function useWords(): Words {
  return React.useContext(WordsContext)?.words ?? englishWords();
}

/** The language setting: what is chosen, and the function that chooses. */
export function usePaneLanguage(): PaneLanguage {
  return React.useContext(WordsContext) ?? englishPane();
}
