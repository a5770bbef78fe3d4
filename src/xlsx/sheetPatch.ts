/**
 * Writes formulas into one worksheet part by splicing: only the `<c>` elements of the repaired cells
 * change (created in column order, or inside a new `<row>` in row order, when the file has none); every
 * other byte of the part is copied. A rewritten cell keeps its style (`s`) and its other attributes, and
 * loses its type (`t`), value metadata (`cm`, `vm`) and cached `<v>`, so Excel calculates it on load.
 *
 * One cell is refused rather than written: the master of a shared formula (the cell a formula was
 * filled from) whose dependents are not all repaired too, and the first cell of a multi-cell array
 * formula: rewriting it would silently change the other cells, which repair never touches.
 */
import { englishWords, msg, type Msg } from '../messages/words';
import { a1, parseA1, withoutEquals } from '../port/workbookPort';
import { XmlScanError, XmlTagScanner, attrOf, escapeText, type XmlTag } from './xmlTags';

export interface CellEdit {
  /** 0-based. */
  row: number;
  col: number;
  /** With or without its leading "=". */
  formula: string;
}

/** A cell the patcher will not rewrite; `reason` is a sentence for the user. */
export class CellRefusal extends Error {
  constructor(readonly reason: Msg) {
    super(englishWords().render(reason));
    this.name = 'CellRefusal';
  }
}

interface CellInfo {
  /** -1 until asked for: reading every cell's address of a large sheet costs more than the rest of the scan. */
  col: number;
  tag: XmlTag;
  end: number;
  f: XmlTag | null;
}

interface RowInfo {
  r: number;
  tag: XmlTag;
  closeStart: number;
  /** Only for the rows that hold an edit. */
  cells: CellInfo[] | null;
}

interface Scan {
  sheetData: XmlTag | null;
  sheetDataClose: number;
  rows: RowInfo[];
  colStyles: { min: number; max: number; style: string }[];
  /** Shared-formula groups: si -> addresses of the cells that use the group without being its master. */
  sharedUsers: Map<string, string[]>;
}

/** A cell's column: its `r`, or the one after the previous cell's when it has none. */
function cellColumn(tag: XmlTag, fallbackCol: number): number {
  const r = attrOf(tag, 'r');
  if (r === null) return fallbackCol;
  try {
    return parseA1(r).col;
  } catch {
    return fallbackCol;
  }
}

/**
 * Among the cells, an element of another namespace (`<evil:c xmlns:evil="urn:evil">`, or a `<c>` that
 * declares a namespace of its own) would be taken for a cell by its local name: the reader skips it,
 * Excel reports it as damage, and the patcher will not guess which cell is meant.
 */
function refuseForeign(bytes: Buffer, t: XmlTag, sheetData: XmlTag, what: Msg): void {
  const declares = t.kind !== 'close' && bytes.subarray(t.start, t.end).includes('xmlns');
  if (t.prefix === sheetData.prefix && !declares) return;
  throw new XmlScanError(msg('xml.foreignAmongCells', { what, element: t.name.slice(0, 40) }));
}

/** One pass over the part: rows, the cells of the edited rows, column styles, shared-formula users. */
function scan(bytes: Buffer, editedRows: ReadonlySet<number>, what: Msg): Scan {
  const out: Scan = { sheetData: null, sheetDataClose: -1, rows: [], colStyles: [], sharedUsers: new Map() };
  const scanner = new XmlTagScanner(bytes, what);
  const stack: string[] = [];
  const seenRows = new Set<number>();
  let row: RowInfo | null = null;
  let cell: CellInfo | null = null;
  let lastCol = -1;
  for (let t = scanner.next(); t; t = scanner.next()) {
    if (out.sheetData && stack.includes('sheetData')) refuseForeign(bytes, t, out.sheetData, what);
    if (t.kind === 'close') {
      stack.pop();
      if (t.local === 'c' && cell && stack[stack.length - 1] === 'row') cell.end = t.end;
      else if (t.local === 'row' && row && stack[stack.length - 1] === 'sheetData') row.closeStart = t.start;
      else if (t.local === 'sheetData' && stack.length === 1) out.sheetDataClose = t.start;
      continue;
    }
    const parent = stack[stack.length - 1];
    if (t.local === 'sheetData' && stack.length === 1) out.sheetData = t;
    else if (t.local === 'col' && parent === 'cols') {
      const style = attrOf(t, 'style');
      if (style !== null && style !== '0')
        out.colStyles.push({ min: Number(attrOf(t, 'min')), max: Number(attrOf(t, 'max')), style });
    } else if (t.local === 'row' && parent === 'sheetData') {
      const given = Number(attrOf(t, 'r'));
      const r: number = Number.isInteger(given) && given > 0 ? given : row ? row.r + 1 : 1;
      row = { r, tag: t, closeStart: -1, cells: editedRows.has(r) && !seenRows.has(r) ? [] : null };
      seenRows.add(r);
      out.rows.push(row);
      lastCol = -1;
    } else if (t.local === 'c' && parent === 'row' && row) {
      // Addresses are read only in the rows that hold an edit (and for a shared formula's cells, below).
      lastCol = row.cells ? cellColumn(t, lastCol + 1) : lastCol + 1;
      cell = { col: row.cells ? lastCol : -1, tag: t, end: t.end, f: null };
      row.cells?.push(cell);
    } else if (t.local === 'f' && parent === 'c' && cell && row) {
      cell.f = t;
      const si = attrOf(t, 'si');
      if (attrOf(t, 't') === 'shared' && si !== null && attrOf(t, 'ref') === null) {
        const users = out.sharedUsers.get(si) ?? [];
        users.push(a1(row.r - 1, cell.col >= 0 ? cell.col : cellColumn(cell.tag, lastCol)));
        out.sharedUsers.set(si, users);
      }
    }
    if (t.kind === 'open') stack.push(t.local);
  }
  return out;
}

export interface Splice {
  at: number;
  end: number;
  open: string;
  items: string[];
  close: string;
}

const DROPPED = new Set(['t', 'cm', 'vm']);

function formulaElement(prefix: string, formula: string): string {
  return `<${prefix}f>${escapeText(withoutEquals(formula))}</${prefix}f>`;
}

function rewrittenCell(c: CellInfo, formula: string): string {
  const attrs = c.tag.attrs.filter((a) => !DROPPED.has(a.name)).map((a) => ` ${a.raw}`);
  return `<${c.tag.name}${attrs.join('')}>${formulaElement(c.tag.prefix, formula)}</${c.tag.name}>`;
}

/** A cell the file does not hold: it takes the style it shows today, the row's or the column's. */
function newCell(prefix: string, r: number, rowTag: XmlTag | null, col: number, formula: string, s: Scan): string {
  const rowStyle = rowTag && ['1', 'true'].includes(attrOf(rowTag, 'customFormat') ?? '') ? attrOf(rowTag, 's') : null;
  const style = rowStyle ?? s.colStyles.find((c) => c.min <= col + 1 && col + 1 <= c.max)?.style ?? null;
  const styleAttr = style !== null && /^\d+$/.test(style) ? ` s="${style}"` : '';
  return `<${prefix}c r="${a1(r - 1, col)}"${styleAttr}>${formulaElement(prefix, formula)}</${prefix}c>`;
}

/** Refuses a cell whose formula other cells depend on (see the module comment). */
function checkFormulaOwner(c: CellInfo, address: string, formula: string, edited: ReadonlySet<string>, s: Scan): void {
  const f = c.f;
  if (!f) return;
  const ref = attrOf(f, 'ref');
  if (ref === null) return;
  const type = attrOf(f, 't');
  const si = attrOf(f, 'si');
  if (type === 'shared' && si !== null) {
    const left = (s.sharedUsers.get(si) ?? []).filter((a) => !edited.has(a));
    if (left.length) {
      const shown =
        left.length > 5
          ? msg('list.andMore', { items: left.slice(0, 5).join(', '), more: left.length - 5 })
          : msg('list.plain', { items: left.join(', ') });
      throw new CellRefusal(msg('patch.sharedFormula', { cell: address, cells: shown, formula }));
    }
  } else if (ref.includes(':') && ref.split(':')[0] !== ref.split(':')[1]) {
    throw new CellRefusal(msg('patch.arrayFormula', { cell: address, range: ref, formula }));
  }
}

function editsByRow(edits: readonly CellEdit[]): Map<number, CellEdit[]> {
  const byRow = new Map<number, CellEdit[]>();
  for (const e of [...edits].sort((x, y) => x.row - y.row || x.col - y.col)) {
    const list = byRow.get(e.row + 1) ?? [];
    list.push(e);
    byRow.set(e.row + 1, list);
  }
  return byRow;
}

/** The part with the edits written; throws CellRefusal for a cell it will not rewrite. */
export function patchSheetPart(bytes: Buffer, edits: readonly CellEdit[], what: Msg): Buffer {
  const byRow = editsByRow(edits);
  const s = scan(bytes, new Set(byRow.keys()), what);
  if (!s.sheetData) throw new CellRefusal(msg('patch.noSheetData', { what }));
  const edited = new Set(edits.map((e) => a1(e.row, e.col)));
  const rowOf = new Map<number, RowInfo>();
  for (const r of s.rows) if (!rowOf.has(r.r)) rowOf.set(r.r, r);
  const splices = new Map<string, Splice>();
  const add = (at: number, end: number, item: string, open = '', close = '') => {
    const key = `${at}:${end}`;
    const sp = splices.get(key) ?? { at, end, open, items: [], close };
    sp.items.push(item);
    splices.set(key, sp);
  };
  const sd = s.sheetData;
  for (const [r, list] of byRow) {
    const row = rowOf.get(r);
    if (row) {
      for (const e of list) {
        const c = row.cells?.find((x) => x.col === e.col);
        if (c) {
          checkFormulaOwner(c, a1(e.row, e.col), e.formula, edited, s);
          add(c.tag.start, c.end, rewrittenCell(c, e.formula));
        } else if (row.tag.kind === 'empty') {
          add(
            row.tag.end - 2,
            row.tag.end,
            newCell(row.tag.prefix, r, row.tag, e.col, e.formula, s),
            '>',
            `</${row.tag.name}>`,
          );
        } else {
          const next = row.cells?.find((x) => x.col > e.col);
          add(
            next ? next.tag.start : row.closeStart,
            next ? next.tag.start : row.closeStart,
            newCell(row.tag.prefix, r, row.tag, e.col, e.formula, s),
          );
        }
      }
      continue;
    }
    const p = sd.prefix;
    const text = `<${p}row r="${r}">${list.map((e) => newCell(p, r, null, e.col, e.formula, s)).join('')}</${p}row>`;
    const next = s.rows.find((x) => x.r > r);
    if (next) add(next.tag.start, next.tag.start, text);
    else if (sd.kind === 'empty') add(sd.end - 2, sd.end, text, '>', `</${sd.name}>`);
    else add(s.sheetDataClose, s.sheetDataClose, text);
  }
  return splice(bytes, [...splices.values()]);
}

export function splice(bytes: Buffer, splices: Splice[]): Buffer {
  const sorted = [...splices].sort((a, b) => a.at - b.at);
  const chunks: Buffer[] = [];
  let pos = 0;
  for (const sp of sorted) {
    if (sp.at < pos || sp.at < 0) throw new Error('internal: overlapping edits of one part');
    chunks.push(bytes.subarray(pos, sp.at), Buffer.from(sp.open + sp.items.join('') + sp.close, 'utf8'));
    pos = sp.end;
  }
  chunks.push(bytes.subarray(pos));
  return Buffer.concat(chunks);
}
