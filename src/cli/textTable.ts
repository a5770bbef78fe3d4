/**
 * Aligned plain-text tables for a terminal: text columns left, amounts right. A heading longer than its
 * column's figures is wrapped at its spaces onto more lines ("(4) Private Sector On-Site Consultation"
 * would otherwise make a column three times as wide as its amounts). A table still wider than `maxWidth`
 * is printed as several, each with the row keys (the first `keyColumns` columns) and as many of the
 * other columns as fit, so every line fits a terminal of that width.
 */
import { maxOf } from '../budget/arrays';

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

export interface TableLayout {
  /** The widest a line may be; a table wider than this is split by columns. */
  maxWidth?: number;
  /** How many leading columns name the row (line number, label) and are repeated in every part. */
  keyColumns?: number;
}

const GAP = '  ';

/** Words of `text` on lines of at most `width` characters (a longer word has a line of its own). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

interface Laid {
  column: Column;
  width: number;
  head: string[];
  cells: string[];
}

/** A column as wide as its widest cell and heading, or (`wrap`) its heading wrapped to the width of its cells. */
function layColumn(column: Column, cells: string[], wrap: boolean): Laid {
  const dataWidth = maxOf(
    cells.map((c) => c.length),
    0,
  );
  if (!wrap || column.header.length <= dataWidth)
    return { column, width: Math.max(dataWidth, column.header.length), head: [column.header], cells };
  const width = Math.max(
    dataWidth,
    maxOf(
      column.header.split(' ').map((w) => w.length),
      0,
    ),
  );
  return { column, width, head: wrapWords(column.header, width), cells };
}

const widthOf = (columns: Laid[]) =>
  columns.reduce((w, c) => w + c.width, 0) + GAP.length * Math.max(0, columns.length - 1);

function renderPart(columns: Laid[], rowCount: number): string {
  const pad = (c: Laid, text: string) => (c.column.align === 'right' ? text.padStart(c.width) : text.padEnd(c.width));
  const fmt = (texts: string[]) => texts.join(GAP).trimEnd();
  const headLines = maxOf(
    columns.map((c) => c.head.length),
    1,
  );
  const out: string[] = [];
  // A wrapped heading sits on the rule, as a spreadsheet's does: its short lines are at the bottom.
  for (let i = 0; i < headLines; i++)
    out.push(fmt(columns.map((c) => pad(c, c.head[i - (headLines - c.head.length)] ?? ''))));
  out.push(columns.map((c) => '-'.repeat(c.width)).join(GAP));
  for (let r = 0; r < rowCount; r++) out.push(fmt(columns.map((c) => pad(c, c.cells[r] ?? ''))));
  return out.join('\n');
}

/** Groups of the value columns, each as many as fit beside the keys within `maxWidth` (at least one). */
function groupsWithin(keysWidth: number, values: Laid[], maxWidth: number): Laid[][] {
  const groups: Laid[][] = [];
  let group: Laid[] = [];
  let width = keysWidth;
  for (const c of values) {
    const added = (width ? GAP.length : 0) + c.width;
    if (group.length && width + added > maxWidth) {
      groups.push(group);
      group = [];
      width = keysWidth;
    }
    group.push(c);
    width += (width ? GAP.length : 0) + c.width;
  }
  if (group.length) groups.push(group);
  return groups;
}

export function renderTable(columns: Column[], rows: string[][], layout: TableLayout = {}): string {
  const lay = (wrap: boolean) =>
    columns.map((c, i) =>
      layColumn(
        c,
        rows.map((r) => r[i] ?? ''),
        wrap,
      ),
    );
  const max = layout.maxWidth;
  const whole = lay(false);
  if (max === undefined || widthOf(whole) <= max) return renderPart(whole, rows.length);
  const wrapped = lay(true);
  if (widthOf(wrapped) <= max) return renderPart(wrapped, rows.length);
  const keys = wrapped.slice(0, layout.keyColumns ?? 0);
  return groupsWithin(widthOf(keys), wrapped.slice(keys.length), max)
    .map((g) => renderPart([...keys, ...g], rows.length))
    .join('\n\n');
}
