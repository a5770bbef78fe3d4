/**
 * The SF-424A for a terminal: the same section tables the task pane shows (src/budget/sf424aTables.ts),
 * aligned as text, with the form's line numbers and column letters, every line at most 100 characters
 * (a section wider than that, such as Section B with a fourth activity, is printed in parts, each with
 * the line numbers and categories).
 */
import { englishWords, type Words } from '../messages/words';
import type { Sf424a } from '../budget';
import { SECTION_NOTES, sectionTables } from '../budget/sf424aTables';
import { renderTable, wrapWords } from './textTable';

/** The width the table keeps to: a terminal's 80 columns are too few for Section A's labels and three amounts. */
export const TABLE_WIDTH = 100;

export function sf424aTable(form: Sf424a, heading: string, words: Words = englishWords()): string {
  const parts: string[] = [...wrapWords(heading, TABLE_WIDTH), ''];
  for (const t of sectionTables(form)) {
    parts.push(t.title.toUpperCase());
    const columns = [
      { header: words.t('pane.sf424a.line') },
      { header: t.rowHead },
      ...t.columns.map((c, i) => ({
        header: c.label,
        align: t.rows.some((r) => r.cells[i]?.isAmount) ? ('right' as const) : ('left' as const),
      })),
    ];
    const rows = t.rows.map((r) => [`${r.line}.`, r.label, ...r.cells.map((c) => c?.display ?? '')]);
    parts.push(renderTable(columns, rows, { maxWidth: TABLE_WIDTH, keyColumns: 2 }));
    const note = SECTION_NOTES[t.section];
    if (note) parts.push(...wrapWords(words.render(note), TABLE_WIDTH));
    parts.push('');
  }
  return parts.join('\n');
}
