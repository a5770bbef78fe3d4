/**
 * The rectangles of an address Excel gives back, such as a RangeAreas' address:
 * "'Appendix F'!M13:S2012,'Appendix F'!B4,Sheet1!$A:$C". A sheet name may hold commas and quotes
 * (doubled inside its quotes), so the text is read in one pass, character by character, never split.
 * Whole columns and whole rows ("A:C", "5:7") come back as their full extent.
 */
import { columnIndex } from '../port/workbookPort';

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

interface Corner {
  row: number | null;
  col: number | null;
}

function corner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  return { col: m[1] ? columnIndex((m[1] as string).toUpperCase()) : null, row: m[2] ? Number(m[2]) - 1 : null };
}

function rectOf(area: string): CellRect | null {
  const [from, to = from] = area.split(':');
  const a = corner(from as string);
  const b = corner(to as string);
  if (!a || !b || (a.row === null) !== (b.row === null) || (a.col === null) !== (b.col === null)) return null;
  return {
    r0: a.row ?? 0,
    r1: b.row ?? LAST_ROW,
    c0: a.col ?? 0,
    c1: b.col ?? LAST_COL,
  };
}

/** The areas of the address, without their sheet names; null when a part is not an address. */
export function rectsOfAddress(address: string): CellRect[] | null {
  const rects: CellRect[] = [];
  let area = '';
  let quoted = false;
  const close = (): boolean => {
    const text = area.trim();
    area = '';
    if (text === '') return true;
    const rect = rectOf(text);
    if (rect) rects.push(rect);
    return rect !== null;
  };
  for (let i = 0; i < address.length; i++) {
    const ch = address[i] as string;
    if (ch === "'") {
      // Inside quotes a doubled quote is a quote of the sheet's name; either way it is not part of the cells.
      if (quoted && address[i + 1] === "'") i++;
      else quoted = !quoted;
    } else if (quoted) continue;
    else if (ch === '!') area = '';
    else if (ch === ',') {
      if (!close()) return null;
    } else area += ch;
  }
  return quoted || !close() ? null : rects;
}
