/**
 * What a reading of OSHA's published templates leaves behind: a figure typed in a cell the reader did
 * not take as an input or a total (a row it could not read, a number beside the table), a note typed in
 * the margin right of a table, and sheets it did not read that hold figures. Moving a published
 * workbook into live templates lists these, so no figure is ever dropped silently.
 */
import { formatDollars } from '../budget';
import { a1, type WorkbookSnapshot } from '../port/workbookPort';
import { readPublishedLayout, type PublishedAnalysis } from './publishedLayoutReader';

export interface Leftover {
  /** "Appendix F!M12", or the sheet name for a sheet not read. */
  where: string;
  /** Why it was not moved, as data (each door words it): a sheet not read, a typed figure in no line, a note. */
  kind: 'figure' | 'note' | 'sheet';
  /** What the cell shows: the number or the text; for a sheet, how many figures it holds. */
  text: string;
}

/** Appendix F's figures are dollars; D, E and J count visits, FTE and people. */
function shown(v: number, money: boolean): string {
  return money && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6 ? formatDollars(Math.round(v * 100)) : String(v);
}

/** Every cell of the read sheets that holds a typed figure or a note the reading did not take. */
export function publishedLeftovers(snapshot: WorkbookSnapshot, analysis: PublishedAnalysis): Leftover[] {
  const read = new Set(Object.values(analysis.sheets));
  const taken = new Set(analysis.inputCells);
  for (const t of analysis.totals) taken.add(`${t.sheet}!${a1(t.row, t.col)}`);
  // The right edge of each sheet's table: its rightmost input or total column.
  const rightEdge = new Map<string, number>();
  for (const t of analysis.totals) rightEdge.set(t.sheet, Math.max(rightEdge.get(t.sheet) ?? 0, t.col));
  for (const where of analysis.inputCells) {
    const sheet = where.slice(0, where.lastIndexOf('!'));
    const col = columnOf(where.slice(where.lastIndexOf('!') + 1));
    rightEdge.set(sheet, Math.max(rightEdge.get(sheet) ?? 0, col));
  }
  const out: Leftover[] = [];
  for (const s of snapshot.sheets) {
    if (s.kind !== 'worksheet') continue;
    if (!read.has(s.name)) {
      const figures = s.cells.reduce(
        (n, row) => n + row.filter((c) => typeof c.value === 'number' && c.value !== 0).length,
        0,
      );
      if (figures)
        out.push({
          where: s.name,
          kind: 'sheet',
          text: String(figures),
        });
      continue;
    }
    const edge = rightEdge.get(s.name) ?? Number.MAX_SAFE_INTEGER;
    s.cells.forEach((row, r) =>
      row.forEach((c, k) => {
        const where = `${s.name}!${a1(s.origin.row + r, s.origin.col + k)}`;
        if (taken.has(where)) return;
        if (typeof c.value === 'number' && c.value !== 0 && c.formula === null) {
          out.push({
            where,
            kind: 'figure',
            text: shown(c.value, s.name === analysis.sheets.F),
          });
        } else if (typeof c.value === 'string' && c.value.trim() && s.origin.col + k > edge) {
          out.push({ where, kind: 'note', text: c.value.trim() });
        }
      }),
    );
  }
  return out;
}

function columnOf(address: string): number {
  let n = 0;
  for (const ch of address) {
    if (ch < 'A' || ch > 'Z') break;
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n - 1;
}

/** The leftovers of a workbook in the published layout read for `state`; empty for any other workbook. */
export function leftoversOfPublished(snapshot: WorkbookSnapshot, state: string): Leftover[] {
  const read = readPublishedLayout(snapshot, { state });
  return read?.ok ? publishedLeftovers(snapshot, read.analysis) : [];
}
