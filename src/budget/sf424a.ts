/**
 * SF-424A (Budget Information, Non-Construction Programs), Sections A to F, and the OSHA 110
 * grant agreement figures, exactly as RULES.md reads them. Every figure is in cents; the
 * identities of RULES.md hold by construction (each total is the sum of the parts it shows).
 */
import { COST_SECTIONS, type Budget, type CostSection } from './model';
import { allocate, splitEvenly, type Cents } from './money';
import type { RulePack } from './rulePack';
import { codePointCount, firstCodePoints } from './xmlText';

export const CATEGORY_KEYS = ['administration', 'program', 'state100', 'privateSectorConsultation'] as const;
export type CategoryKey = (typeof CATEGORY_KEYS)[number];

export const CATEGORY_TITLES: Record<CategoryKey, string> = {
  administration: 'Administration',
  program: 'Program',
  state100: '100% State Funds',
  privateSectorConsultation: 'Private Sector On-Site Consultation',
};

/** The categories the form always lists (Section A lines 1 and 2); the others only when they hold money. */
export const CATEGORIES_ALWAYS_ON_FORM: readonly CategoryKey[] = ['administration', 'program'];

/** The object classes of Section B line 6, in form order, with their line letters. */
export const OBJECT_CLASSES = [
  { key: 'personnel', line: '6a', label: 'Personnel' },
  { key: 'fringeBenefits', line: '6b', label: 'Fringe Benefits' },
  { key: 'travel', line: '6c', label: 'Travel' },
  { key: 'equipment', line: '6d', label: 'Equipment' },
  { key: 'supplies', line: '6e', label: 'Supplies' },
  { key: 'contractual', line: '6f', label: 'Contractual' },
  { key: 'construction', line: '6g', label: 'Construction' },
  { key: 'other', line: '6h', label: 'Other' },
  { key: 'totalDirect', line: '6i', label: 'Total Direct Charges (sum of 6a-6h)' },
  { key: 'indirect', line: '6j', label: 'Indirect Charges' },
  { key: 'total', line: '6k', label: 'TOTALS (sum of 6i and 6j)' },
  { key: 'programIncome', line: '7', label: 'Program Income' },
] as const;
export type ObjectClassKey = (typeof OBJECT_CLASSES)[number]['key'];

/** The object classes of the direct charges, 6a to 6h (line 6i adds them). */
export const DIRECT_OBJECT_CLASSES: readonly ObjectClassKey[] = OBJECT_CLASSES.slice(
  0,
  OBJECT_CLASSES.findIndex((c) => c.key === 'totalDirect'),
).map((c) => c.key);
export type ObjectClassColumn = Record<ObjectClassKey, Cents>;

/** Which object class of Section B each Appendix F section feeds. */
export const SECTION_OBJECT_CLASS: Record<CostSection, ObjectClassKey> = {
  personnel: 'personnel',
  fringe: 'fringeBenefits',
  travelOutOfState: 'travel',
  travelInState: 'travel',
  equipment: 'equipment',
  supplies: 'supplies',
  contractual: 'contractual',
  other: 'other',
};

export interface SectionALine {
  category: CategoryKey;
  activity: string;
  cfda: string;
  federal: Cents;
  nonFederal: Cents;
  total: Cents;
}
export interface SectionCLine {
  category: CategoryKey;
  program: string;
  applicant: Cents;
  state: Cents;
  other: Cents;
  total: Cents;
}
export interface Quarters {
  year: Cents;
  q1: Cents;
  q2: Cents;
  q3: Cents;
  q4: Cents;
}
export interface Sf424a {
  categories: CategoryKey[];
  sectionA: { lines: SectionALine[]; totals: { federal: Cents; nonFederal: Cents; total: Cents } };
  sectionB: { categories: Partial<Record<CategoryKey, ObjectClassColumn>>; totals: ObjectClassColumn };
  sectionC: { lines: SectionCLine[]; totals: { applicant: Cents; state: Cents; other: Cents; total: Cents } };
  sectionD: { federal: Quarters; nonFederal: Quarters; total: Quarters };
  sectionE: { lines: never[]; totals: { first: Cents; second: Cents; third: Cents; fourth: Cents } };
  sectionF: { directCharges: string; indirectCharges: string; remarks: string };
}

function emptyColumn(): ObjectClassColumn {
  return {
    personnel: 0,
    fringeBenefits: 0,
    travel: 0,
    equipment: 0,
    supplies: 0,
    contractual: 0,
    construction: 0,
    other: 0,
    totalDirect: 0,
    indirect: 0,
    total: 0,
    programIncome: 0,
  };
}

interface CategoryMoney {
  column: ObjectClassColumn;
  federal: Cents;
}

/**
 * Sorts every dollar of the budget into its category and object class, and the Federal Share into
 * categories: a line's Federal Share is spread over its Administration and Program amounts in
 * proportion (largest remainder), so each category's Federal column foots to the cent.
 */
function categorize(budget: Budget): Record<CategoryKey, CategoryMoney> {
  const money = Object.fromEntries(CATEGORY_KEYS.map((k) => [k, { column: emptyColumn(), federal: 0 }])) as Record<
    CategoryKey,
    CategoryMoney
  >;
  // Each section added up in local sums, then into its object class: a sum kept in an object's field
  // (or in a variable a visitor closes over) is a new heap number at each addition.
  for (const section of COST_SECTIONS) {
    let state100 = 0;
    let psc = 0;
    let pscFederal = 0;
    let administration = 0;
    let program = 0;
    let adminFederal = 0;
    let programFederal = 0;
    for (const line of budget[section]) {
      state100 += line.state100;
      if (line.privateSectorConsultation) {
        psc += line.administration + line.program;
        pscFederal += line.federal;
        continue;
      }
      administration += line.administration;
      program += line.program;
      const [toAdmin, toProgram] = federalSplit(line.federal, line.administration, line.program);
      adminFederal += toAdmin;
      programFederal += toProgram;
    }
    const oc = SECTION_OBJECT_CLASS[section];
    money.state100.column[oc] += state100;
    money.privateSectorConsultation.column[oc] += psc;
    money.privateSectorConsultation.federal += pscFederal;
    money.administration.column[oc] += administration;
    money.program.column[oc] += program;
    money.administration.federal += adminFederal;
    money.program.federal += programFederal;
  }
  if (budget.indirect) {
    money.administration.column.indirect += budget.indirect.administration;
    money.administration.federal += budget.indirect.federal;
    money.state100.column.indirect += budget.indirect.state100;
  }
  money.program.column.programIncome += budget.programIncome;
  for (const k of CATEGORY_KEYS) footColumn(money[k].column);
  return money;
}

/** Spreads a line's Federal Share over its Administration and Program amounts. */
export function federalSplit(federal: Cents, administration: Cents, program: Cents): [Cents, Cents] {
  // allocate()'s largest remainder, for two parts without its arrays and sort (it was a quarter of the
  // re-check of 10,000 lines): each part its floor share, the one cent left (at most one) to the larger
  // remainder, Administration on a tie; exact while the products stay below 2^53, allocate() beyond.
  const a = Math.abs(administration);
  const p = Math.abs(program);
  const sum = a + p;
  const m = Math.abs(federal);
  const sameSign = (administration >= 0 && program >= 0) || (administration <= 0 && program <= 0);
  if (sameSign && sum > 0 && m * sum <= Number.MAX_SAFE_INTEGER) {
    const ra = (m * a) % sum;
    const rp = (m * p) % sum;
    let pa = (m * a - ra) / sum;
    let pp = (m * p - rp) / sum;
    if (pa + pp < m) {
      if (ra >= rp) pa++;
      else pp++;
    }
    const sign = federal < 0 ? -1 : 1;
    return [pa === 0 ? 0 : sign * pa, pp === 0 ? 0 : sign * pp];
  }
  const parts = allocate(federal, [administration, program]);
  if (parts) return [parts[0] ?? 0, parts[1] ?? 0];
  // Weights that cannot carry it (both zero, or of opposite sign): the line is already a
  // LINE_SPLIT_MISMATCH or NEGATIVE_AMOUNT error; keep the Federal money where most of the line is.
  if (program !== 0 && Math.abs(program) >= Math.abs(administration)) return [0, federal];
  if (administration !== 0) return [federal, 0];
  return [0, 0];
}

function footColumn(c: ObjectClassColumn): void {
  c.totalDirect =
    c.personnel + c.fringeBenefits + c.travel + c.equipment + c.supplies + c.contractual + c.construction + c.other;
  c.total = c.totalDirect + c.indirect;
}

function holdsMoney(c: ObjectClassColumn): boolean {
  return OBJECT_CLASSES.some(({ key }) => key !== 'programIncome' && c[key] !== 0);
}

export function computeSf424a(budget: Budget, pack: RulePack): Sf424a {
  const money = categorize(budget);
  const categories = CATEGORY_KEYS.filter((k) => CATEGORIES_ALWAYS_ON_FORM.includes(k) || holdsMoney(money[k].column));

  const lines: SectionALine[] = categories.map((category) => {
    const total = money[category].column.total;
    const federal = category === 'state100' ? 0 : money[category].federal;
    return {
      category,
      activity: CATEGORY_TITLES[category],
      cfda: pack.cfda,
      federal,
      nonFederal: total - federal,
      total,
    };
  });
  const aTotals = {
    federal: lines.reduce((s, l) => s + l.federal, 0),
    nonFederal: lines.reduce((s, l) => s + l.nonFederal, 0),
    total: lines.reduce((s, l) => s + l.total, 0),
  };

  const bCategories: Partial<Record<CategoryKey, ObjectClassColumn>> = {};
  const bTotals = emptyColumn();
  for (const k of categories) {
    const col = money[k].column;
    bCategories[k] = col;
    for (const { key } of OBJECT_CLASSES) bTotals[key] += col[key];
  }

  const cLines: SectionCLine[] = lines
    .filter((l) => l.nonFederal !== 0)
    .map((l) => ({
      category: l.category,
      program: l.activity,
      applicant: l.nonFederal,
      state: 0,
      other: 0,
      total: l.nonFederal,
    }));
  const cTotals = {
    applicant: cLines.reduce((s, l) => s + l.applicant, 0),
    state: 0,
    other: 0,
    total: cLines.reduce((s, l) => s + l.total, 0),
  };

  return {
    categories,
    sectionA: { lines, totals: aTotals },
    sectionB: { categories: bCategories, totals: bTotals },
    sectionC: { lines: cLines, totals: cTotals },
    sectionD: sectionDFrom(aTotals.federal, aTotals.nonFederal, budget),
    sectionE: { lines: [], totals: { first: 0, second: 0, third: 0, fourth: 0 } },
    sectionF: { directCharges: '', indirectCharges: indirectChargesText(budget), remarks: '' },
  };
}

function quarters(year: Cents, typed: readonly Cents[] | null | undefined): Quarters {
  const [q1 = 0, q2 = 0, q3 = 0, q4 = 0] = typed ?? splitEvenly(year, 4);
  return { year, q1, q2, q3, q4 };
}

function sectionDFrom(federal: Cents, nonFederal: Cents, budget: Budget): Sf424a['sectionD'] {
  const f = quarters(federal, budget.cashForecast?.federal);
  const n = quarters(nonFederal, budget.cashForecast?.nonFederal);
  return {
    federal: f,
    nonFederal: n,
    total: { year: f.year + n.year, q1: f.q1 + n.q1, q2: f.q2 + n.q2, q3: f.q3 + n.q3, q4: f.q4 + n.q4 },
  };
}

/** Grants.gov allows 50 characters in Section F line 22. */
export const INDIRECT_TEXT_LIMIT = 50;
/** What ends a text cut to that limit: ASCII, which every system that reads the form takes. */
export const CUT_MARK = '...';

export function formatRatePercent(rate: number): string {
  const pct = Math.round(rate * 1_000_000) / 10_000;
  return `${pct}%`;
}

/**
 * "10% of direct salaries", cut to the Grants.gov limit if the base is long, ending in "..." (three ASCII
 * dots, not the one-character ellipsis U+2026, which not every system that reads the form takes).
 */
export function indirectChargesText(budget: Budget): string {
  const ind = budget.indirect;
  if (!ind || ind.rate === null) return '';
  const rate = formatRatePercent(ind.rate);
  const base = ind.base.trim().replace(/\s+/g, ' ');
  const full = base ? `${rate} of ${base}` : rate;
  // Grants.gov counts characters (code points): an emoji is one, and is never cut in half.
  if (codePointCount(full) <= INDIRECT_TEXT_LIMIT) return full;
  return firstCodePoints(full, INDIRECT_TEXT_LIMIT - CUT_MARK.length).trimEnd() + CUT_MARK;
}

/** OSHA 110 grant agreement (Appendix G). */
export interface Osha110 {
  federalBase: Cents;
  stateBase: Cents;
  recipientShare: Cents;
  recipient100: Cents;
  total: Cents;
}

export function computeOsha110(t: { federal: Cents; stateMatch: Cents; state100: Cents }): Osha110 {
  const recipientShare = t.stateMatch + t.state100;
  return {
    federalBase: t.federal,
    stateBase: t.stateMatch,
    recipientShare,
    recipient100: t.state100,
    total: t.federal + recipientShare,
  };
}
