/** Aligned plain-text tables for a terminal: text columns left, amounts right. */
import { maxOf } from '../budget/arrays';

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

export function renderTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((c, i) => maxOf(rows.map((r) => (r[i] ?? '').length), c.header.length));
  const fmt = (cells: string[]) =>
    cells
      .map((cell, i) => (columns[i]?.align === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [fmt(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(fmt(r));
  return out.join('\n');
}
