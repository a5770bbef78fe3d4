/** What `reconcile` prints: the JSON of the README's addition to INTERFACES.md (dollars) and text for people. */
import { centsToDollars, type Cents } from '../money';
import { englishWords, msg, type Words } from '../../messages/words';
import { CATEGORY_TITLES } from '../sf424a';
import { isMatched } from './matchCategories';
import type { Reconciliation } from './reconcile';

const dollars = (x: Cents | string) => (typeof x === 'string' ? x : centsToDollars(x));

export function reconciliationJson(
  budget: string,
  submitted: string,
  r: Reconciliation,
  words: Words = englishWords(),
) {
  return {
    budget,
    submitted,
    matches: r.matches.map((m) => ({
      submitted: m.submitted,
      category: m.category,
      section: m.section,
      line: m.line,
      method: m.method,
      ...(m.categories ? { categories: m.categories } : {}),
    })),
    differences: r.differences.map((d) => ({
      section: d.section,
      line: d.line,
      column: d.column,
      label: d.label,
      category: d.category,
      submitted: dollars(d.submitted),
      computed: dollars(d.computed),
      difference: d.difference === null ? null : centsToDollars(d.difference),
    })),
    formErrors: r.formErrors.map((e) => ({
      section: e.section,
      line: e.line,
      column: e.column,
      label: e.label,
      rule: e.rule,
      submitted: centsToDollars(e.submitted),
      expected: centsToDollars(e.expected),
      difference: centsToDollars(e.difference),
    })),
    // Added by issue 19: what the comparison knew of the form's shape, never a difference (exit 0 with notes alone).
    notes: r.notes.map((n) => ({
      kind: n.kind,
      section: n.section,
      line: n.line,
      column: n.column,
      ...(n.categories ? { categories: n.categories } : {}),
      text: words.render(n.text),
    })),
  };
}

const shown = (x: Cents | string) =>
  typeof x === 'string' ? msg('figure.quoted', { value: x }) : msg('figure.money', { value: x });

const METHOD_WORDS = {
  title: 'reconcile.method.title',
  position: 'reconcile.method.position',
  amount: 'reconcile.method.amount',
  elimination: 'reconcile.method.elimination',
  activity: 'reconcile.method.activity',
  combined: 'reconcile.method.combined',
} as const;

/** The reconciliation for people, in the words of `words`. */
export function reconciliationText(
  budget: string,
  submitted: string,
  r: Reconciliation,
  words: Words = englishWords(),
): string {
  const unmatched = r.matches.filter((m) => !isMatched(m));
  const L = [
    r.differences.length || r.formErrors.length || unmatched.length
      ? words.t('reconcile.head', {
          submitted,
          budget,
          differences: r.differences.length,
          formErrors: r.formErrors.length,
          unmatched: unmatched.length,
        })
      : words.t('reconcile.headAgrees', { submitted, budget }),
    words.t('reconcile.activities'),
  ];
  for (const m of r.matches) {
    const title = m.submitted ? msg('figure.text', { value: m.submitted }) : msg('reconcile.noTitle');
    const where =
      m.section === 'B'
        ? msg('reconcile.sectionColumn', { section: m.section, line: m.line })
        : msg('reconcile.sectionLine', { section: m.section, line: m.line });
    L.push(
      m.category
        ? words.t('reconcile.matched', {
            where,
            title,
            category: CATEGORY_TITLES[m.category],
            method: msg(METHOD_WORDS[m.method ?? 'title'] as 'reconcile.method.title'),
          })
        : m.categories
          ? words.t('reconcile.matchedCombined', {
              where,
              title,
              categories: m.categories.map((k) => CATEGORY_TITLES[k]).join(' + '),
            })
          : words.t('reconcile.notMatched', { where, title }),
    );
  }
  if (r.notes.length) L.push(words.t('reconcile.notes'));
  for (const n of r.notes)
    L.push(
      n.column
        ? words.t('reconcile.noteAtColumn', { section: n.section, line: n.line, column: n.column, note: n.text })
        : words.t('reconcile.noteAt', { section: n.section, line: n.line, note: n.text }),
    );
  if (r.differences.length) L.push(words.t('reconcile.differences'));
  for (const d of r.differences) {
    const data = {
      section: d.section,
      line: d.line,
      label: d.label,
      submitted: shown(d.submitted),
      computed: shown(d.computed),
    };
    const at = d.column ? msg('reconcile.atColumn', { ...data, column: d.column }) : msg('reconcile.at', data);
    L.push(
      d.difference === null
        ? words.t('reconcile.differenceText', { at })
        : words.t('reconcile.difference', { at, difference: d.difference }),
    );
  }
  if (r.formErrors.length) L.push(words.t('reconcile.formErrors'));
  for (const e of r.formErrors)
    L.push(
      words.t('reconcile.formError', {
        rule: e.rule,
        submitted: e.submitted,
        expected: e.expected,
        difference: e.difference,
      }),
    );
  return L.join('\n') + '\n';
}
