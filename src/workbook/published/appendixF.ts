/**
 * Appendix F of the published templates: found by its section titles, read section by section (the
 * lines between a head row and its Subtotal, lines typed below a Subtotal included).
 */
import { AMOUNT_HEADS as MONEY_HEAD_NAMES } from '../../budget';
import { AMOUNT_KEYS, PRIVATE_SECTOR_PROGRAM_TYPES, PROGRAM_TYPES, type Amounts, type CostLine } from '../../budget';
import { bestMatch, normalizeLabel, similar } from '../labels';
import { isErrorValue } from '../../port/workbookPort';
import { SheetGrid } from '../sheetGrid';
import { maxOf, minOf } from '../../budget/arrays';
import { COST_SECTION_OF, type Columns, MONEY_COLS, type MoneyCol, SECTION_NAMES, type SectionKey, hasNumber, hasTypedContent, headsOfRow, sectionOfTitle } from './templateLabels';
import { type Ctx, cellRef, firstFigureRow, input, place, sumRange, total } from './readContext';

export function findAppendixF(grids: SheetGrid[]): { grid: SheetGrid; titles: Map<SectionKey, number> } | null {
  let best: { grid: SheetGrid; titles: Map<SectionKey, number> } | null = null;
  for (const g of grids) {
    const titles = new Map<SectionKey, number>();
    for (let r = g.firstRow; r < g.endRow; r++) {
      const label = g.rowLabel(r);
      if (!label) continue;
      const key = sectionOfTitle(label.text);
      // A title row holds text only; a line whose item happens to start "E supplies" has figures.
      if (key && !titles.has(key) && !hasNumber(g, r)) titles.set(key, r);
    }
    if (titles.size >= 4 && (!best || titles.size > best.titles.size)) best = { grid: g, titles };
  }
  return best;
}

interface LineBlock {
  /** First and last row the block's subtotal must cover (template rows, blank ones too). */
  from: number;
  to: number;
  subtotalRow: number | null;
  lines: { row: number; amounts: Amounts }[];
  /** Lines typed below the Subtotal row: read, and added to the formula the Subtotal should hold. */
  below?: number[];
}

interface SectionInfo {
  key: SectionKey;
  title: number;
  head: number;
  cols: Columns;
  blocks: LineBlock[];
  /** The row that sums the section (its Subtotal, or C's "Out-of-State and Instate Subtotal"). */
  sumRow: number | null;
  sums: Amounts;
}

export function readAppendixF(g: SheetGrid, titles: Map<SectionKey, number>, ctx: Ctx): string | null {
  const order = [...titles.entries()].sort((x, y) => x[1] - y[1]);
  const endOf = (key: SectionKey) => {
    const at = order.findIndex(([k]) => k === key);
    return at + 1 < order.length ? (order[at + 1] as [SectionKey, number])[1] : g.endRow;
  };
  const where = (key: SectionKey) => `${g.name}, ${SECTION_NAMES[key]}`;
  const findHead = (key: SectionKey): { row: number; cols: Columns } | null => {
    const t = titles.get(key) as number;
    for (let r = t + 1; r < Math.min(endOf(key), t + 5); r++) {
      const cols = headsOfRow(g, r);
      if (cols) return { row: r, cols };
    }
    return null;
  };
  const missing = (['A', 'B', 'C', 'D', 'E', 'F', 'G', 'J'] as SectionKey[]).filter((k) => !titles.has(k));
  if (missing.length) {
    return `sheet "${g.name}" looks like the published Appendix F but its section${missing.length > 1 ? 's' : ''} ${missing.map((k) => SECTION_NAMES[k]).join(', ')} cannot be found by title: restore the title row (for example "${SECTION_NAMES[missing[0] as SectionKey].toUpperCase()}")`;
  }

  const sections: SectionInfo[] = [];
  for (const key of ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as SectionKey[]) {
    const head = findHead(key);
    const t = titles.get(key) as number;
    if (!head) {
      return `${where(key)} (title in row ${t + 1}): its column heads (Administration, Program, Federal Share, State Match, State 100% Funded, Total Cost) are missing below the title: restore the heading row`;
    }
    const lacking = AMOUNT_KEYS.filter((k) => head.cols[k] === undefined);
    if (lacking.length) {
      return `${where(key)} (heads in row ${head.row + 1}): no column headed ${lacking.map((k) => `"${MONEY_HEAD_NAMES[k]}"`).join(', ')}: restore the column`;
    }
    sections.push(readLineSection(g, key, t, head.row, head.cols, endOf(key), ctx));
  }

  // I: typed amounts of administration only (no Program column).
  let indirectRow: number | null = null;
  let iCols: Columns = {};
  const iHead = titles.has('I') ? findHead('I') : null;
  if (iHead) {
    iCols = iHead.cols;
    // The "Total" row under the heads; else the first row with a figure under them (a note such as
    // "Rate: 10% of direct salaries" may sit between).
    const iMoney = MONEY_COLS.map((k) => iCols[k]).filter((c): c is number => c !== undefined);
    for (let r = iHead.row + 1; r < endOf('I') && indirectRow === null; r++) {
      const label = g.rowLabel(r, minOf(iMoney));
      if (label && similar(normalizeLabel(label.text), 'total')) indirectRow = r;
    }
    for (let r = iHead.row + 1; r < endOf('I') && indirectRow === null; r++) {
      if (iMoney.some((c) => g.cell(r, c).value !== null || g.cell(r, c).formula !== null)) indirectRow = r;
    }
  }
  if (indirectRow !== null) {
    const r = indirectRow;
    const w = where('I');
    const amt = (k: 'administration' | 'federal' | 'stateMatch' | 'state100') => {
      const c = iCols[k];
      if (c === undefined) return 0;
      input(ctx, g, r, c);
      place(ctx, `indirect.${k}`, g, r, c);
      return ctx.reader.money(g, r, c, { path: `indirect.${k}`, where: `${w}, ${MONEY_HEAD_NAMES[k]}` });
    };
    const ind = { rate: null, base: '', administration: amt('administration'), federal: amt('federal'), stateMatch: amt('stateMatch'), state100: amt('state100') };
    if (ind.administration || ind.federal || ind.stateMatch || ind.state100) ctx.budget.indirect = ind;
    if (iCols.total !== undefined) {
      const parts = (['federal', 'stateMatch', 'state100'] as const).map((k) => iCols[k]).filter((c): c is number => c !== undefined);
      total(ctx, g, r, iCols.total, `=${parts.map((c) => cellRef(r, c)).join('+')}`, ind.federal + ind.stateMatch + ind.state100, 'cents', `${w}, Total Cost`);
    }
  }
  const ind = ctx.budget.indirect;

  // H: the sum of A to G, column by column (matched by head, since sections may place them apart).
  const hHead = titles.has('H') ? findHead('H') : null;
  const hRow = hHead ? firstFigureRow(g, hHead.row + 1, endOf('H')) : null;
  const sectionSum = (k: MoneyCol): number => sections.reduce((s, x) => s + (k === 'total' ? x.sums.federal + x.sums.stateMatch + x.sums.state100 : x.sums[k]), 0);
  /** The sum of A to G in one column: each section's Subtotal cell, or its rows where it has none. */
  const directParts = (k: MoneyCol): string | null => {
    const parts = sections.map((s) => {
      const c = s.cols[k];
      if (c === undefined) return null;
      if (s.sumRow !== null) return cellRef(s.sumRow, c);
      const all = s.blocks.flatMap((b) => [b.from, b.to]);
      return sumRange(c, minOf(all), maxOf(all));
    });
    return parts.some((p) => p === null) ? null : parts.join('+');
  };
  if (hHead && hRow !== null) {
    for (const k of MONEY_COLS) {
      const parts = directParts(k);
      if (parts !== null) total(ctx, g, hRow, hHead.cols[k], `=${parts}`, sectionSum(k), 'cents', `${where('H')}, ${MONEY_HEAD_NAMES[k]}`);
    }
  }

  // J: H + I, column by column; the grand totals the budget checks point at.
  const jHead = findHead('J');
  const jRow = jHead ? firstFigureRow(g, jHead.row + 1, endOf('J')) : null;
  if (!jHead || jRow === null) {
    return `${where('J')}: its total row (Administration ... Total Cost under the heads) is missing: restore it`;
  }
  for (const k of MONEY_COLS) {
    const c = jHead.cols[k];
    if (c === undefined) continue;
    place(ctx, `totals.${k}`, g, jRow, c);
    const hPart = hHead && hRow !== null && hHead.cols[k] !== undefined ? cellRef(hRow, hHead.cols[k] as number) : null;
    const iPart = indirectRow !== null && iCols[k] !== undefined ? cellRef(indirectRow, iCols[k] as number) : null;
    const indirectOf = ind ? (k === 'total' ? ind.federal + ind.stateMatch + ind.state100 : k === 'program' ? 0 : ind[k]) : 0;
    // Without an H row (deleted), J adds the sections' subtotals itself.
    const direct = hPart ?? directParts(k);
    if (direct === null) continue;
    const parts = [direct, iPart].filter((p): p is string => p !== null);
    total(ctx, g, jRow, c, `=${parts.join('+')}`, sectionSum(k) + indirectOf, 'cents', `${where('J')}, ${MONEY_HEAD_NAMES[k]}`);
  }
  return null;
}

function readLineSection(g: SheetGrid, key: SectionKey, titleRow: number, headRow: number, cols: Columns, end: number, ctx: Ctx): SectionInfo {
  const moneyCols = MONEY_COLS.map((k) => cols[k]).filter((c): c is number => c !== undefined);
  const firstMoney = minOf(moneyCols);
  const lastCol = maxOf(Object.values(cols).filter((c): c is number => c !== undefined));
  const blocks: LineBlock[] = [];
  let sumRow: number | null = null;
  const isTravel = key === 'C';
  let block: LineBlock & { section: string } = { from: headRow + 1, to: headRow, subtotalRow: null, lines: [], section: isTravel ? 'travelOutOfState' : COST_SECTION_OF[key as 'A'] };
  const blockSections: string[] = [];
  const closeBlock = (subtotal: number | null, lastRow: number) => {
    block.to = lastRow;
    block.subtotalRow = subtotal;
    blocks.push(block);
    blockSections.push(block.section);
  };
  let open = true;
  for (let r = headRow + 1; r < end; r++) {
    const label = g.rowLabel(r, firstMoney);
    const text = label ? normalizeLabel(label.text) : '';
    if (isTravel && text && (similar(text, 'out of state and instate subtotal') || similar(text, 'out of state and in state subtotal'))) {
      if (open) closeBlock(null, r - 1);
      open = false;
      sumRow = r;
      break;
    }
    if (text && similar(text, 'subtotal')) {
      if (open) closeBlock(r, r - 1);
      open = false;
      if (!isTravel) {
        sumRow = r;
        // Figures typed below the Subtotal (before the next section) belong to the section, yet the
        // template's Subtotal leaves them out: read them, so no line is lost and the Subtotal is flagged.
        const closed = blocks[blocks.length - 1] as LineBlock;
        for (let rr = r + 1; rr < end; rr++) {
          if (!moneyCols.some((c) => typeof g.cell(rr, c).value === 'number' && g.cell(rr, c).formula === null)) continue;
          closed.below = [...(closed.below ?? []), rr];
          closed.lines.push({ row: rr, amounts: readLine(g, key, closed === block ? block.section : COST_SECTION_OF[key as 'A'], rr, cols, ctx) });
        }
        break;
      }
      continue;
    }
    if (isTravel && text && (similar(text, 'out of state') || similar(text, 'in state') || similar(text, 'instate'))) {
      if (open && (block.lines.length > 0 || block.to >= block.from)) closeBlock(null, r - 1);
      const inState = !similar(text, 'out of state');
      block = { from: r + 1, to: r, subtotalRow: null, lines: [], section: inState ? 'travelInState' : 'travelOutOfState' };
      open = true;
      continue;
    }
    if (!open) continue;
    block.to = r;
    if (!hasTypedContent(g, r, g.firstCol, lastCol)) continue;
    block.lines.push({ row: r, amounts: readLine(g, key, block.section, r, cols, ctx) });
  }
  if (open) closeBlock(null, Math.max(block.to, block.from - 1));

  // Totals of the section: each line's Total Cost, each block's Subtotal, C's sum of both blocks.
  const sums: Amounts = { administration: 0, program: 0, federal: 0, stateMatch: 0, state100: 0 };
  const title = `${g.name}, ${SECTION_NAMES[key]}`;
  blocks.forEach((b, bi) => {
    const blockName = isTravel ? (blockSections[bi] === 'travelInState' ? ' (In-State)' : ' (Out of State)') : '';
    const bsum: Amounts = { administration: 0, program: 0, federal: 0, stateMatch: 0, state100: 0 };
    for (const l of b.lines) {
      for (const k of AMOUNT_KEYS) bsum[k] += l.amounts[k];
      const tc = cols.total;
      if (tc !== undefined) {
        const parts = (['federal', 'stateMatch', 'state100'] as const).map((k) => cellRef(l.row, cols[k] as number));
        total(ctx, g, l.row, tc, `=${parts.join('+')}`, l.amounts.federal + l.amounts.stateMatch + l.amounts.state100, 'cents', `${title}${blockName}, Total Cost of the line in row ${l.row + 1}`);
      }
    }
    // The Total Cost formulas of the template's empty rows: a #REF! there flows into the Subtotal and
    // every total below, so they are totals to repair too (their figure is 0).
    const tc = cols.total;
    if (tc !== undefined) {
      const filled = new Set(b.lines.map((l) => l.row));
      for (let r = b.from; r <= b.to; r++) {
        const cell = g.cell(r, tc);
        if (filled.has(r) || (cell.formula === null && !isErrorValue(cell.value))) continue;
        const parts = (['federal', 'stateMatch', 'state100'] as const).map((k) => cellRef(r, cols[k] as number));
        total(ctx, g, r, tc, `=${parts.join('+')}`, 0, 'cents', `${title}${blockName}, Total Cost of the empty row ${r + 1}`);
      }
    }
    for (const k of AMOUNT_KEYS) sums[k] += bsum[k];
    if (b.subtotalRow !== null) {
      for (const k of MONEY_COLS) {
        const c = cols[k];
        const expected = k === 'total' ? bsum.federal + bsum.stateMatch + bsum.state100 : bsum[k];
        const below = c === undefined ? '' : (b.below ?? []).map((rr) => `+${cellRef(rr, c)}`).join('');
        total(ctx, g, b.subtotalRow, c, `=${c === undefined ? '' : sumRange(c, b.from, b.to)}${below}`, expected, 'cents', `${title}${blockName}, Subtotal ${MONEY_HEAD_NAMES[k]}`);
      }
      if (key === 'A') {
        const sal = cols.annualSalary;
        const fte = cols.fte;
        const lines = ctx.budget.personnel;
        if (sal !== undefined) total(ctx, g, b.subtotalRow, sal, `=${sumRange(sal, b.from, b.to)}`, lines.reduce((s, l) => s + (l.annualSalary ?? 0), 0), 'cents', `${title}, Subtotal Annual Salary`);
        if (fte !== undefined) total(ctx, g, b.subtotalRow, fte, `=${sumRange(fte, b.from, b.to)}`, lines.reduce((s, l) => s + (l.fte ?? 0), 0), 'fte', `${title}, Subtotal FTE`);
      }
    }
  });
  if (isTravel && sumRow !== null) {
    const subs = blocks.map((b) => b.subtotalRow).filter((r): r is number => r !== null);
    for (const k of MONEY_COLS) {
      const c = cols[k];
      if (c === undefined || subs.length === 0) continue;
      const expected = k === 'total' ? sums.federal + sums.stateMatch + sums.state100 : sums[k];
      total(ctx, g, sumRow, c, `=${subs.map((r) => cellRef(r, c)).join('+')}`, expected, 'cents', `${title}, Out-of-State and Instate Subtotal ${MONEY_HEAD_NAMES[k]}`);
    }
  } else if (!isTravel && blocks.length === 1 && blocks[0]?.subtotalRow !== null) sumRow = blocks[0]?.subtotalRow ?? null;
  return { key, title: titleRow, head: headRow, cols, blocks, sumRow, sums };
}

function readLine(g: SheetGrid, key: SectionKey, section: string, row: number, cols: Columns, ctx: Ctx): Amounts {
  const list = ctx.budget[section as 'fringe'] as CostLine[];
  const index = list.length;
  const base = `${section}[${index}]`;
  const itemCol = key === 'A' ? (cols.title ?? g.firstCol) : (cols.item ?? g.firstCol);
  const item = g.text(row, itemCol) || String(g.cell(row, itemCol).value ?? '');
  const where = `${g.name}, ${SECTION_NAMES[key]}${section === 'travelInState' ? ' (In-State)' : section === 'travelOutOfState' ? ' (Out of State)' : ''}, row ${row + 1}${item ? ` (${item})` : ''}`;
  const amounts = {} as Amounts;
  for (const k of AMOUNT_KEYS) {
    const c = cols[k] as number;
    input(ctx, g, row, c);
    place(ctx, `${base}.${k}`, g, row, c);
    amounts[k] = ctx.reader.money(g, row, c, { path: `${base}.${k}`, where: `${where}, ${MONEY_HEAD_NAMES[k]}` });
  }
  input(ctx, g, row, itemCol);
  place(ctx, `${base}.item`, g, row, itemCol);
  place(ctx, `${base}.privateSectorConsultation`, g, row, itemCol);
  if (key === 'A') {
    const typed = cols.programType !== undefined ? g.text(row, cols.programType) : '';
    const programType = matchProgramType(typed);
    for (const c of [cols.programType, cols.name, cols.annualSalary, cols.fte]) input(ctx, g, row, c);
    place(ctx, `${base}.programType`, g, row, cols.programType);
    place(ctx, `${base}.annualSalary`, g, row, cols.annualSalary);
    place(ctx, `${base}.fte`, g, row, cols.fte);
    ctx.budget.personnel.push({
      item,
      ...amounts,
      programType,
      name: cols.name !== undefined ? g.text(row, cols.name) : '',
      annualSalary: cols.annualSalary !== undefined ? ctx.reader.moneyOrNull(g, row, cols.annualSalary, { path: `${base}.annualSalary`, where: `${where}, Annual Salary` }) : null,
      fte: cols.fte !== undefined ? ctx.reader.fte(g, row, cols.fte, { path: `${base}.fte`, where: `${where}, FTE` }) : null,
      privateSectorConsultation: PRIVATE_SECTOR_PROGRAM_TYPES.includes(programType) || /private/.test(normalizeLabel(typed)) && /consult/.test(normalizeLabel(typed)),
    });
  } else if (key === 'F') {
    input(ctx, g, row, cols.contractor);
    ctx.budget.contractual.push({ item, ...amounts, contractor: cols.contractor !== undefined ? g.text(row, cols.contractor) : '', privateSectorConsultation: false });
  } else if (key === 'D' || key === 'E') {
    const line = { item, ...amounts, quantity: null, unitCost: null, privateSectorConsultation: false };
    if (key === 'D') ctx.budget.equipment.push({ ...line, computerRelated: false });
    else ctx.budget.supplies.push(line);
  } else list.push({ item, ...amounts, privateSectorConsultation: false });
  return amounts;
}

/** The Program Type as the list of INTERFACES.md spells it when it is one of them give or take typos. */
function matchProgramType(typed: string): string {
  if (!typed) return '';
  const i = bestMatch(normalizeLabel(typed), PROGRAM_TYPES.map((p) => normalizeLabel(p)));
  return i >= 0 ? (PROGRAM_TYPES[i] as string) : typed;
}
