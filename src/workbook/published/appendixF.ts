/**
 * Appendix F of the published templates: found by its section titles, read section by section (the
 * cost sections A. to G.: appendixFSection.ts), then I. Indirect Charges, H. Total Direct Charges and
 * J. Total Charges, whose total cells add the sections column by column.
 */
import { isMsg, msg, type Msg } from '../../messages/words';
import { formWhere } from '../../budget';
import { AMOUNT_HEADS as MONEY_HEAD_NAMES } from '../../budget';
import { AMOUNT_KEYS } from '../../budget';
import { normalizeLabel, similar } from '../labels';
import { SheetGrid } from '../sheetGrid';
import { maxOf, minOf } from '../../budget/arrays';
import {
  type Columns,
  MONEY_COLS,
  type MoneyCol,
  SECTION_NAMES,
  type SectionKey,
  hasNumber,
  headsOfRow,
  sectionOfTitle,
} from './templateLabels';
import { type Ctx, cellRef, firstFigureRow, input, place, sumRange, total } from './readContext';
import { readLineSection, type SectionInfo } from './appendixFSection';

export interface AppendixFCandidate {
  grid: SheetGrid;
  titles: Map<SectionKey, number>;
}

/**
 * The sheet read as Appendix F: of the sheets that look like it (four section titles or more), a visible
 * one before a hidden one (Excel and LibreOffice show the visible one: a very hidden, altered copy put
 * first must not be the sheet reviewed; issue 22, item 10), then the one with the most titles, then the
 * first. `others`: the other sheets that look like it, for the reader to name.
 */
export function findAppendixF(grids: SheetGrid[]): (AppendixFCandidate & { others: AppendixFCandidate[] }) | null {
  const candidates: AppendixFCandidate[] = [];
  for (const g of grids) {
    const titles = new Map<SectionKey, number>();
    for (let r = g.firstRow; r < g.endRow; r++) {
      const label = g.rowLabel(r);
      if (!label) continue;
      const key = sectionOfTitle(label.text);
      // A title row holds text only; a line whose item happens to start "E supplies" has figures.
      if (key && !titles.has(key) && !hasNumber(g, r)) titles.set(key, r);
    }
    if (titles.size >= 4) candidates.push({ grid: g, titles });
  }
  const visible = (c: AppendixFCandidate) => (c.grid.sheet.visibility === 'visible' ? 1 : 0);
  let best: AppendixFCandidate | null = null;
  for (const c of candidates) {
    if (!best || visible(c) > visible(best) || (visible(c) === visible(best) && c.titles.size > best.titles.size))
      best = c;
  }
  return best ? { ...best, others: candidates.filter((c) => c !== best) } : null;
}

/** Where each section of the sheet starts (its title row), ends (the next title) and has its column heads. */
class SectionRows {
  private readonly order: [SectionKey, number][];

  constructor(
    readonly g: SheetGrid,
    readonly titles: Map<SectionKey, number>,
  ) {
    this.order = [...titles.entries()].sort((x, y) => x[1] - y[1]);
  }

  endOf(key: SectionKey): number {
    const at = this.order.findIndex(([k]) => k === key);
    return at + 1 < this.order.length ? (this.order[at + 1] as [SectionKey, number])[1] : this.g.endRow;
  }

  where(key: SectionKey): string {
    return `${this.g.name}, ${SECTION_NAMES[key]}`;
  }

  /** The row of column heads within a few rows below the title. */
  head(key: SectionKey): { row: number; cols: Columns } | null {
    const t = this.titles.get(key) as number;
    for (let r = t + 1; r < Math.min(this.endOf(key), t + 5); r++) {
      const cols = headsOfRow(this.g, r);
      if (cols) return { row: r, cols };
    }
    return null;
  }
}

/** A row of I., H. or J. with its columns. */
interface TotalsRow {
  row: number;
  cols: Columns;
}

/** Reads the sheet into ctx; a problem (a title, a head or J.'s row missing) when it cannot. */
export function readAppendixF(g: SheetGrid, titles: Map<SectionKey, number>, ctx: Ctx): Msg | null {
  const at = new SectionRows(g, titles);
  const missing = (['A', 'B', 'C', 'D', 'E', 'F', 'G', 'J'] as SectionKey[]).filter((k) => !titles.has(k));
  if (missing.length) {
    return msg('published.sectionsMissing', {
      sheet: g.name,
      count: missing.length,
      sections: missing.map((k) => SECTION_NAMES[k]).join(', '),
      example: SECTION_NAMES[missing[0] as SectionKey].toUpperCase(),
    });
  }
  const sections: SectionInfo[] = [];
  for (const key of ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as SectionKey[]) {
    const section = readCostSection(at, key, ctx);
    if (isMsg(section)) return section;
    sections.push(section);
  }
  const indirect = readIndirectCharges(at, ctx);
  const direct = totalDirectCharges(at, sections, ctx);
  return totalCharges(at, sections, indirect, direct, ctx);
}

function readCostSection(at: SectionRows, key: SectionKey, ctx: Ctx): SectionInfo | Msg {
  const head = at.head(key);
  const t = at.titles.get(key) as number;
  if (!head) {
    return msg('published.headsMissing', { where: at.where(key), row: t + 1 });
  }
  const lacking = AMOUNT_KEYS.filter((k) => head.cols[k] === undefined);
  if (lacking.length) {
    return msg('published.columnMissing', {
      where: at.where(key),
      row: head.row + 1,
      heads: lacking.map((k) => `"${MONEY_HEAD_NAMES[k]}"`).join(', '),
    });
  }
  return readLineSection(at.g, key, t, head.row, head.cols, at.endOf(key), ctx);
}

/** I.: typed amounts of administration only (no Program column); its row, or null when it has none. */
function readIndirectCharges(at: SectionRows, ctx: Ctx): TotalsRow | null {
  const g = at.g;
  const iHead = at.titles.has('I') ? at.head('I') : null;
  if (!iHead) return null;
  const iCols = iHead.cols;
  const r = indirectRowOf(at, iHead);
  if (r === null) return null;
  const w = at.where('I');
  const amt = (k: 'administration' | 'federal' | 'stateMatch' | 'state100') => {
    const c = iCols[k];
    if (c === undefined) return 0;
    input(ctx, g, r, c);
    return ctx.reader.money(g, r, c, { path: `indirect.${k}`, where: formWhere(`${w}, ${MONEY_HEAD_NAMES[k]}`) });
  };
  const ind = {
    rate: null,
    base: '',
    administration: amt('administration'),
    federal: amt('federal'),
    stateMatch: amt('stateMatch'),
    state100: amt('state100'),
  };
  if (ind.administration || ind.federal || ind.stateMatch || ind.state100) ctx.budget.indirect = ind;
  if (iCols.total !== undefined) {
    const parts = (['federal', 'stateMatch', 'state100'] as const)
      .map((k) => iCols[k])
      .filter((c): c is number => c !== undefined);
    total(
      ctx,
      g,
      r,
      iCols.total,
      `=${parts.map((c) => cellRef(r, c)).join('+')}`,
      ind.federal + ind.stateMatch + ind.state100,
      'cents',
      `${w}, Total Cost`,
    );
  }
  return { row: r, cols: iCols };
}

/**
 * I.'s row: the "Total" row under the heads; else the first row with a figure under them (a note such
 * as "Rate: 10% of direct salaries" may sit between).
 */
function indirectRowOf(at: SectionRows, iHead: TotalsRow): number | null {
  const g = at.g;
  const iMoney = MONEY_COLS.map((k) => iHead.cols[k]).filter((c): c is number => c !== undefined);
  for (let r = iHead.row + 1; r < at.endOf('I'); r++) {
    const label = g.rowLabel(r, minOf(iMoney));
    if (label && similar(normalizeLabel(label.text), 'total')) return r;
  }
  for (let r = iHead.row + 1; r < at.endOf('I'); r++) {
    if (iMoney.some((c) => g.cell(r, c).value !== null || g.cell(r, c).formula !== null)) return r;
  }
  return null;
}

/** The sum of A to G in one column, as the typed lines give it. */
function sectionSum(sections: SectionInfo[], k: MoneyCol): number {
  return sections.reduce(
    (s, x) => s + (k === 'total' ? x.sums.federal + x.sums.stateMatch + x.sums.state100 : x.sums[k]),
    0,
  );
}

/** The formula of the sum of A to G in one column: each section's Subtotal cell, or its rows where it has none. */
function directParts(sections: SectionInfo[], k: MoneyCol): string | null {
  const parts = sections.map((s) => {
    const c = s.cols[k];
    if (c === undefined) return null;
    if (s.sumRow !== null) return cellRef(s.sumRow, c);
    const all = s.blocks.flatMap((b) => [b.from, b.to]);
    return sumRange(c, minOf(all), maxOf(all));
  });
  return parts.some((p) => p === null) ? null : parts.join('+');
}

/** H.: the sum of A to G, column by column (matched by head, since sections may place them apart); its row, or null. */
function totalDirectCharges(at: SectionRows, sections: SectionInfo[], ctx: Ctx): TotalsRow | null {
  const hHead = at.titles.has('H') ? at.head('H') : null;
  const hRow = hHead ? firstFigureRow(at.g, hHead.row + 1, at.endOf('H')) : null;
  if (!hHead || hRow === null) return null;
  for (const k of MONEY_COLS) {
    const parts = directParts(sections, k);
    if (parts !== null)
      total(
        ctx,
        at.g,
        hRow,
        hHead.cols[k],
        `=${parts}`,
        sectionSum(sections, k),
        'cents',
        `${at.where('H')}, ${MONEY_HEAD_NAMES[k]}`,
      );
  }
  return { row: hRow, cols: hHead.cols };
}

/** J.: H + I, column by column; the grand totals the budget checks point at. A problem when J.'s row is missing. */
function totalCharges(
  at: SectionRows,
  sections: SectionInfo[],
  indirect: TotalsRow | null,
  direct: TotalsRow | null,
  ctx: Ctx,
): Msg | null {
  const g = at.g;
  const jHead = at.head('J');
  const jRow = jHead ? firstFigureRow(g, jHead.row + 1, at.endOf('J')) : null;
  if (!jHead || jRow === null) {
    return msg('published.totalRowMissing', { where: at.where('J') });
  }
  const ind = ctx.budget.indirect;
  for (const k of MONEY_COLS) {
    const c = jHead.cols[k];
    if (c === undefined) continue;
    place(ctx, `totals.${k}`, g, jRow, c);
    const hPart = direct && direct.cols[k] !== undefined ? cellRef(direct.row, direct.cols[k] as number) : null;
    const iPart = indirect && indirect.cols[k] !== undefined ? cellRef(indirect.row, indirect.cols[k] as number) : null;
    const indirectOf = ind
      ? k === 'total'
        ? ind.federal + ind.stateMatch + ind.state100
        : k === 'program'
          ? 0
          : ind[k]
      : 0;
    // Without an H row (deleted), J adds the sections' subtotals itself.
    const hOrSections = hPart ?? directParts(sections, k);
    if (hOrSections === null) continue;
    const parts = [hOrSections, iPart].filter((p): p is string => p !== null);
    total(
      ctx,
      g,
      jRow,
      c,
      `=${parts.join('+')}`,
      sectionSum(sections, k) + indirectOf,
      'cents',
      `${at.where('J')}, ${MONEY_HEAD_NAMES[k]}`,
    );
  }
  return null;
}
