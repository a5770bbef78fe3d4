/** What `reconcile` prints: the JSON of the README's addition to INTERFACES.md (dollars) and text for people. */
import { centsToDollars, formatDollars, type Cents } from '../money';
import { CATEGORY_TITLES } from '../sf424a';
import { isMatched } from './matchCategories';
import type { Reconciliation } from './reconcile';

const dollars = (x: Cents | string) => (typeof x === 'string' ? x : centsToDollars(x));

export function reconciliationJson(budget: string, submitted: string, r: Reconciliation) {
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
      text: n.text,
    })),
  };
}

const shown = (x: Cents | string) => (typeof x === 'string' ? `"${x}"` : formatDollars(x));
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export function reconciliationText(budget: string, submitted: string, r: Reconciliation): string {
  const unmatched = r.matches.filter((m) => !isMatched(m));
  const L = [
    `${submitted} against ${budget}: ${r.differences.length || r.formErrors.length || unmatched.length ? `${plural(r.differences.length, 'difference')}, ${plural(r.formErrors.length, 'form error')}, ${plural(unmatched.length, 'unmatched activity').replace('activitys', 'activities')}` : 'the submitted SF-424A agrees with the budget'}.`,
    'Activities:',
  ];
  for (const m of r.matches) {
    const how = m.method === 'activity' ? 'the same activity in another section' : `by ${m.method}`;
    const what = m.category
      ? `${CATEGORY_TITLES[m.category]} (${how})`
      : m.categories
        ? `${m.categories.map((k) => CATEGORY_TITLES[k]).join(' + ')} (combined: compared with their sum)`
        : 'NOT MATCHED: its figures are compared with nothing';
    L.push(
      `  Section ${m.section} ${m.section === 'B' ? `column (${m.line})` : `line ${m.line}`} "${m.submitted || '(no title)'}": ${what}`,
    );
  }
  if (r.notes.length) L.push('Notes:');
  for (const n of r.notes) L.push(`  ${n.section} line ${n.line}${n.column ? ` (${n.column})` : ''}: ${n.text}`);
  if (r.differences.length) L.push('Differences (submitted, computed, difference):');
  for (const d of r.differences) {
    const diff = d.difference === null ? '' : `, ${formatDollars(d.difference)}`;
    L.push(
      `  ${d.section} line ${d.line}${d.column ? ` (${d.column})` : ''} ${d.label}: ${shown(d.submitted)}, ${shown(d.computed)}${diff}`,
    );
  }
  if (r.formErrors.length) L.push('The submitted form against itself:');
  for (const e of r.formErrors)
    L.push(
      `  ${e.rule}: ${formatDollars(e.submitted)}, expected ${formatDollars(e.expected)} (${formatDollars(e.difference)})`,
    );
  return L.join('\n') + '\n';
}
