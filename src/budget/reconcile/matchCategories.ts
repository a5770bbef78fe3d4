/**
 * Which category of the budget each activity of the submitted form is. A State may list Program first,
 * title it "Enforcement and Program", or leave a title out, so categories are matched by meaning: the
 * words of the title first, then the amount, then (Section B only) the Section A line in the same place,
 * then elimination when one is left on each side. Whatever cannot be matched is said so, never guessed.
 */
import type { Cents } from '../money';
import { CATEGORY_KEYS, type CategoryKey, type Sf424a } from '../sf424a';
import { excelTextKey } from '../excelText';
import type { SubmittedForm, SubmittedItem } from './submittedForm';

export type MatchMethod = 'title' | 'position' | 'amount' | 'elimination' | 'activity' | 'combined';
export type MatchedSection = 'A' | 'B' | 'C';

export interface CategoryMatch {
  section: MatchedSection;
  /** The item's place in its section: Section A line, Section B column, Section C line (8 to 11). */
  line: string;
  submitted: string;
  /** The category; null when unmatched, or when the item combines several (`categories`). */
  category: CategoryKey | null;
  method: MatchMethod | null;
  /** An activity the form combines from several of the budget's categories (method `combined`): compared with their sum. */
  categories?: CategoryKey[];
}

/** Title words that name each category; a title naming two (or none) is matched another way. */
const TITLE_WORDS: Record<CategoryKey, (words: string[]) => boolean> = {
  privateSectorConsultation: (w) => w.some((x) => x.startsWith('consult')) || w.includes('private'),
  state100: (w) =>
    w.includes('100') ||
    w.includes('overmatch') ||
    (w.includes('state') && w.some((x) => x === 'funds' || x === 'only' || x === 'funded')),
  administration: (w) => w.some((x) => x.startsWith('admin')),
  program: (w) =>
    w.some((x) => x.startsWith('program') || x === 'enforcement' || x === 'compliance' || x === 'operations'),
};

export function categoryByTitle(title: string): CategoryKey | null {
  const words = title
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const named = CATEGORY_KEYS.filter((k) => TITLE_WORDS[k](words));
  // "Private Sector On-Site Consultation Program" names consultation; "100% State Funds" is not Program.
  if (named.includes('privateSectorConsultation')) return 'privateSectorConsultation';
  if (named.includes('state100')) return 'state100';
  return named.length === 1 ? (named[0] ?? null) : null;
}

interface SectionSide {
  section: MatchedSection;
  items: SubmittedItem[];
  itemAmount: (item: SubmittedItem) => Cents;
  computed: Map<CategoryKey, Cents>;
  lineOf: (position: number) => string;
}

const taken = (out: CategoryMatch[], k: CategoryKey) =>
  out.some((o) => o.category === k || (o.categories ?? []).includes(k));

/** Two titles of one activity in two sections: the same words, as a person retypes them (spacing, case). */
const sameTitle = (a: string, b: string) => a !== '' && excelTextKey(a) === excelTextKey(b);

/**
 * The item that stands for several categories, when the form has fewer activities than the budget has
 * categories: the one item left when the others are matched, or an item whose amount is its category's
 * and the unmatched ones' together. Kuali's generator, for one, writes a single activity for everything.
 */
function combine(side: SectionSide, out: CategoryMatch[]): void {
  const left = [...side.computed.keys()].filter((k) => !taken(out, k));
  if (left.length === 0) return;
  const open = out.filter((o) => !o.category && !o.categories);
  const sumOf = (ks: CategoryKey[]) => ks.reduce((n, k) => n + (side.computed.get(k) ?? 0), 0);
  let item: CategoryMatch | undefined;
  let categories: CategoryKey[] = [];
  if (open.length === 1 && left.length >= 2) {
    item = open[0];
    categories = left;
  } else if (open.length === 0) {
    item = out.find((o, i) => {
      const it = side.items[i];
      return o.category && it && side.itemAmount(it) === sumOf([o.category, ...left]);
    });
    if (item?.category) categories = [item.category, ...left];
  }
  if (!item) return;
  const order = [...side.computed.keys()];
  Object.assign(item, {
    category: null,
    method: 'combined',
    categories: categories.sort((a, b) => order.indexOf(a) - order.indexOf(b)),
  });
}

/** Claims an item's category from the same activity matched in Section A: by its title, then by its place. */
function fromSectionA(side: SectionSide, out: CategoryMatch[], sectionA: CategoryMatch[], by: 'title' | 'place'): void {
  side.items.forEach((it, i) => {
    const m = out[i];
    if (!m || m.category || m.categories) return;
    const a =
      by === 'title'
        ? sectionA.find((x) => sameTitle(x.submitted, it.title))
        : sectionA.find((x) => x.line === String(it.position));
    if (!a) return;
    if (a.categories) {
      if (a.categories.every((k) => !taken(out, k)))
        Object.assign(m, { method: 'combined', categories: [...a.categories] });
    } else if (a.category && !taken(out, a.category))
      Object.assign(m, { category: a.category, method: by === 'title' ? 'activity' : 'position' });
  });
}

function matchSection(side: SectionSide, sectionA: CategoryMatch[]): CategoryMatch[] {
  const out: CategoryMatch[] = side.items.map((it) => ({
    section: side.section,
    line: side.lineOf(it.position),
    submitted: it.title,
    category: null,
    method: null,
  }));
  const claim = (i: number, category: CategoryKey | null, method: MatchMethod) => {
    const m = out[i];
    if (m && !m.category && !m.categories && category && !taken(out, category)) Object.assign(m, { category, method });
  };
  // One activity for several categories: nothing to match one by one.
  if (side.items.length === 1 && side.computed.size >= 2) {
    combine(side, out);
    return out;
  }
  // Titles first; two items claiming one category by title are both left to the other rules.
  const byTitle = side.items.map((it) => categoryByTitle(it.title));
  byTitle.forEach((k, i) => {
    if (k && byTitle.filter((x) => x === k).length === 1) claim(i, k, 'title');
  });
  // The same activity as Section A's, under the same title (Grants.gov repeats it in every section).
  if (side.section !== 'A') fromSectionA(side, out, sectionA, 'title');
  side.items.forEach((it, i) => {
    if (out[i]?.category) return;
    const open = [...side.computed].filter(([k, v]) => v === side.itemAmount(it) && !taken(out, k));
    if (open.length === 1) claim(i, open[0]?.[0] ?? null, 'amount');
  });
  // The form heads Section B's columns with Section A's lines, and the systems that write it give Section
  // C's lines in the same order: column (i), line 7 + i is line i's activity, matched once, matched here.
  if (side.section !== 'A') fromSectionA(side, out, sectionA, 'place');
  const leftItems = out.filter((o) => !o.category && !o.categories);
  const leftComputed = [...side.computed.keys()].filter((k) => !taken(out, k));
  if (leftItems.length === 1 && leftComputed.length === 1)
    claim(out.indexOf(leftItems[0] as CategoryMatch), leftComputed[0] ?? null, 'elimination');
  if (side.items.length < side.computed.size) combine(side, out);
  return out;
}

/**
 * An activity of Section A left unmatched takes the category its own lines of Sections B and C were
 * matched to (the same title, or the same place): an activity matched once is matched in every section.
 */
function backToSectionA(a: CategoryMatch[], others: CategoryMatch[]): void {
  for (const m of a) {
    if (m.category || m.categories) continue;
    const same = others.filter(
      (o) =>
        (o.category || o.categories) &&
        (sameTitle(o.submitted, m.submitted) ||
          (o.section === 'B' ? o.line === m.line : o.line === String(7 + Number(m.line)))),
    );
    const k = same[0]?.category;
    if (k && !taken(a, k) && same.every((o) => o.category === k)) Object.assign(m, { category: k, method: 'activity' });
  }
}

/** Matches the activities of Sections A, B and C of the submitted form to the budget's categories. */
export function matchCategories(submitted: SubmittedForm, computed: Sf424a): CategoryMatch[] {
  const a = matchSection(
    {
      section: 'A',
      items: submitted.summary,
      itemAmount: (it) => it.amounts.get('BudgetTotalNewOrRevisedAmount') ?? 0,
      computed: new Map(computed.sectionA.lines.map((l) => [l.category, l.total])),
      lineOf: (p) => String(p),
    },
    [],
  );
  const b = matchSection(
    {
      section: 'B',
      items: submitted.categories,
      itemAmount: (it) => it.amounts.get('BudgetTotalAmount') ?? 0,
      computed: new Map(computed.categories.map((k) => [k, computed.sectionB.categories[k]?.total ?? 0])),
      lineOf: (p) => String(p),
    },
    a,
  );
  const c = matchSection(
    {
      section: 'C',
      items: submitted.resources,
      itemAmount: (it) => it.amounts.get('BudgetTotalContributionAmount') ?? 0,
      computed: new Map(computed.sectionC.lines.map((l) => [l.category, l.total])),
      lineOf: (p) => String(7 + p),
    },
    a,
  );
  backToSectionA(a, [...b, ...c]);
  return [...a, ...b, ...c];
}

/** True when the match gives the item's figures something to be compared with. */
export const isMatched = (m: CategoryMatch) => m.category !== null || (m.categories?.length ?? 0) > 0;
