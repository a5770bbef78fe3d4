/**
 * An SF-424A as Grants.gov XML carries it (form SF424A-V1.0), read with a real, namespace-aware XML
 * parser (saxes): any document valid against the XSD, whatever its prefixes, its optional elements
 * or the order of its categories, and also a whole Grants.gov package that holds the form somewhere
 * inside. Amounts become integer cents from their decimal text (never through a float).
 */
import { msg, type Msg } from '../../messages/words';
import type { SaxesTagNS } from 'saxes';
import { newXmlParser } from '../xmlParser';
import { parseDollars, type Cents } from '../money';
import { cappedLines } from '../problemLines';

export const SF424A_NAMESPACE = 'http://apply.grants.gov/forms/SF424A-V1.0';

/** One activity of a section as submitted, in the order of the document, with its amounts by element name. */
export interface SubmittedItem {
  /** 1-based place of the item in its section (Section A line, Section B column, Section C line - 7). */
  position: number;
  title: string;
  /** Section A's CFDA number; null when the element is left out (the schema allows it). */
  cfda: string | null;
  amounts: Map<string, Cents>;
}

export interface SubmittedForm {
  summary: SubmittedItem[];
  summaryTotals: Map<string, Cents>;
  categories: SubmittedItem[];
  categoryTotals: Map<string, Cents>;
  resources: SubmittedItem[];
  resourceTotals: Map<string, Cents>;
  /** Section D, by the column element (BudgetFirstYearAmounts, ...), amounts by element name. */
  forecast: Map<string, Map<string, Cents>>;
  other: { directCharges: string; indirectCharges: string; remarks: string };
}

/** A failure: the problem, and the items of its list (amounts that cannot be read), one a line. */
export type SubmittedRead = { ok: true; form: SubmittedForm } | { ok: false; problem: Msg; lines?: Msg[] };

const ITEM_LISTS = { SummaryLineItem: 'summary', CategorySet: 'categories', ResourceLineItem: 'resources' } as const;
const TOTALS = {
  SummaryTotals: 'summaryTotals',
  CategoryTotals: 'categoryTotals',
  ResourceTotals: 'resourceTotals',
} as const;
const FORECAST = new Set([
  'BudgetFirstYearAmounts',
  'BudgetFirstQuarterAmounts',
  'BudgetSecondQuarterAmounts',
  'BudgetThirdQuarterAmounts',
  'BudgetFourthQuarterAmounts',
]);
const TEXTS = {
  OtherDirectChargesExplanation: 'directCharges',
  OtherIndirectChargesExplanation: 'indirectCharges',
  Remarks: 'remarks',
} as const;
/** Section E (future funding periods) is not compared: a one-year grant leaves it blank. */
const IGNORED = new Set(['FederalFundsNeeded']);

/** xsd:decimal ("12", "12.5", ".50", "+3.10", "1.500") as cents; null when it is not one or has real third decimals. */
export function decimalToCents(text: string): Cents | null {
  const t = text.trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(t);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) return null;
  const r = parseDollars(`${m[1]}${m[2] || '0'}${fraction ? '.' + fraction : ''}`);
  return r.ok ? r.value : null;
}

function emptyForm(): SubmittedForm {
  return {
    summary: [],
    summaryTotals: new Map(),
    categories: [],
    categoryTotals: new Map(),
    resources: [],
    resourceTotals: new Map(),
    forecast: new Map(),
    other: { directCharges: '', indirectCharges: '', remarks: '' },
  };
}

function attributeTitle(tag: SaxesTagNS): string {
  for (const a of Object.values(tag.attributes)) if (a.local === 'activityTitle') return a.value.trim();
  return '';
}

/**
 * The text of an XML file's bytes, as an XML processor finds its encoding (XML 1.0, appendix F): a byte
 * order mark (UTF-8, UTF-16 little- or big-endian, as Windows tools and Java's UTF-16 writers leave it),
 * else "<?" in UTF-16 without one, else UTF-8. The declaration's `encoding` is not needed past that.
 */
export function xmlTextOf(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const utf16 = (start: number, littleEndian: boolean) => {
    const units = new Uint16Array(Math.floor((bytes.length - start) / 2));
    for (let i = 0; i < units.length; i++) {
      const lo = bytes[start + 2 * i] ?? 0;
      const hi = bytes[start + 2 * i + 1] ?? 0;
      units[i] = littleEndian ? lo | (hi << 8) : (lo << 8) | hi;
    }
    let out = '';
    for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
    return out;
  };
  if (b0 === 0xff && b1 === 0xfe) return utf16(2, true);
  if (b0 === 0xfe && b1 === 0xff) return utf16(2, false);
  if (b0 === 0x3c && b1 === 0x00) return utf16(0, true);
  if (b0 === 0x00 && b1 === 0x3c) return utf16(0, false);
  const start = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return new TextDecoder('utf-8').decode(bytes.subarray(start));
}

/**
 * Deepest nesting read: the SF-424A is 6 deep, a Grants.gov package around it some 10 more. A namespace-
 * aware parser resolves each element's prefix against the whole stack of open elements, so an unbounded
 * depth costs the square of the document (205 KB of nesting took 24 s; issue 22, item 6).
 */
export const MAX_SF424A_DEPTH = 64;

/** An element name among the keys of a table, never a property every object has ("constructor", "__proto__"). */
const own = <T extends object>(table: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(table, key);

/** Where the reading stands inside the document. */
interface ReadState {
  form: SubmittedForm;
  problems: Msg[];
  /** Depth inside BudgetInformation; -1 before it, -2 after it. */
  depth: number;
  ignoreDepth: number;
  item: SubmittedItem | null;
  amounts: Map<string, Cents> | null;
  container: string;
  text: string;
}

/** Reads the SF-424A of an XML document (the form itself, or a package that contains it). */
export function readSubmittedSf424a(xml: string): SubmittedRead {
  const st: ReadState = {
    form: emptyForm(),
    problems: [],
    depth: -1,
    ignoreDepth: 0,
    item: null,
    amounts: null,
    container: '',
    text: '',
  };
  let nesting = 0;
  let tooDeep: Msg | null = null;
  const parser = newXmlParser({ xmlns: true, position: true });
  parser.on('opentagstart', () => {
    // Before the parser resolves the element's namespace against the stack: the cost stays linear.
    if (++nesting > MAX_SF424A_DEPTH) {
      tooDeep = msg('reconcile.tooDeep', { max: MAX_SF424A_DEPTH, line: parser.line });
      throw new Error('nested too deep');
    }
  });
  parser.on('opentag', (tag) => openElement(st, tag, parser.line));
  parser.on('text', (t) => {
    if (st.depth > 0) st.text += t;
  });
  parser.on('closetag', (tag) => {
    nesting--;
    closeElement(st, tag.local, parser.line);
  });
  // Text that does not even start as XML (a paste of the table, a PDF's words): said in words, not as the parser's
  // "1:1: text data outside of root node".
  if (!/^\uFEFF?\s*</.test(xml)) return { ok: false, problem: msg('reconcile.notXml') };
  try {
    parser.write(xml).close();
  } catch (err) {
    if (tooDeep) return { ok: false, problem: tooDeep };
    return {
      ok: false,
      problem: msg('reconcile.notWellFormed', { detail: err instanceof Error ? err.message : String(err) }),
    };
  }
  if (st.depth === -1) return { ok: false, problem: msg('reconcile.noForm', { namespace: SF424A_NAMESPACE }) };
  if (st.problems.length)
    return { ok: false, problem: msg('reconcile.amountsUnreadable'), lines: cappedLines(st.problems) };
  return { ok: true, form: st.form };
}

/** An element opens: BudgetInformation starts the form; a line item, a totals or a forecast element holds amounts. */
function openElement(st: ReadState, tag: SaxesTagNS, line: number): void {
  st.text = '';
  if (st.depth === -1) {
    if (tag.local === 'BudgetInformation' && tag.uri === SF424A_NAMESPACE) st.depth = 0;
    return;
  }
  if (st.depth < 0) return;
  st.depth++;
  if (st.ignoreDepth || IGNORED.has(tag.local)) {
    st.ignoreDepth++;
    return;
  }
  const { form } = st;
  const list = own(ITEM_LISTS, tag.local) ? ITEM_LISTS[tag.local] : undefined;
  if (list) {
    st.item = { position: form[list].length + 1, title: attributeTitle(tag), cfda: null, amounts: new Map() };
    form[list].push(st.item);
    st.amounts = st.item.amounts;
    st.container = tag.local;
  } else if (own(TOTALS, tag.local)) {
    st.amounts = form[TOTALS[tag.local]];
    st.container = tag.local;
  } else if (FORECAST.has(tag.local)) {
    if (form.forecast.has(tag.local)) st.problems.push(msg('reconcile.givenTwice', { element: tag.local, line }));
    st.amounts = new Map();
    form.forecast.set(tag.local, st.amounts);
    st.container = tag.local;
  }
}

/** An element closes: its text is the CFDA number, a text of the form or an amount of the open container. */
function closeElement(st: ReadState, local: string, line: number): void {
  if (st.depth < 0) return;
  if (st.depth === 0) {
    st.depth = -2;
    return;
  }
  st.depth--;
  if (st.ignoreDepth) {
    st.ignoreDepth--;
    return;
  }
  if (local === st.container) {
    st.item = null;
    st.amounts = null;
    st.container = '';
  } else if (local === 'CFDANumber' && st.item) st.item.cfda = st.text.trim();
  else if (own(TEXTS, local)) st.form.other[TEXTS[local]] = st.text.trim();
  else if (st.amounts) readAmount(st, st.amounts, local, line);
  st.text = '';
}

function readAmount(st: ReadState, amounts: Map<string, Cents>, local: string, line: number): void {
  const cents = decimalToCents(st.text);
  if (amounts.has(local))
    // The last would win silently: two figures for one cell of the form is a damaged form.
    st.problems.push(msg('reconcile.amountGivenTwice', { element: `${st.container}/${local}`, line }));
  else if (cents === null)
    st.problems.push(
      msg('reconcile.notAmount', { element: `${st.container}/${local}`, line, text: JSON.stringify(st.text.trim()) }),
    );
  else amounts.set(local, cents);
}
