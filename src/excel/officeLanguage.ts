/**
 * The pane's language as Office gives it: the display language (`Office.context.displayLanguage`, "es-PR"
 * gives Spanish), and the user's own choice made in the pane, remembered in the add-in's roaming settings
 * (`Office.context.roamingSettings`: per user and add-in, it follows the user to every workbook and
 * computer; a document setting would follow the workbook instead, and another officer opening it would get
 * the first one's language). Where Office has no roaming settings (the browser sandbox) the choice is kept
 * in the page's localStorage.
 */
import { languageOfTag } from '../messages/language';
import type { Language } from '../messages/words';

const SETTING = 'gb.language';

export function officeDisplayLanguage(): Language {
  const tag = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
  return languageOfTag(tag) ?? 'en';
}

export function savedLanguage(): Language | null {
  const settings = roaming();
  const value = settings ? settings.get(SETTING) : storage()?.getItem(SETTING);
  return languageOfTag(typeof value === 'string' ? value : null);
}

/** Remembers the choice (null: follow Office again). Roaming settings are saved with saveAsync. */
export function saveLanguage(language: Language | null): void {
  const settings = roaming();
  if (settings) {
    if (language) settings.set(SETTING, language);
    else settings.remove(SETTING);
    settings.saveAsync();
    return;
  }
  const s = storage();
  if (language) s?.setItem(SETTING, language);
  else s?.removeItem(SETTING);
}

function roaming(): Office.RoamingSettings | null {
  return typeof Office !== 'undefined' && Office.context?.roamingSettings ? Office.context.roamingSettings : null;
}

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}
