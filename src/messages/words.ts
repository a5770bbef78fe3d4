/**
 * How a message is rendered: a key of the catalogs and its data, turned into the words of one language.
 *
 * A message is data (`Msg`: a key and its fields: amounts in cents, cells, limits, names), never a sentence;
 * each language's catalog (`en/`, `es/`, the same keys) holds its text with placeholders, ESLint's
 * `meta.messages` style: `{{name}}` (text as given), `{{name:money}}` (cents, as US dollars),
 * `{{name:percent}}` (a fraction, two decimals), `{{name:int}}` (a whole number, grouped), `{{name:decimal}}`
 * (FTE and the like: two to four decimals, not grouped),
 * `{{name:msg}}` (another message, in the same language), `{{name:list}}` (texts joined as the language
 * joins a list: "A, B and C"), `{{name:lines}}` (messages, one a line, indented
 * by two spaces after the first) and `{{name:plural:one form|other form}}` (the form
 * the language's plural rules pick for the number). Numbers are formatted by `Intl` for the language:
 * en-US for English, es-PR for Spanish (Puerto Rico writes $1,234.50 and 26.31%, as the United States do).
 */
import type { EnCatalog } from './en';
import { BUNDLED } from './bundled';

export type Language = 'en' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'es'];
/** The locale `Intl` formats each language's numbers and dates with. */
export const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-PR' };

export type MessageKey = keyof EnCatalog;

/** A message: a key of the catalogs and the data its placeholders name. */
export interface Msg {
  readonly key: MessageKey;
  readonly data: Readonly<Record<string, MsgValue>>;
}
export type MsgValue = string | number | Msg | readonly Msg[] | readonly (string | Msg)[];

// The data a message takes, read from the English text's placeholders (the catalogs' test keeps Spanish alike).
type Placeholders<S> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | Placeholders<Rest> : never;
type NameOf<P> = P extends `${infer N}:${string}` ? N : P;
type KindOf<P> = P extends `${string}:${infer K}` ? (K extends `plural:${string}` ? 'plural' : K) : 'text';
type ValueOf<K> = K extends 'money' | 'percent' | 'int' | 'decimal' | 'plural'
  ? number
  : K extends 'msg'
    ? Msg
    : K extends 'lines'
      ? readonly Msg[]
      : K extends 'list'
        ? readonly (string | Msg)[]
        : string | number;
export type MsgData<K extends MessageKey> = { [P in Placeholders<EnCatalog[K]> as NameOf<P>]: ValueOf<KindOf<P>> };
type DataArgs<K extends MessageKey> = [Placeholders<EnCatalog[K]>] extends [never] ? [] : [data: MsgData<K>];

/** A message of the catalogs with its data (checked against the English text's placeholders). */
export function msg<K extends MessageKey>(key: K, ...data: DataArgs<K>): Msg {
  return { key, data: (data[0] ?? {}) as Record<string, MsgValue> };
}

export function isMsg(value: unknown): value is Msg {
  return typeof value === 'object' && value !== null && typeof (value as Msg).key === 'string' && 'data' in value;
}

export type Catalog = Readonly<Record<MessageKey, string>>;

/**
 * The catalogs loaded. Node has English from the start (bundled.ts); the pane's web build has none until it
 * loads them (`loadLanguage`): English as its script starts, Spanish when a door first speaks it, each a chunk
 * of its own (docs/speed.md). Before its load a language is absent: `Words` refuses it.
 */
export const CATALOGS = { ...BUNDLED } as Record<Language, Catalog>;

/** Loads a language's catalog (once) and gives its words. */
export async function loadLanguage(language: Language): Promise<Words> {
  if (!hasLanguage(language)) {
    if (language === 'es') CATALOGS.es = (await import(/* webpackChunkName: "es" */ './es')).ES;
    else CATALOGS.en = (await import(/* webpackChunkName: "en" */ './en')).EN;
  }
  return wordsFor(language);
}

/** True when a language's words can be given at once (its catalog is loaded). */
export function hasLanguage(language: Language): boolean {
  return Object.prototype.hasOwnProperty.call(CATALOGS, language);
}

/** One placeholder of a catalog text. */
export interface Placeholder {
  name: string;
  kind: 'text' | 'money' | 'percent' | 'int' | 'decimal' | 'msg' | 'lines' | 'list' | 'plural';
  /** For `plural`: the forms, one then other. */
  forms?: [string, string];
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** The placeholders of a catalog text, in order. */
export function placeholdersOf(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) out.push(parsePlaceholder(m[1] ?? ''));
  return out;
}

function parsePlaceholder(spec: string): Placeholder {
  const colon = spec.indexOf(':');
  if (colon < 0) return { name: spec, kind: 'text' };
  const name = spec.slice(0, colon);
  const rest = spec.slice(colon + 1);
  if (rest.startsWith('plural:')) {
    const [one = '', other = ''] = rest.slice('plural:'.length).split('|');
    return { name, kind: 'plural', forms: [one, other] };
  }
  if (['money', 'percent', 'int', 'decimal', 'msg', 'lines', 'list'].includes(rest))
    return { name, kind: rest as Placeholder['kind'] };
  throw new Error(`unknown placeholder kind "${rest}" in {{${spec}}}`);
}

/**
 * Intl's formats of a locale, for Words, each made when first used: making one costs 2 to 4 ms in the pane
 * (measured in Chromium), on its way to the first check list, which needs four of the seven. The first one
 * made in a page costs 15 to 30 ms more (Intl's data, and for the time of day the time zone): the pane has
 * it made while it waits (prepareFormats).
 */
const FORMATS = {
  money: (locale: string) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }),
  percent: (locale: string) =>
    new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  int: (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
  decimal: (locale: string) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 4, useGrouping: false }),
  plurals: (locale: string) => new Intl.PluralRules(locale),
  lists: (locale: string) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  // what Date#toLocaleTimeString(locale, these options) makes afresh at every call
  time: (locale: string) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }),
};
type Formats = { [K in keyof typeof FORMATS]: ReturnType<(typeof FORMATS)[K]> };

/** Intl's formats made so far, by language: every Words of a language shares them. */
const MADE: Partial<Record<Language, Partial<Formats>>> = {};

function formatOf<K extends keyof Formats>(language: Language, kind: K): Formats[K] {
  const made = (MADE[language] ??= {});
  return (made[kind] ??= FORMATS[kind](LOCALES[language]) as Formats[K]);
}

/**
 * Makes the formats every first check list shows (its time, its amounts, its counts) before they are asked
 * for: for a moment the page waits (on Office, on the first check), so that loading Intl's data and the time
 * zone is not on the way to the list. Needs no catalog.
 */
export function prepareFormats(language: Language): void {
  for (const kind of ['time', 'money', 'plurals', 'int'] as const) formatOf(language, kind);
}

/** The words of one language: messages rendered, and its numbers formatted by Intl. */
export class Words {
  private readonly catalog: Readonly<Record<MessageKey, string>>;
  constructor(
    readonly language: Language,
    catalog?: Readonly<Record<MessageKey, string>>,
  ) {
    const loaded = catalog ?? (hasLanguage(language) ? CATALOGS[language] : undefined);
    if (!loaded) throw new Error(`the ${language} catalog is not loaded: loadLanguage('${language}') first`);
    this.catalog = loaded;
  }

  private f<K extends keyof Formats>(kind: K): Formats[K] {
    return formatOf(this.language, kind);
  }

  /** The locale of `Intl` for this language ("en-US", "es-PR"). */
  get locale(): string {
    return LOCALES[this.language];
  }

  /** A message in this language. */
  render(m: Msg): string {
    const text = this.catalog[m.key];
    if (text === undefined) throw new Error(`no message "${m.key}" in the ${this.language} catalog`);
    return text.replace(PLACEHOLDER, (_, spec: string) => this.value(parsePlaceholder(spec), m));
  }

  /** A message by key (shorthand of `render(msg(key, data))`). */
  t<K extends MessageKey>(key: K, ...data: DataArgs<K>): string {
    return this.render(msg(key, ...data));
  }

  /** Cents as US dollars: "$1,234.50", "-$12.00". */
  money(cents: number): string {
    return this.f('money').format(cents / 100);
  }

  /** A fraction as a percentage with two decimals: "26.31%". */
  percent(fraction: number): string {
    return this.f('percent').format(fraction);
  }

  /** A whole number, grouped: "1,234". */
  int(n: number): string {
    return this.f('int').format(n);
  }

  /** A time of day, as the language writes it. */
  time(date: Date): string {
    return this.f('time').format(date);
  }

  private value(p: Placeholder, m: Msg): string {
    const v = m.data[p.name];
    if (v === undefined) throw new Error(`message "${m.key}" has no data for {{${p.name}}}`);
    switch (p.kind) {
      case 'money':
        return this.money(Number(v));
      case 'percent':
        return this.percent(Number(v));
      case 'int':
        return this.int(Number(v));
      case 'decimal':
        return this.f('decimal').format(Number(v));
      case 'msg':
        return isMsg(v) ? this.render(v) : String(v);
      case 'list':
        return Array.isArray(v)
          ? this.f('lists').format((v as readonly (string | Msg)[]).map((x) => (isMsg(x) ? this.render(x) : String(x))))
          : String(v);
      case 'lines':
        return Array.isArray(v) ? (v as readonly Msg[]).map((x) => this.render(x)).join('\n  ') : String(v);
      case 'plural':
        return this.f('plurals').select(Number(v)) === 'one' ? p.forms![0] : p.forms![1];
      default:
        return isMsg(v) ? this.render(v) : Array.isArray(v) ? v.join(', ') : String(v);
    }
  }
}

const WORDS: Partial<Record<Language, Words>> = {};

/** The words of a language (one instance each: its Intl formats are built once). */
export function wordsFor(language: Language): Words {
  return (WORDS[language] ??= new Words(language));
}

/** English: the default of every door (INTERFACES.md's outputs are English unless a language is asked for). */
export function englishWords(): Words {
  return wordsFor('en');
}
