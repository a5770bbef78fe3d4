/**
 * Reconciles a submitted SF-424A with the budget it should come from: which activity is which category,
 * every figure of Sections A to D and Section F's indirect text that differs, and the errors of the
 * submitted form against itself. Pure: the caller reads the files.
 */
import { msg, type Msg } from '../../messages/words';
import type { Cents } from '../money';
import { CATEGORY_TITLES, type CategoryKey, type Sf424a } from '../sf424a';
import { computedFigures, groupingOf, submittedFigures, type Figure } from './figures';
import { checkSubmittedForm, type FormError } from './formChecks';
import { isMatched, matchCategories, type CategoryMatch } from './matchCategories';
import type { SubmittedForm } from './submittedForm';

export interface Difference {
  section: Figure['section'];
  /** Line and column as the submitted form has them (as the budget's form has them for a figure the submitted form lacks). */
  line: string;
  column: string;
  label: string;
  category: Figure['category'];
  /** Amounts in cents, or the text of a text field (Section A (b), Section F line 22). */
  submitted: Cents | string;
  computed: Cents | string;
  /** submitted - computed, in cents; null for a text field. */
  difference: Cents | null;
}

/**
 * What the comparison had to know about the form's own shape, said once and never counted as a difference:
 *   combined  one activity of the form stands for several of the budget's categories (compared with their sum)
 *   omitted   an optional element the form leaves out (Section A's CFDA number)
 */
export interface ReconcileNote {
  kind: 'combined' | 'omitted';
  section: Figure['section'];
  line: string;
  column: string;
  /** The categories a combined activity stands for. */
  categories?: CategoryKey[];
  /** The note in words: a message of the catalogs. */
  text: Msg;
}

export interface Reconciliation {
  matches: CategoryMatch[];
  differences: Difference[];
  formErrors: FormError[];
  notes: ReconcileNote[];
}

const SECTION_ORDER = ['A', 'B', 'C', 'D', 'F'];

/** Text fields compare without regard to spacing and case: Grants.gov and people retype them. */
const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** One note per grouping the form makes, at the first place it makes it (Section A first). */
function combinedNotes(matches: CategoryMatch[]): ReconcileNote[] {
  const seen = new Set<string>();
  const out: ReconcileNote[] = [];
  for (const m of matches) {
    if (!m.categories) continue;
    const key = m.categories.join('+');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      kind: 'combined',
      section: m.section,
      line: m.line,
      column: '',
      categories: [...m.categories],
      text: msg('reconcile.note.combined', { categories: m.categories.map((k) => CATEGORY_TITLES[k]) }),
    });
  }
  return out;
}

/**
 * Compares at the grouping the form has: where one activity of the form stands for several categories,
 * each side's figures of those categories are summed and compared once (exit 0 when they agree there).
 */
export function reconcileSf424a(submitted: SubmittedForm, computed: Sf424a): Reconciliation {
  const matches = matchCategories(submitted, computed);
  const grouping = groupingOf(matches, computed.categories);
  const mine = computedFigures(computed, grouping);
  const theirs = submittedFigures(submitted, matches, grouping);
  const differences: Difference[] = [];
  const notes = combinedNotes(matches);
  const keys = [...theirs.keys(), ...[...mine.keys()].filter((k) => !theirs.has(k))];
  for (const key of keys) {
    const s = theirs.get(key);
    const c = mine.get(key);
    const shown = (s ?? c) as Figure;
    const base = {
      section: shown.section,
      line: shown.line,
      column: shown.column,
      label: shown.label,
      category: shown.category,
    };
    if (shown.text !== null) {
      // A text field is compared only when both forms have its row; a missing row shows in its amounts.
      if (s?.absent && c)
        notes.push({
          kind: 'omitted',
          section: base.section,
          line: base.line,
          column: base.column,
          text: msg('reconcile.note.cfdaOmitted', { cfda: c.text ?? '' }),
        });
      else if (s && c && !sameText(s.text ?? '', c.text ?? ''))
        differences.push({ ...base, submitted: s.text ?? '', computed: c.text ?? '', difference: null });
      continue;
    }
    const sa = s?.amount ?? 0;
    const ca = c?.amount ?? 0;
    if (sa !== ca) differences.push({ ...base, submitted: sa, computed: ca, difference: sa - ca });
  }
  differences.sort((a, b) => SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section));
  return { matches, differences, formErrors: checkSubmittedForm(submitted), notes };
}

/** True when nothing differs, every activity is matched (alone or combined) and the form holds together; notes do not count. */
export function reconciles(r: Reconciliation): boolean {
  return r.differences.length === 0 && r.formErrors.length === 0 && r.matches.every(isMatched);
}

/**
 * True when the submitted form is plainly not this budget's (another State's, another year's): it has activities
 * in Section A, and every one of them, and the totals line, differs in its total (g). A reviewer told so reads
 * the file's name before the differences.
 */
export function looksLikeAnotherForm(r: Reconciliation): boolean {
  const lines = new Set(r.matches.filter((m) => m.section === 'A').map((m) => m.line));
  const differing = new Set(
    r.differences.filter((d) => d.section === 'A' && d.column === 'g' && d.difference !== null).map((d) => d.line),
  );
  return lines.size > 0 && differing.has('5') && [...lines].every((l) => differing.has(l));
}
