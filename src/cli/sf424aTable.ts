/**
 * The SF-424A for a terminal: the same section tables the task pane shows (src/budget/sf424aTables.ts),
 * aligned as text, with the form's line numbers and column letters.
 */
import type { Sf424a } from '../budget';
import { SECTION_NOTES, sectionTables } from '../budget/sf424aTables';
import { renderTable } from './textTable';

export function sf424aTable(form: Sf424a, heading: string): string {
  const parts: string[] = [heading, ''];
  for (const t of sectionTables(form)) {
    parts.push(t.title.toUpperCase());
    const columns = [
      { header: 'Line' },
      { header: t.rowHead },
      ...t.columns.map((c, i) => ({ header: c.label, align: t.rows.some((r) => r.cells[i]?.isAmount) ? ('right' as const) : ('left' as const) })),
    ];
    parts.push(renderTable(columns, t.rows.map((r) => [`${r.line}.`, r.label, ...r.cells.map((c) => c?.display ?? '')])));
    const note = SECTION_NOTES[t.section];
    if (note) parts.push(note);
    parts.push('');
  }
  return parts.join('\n');
}
