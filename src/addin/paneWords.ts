/**
 * The reader and the checks speak to the command line too ("run grant-budget repair", "give --state");
 * in the pane those words name the pane's own actions instead. One table, used for every message the
 * pane shows (findings and "no budget" reasons), so no message tells a pane user to open a terminal.
 */
const REWRITES: readonly [RegExp, string][] = [
  [/run `?grant-budget repair`? to (rewrite|restore)/g, 'press Repair totals (Review tab) to $1'],
  [/\(or run `?grant-budget repair`?\)/g, '(or press Repair totals on the Review tab)'],
  [/\(`?grant-budget repair`? rewrites/g, '(Repair totals on the Review tab rewrites'],
  [/;? ?run `?grant-budget repair`?/g, '; press Repair totals on the Review tab'],
  [/give it with --state[^.]*/g, 'choose its State above and the checks run'],
  [/,? or give --state/g, ', or choose the State above'],
  [/given with --state/g, 'chosen'],
];

export function paneWording(text: string): string {
  let out = text;
  for (const [re, by] of REWRITES) out = out.replace(re, by);
  return out;
}
