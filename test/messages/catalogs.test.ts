/**
 * The catalogs: one per language, the same keys, the same placeholders (name and kind) in each message,
 * every placeholder of a known kind; and the formats of each language (Intl, en-US and es-PR).
 */
import { CATALOGS, LANGUAGES, Words, msg, placeholdersOf, wordsFor, type MessageKey } from '../../src/messages/words';
import { languageOfEnvironment, languageOfTag } from '../../src/messages/language';
import { formatDollars, formatPercent } from '../../src/budget';

/**
 * What a message's data must hold: each field's name with the kinds it is shown as, sorted. A plural
 * form is no kind of its own (a language may need one where another does not: it reads the same number).
 */
function fields(text: string): string[] {
  const kinds = new Map<string, Set<string>>();
  for (const p of placeholdersOf(text)) {
    const set = kinds.get(p.name) ?? new Set<string>();
    if (p.kind !== 'plural') set.add(p.kind);
    kinds.set(p.name, set);
  }
  return [...kinds].map(([name, set]) => `${name}:${[...set].sort().join('+') || 'number'}`).sort();
}

describe('the catalogs', () => {
  const en = CATALOGS.en;
  const keys = Object.keys(en) as MessageKey[];

  test('every language has every key of English, and no other', () => {
    expect(keys.length).toBeGreaterThan(400);
    for (const language of LANGUAGES) {
      const other = Object.keys(CATALOGS[language]).sort();
      expect({ language, missing: keys.filter((k) => !(k in CATALOGS[language])) }).toEqual({ language, missing: [] });
      expect({ language, extra: other.filter((k) => !(k in en)) }).toEqual({ language, extra: [] });
    }
  });

  test("every message's data fields (names and kinds) are the same in every language", () => {
    const differ: string[] = [];
    for (const key of keys)
      for (const language of LANGUAGES)
        if (JSON.stringify(fields(CATALOGS[language][key])) !== JSON.stringify(fields(en[key])))
          differ.push(
            `${language} ${key}: ${fields(CATALOGS[language][key]).join(',')} vs ${fields(en[key]).join(',')}`,
          );
    expect(differ).toEqual([]);
  });

  test('a Spanish message is written in Spanish: none is a copy of a long English sentence', () => {
    const copies = keys.filter((k) => /\s\w+\s\w+\s\w+\s/.test(en[k]) && CATALOGS.es[k] === en[k]);
    expect(copies).toEqual([]);
  });

  test('a catalog missing a key, or a message missing a field, is caught (the checks above can fail)', () => {
    const broken = { ...CATALOGS.es } as Record<string, string>;
    delete broken['finding.match.short'];
    expect(keys.filter((k) => !(k in broken))).toEqual(['finding.match.short']);
    const bad = fields('{{stateMatch:money}} y {{federal:money}}');
    expect(bad).not.toEqual(fields(en['finding.match.short']));
    expect(() =>
      new Words('es', broken as never).render(msg('finding.match.short', { stateMatch: 1, federal: 2, difference: 1 })),
    ).toThrow(/no message "finding.match.short"/);
  });
});

describe('numbers by Intl, for each language', () => {
  test('English money and percentages are those every output has always printed', () => {
    const en = wordsFor('en');
    for (const cents of [0, 5, -5, 100, 123456, -123456, 99999999999999, 700000000])
      expect(en.money(cents)).toBe(formatDollars(cents));
    for (const f of [0, 0.25, 0.2631, 1, 0.0001]) expect(en.percent(f)).toBe(formatPercent(f));
  });

  test('Puerto Rico (es-PR) writes US dollars and decimals as the United States do', () => {
    const es = wordsFor('es');
    expect(es.locale).toBe('es-PR');
    expect(es.money(123450)).toBe('$1,234.50');
    expect(es.money(-1200)).toBe('-$12.00');
    expect(es.percent(0.2631)).toBe('26.31%');
    expect(es.int(1234567)).toBe('1,234,567');
    expect(es.t('review.verdict.failWarnings', { errors: 1, warnings: 2 })).toBe('NO PASA: 1 error, 2 avisos');
  });
});

describe('which language', () => {
  test('POSIX locale variables: LC_ALL, then LC_MESSAGES, then LANG; es_* is Spanish, anything else English', () => {
    expect(languageOfEnvironment({ LANG: 'es_PR.UTF-8' })).toBe('es');
    expect(languageOfEnvironment({ LC_ALL: 'C', LANG: 'es_PR.UTF-8' })).toBe('en');
    expect(languageOfEnvironment({ LC_MESSAGES: 'es_ES.UTF-8', LANG: 'en_US.UTF-8' })).toBe('es');
    expect(languageOfEnvironment({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(languageOfEnvironment({})).toBe('en');
  });
  test("Office's display languages: es-* is Spanish", () => {
    expect(languageOfTag('es-PR')).toBe('es');
    expect(languageOfTag('es-ES')).toBe('es');
    expect(languageOfTag('en-US')).toBe('en');
    expect(languageOfTag('de-DE')).toBeNull();
  });
});

describe('loading a language', () => {
  it('Spanish is loaded when a door first speaks it, and refused before', async () => {
    await jest.isolateModulesAsync(async () => {
      // A fresh module, without the test setup's catalogs: what the pane and the command line start with.
      const fresh = await import('../../src/messages/words');
      expect(fresh.hasLanguage('en')).toBe(true);
      expect(fresh.hasLanguage('es')).toBe(false);
      expect(() => fresh.wordsFor('es')).toThrow(/not loaded/);
      const es = await fresh.loadLanguage('es');
      expect(fresh.hasLanguage('es')).toBe(true);
      expect(es.t('pane.compare.notesLabel')).toBe(CATALOGS.es['pane.compare.notesLabel']);
      expect(es.t('pane.compare.notesLabel')).not.toBe(CATALOGS.en['pane.compare.notesLabel']);
    });
  });
});
