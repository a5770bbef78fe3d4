/**
 * Which category of the budget each activity of the submitted form is. A State may list Program first,
 * title it "Enforcement and Program", or leave a title out, so categories are matched by meaning: the
 * words of the title first, then the amount, then (Section B only) the Section A line in the same place,
 * then elimination when one is left on each side. Whatever cannot be matched is said so, never guessed.
 */
import type { Cents } from '../money';
import { CATEGORY_KEYS, type CategoryKey, type Sf424a } from '../sf424a';
import type { SubmittedForm, SubmittedItem } from './submittedForm';

export type MatchMethod = 'title' | 'position' | 'amount' | 'elimination';
export type MatchedSection = 'A' | 'B' | 'C';

export interface CategoryMatch {
  section: MatchedSection;
  /** The item's place in its section: Section A line, Section B column, Section C line (8 to 11). */
  line: string;
  submitted: string;
  category: CategoryKey | null;
  method: MatchMethod | null;
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
    if (m && category && !out.some((o) => o.category === category)) Object.assign(m, { category, method });
  };
  // Titles first; two items claiming one category by title are both left to the other rules.
  const byTitle = side.items.map((it) => categoryByTitle(it.title));
  byTitle.forEach((k, i) => {
    if (k && byTitle.filter((x) => x === k).length === 1) claim(i, k, 'title');
  });
  side.items.forEach((it, i) => {
    if (out[i]?.category) return;
    const open = [...side.computed].filter(([k, v]) => v === side.itemAmount(it) && !out.some((o) => o.category === k));
    if (open.length === 1) claim(i, open[0]?.[0] ?? null, 'amount');
  });
  // The form heads Section B's columns with Section A's lines: column (i) is line i's activity.
  if (side.section === 'B') {
    side.items.forEach((it, i) => {
      if (!out[i]?.category)
        claim(i, sectionA.find((a) => a.line === String(it.position))?.category ?? null, 'position');
    });
  }
  const leftItems = out.filter((o) => !o.category);
  const leftComputed = [...side.computed.keys()].filter((k) => !out.some((o) => o.category === k));
  if (leftItems.length === 1 && leftComputed.length === 1)
    claim(out.indexOf(leftItems[0] as CategoryMatch), leftComputed[0] ?? null, 'elimination');
  return out;
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
  return [...a, ...b, ...c];
}
