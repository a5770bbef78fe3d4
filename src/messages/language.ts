/**
 * Which language a door speaks: from what the user asked for (`--lang`, the pane's setting), else from what
 * the system says (POSIX locale variables, Office's display language), else English.
 */
import type { Language } from './words';

/** "es", "es-PR", "es_PR.UTF-8", "Spanish": Spanish; "en", "en-US", "C", "POSIX": English; anything else: null. */
export function languageOfTag(tag: string | null | undefined): Language | null {
  const t = (tag ?? '').trim().toLowerCase();
  if (t === '') return null;
  if (t === 'es' || t.startsWith('es-') || t.startsWith('es_') || t.startsWith('es.') || t === 'spanish') return 'es';
  if (t === 'en' || t.startsWith('en-') || t.startsWith('en_') || t.startsWith('en.') || t === 'english') return 'en';
  if (t === 'c' || t === 'posix' || t.startsWith('c.')) return 'en';
  return null;
}

/**
 * The language of the POSIX locale: LC_ALL, then LC_MESSAGES, then LANG, as `setlocale` reads them (the
 * first one set decides, even when it names a language we do not speak: that gives English).
 */
export function languageOfEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return languageOfTag(value) ?? 'en';
  }
  return 'en';
}
