/**
 * An SF-424A as Grants.gov XML carries it (form SF424A-V1.0), read with a real, namespace-aware XML
 * parser (saxes): any document valid against the XSD, whatever its prefixes, its optional elements
 * or the order of its categories, and also a whole Grants.gov package that holds the form somewhere
 * inside. Amounts become integer cents from their decimal text (never through a float).
 */
import type { SaxesTagNS } from 'saxes';
import { newXmlParser } from '../xmlParser';
import { parseDollars, type Cents } from '../money';

export const SF424A_NAMESPACE = 'http://apply.grants.gov/forms/SF424A-V1.0';

/** One activity of a section as submitted, in the order of the document, with its amounts by element name. */
export interface SubmittedItem {
  /** 1-based place of the item in its section (Section A line, Section B column, Section C line - 7). */
  position: number;
  title: string;
  cfda: string;
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

export type SubmittedRead = { ok: true; form: SubmittedForm } | { ok: false; problem: string };

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

/** Reads the SF-424A of an XML document (the form itself, or a package that contains it). */
export function readSubmittedSf424a(xml: string): SubmittedRead {
  const form = emptyForm();
  const problems: string[] = [];
  let depth = -1; // depth inside BudgetInformation; -1 before it, -2 after it
  let ignoreDepth = 0;
  let item: SubmittedItem | null = null;
  let amounts: Map<string, Cents> | null = null;
  let container = '';
  let text = '';
  const parser = newXmlParser({ xmlns: true, position: true });
  parser.on('opentag', (tag) => {
    text = '';
    if (depth === -1) {
      if (tag.local === 'BudgetInformation' && tag.uri === SF424A_NAMESPACE) depth = 0;
      return;
    }
    if (depth < 0) return;
    depth++;
    if (ignoreDepth || IGNORED.has(tag.local)) {
      ignoreDepth++;
      return;
    }
    const list = ITEM_LISTS[tag.local as keyof typeof ITEM_LISTS];
    if (list) {
      item = { position: form[list].length + 1, title: attributeTitle(tag), cfda: '', amounts: new Map() };
      form[list].push(item);
      amounts = item.amounts;
      container = tag.local;
    } else if (tag.local in TOTALS) {
      amounts = form[TOTALS[tag.local as keyof typeof TOTALS]];
      container = tag.local;
    } else if (FORECAST.has(tag.local)) {
      amounts = new Map();
      form.forecast.set(tag.local, amounts);
      container = tag.local;
    }
  });
  parser.on('text', (t) => {
    if (depth > 0) text += t;
  });
  parser.on('closetag', (tag) => {
    if (depth < 0) return;
    if (depth === 0) {
      depth = -2;
      return;
    }
    depth--;
    if (ignoreDepth) {
      ignoreDepth--;
      return;
    }
    if (tag.local === container) {
      item = null;
      amounts = null;
      container = '';
    } else if (tag.local === 'CFDANumber' && item) item.cfda = text.trim();
    else if (tag.local in TEXTS) form.other[TEXTS[tag.local as keyof typeof TEXTS]] = text.trim();
    else if (amounts) {
      const cents = decimalToCents(text);
      if (cents === null)
        problems.push(
          `${container}/${tag.local} (line ${parser.line}): "${text.trim()}" is not an amount of dollars and cents`,
        );
      else amounts.set(tag.local, cents);
    }
    text = '';
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    return { ok: false, problem: `is not well-formed XML (${err instanceof Error ? err.message : String(err)})` };
  }
  if (depth === -1)
    return { ok: false, problem: `holds no SF-424A: no BudgetInformation element of ${SF424A_NAMESPACE}` };
  if (problems.length) return { ok: false, problem: `has amounts that cannot be read:\n  ${problems.join('\n  ')}` };
  return { ok: true, form };
}
