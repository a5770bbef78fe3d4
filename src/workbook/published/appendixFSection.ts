/**
 * A cost section (A. to G.) of the published Appendix F: its lines between the head row and its
 * Subtotal (lines typed below a Subtotal included; C. Travel in an Out of State and an In-State block),
 * and the total cells the section's rows give: each line's Total Cost, each block's Subtotal, C.'s sum.
 */
import { msg, type Msg } from '../../messages/words';
import { AMOUNT_HEADS as MONEY_HEAD_NAMES, formWhere } from '../../budget';
import { AMOUNT_KEYS, PRIVATE_SECTOR_PROGRAM_TYPES, PROGRAM_TYPES, type Amounts, type CostLine } from '../../budget';
import { bestMatch, normalizeLabel, similar } from '../labels';
import { isErrorValue } from '../../port/workbookPort';
import { SheetGrid } from '../sheetGrid';
import { maxOf, minOf } from '../../budget/arrays';
import {
  COST_SECTION_OF,
  type Columns,
  MONEY_COLS,
  SECTION_NAMES,
  type SectionKey,
  hasTypedContent,
} from './templateLabels';
import { type Ctx, cellRef, input, place, sumRange, total } from './readContext';
import { subtotalOrLine } from './subtotalRow';

export interface LineBlock {
  /** The budget section its lines go to (C. has two blocks: travelOutOfState, travelInState). */
  section: string;
  /** First and last row the block's subtotal must cover (template rows, blank ones too). */
  from: number;
  to: number;
  subtotalRow: number | null;
  lines: { row: number; amounts: Amounts }[];
  /** Lines typed below the Subtotal row: read, and added to the formula the Subtotal should hold. */
  below?: number[];
}

export interface SectionInfo {
  key: SectionKey;
  title: number;
  head: number;
  cols: Columns;
  blocks: LineBlock[];
  /** The row that sums the section (its Subtotal, or C's "Out-of-State and Instate Subtotal"). */
  sumRow: number | null;
  sums: Amounts;
}

const noAmounts = (): Amounts => ({ administration: 0, program: 0, federal: 0, stateMatch: 0, state100: 0 });

const FEDERAL_STATE = ['federal', 'stateMatch', 'state100'] as const;

export function readLineSection(
  g: SheetGrid,
  key: SectionKey,
  titleRow: number,
  headRow: number,
  cols: Columns,
  end: number,
  ctx: Ctx,
): SectionInfo {
  const walk = readBlocks(g, key, headRow, cols, end, ctx);
  const title = `${g.name}, ${SECTION_NAMES[key]}`;
  const sums = noAmounts();
  for (const b of walk.blocks) {
    const blockName = key === 'C' ? (b.section === 'travelInState' ? ' (In-State)' : ' (Out of State)') : '';
    const bsum = lineTotals(g, cols, b, `${title}${blockName}`, ctx);
    for (const k of AMOUNT_KEYS) sums[k] += bsum[k];
    if (b.subtotalRow !== null) subtotals(g, key, cols, b, bsum, title, blockName, ctx);
  }
  let sumRow = walk.sumRow;
  if (key === 'C' && sumRow !== null) travelSum(g, cols, walk.blocks, sums, sumRow, title, ctx);
  else if (key !== 'C' && walk.blocks.length === 1 && walk.blocks[0]?.subtotalRow !== null)
    sumRow = walk.blocks[0]?.subtotalRow ?? null;
  return { key, title: titleRow, head: headRow, cols, blocks: walk.blocks, sumRow, sums };
}

/** The blocks of lines as the rows below the heads are walked: one open block at a time. */
class BlockWalk {
  readonly blocks: LineBlock[] = [];
  /** The row that sums the section, when the walk met it. */
  sumRow: number | null = null;
  block: LineBlock;
  open = true;

  constructor(first: number, section: string) {
    this.block = { from: first, to: first - 1, subtotalRow: null, lines: [], section };
  }

  close(subtotal: number | null, lastRow: number): void {
    this.block.to = lastRow;
    this.block.subtotalRow = subtotal;
    this.blocks.push(this.block);
  }

  start(first: number, section: string): void {
    this.block = { from: first, to: first - 1, subtotalRow: null, lines: [], section };
    this.open = true;
  }
}

function readBlocks(g: SheetGrid, key: SectionKey, headRow: number, cols: Columns, end: number, ctx: Ctx): BlockWalk {
  const moneyCols = MONEY_COLS.map((k) => cols[k]).filter((c): c is number => c !== undefined);
  const firstMoney = minOf(moneyCols);
  const lastCol = maxOf(Object.values(cols).filter((c): c is number => c !== undefined));
  const isTravel = key === 'C';
  const walk = new BlockWalk(headRow + 1, isTravel ? 'travelOutOfState' : COST_SECTION_OF[key as 'A']);
  for (let r = headRow + 1; r < end; r++) {
    const label = g.rowLabel(r, firstMoney);
    const text = label ? normalizeLabel(label.text) : '';
    if (
      isTravel &&
      text &&
      (similar(text, 'out of state and instate subtotal') || similar(text, 'out of state and in state subtotal'))
    ) {
      if (walk.open) walk.close(null, r - 1);
      walk.open = false;
      walk.sumRow = r;
      break;
    }
    if (text && similar(text, 'subtotal') && isSubtotal(g, key, r, end, cols, firstMoney, walk, ctx)) {
      if (walk.open) walk.close(r, r - 1);
      walk.open = false;
      if (isTravel) continue;
      walk.sumRow = r;
      readBelowSubtotal(g, key, cols, moneyCols, walk.blocks[walk.blocks.length - 1] as LineBlock, r + 1, end, ctx);
      break;
    }
    if (isTravel && text && (similar(text, 'out of state') || similar(text, 'in state') || similar(text, 'instate'))) {
      const b = walk.block;
      if (walk.open && (b.lines.length > 0 || b.to >= b.from)) walk.close(null, r - 1);
      walk.start(r + 1, similar(text, 'out of state') ? 'travelOutOfState' : 'travelInState');
      continue;
    }
    if (!walk.open) continue;
    walk.block.to = r;
    if (!hasTypedContent(g, r, g.firstCol, lastCol)) continue;
    walk.block.lines.push({ row: r, amounts: readLine(g, key, walk.block.section, r, cols, ctx) });
  }
  if (walk.open) walk.close(null, Math.max(walk.block.to, walk.block.from - 1));
  return walk;
}

/** A row titled "Subtotal" is the Subtotal only if the row and its place say so too (subtotalRow.ts); the choice is said. */
function isSubtotal(
  g: SheetGrid,
  key: SectionKey,
  row: number,
  end: number,
  cols: Columns,
  firstMoney: number,
  walk: BlockWalk,
  ctx: Ctx,
): boolean {
  const sums = noAmounts();
  if (walk.open) for (const l of walk.block.lines) for (const k of AMOUNT_KEYS) sums[k] += l.amounts[k];
  const choice = subtotalOrLine(g, key, row, end, cols, firstMoney, sums);
  if (choice.finding) ctx.findings.push(choice.finding);
  return choice.kind === 'subtotal';
}

/**
 * Figures typed below the Subtotal (before the next section) belong to the section, yet the template's
 * Subtotal leaves them out: read them, so no line is lost and the Subtotal is flagged.
 */
function readBelowSubtotal(
  g: SheetGrid,
  key: SectionKey,
  cols: Columns,
  moneyCols: number[],
  closed: LineBlock,
  from: number,
  end: number,
  ctx: Ctx,
): void {
  for (let rr = from; rr < end; rr++) {
    if (!moneyCols.some((c) => typeof g.cell(rr, c).value === 'number' && g.cell(rr, c).formula === null)) continue;
    closed.below = [...(closed.below ?? []), rr];
    closed.lines.push({ row: rr, amounts: readLine(g, key, closed.section, rr, cols, ctx) });
  }
}

/** Each line's Total Cost, and the Total Cost formulas of the template's empty rows; returns the block's sums. */
function lineTotals(g: SheetGrid, cols: Columns, b: LineBlock, name: string, ctx: Ctx): Amounts {
  const bsum = noAmounts();
  const tc = cols.total;
  const formulaOf = (r: number) => `=${FEDERAL_STATE.map((k) => cellRef(r, cols[k] as number)).join('+')}`;
  for (const l of b.lines) {
    for (const k of AMOUNT_KEYS) bsum[k] += l.amounts[k];
    if (tc !== undefined)
      total(
        ctx,
        g,
        l.row,
        tc,
        formulaOf(l.row),
        l.amounts.federal + l.amounts.stateMatch + l.amounts.state100,
        'cents',
        msg('where.lineTotalCost', { part: name, row: l.row + 1 }),
      );
  }
  // The Total Cost formulas of the template's empty rows: a #REF! there flows into the Subtotal and
  // every total below, so they are totals to repair too (their figure is 0).
  if (tc !== undefined) {
    const filled = new Set(b.lines.map((l) => l.row));
    for (let r = b.from; r <= b.to; r++) {
      const cell = g.cell(r, tc);
      if (filled.has(r) || (cell.formula === null && !isErrorValue(cell.value))) continue;
      total(ctx, g, r, tc, formulaOf(r), 0, 'cents', msg('where.emptyRowTotalCost', { part: name, row: r + 1 }));
    }
  }
  return bsum;
}

/** A block's Subtotal row: each amount column over the block's rows (and lines typed below); A.'s salaries and FTE. */
function subtotals(
  g: SheetGrid,
  key: SectionKey,
  cols: Columns,
  b: LineBlock,
  bsum: Amounts,
  title: string,
  blockName: string,
  ctx: Ctx,
): void {
  const row = b.subtotalRow as number;
  for (const k of MONEY_COLS) {
    const c = cols[k];
    const expected = k === 'total' ? bsum.federal + bsum.stateMatch + bsum.state100 : bsum[k];
    const below = c === undefined ? '' : (b.below ?? []).map((rr) => `+${cellRef(rr, c)}`).join('');
    total(
      ctx,
      g,
      row,
      c,
      `=${c === undefined ? '' : sumRange(c, b.from, b.to)}${below}`,
      expected,
      'cents',
      `${title}${blockName}, Subtotal ${MONEY_HEAD_NAMES[k]}`,
    );
  }
  if (key !== 'A') return;
  const sal = cols.annualSalary;
  const fte = cols.fte;
  const lines = ctx.budget.personnel;
  if (sal !== undefined)
    total(
      ctx,
      g,
      row,
      sal,
      `=${sumRange(sal, b.from, b.to)}`,
      lines.reduce((s, l) => s + (l.annualSalary ?? 0), 0),
      'cents',
      `${title}, Subtotal Annual Salary`,
    );
  if (fte !== undefined)
    total(
      ctx,
      g,
      row,
      fte,
      `=${sumRange(fte, b.from, b.to)}`,
      lines.reduce((s, l) => s + (l.fte ?? 0), 0),
      'fte',
      `${title}, Subtotal FTE`,
    );
}

/** C.'s "Out-of-State and Instate Subtotal": the sum of both blocks' Subtotals. */
function travelSum(
  g: SheetGrid,
  cols: Columns,
  blocks: LineBlock[],
  sums: Amounts,
  sumRow: number,
  title: string,
  ctx: Ctx,
): void {
  const subs = blocks.map((b) => b.subtotalRow).filter((r): r is number => r !== null);
  for (const k of MONEY_COLS) {
    const c = cols[k];
    if (c === undefined || subs.length === 0) continue;
    const expected = k === 'total' ? sums.federal + sums.stateMatch + sums.state100 : sums[k];
    total(
      ctx,
      g,
      sumRow,
      c,
      `=${subs.map((r) => cellRef(r, c)).join('+')}`,
      expected,
      'cents',
      `${title}, Out-of-State and Instate Subtotal ${MONEY_HEAD_NAMES[k]}`,
    );
  }
}
function readLine(g: SheetGrid, key: SectionKey, section: string, row: number, cols: Columns, ctx: Ctx): Amounts {
  const list = ctx.budget[section as 'fringe'] as CostLine[];
  const index = list.length;
  const base = `${section}[${index}]`;
  const itemCol = key === 'A' ? (cols.title ?? g.firstCol) : (cols.item ?? g.firstCol);
  const item = g.text(row, itemCol) || String(g.cell(row, itemCol).value ?? '');
  const part = `${g.name}, ${SECTION_NAMES[key]}${section === 'travelInState' ? ' (In-State)' : section === 'travelOutOfState' ? ' (Out of State)' : ''}`;
  const where = item ? msg('where.rowNamed', { part, row: row + 1, item }) : msg('where.row', { part, row: row + 1 });
  const at = (column: Msg) => msg('where.lineColumn', { line: where, column });
  const amounts = {} as Amounts;
  for (const k of AMOUNT_KEYS) {
    const c = cols[k] as number;
    input(ctx, g, row, c);
    amounts[k] = ctx.reader.money(g, row, c, { path: `${base}.${k}`, where: at(formWhere(MONEY_HEAD_NAMES[k])) });
  }
  input(ctx, g, row, itemCol);
  place(ctx, `${base}.item`, g, row, itemCol);
  place(ctx, `${base}.privateSectorConsultation`, g, row, itemCol);
  if (key === 'A') {
    const typed = cols.programType !== undefined ? g.text(row, cols.programType) : '';
    const programType = matchProgramType(typed);
    for (const c of [cols.programType, cols.name, cols.annualSalary, cols.fte]) input(ctx, g, row, c);
    place(ctx, `${base}.programType`, g, row, cols.programType);
    ctx.budget.personnel.push({
      item,
      ...amounts,
      programType,
      name: cols.name !== undefined ? g.text(row, cols.name) : '',
      annualSalary:
        cols.annualSalary !== undefined
          ? ctx.reader.moneyOrNull(g, row, cols.annualSalary, {
              path: `${base}.annualSalary`,
              where: at(formWhere('Annual Salary')),
            })
          : null,
      fte:
        cols.fte !== undefined
          ? ctx.reader.fte(g, row, cols.fte, { path: `${base}.fte`, where: at(formWhere('FTE')) })
          : null,
      privateSectorConsultation:
        PRIVATE_SECTOR_PROGRAM_TYPES.includes(programType) ||
        (/private/.test(normalizeLabel(typed)) && /consult/.test(normalizeLabel(typed))),
    });
  } else if (key === 'F') {
    input(ctx, g, row, cols.contractor);
    ctx.budget.contractual.push({
      item,
      ...amounts,
      contractor: cols.contractor !== undefined ? g.text(row, cols.contractor) : '',
      privateSectorConsultation: false,
    });
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
  const i = bestMatch(
    normalizeLabel(typed),
    PROGRAM_TYPES.map((p) => normalizeLabel(p)),
  );
  return i >= 0 ? (PROGRAM_TYPES[i] as string) : typed;
}
