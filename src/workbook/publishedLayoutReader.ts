/**
 * Reads a workbook in the layout of the PUBLISHED OSHA templates (FY 2012 instructions, Appendices
 * D, E, F, J) by its labels, not by fixed cells: section titles "A. PERSONNEL" .. "J. TOTAL CHARGES",
 * column heads (Administration, Program, Federal Share, State Match, State 100% Funded, Total Cost),
 * "Subtotal" rows, the "Out of State" / "In-State" travel blocks, and the row labels of D, E and J.
 * So inserted, deleted and blank rows, title rows above, renamed sheets and typos ("E SUPPLIES",
 * "G OIHER", "Progam") all still read. Sheets are found by what they hold.
 *
 * Figures come from the typed cells only; cached totals are never trusted. (An input cell that holds
 * a person's own formula, "=1200*12", gives its cached value: that is the figure they typed; a line
 * typed below its section's Subtotal row is read too, and that Subtotal is flagged.) What the reader learns
 * about the template's total cells (where each is, which formula it should hold, which figure it
 * should show) is returned as `totals`, which the review uses for findings and the repairer for
 * rewriting.
 *
 * Findings raised here: BROKEN_FORMULA (an error value, a formula over #REF!, or a total formula
 * whose cached figure differs from the sum of the typed lines it should add), NOT_A_NUMBER (text in a
 * figure cell; it then counts as blank), FORMULA_OVERWRITTEN (a total cell holding a typed constant or
 * left empty: a warning, because the figures here are recomputed from the lines whatever that cell
 * says, and `repair` restores the formula).
 */
import { AMOUNT_HEADS as MONEY_HEAD_NAMES, type AmountHead } from './amountHeads';
import {
  AMOUNT_KEYS,
  DEFAULT_FISCAL_YEAR,
  PRIVATE_SECTOR_PROGRAM_TYPES,
  PROGRAM_TYPES,
  STAFFING_KEYS,
  YEAR_KEYS,
  emptyBudget,
  PlaceMap,
  findState,
  formatDollars,
  formatFte,
  rulePackFor,
  type Amounts,
  type Budget,
  type CellPlace,
  type CostLine,
  type Finding,
  type StaffingKey,
} from '../budget';
import { bestMatch, labelHead, normalizeLabel, similar } from './labels';
import { a1, columnLetter, isErrorValue, type SheetSnapshot, type WorkbookSnapshot } from './port';
import { dollarsToCents } from './inputCells';
import { CellReader, SheetGrid } from './sheetGrid';
import { maxOf, minOf } from '../budget/arrays';

/** A total cell of the template: where it is, the formula it should hold, the figure it should show. */
export interface TotalCell {
  sheet: string;
  row: number;
  col: number;
  /** "=SUM(F5:F18)". */
  formula: string;
  /** The figure the typed cells give: cents for money, a plain number for counts and FTE; null if unknown. */
  expected: number | null;
  unit: 'cents' | 'count' | 'fte' | 'fraction';
  where: string;
}

export interface PublishedAnalysis {
  /** Sheet name of each appendix found. */
  sheets: Partial<Record<'D' | 'E' | 'F' | 'J', string>>;
  /** The budget as typed, without its State (set by readPublishedLayout). */
  budget: Budget;
  findings: Finding[];
  totals: TotalCell[];
  /** "Sheet!A1" of every cell read as a typed input. */
  inputCells: Set<string>;
  /** A State named in the workbook itself, if exactly one is. */
  stateInWorkbook: string | null;
}

export type PublishedResult = { ok: true; budget: Budget; findings: Finding[]; analysis: PublishedAnalysis } | { ok: false; problem: string };

/**
 * Reads the published layout; null when the workbook is not in that layout (no Appendix F found by
 * its section titles). `state` (from --state) wins over a State named in the workbook.
 */
export function readPublishedLayout(snapshot: WorkbookSnapshot, options: { state?: string } = {}): PublishedResult | null {
  const analysis = analyzePublished(snapshot);
  if (analysis === null) return null;
  if (!analysis.ok) return analysis;
  const a = analysis.analysis;
  const pack = rulePackFor(DEFAULT_FISCAL_YEAR);
  if (!pack) return { ok: false, problem: `no rule pack for FY ${DEFAULT_FISCAL_YEAR}` };
  const year = projectedFiscalYear(snapshot, a.sheets);
  if (year && year.year !== pack.fiscalYear) {
    // The published templates of another year have other Appendix L levels and may have other rules:
    // checking them against FY 2012's would give figures and verdicts that look right and are not.
    return {
      ok: false,
      problem:
        `is the published OSHA template of FY ${year.year} (${year.where} says "${year.text}"), but grant-budget reads the FY ${pack.fiscalYear} templates ` +
        `and holds the rules of FY ${pack.fiscalYear} only: its checks would not be those of FY ${year.year}. Review it against the FY ${year.year} instructions`,
    };
  }
  let state: string | null = null;
  if (options.state) {
    const s = findState(pack, options.state);
    if (!s) return { ok: false, problem: `the State "${options.state}" given with --state is not one of the ${pack.states.length} States of Appendix L (FY ${pack.fiscalYear})` };
    state = s.code;
  } else state = a.stateInWorkbook;
  if (!state) {
    return {
      ok: false,
      problem: 'is in the layout of the published OSHA templates, which does not say which State it is for: give it with --state (USPS code such as KY, or the Appendix L name)',
    };
  }
  a.budget.state = state;
  return { ok: true, budget: a.budget, findings: a.findings, analysis: a };
}

/**
 * The year the templates project: Appendix D's column heads say "Actual FY 2010 / Estimated FY 2011 /
 * Projected FY 2012" in the FY 2012 instructions. Null when no sheet read says it.
 */
function projectedFiscalYear(snapshot: WorkbookSnapshot, sheets: PublishedAnalysis['sheets']): { year: number; text: string; where: string } | null {
  const names = new Set(Object.values(sheets));
  for (const s of snapshot.sheets) {
    if (!names.has(s.name)) continue;
    for (let r = 0; r < s.cells.length; r++) {
      const row = s.cells[r] as { value: unknown }[];
      for (let c = 0; c < row.length; c++) {
        const v = row[c]?.value;
        if (typeof v !== 'string') continue;
        const m = /\bprojected\s+(?:fy|fiscal\s+year)\s*'?(\d{4})\b/i.exec(v);
        if (m) return { year: Number(m[1]), text: v.trim(), where: `${s.name}!${a1(s.origin.row + r, s.origin.col + c)}` };
      }
    }
  }
  return null;
}

/* ------------------------------------------------------------------------------------------------
 * Labels of the published templates.
 * ---------------------------------------------------------------------------------------------- */

type SectionKey = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J';
const SECTION_WORDS: Record<SectionKey, string> = {
  A: 'personnel',
  B: 'fringe benefits',
  C: 'travel',
  D: 'equipment',
  E: 'supplies',
  F: 'contractual',
  G: 'other',
  H: 'total direct charges',
  I: 'total indirect charges',
  J: 'total charges',
};
const SECTION_NAMES: Record<SectionKey, string> = {
  A: 'A. Personnel',
  B: 'B. Fringe Benefits',
  C: 'C. Travel',
  D: 'D. Equipment',
  E: 'E. Supplies',
  F: 'F. Contractual',
  G: 'G. Other',
  H: 'H. Total Direct Charges',
  I: 'I. Total Indirect Charges',
  J: 'J. Total Charges',
};
const COST_SECTION_OF: Record<'A' | 'B' | 'D' | 'E' | 'F' | 'G', 'personnel' | 'fringe' | 'equipment' | 'supplies' | 'contractual' | 'other'> = {
  A: 'personnel',
  B: 'fringe',
  D: 'equipment',
  E: 'supplies',
  F: 'contractual',
  G: 'other',
};

type MoneyCol = AmountHead;
const MONEY_COLS: readonly MoneyCol[] = [...AMOUNT_KEYS, 'total'];
type OtherCol = 'title' | 'programType' | 'name' | 'annualSalary' | 'fte' | 'item' | 'contractor';
const OTHER_HEAD_NAMES: Record<OtherCol, string[]> = {
  title: ['Title'],
  programType: ['Program Type'],
  name: ['Name'],
  annualSalary: ['Annual Salary'],
  fte: ['% of Participation in FTE', 'FTE'],
  item: ['Item', 'Item/Purpose of Contract'],
  contractor: ['Name of Contractor'],
};
const HEAD_LABELS: { key: MoneyCol | OtherCol; label: string }[] = [
  ...MONEY_COLS.map((k) => ({ key: k, label: normalizeLabel(MONEY_HEAD_NAMES[k]) })),
  ...(Object.keys(OTHER_HEAD_NAMES) as OtherCol[]).flatMap((k) => OTHER_HEAD_NAMES[k].map((l) => ({ key: k, label: normalizeLabel(l) }))),
];
type Columns = Partial<Record<MoneyCol | OtherCol, number>>;

/** "A. PERSONNEL (...)", "E SUPPLIES", "Section G - OIHER": the section letter, or null. */
function sectionOfTitle(text: string): SectionKey | null {
  const head = labelHead(text).replace(/^section /, '');
  const m = /^([a-j]) (.+)$/.exec(head);
  if (!m) return null;
  const key = (m[1] as string).toUpperCase() as SectionKey;
  return similar(m[2] as string, SECTION_WORDS[key]) ? key : null;
}

/** The column heads of a row (a head row has at least three money heads). */
function headsOfRow(g: SheetGrid, row: number): Columns | null {
  const cols: Columns = {};
  let money = 0;
  for (let c = g.firstCol; c < g.endCol; c++) {
    const t = g.text(row, c);
    if (!t) continue;
    const i = bestMatch(normalizeLabel(t), HEAD_LABELS.map((h) => h.label));
    if (i < 0) continue;
    const key = (HEAD_LABELS[i] as { key: MoneyCol | OtherCol }).key;
    if (cols[key] !== undefined) continue;
    cols[key] = c;
    if ((MONEY_COLS as readonly string[]).includes(key)) money++;
  }
  return money >= 3 ? cols : null;
}

function hasNumber(g: SheetGrid, row: number): boolean {
  for (let c = g.firstCol; c < g.endCol; c++) {
    const x = g.cell(row, c);
    if (typeof x.value === 'number' || x.formula !== null) return true;
  }
  return false;
}

/** Typed content (not formulas) between two columns: a line someone filled in. */
function hasTypedContent(g: SheetGrid, row: number, fromCol: number, toCol: number): boolean {
  for (let c = fromCol; c <= toCol; c++) {
    const x = g.cell(row, c);
    if (x.formula !== null) continue;
    if (x.value === null) continue;
    if (typeof x.value === 'string' && x.value.trim() === '') continue;
    return true;
  }
  return false;
}

/* ------------------------------------------------------------------------------------------------
 * The analysis.
 * ---------------------------------------------------------------------------------------------- */

interface Ctx {
  budget: Budget;
  /** budget.places, which this reader fills. */
  places: PlaceMap;
  reader: CellReader;
  findings: Finding[];
  totals: TotalCell[];
  inputCells: Set<string>;
}

export function analyzePublished(snapshot: WorkbookSnapshot): { ok: true; analysis: PublishedAnalysis } | { ok: false; problem: string } | null {
  const grids = snapshot.sheets.filter((s) => s.kind === 'worksheet').map((s) => new SheetGrid(s));
  const f = findAppendixF(grids);
  if (!f) return null;
  const budget = emptyBudget('', DEFAULT_FISCAL_YEAR);
  const places = new PlaceMap();
  budget.places = places;
  const ctx: Ctx = { budget, places, reader: new CellReader(), findings: [], totals: [], inputCells: new Set() };
  const sheets: PublishedAnalysis['sheets'] = { F: f.grid.name };
  const problem = readAppendixF(f.grid, f.titles, ctx);
  if (problem) return { ok: false, problem };
  const e = grids.find((g) => g !== f.grid && readAppendixE(g, ctx, true));
  if (e) {
    readAppendixE(e, ctx, false);
    sheets.E = e.name;
  }
  const d = grids.find((g) => g !== f.grid && g !== e && readAppendixD(g, ctx, true));
  if (d) {
    readAppendixD(d, ctx, false);
    sheets.D = d.name;
  }
  const j = grids.find((g) => g !== f.grid && g !== e && g !== d && readAppendixJ(g, ctx, true));
  if (j) {
    readAppendixJ(j, ctx, false);
    sheets.J = j.name;
  }
  const used = [f.grid, e, d, j].filter((x): x is SheetGrid => x !== undefined);
  checkTotalCells(used, ctx);
  scanErrors(used, ctx);
  return {
    ok: true,
    analysis: {
      sheets,
      budget,
      findings: [...ctx.findings, ...ctx.reader.findings],
      totals: ctx.totals,
      inputCells: ctx.inputCells,
      stateInWorkbook: stateNamed(used),
    },
  };
}

function findAppendixF(grids: SheetGrid[]): { grid: SheetGrid; titles: Map<SectionKey, number> } | null {
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

function place(ctx: Ctx, path: string, g: SheetGrid, row: number, col: number | undefined): void {
  if (col === undefined) return;
  ctx.places.set(path, { sheet: g.name, cell: a1(row, col) } satisfies CellPlace);
}

function input(ctx: Ctx, g: SheetGrid, row: number, col: number | undefined): void {
  if (col !== undefined) ctx.inputCells.add(`${g.name}!${a1(row, col)}`);
}

function total(ctx: Ctx, g: SheetGrid, row: number, col: number | undefined, formula: string, expected: number | null, unit: TotalCell['unit'], where: string): void {
  if (col === undefined) return;
  ctx.totals.push({ sheet: g.name, row, col, formula, expected, unit, where });
}

/** "F5:F18" style helpers. */
const cellRef = (row: number, col: number) => a1(row, col);
const sumRange = (col: number, from: number, to: number) => (to < from ? '0' : `SUM(${cellRef(from, col)}:${cellRef(to, col)})`);

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

function readAppendixF(g: SheetGrid, titles: Map<SectionKey, number>, ctx: Ctx): string | null {
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

/** "Appendix E", or "Sheet2 (Appendix E)" for a renamed sheet. */
function appendixName(g: SheetGrid, letter: 'D' | 'E' | 'J'): string {
  return normalizeLabel(g.name).includes(`appendix ${letter.toLowerCase()}`) ? g.name : `${g.name} (Appendix ${letter})`;
}

function firstFigureRow(g: SheetGrid, from: number, to: number): number | null {
  for (let r = from; r < to; r++) if (hasNumber(g, r)) return r;
  // A total row someone emptied: the first row with a label.
  for (let r = from; r < to; r++) if (g.rowLabel(r)) return r;
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

/* ------------------------------------------------------------------------------------------------
 * Appendix E: Personnel Funding Breakout.
 * ---------------------------------------------------------------------------------------------- */

const E_ROW_LABELS: Record<StaffingKey, string> = {
  managersSupervisors: 'Managers/Supervisors',
  firstLineSupervisors: 'First Line Supervisors',
  safetyComplianceOfficers: 'Safety Compliance Officers',
  healthComplianceOfficers: 'Health Compliance Officers',
  privateSectorSafetyConsultants: 'Private Sector Safety Consultants',
  privateSectorHealthConsultants: 'Private Sector Health Consultants',
  publicSectorSafetyConsultants: 'Public Sector Safety Consultants',
  publicSectorHealthConsultants: 'Public Sector Health Consultants',
  complianceAssistanceSpecialists: 'Compliance Assistance Specialist',
  trainers: 'Trainers',
  clericalAdminDataSystem: 'Clerical/Admin/Data System',
  other: 'Other',
};

function readAppendixE(g: SheetGrid, ctx: Ctx, probeOnly: boolean): boolean {
  const labels = STAFFING_KEYS.map((k) => labelHead(E_ROW_LABELS[k]));
  let head = -1;
  const cols: Partial<Record<'allocated5050' | 'allocated100' | 'total' | 'onBoard5050' | 'onBoard100', number>> = {};
  for (let r = g.firstRow; r < g.endRow && head < 0; r++) {
    for (let c = g.firstCol; c < g.endCol; c++) {
      const t = normalizeLabel(g.text(r, c));
      if (!t) continue;
      const onBoard = /on ?board/.test(t);
      const fifty = /50 50/.test(t);
      const hundred = /100/.test(t);
      if (/allocated/.test(t) && fifty) cols.allocated5050 = c;
      else if (/allocated/.test(t) && hundred) cols.allocated100 = c;
      else if (onBoard && fifty) cols.onBoard5050 = c;
      else if (onBoard && hundred) cols.onBoard100 = c;
      else if (t === 'total') cols.total = c;
    }
    if (cols.allocated5050 !== undefined && cols.allocated100 !== undefined) head = r;
    else for (const k of Object.keys(cols)) delete cols[k as keyof typeof cols];
  }
  if (head < 0) return false;
  if (probeOnly) return true;
  const rows: number[] = [];
  let totalRow: number | null = null;
  const where = (label: string) => `${appendixName(g, 'E')}, ${label}`;
  for (let r = head + 1; r < g.endRow; r++) {
    const label = g.rowLabel(r, cols.allocated5050);
    if (!label) continue;
    const text = labelHead(label.text);
    if (/^total/.test(text)) {
      totalRow = r;
      break;
    }
    const i = bestMatch(text, labels);
    if (i < 0) continue;
    const key = STAFFING_KEYS[i] as StaffingKey;
    rows.push(r);
    const fields = ['allocated5050', 'allocated100', 'onBoard5050', 'onBoard100'] as const;
    const row = { allocated5050: null, allocated100: null, onBoard5050: null, onBoard100: null } as Record<(typeof fields)[number], number | null>;
    for (const f of fields) {
      const c = cols[f];
      if (c === undefined) continue;
      input(ctx, g, r, c);
      place(ctx, `staffing.${key}.${f}`, g, r, c);
      row[f] = ctx.reader.fte(g, r, c, { path: `staffing.${key}.${f}`, where: where(label.text) });
    }
    ctx.budget.staffing[key] = row;
    if (cols.total !== undefined && cols.allocated100 !== undefined && cols.allocated5050 !== undefined) {
      total(ctx, g, r, cols.total, `=${cellRef(r, cols.allocated5050)}+${cellRef(r, cols.allocated100)}`, (row.allocated5050 ?? 0) + (row.allocated100 ?? 0), 'fte', `${where(label.text)}, Total`);
    }
  }
  if (totalRow !== null && rows.length) {
    const from = minOf(rows);
    const to = maxOf(rows);
    const sum = (f: 'allocated5050' | 'allocated100' | 'onBoard5050' | 'onBoard100') => Object.values(ctx.budget.staffing).reduce((s, x) => s + (x?.[f] ?? 0), 0);
    for (const [f, c] of Object.entries(cols) as [keyof typeof cols, number][]) {
      const expected = f === 'total' ? sum('allocated5050') + sum('allocated100') : sum(f);
      total(ctx, g, totalRow, c, `=${sumRange(c, from, to)}`, expected, 'fte', `${where('Total 23(g) FTE')}, ${f === 'total' ? 'Total' : f}`);
    }
  }
  return true;
}

/* ------------------------------------------------------------------------------------------------
 * Appendix D: Projected Program Activities (two tables).
 * ---------------------------------------------------------------------------------------------- */

const D_ROWS: { group: 'inspections' | 'consultationVisits' | 'complianceAssistance'; key: string; label: string }[] = [
  { group: 'inspections', key: 'privateNonConstruction', label: 'Private Sector Inspections - Non Construction' },
  { group: 'inspections', key: 'privateConstruction', label: 'Private Sector Inspections - Construction' },
  { group: 'inspections', key: 'publicSector', label: 'Public Sector Inspections - Total' },
  { group: 'consultationVisits', key: 'publicSector', label: 'Public Sector Consultation Visits' },
  { group: 'consultationVisits', key: 'privateSector', label: 'Private Sector Consultation Visits - 23(g)' },
  { group: 'complianceAssistance', key: 'vppGeneralIndustry', label: 'VPP Participants - General Industry' },
  { group: 'complianceAssistance', key: 'vppConstruction', label: 'VPP Participants - Construction' },
  { group: 'complianceAssistance', key: 'vppPublicSector', label: 'VPP Participants - Public Sector' },
  { group: 'complianceAssistance', key: 'cooperativeWithIncentives', label: 'Participants in Cooperative Programs with Enforcement Incentives' },
  { group: 'complianceAssistance', key: 'cooperativeWithoutIncentives', label: 'Participants in Cooperative Programs without Enforcement Incentives' },
  { group: 'complianceAssistance', key: 'privateSectorSharp', label: 'Private Sector SHARP Participants - 23(g)' },
  { group: 'complianceAssistance', key: 'publicSectorSharp', label: 'Public Sector SHARP' },
  { group: 'complianceAssistance', key: 'outreachParticipants', label: 'Outreach Participants' },
];

function readAppendixD(g: SheetGrid, ctx: Ctx, probeOnly: boolean): boolean {
  const labels = D_ROWS.map((x) => labelHead(x.label));
  let matched = 0;
  for (let r = g.firstRow; r < g.endRow; r++) {
    const l = g.rowLabel(r);
    if (l && bestMatch(labelHead(l.text), labels) >= 0) matched++;
  }
  if (matched < 4) return false;
  if (probeOnly) return true;
  // Column pairs: the latest head row of Safety/Health (or New/Total) above a row gives its columns.
  let pairs: number[][] = [];
  let kinds: [string, string] = ['safety', 'health'];
  const groupRows: Record<string, number[]> = { inspections: [], consultationVisits: [] };
  for (let r = g.firstRow; r < g.endRow; r++) {
    const heads: number[] = [];
    let kind: [string, string] | null = null;
    for (let c = g.firstCol; c < g.endCol; c++) {
      const t = normalizeLabel(g.text(r, c));
      if (t === 'safety' || t === 'new') {
        heads.push(c);
        kind = t === 'safety' ? ['safety', 'health'] : ['new', 'total'];
      }
    }
    if (heads.length >= 1 && kind) {
      pairs = heads.slice(0, 3).map((c) => [c, c + 1]);
      kinds = kind;
      continue;
    }
    const l = g.rowLabel(r, pairs[0]?.[0]);
    if (!l || pairs.length === 0) continue;
    const text = labelHead(l.text);
    if (/^total/.test(text)) {
      const group = /inspection/.test(text) ? 'inspections' : /consultation|visit/.test(text) ? 'consultationVisits' : null;
      const rows = group ? (groupRows[group] as number[]) : [];
      if (group && rows.length) {
        for (const [s, h] of pairs) {
          for (const c of [s, h] as number[]) {
            const from = minOf(rows);
            const to = maxOf(rows);
            const expected = rows.reduce((acc, rr) => {
              const v = g.cell(rr, c).value;
              return acc + (typeof v === 'number' ? v : 0);
            }, 0);
            total(ctx, g, r, c, `=${sumRange(c, from, to)}`, expected, 'count', `${appendixName(g, 'D')}, ${l.text}`);
          }
        }
      }
      continue;
    }
    const i = bestMatch(text, labels);
    if (i < 0) continue;
    const spec = D_ROWS[i] as (typeof D_ROWS)[number];
    if (spec.group !== 'complianceAssistance') groupRows[spec.group]?.push(r);
    const byYear: Record<string, Record<string, number | null>> = {};
    YEAR_KEYS.forEach((year, yi) => {
      const pair = pairs[yi];
      const values: Record<string, number | null> = {};
      kinds.forEach((kind, ki) => {
        const c = pair?.[ki];
        const path = `activities.${spec.group}.${spec.key}.${year}.${kind}`;
        if (c === undefined) {
          values[kind] = null;
          return;
        }
        input(ctx, g, r, c);
        place(ctx, path, g, r, c);
        values[kind] = ctx.reader.count(g, r, c, { path, where: `${appendixName(g, 'D')}, ${l.text}` });
      });
      byYear[year] = values;
    });
    (ctx.budget.activities[spec.group] as Record<string, unknown>)[spec.key] = byYear;
  }
  return true;
}

/* ------------------------------------------------------------------------------------------------
 * Appendix J: private-sector On-Site Consultation (KY, PR, WA).
 * ---------------------------------------------------------------------------------------------- */

function readAppendixJ(g: SheetGrid, ctx: Ctx, probeOnly: boolean): boolean {
  let head = -1;
  let cS = -1;
  let cH = -1;
  let cT = -1;
  for (let r = g.firstRow; r < g.endRow && head < 0; r++) {
    const l = g.rowLabel(r);
    if (!l || !similar(labelHead(l.text), 'activity & areas of emphasis')) continue;
    for (let c = l.col + 1; c < g.endCol; c++) {
      const t = normalizeLabel(g.text(r, c));
      if (t === 'safety') cS = c;
      if (t === 'health') cH = c;
      if (t === 'total') cT = c;
    }
    if (cS >= 0 && cH >= 0) head = r;
  }
  if (head < 0) return false;
  if (probeOnly) return true;
  const c = ctx.budget.consultation;
  const where = (label: string) => `${appendixName(g, 'J')}, ${label}`;
  const pairOf = (r: number, base: string, label: string) => {
    input(ctx, g, r, cS);
    input(ctx, g, r, cH);
    place(ctx, `${base}.safety`, g, r, cS);
    place(ctx, `${base}.health`, g, r, cH);
    const v = {
      safety: ctx.reader.count(g, r, cS, { path: `${base}.safety`, where: where(label) }),
      health: ctx.reader.count(g, r, cH, { path: `${base}.health`, where: where(label) }),
    };
    if (cT >= 0) total(ctx, g, r, cT, `=${cellRef(r, cS)}+${cellRef(r, cH)}`, (v.safety ?? 0) + (v.health ?? 0), 'count', `${where(label)}, Total`);
    return v;
  };
  const numberRight = (r: number, from: number): { row: number; col: number } | null => {
    for (const rr of [r, r + 1]) {
      for (let cc = rr === r ? from + 1 : from; cc < g.endCol; cc++) {
        const x = g.cell(rr, cc);
        if (typeof x.value === 'number' || (typeof x.value === 'string' && x.value.trim() && rr === r && !/[a-z]{3}/i.test(x.value))) return { row: rr, col: cc };
      }
    }
    return { row: r, col: from + 1 };
  };
  let group: 'industries' | 'hazards' | 'measures' | 'sharp' | null = null;
  let groupRow = -1;
  const groupItems: number[] = [];
  const rowsOf: Record<string, number> = {};
  const closeGroup = () => {
    if ((group === 'industries' || group === 'hazards') && groupItems.length) {
      const from = minOf(groupItems);
      const to = maxOf(groupItems);
      const list = group === 'industries' ? c.emphasisIndustries : c.emphasisHazards;
      const groupName = where(group === 'industries' ? '4. Emphasis Industries' : '5. Emphasis Hazards');
      for (const [col, key] of [[cS, 'safety'], [cH, 'health']] as [number, 'safety' | 'health'][]) {
        total(ctx, g, groupRow, col, `=${sumRange(col, from, to)}`, list.reduce((s, x) => s + (x[key] ?? 0), 0), 'count', groupName);
      }
      if (cT >= 0) total(ctx, g, groupRow, cT, `=${cellRef(groupRow, cS)}+${cellRef(groupRow, cH)}`, list.reduce((s, x) => s + (x.safety ?? 0) + (x.health ?? 0), 0), 'count', `${groupName}, Total`);
    }
    group = null;
    groupItems.length = 0;
  };
  for (let r = head + 1; r < g.endRow; r++) {
    const l = g.rowLabel(r, cS);
    if (!l) continue;
    const text = normalizeLabel(l.text);
    const numbered = /^(\d+) (.*)$/.exec(text);
    if (numbered) {
      closeGroup();
      const n = Number(numbered[1]);
      const rest = numbered[2] as string;
      if (n === 1 && similar(rest, 'total visits')) rowsOf.visits = r;
      else if (n === 2 && similar(rest, 'total area of emphasis visits')) {
        c.emphasisVisits = pairOf(r, 'consultation.emphasisVisits', l.text);
        rowsOf.emphasis = r;
      } else if (n === 3) rowsOf.percent = r;
      else if (n === 4) [group, groupRow] = ['industries', r];
      else if (n === 5) [group, groupRow] = ['hazards', r];
      else if (n === 6) [group, groupRow] = ['measures', r];
      else if (n === 7) {
        [group, groupRow] = ['sharp', r];
        // "8. TOTAL RENEWALS" sits on the same row, its figure beside or below it.
        for (let cc = l.col + 1; cc < g.endCol; cc++) {
          if (/^8 total re/.test(normalizeLabel(g.text(r, cc)))) {
            const at = numberRight(r, cc);
            if (at) {
              input(ctx, g, at.row, at.col);
              place(ctx, 'consultation.renewals', g, at.row, at.col);
              c.renewals = ctx.reader.count(g, at.row, at.col, { path: 'consultation.renewals', where: where('8. Total Renewals') });
            }
          }
        }
      } else if (n === 8) {
        const at = numberRight(r, l.col);
        if (at) {
          input(ctx, g, at.row, at.col);
          place(ctx, 'consultation.renewals', g, at.row, at.col);
          c.renewals = ctx.reader.count(g, at.row, at.col, { path: 'consultation.renewals', where: where(l.text) });
        }
      } else if (n === 9 || n === 10) {
        const key = n === 9 ? 'preSharp' : 'interventions';
        input(ctx, g, r, cS);
        place(ctx, `consultation.${key}`, g, r, cS);
        c[key] = ctx.reader.count(g, r, cS, { path: `consultation.${key}`, where: where(l.text) });
      }
      continue;
    }
    const lettered = /^([a-z]) (.*)$/.exec(text);
    if (!lettered) continue;
    const rest = lettered[2] as string;
    if (rowsOf.visits !== undefined && rowsOf.emphasis === undefined && group === null) {
      if (similar(rest, 'construction')) {
        c.visits.construction = pairOf(r, 'consultation.visits.construction', l.text);
        rowsOf.construction = r;
      } else if (similar(rest, 'non construction')) {
        c.visits.nonConstruction = pairOf(r, 'consultation.visits.nonConstruction', l.text);
        rowsOf.nonConstruction = r;
      }
      continue;
    }
    const name = l.text.replace(/^\s*[a-z][.)]\s*/i, '');
    const anyFigure = [cS, cH, cT].some((cc) => cc >= 0 && g.cell(r, cc).formula === null && g.cell(r, cc).value !== null);
    if (group === 'industries' || group === 'hazards') {
      groupItems.push(r);
      const list = group === 'industries' ? c.emphasisIndustries : c.emphasisHazards;
      const base = `consultation.${group === 'industries' ? 'emphasisIndustries' : 'emphasisHazards'}[${list.length}]`;
      if (!anyFigure) {
        if (cT >= 0) total(ctx, g, r, cT, `=${cellRef(r, cS)}+${cellRef(r, cH)}`, 0, 'count', `${where(l.text)}, Total`);
        continue;
      }
      list.push({ name, ...pairOf(r, base, l.text) });
    } else if (group === 'measures') {
      if (!anyFigure) {
        // An empty measure's Total formula is still a total: a #REF! there must be repaired too.
        const t = cT >= 0 ? g.cell(r, cT) : null;
        if (t && (t.formula !== null || isErrorValue(t.value))) total(ctx, g, r, cT, `=${cellRef(r, cS)}+${cellRef(r, cH)}`, 0, 'count', `${where(l.text)}, Total`);
        continue;
      }
      const base = `consultation.agencyMeasures[${c.agencyMeasures.length}]`;
      const totalCell = cT >= 0 ? g.cell(r, cT) : null;
      let value: number | null;
      if (totalCell && totalCell.formula === null && totalCell.value !== null) {
        input(ctx, g, r, cT);
        place(ctx, `${base}.total`, g, r, cT);
        value = ctx.reader.count(g, r, cT, { path: `${base}.total`, where: where(l.text) });
      } else {
        const v = pairOf(r, base, l.text);
        value = v.safety === null && v.health === null ? null : (v.safety ?? 0) + (v.health ?? 0);
        place(ctx, `${base}.total`, g, r, cT >= 0 ? cT : cS);
      }
      c.agencyMeasures.push({ name, total: value });
    } else if (group === 'sharp') {
      const key = similar(rest, 'new') ? 'new' : similar(rest, 'current') ? 'current' : null;
      if (!key) continue;
      c.sharp = c.sharp ?? { new: null, current: null };
      input(ctx, g, r, cS);
      place(ctx, `consultation.sharp.${key}`, g, r, cS);
      c.sharp[key] = ctx.reader.count(g, r, cS, { path: `consultation.sharp.${key}`, where: where(`7. Total SHARP Sites, ${l.text}`) });
    }
  }
  closeGroup();
  // 1. TOTAL VISITS = a + b; 3. the share of emphasis visits, blank (never #DIV/0!) when there are none.
  const v = rowsOf.visits;
  if (v !== undefined && rowsOf.construction !== undefined && rowsOf.nonConstruction !== undefined) {
    const a = rowsOf.construction;
    const b = rowsOf.nonConstruction;
    const sv = (k: 'safety' | 'health') => (c.visits.construction?.[k] ?? 0) + (c.visits.nonConstruction?.[k] ?? 0);
    total(ctx, g, v, cS, `=${cellRef(a, cS)}+${cellRef(b, cS)}`, sv('safety'), 'count', where('1. Total Visits, Safety'));
    total(ctx, g, v, cH, `=${cellRef(a, cH)}+${cellRef(b, cH)}`, sv('health'), 'count', where('1. Total Visits, Health'));
    if (cT >= 0) total(ctx, g, v, cT, `=${cellRef(v, cS)}+${cellRef(v, cH)}`, sv('safety') + sv('health'), 'count', where('1. Total Visits, Total'));
    const p = rowsOf.percent;
    const e = rowsOf.emphasis;
    if (p !== undefined && e !== undefined) {
      const ev = (k: 'safety' | 'health') => c.emphasisVisits?.[k] ?? 0;
      const share = (num: number, den: number) => (den === 0 ? null : num / den);
      const cols: [number, number | null][] = [
        [cS, share(ev('safety'), sv('safety'))],
        [cH, share(ev('health'), sv('health'))],
      ];
      if (cT >= 0) cols.push([cT, share(ev('safety') + ev('health'), sv('safety') + sv('health'))]);
      for (const [col, expected] of cols) {
        total(ctx, g, p, col, `=IF(${cellRef(v, col)}=0,"",${cellRef(e, col)}/${cellRef(v, col)})`, expected, 'fraction', where(`3. Percentage Area of Emphasis Visits, ${columnLetter(col)}`));
      }
    }
  }
  return true;
}

/* ------------------------------------------------------------------------------------------------
 * Findings on total cells and error values; the State named in the workbook.
 * ---------------------------------------------------------------------------------------------- */

function showExpected(t: TotalCell): string {
  if (t.expected === null) return 'blank';
  if (t.unit === 'cents') return formatDollars(t.expected);
  if (t.unit === 'fte') return formatFte(t.expected);
  if (t.unit === 'fraction') return `${(t.expected * 100).toFixed(1)}%`;
  return String(t.expected);
}

function cachedMatches(t: TotalCell, v: number): boolean {
  if (t.expected === null) return false;
  if (t.unit === 'cents') return dollarsToCents(v) === t.expected;
  if (t.unit === 'fte') return Math.abs(v * 10000 - t.expected) < 0.5;
  if (t.unit === 'fraction') return Math.abs(v - t.expected) < 1e-9;
  return Math.abs(v - t.expected) < 1e-9;
}

function checkTotalCells(grids: SheetGrid[], ctx: Ctx): void {
  for (const t of ctx.totals) {
    const g = grids.find((x) => x.name === t.sheet);
    if (!g) continue;
    const cell = g.cell(t.row, t.col);
    const at = `${t.sheet}!${a1(t.row, t.col)}`;
    const base = { sheet: t.sheet, cell: a1(t.row, t.col), path: null, where: t.where };
    if (cell.formula !== null) {
      // Error values and #REF! are reported by the scan below; here: a formula that adds the wrong rows.
      if (isErrorValue(cell.value) || /#REF!/i.test(cell.formula)) continue;
      if (typeof cell.value === 'number' && t.expected !== null && !cachedMatches(t, cell.value)) {
        ctx.findings.push({
          ...base,
          code: 'BROKEN_FORMULA',
          severity: 'error',
          message: `${at} (${t.where}) shows ${t.unit === 'cents' ? formatDollars(dollarsToCents(cell.value)) : String(cell.value)} but the typed cells give ${showExpected(t)}: its formula ${cell.formula} leaves out or adds the wrong cells; run \`grant-budget repair\` to rewrite it as ${t.formula}.`,
          amount: t.unit === 'cents' && t.expected !== null ? Math.abs(dollarsToCents(cell.value) - t.expected) : null,
        });
      }
      continue;
    }
    const v = cell.value;
    if (isErrorValue(v)) continue;
    if (v === null || (typeof v === 'string' && v.trim() === '')) {
      if (t.expected === null || t.expected === 0) continue; // an empty total over empty rows shows nothing wrong
      ctx.findings.push({
        ...base,
        code: 'FORMULA_OVERWRITTEN',
        severity: 'warning',
        message: `${at} (${t.where}) is empty where the template totals the rows (${showExpected(t)} from the typed cells): run \`grant-budget repair\` to restore ${t.formula}.`,
        amount: null,
      });
      continue;
    }
    const shown = typeof v === 'number' ? (t.unit === 'cents' ? formatDollars(dollarsToCents(v)) : String(v)) : `"${String(v)}"`;
    const same = typeof v === 'number' && cachedMatches(t, v);
    ctx.findings.push({
      ...base,
      code: 'FORMULA_OVERWRITTEN',
      severity: 'warning',
      message:
        `${at} (${t.where}) holds the typed ${shown} where the template has a formula` +
        (same ? ' (it equals the typed cells today, but will not follow later changes)' : `; the typed cells give ${showExpected(t)}, which this review uses`) +
        `: run \`grant-budget repair\` to restore ${t.formula}.`,
      amount: typeof v === 'number' && t.unit === 'cents' && t.expected !== null ? Math.abs(dollarsToCents(v) - t.expected) : null,
    });
  }
}

/** BROKEN_FORMULA at every cell of the template sheets holding an error value or a formula over #REF!. */
function scanErrors(grids: SheetGrid[], ctx: Ctx): void {
  const whereOf = new Map(ctx.totals.map((t) => [`${t.sheet}!${a1(t.row, t.col)}`, t.where]));
  // An input cell showing an error is NOT_A_NUMBER already (inputCells.ts), formula or not: one finding a cell.
  const readAsInput = new Set(ctx.reader.findings.map((f) => `${f.sheet}!${f.cell}`));
  for (const g of grids) {
    for (let r = g.firstRow; r < g.endRow; r++) {
      for (let c = g.firstCol; c < g.endCol; c++) {
        const cell = g.cell(r, c);
        const err = isErrorValue(cell.value) ? cell.value.error : null;
        const refFormula = cell.formula !== null && /#REF!/i.test(cell.formula);
        if (!err && !refFormula) continue;
        const key = `${g.name}!${a1(r, c)}`;
        if (err && (readAsInput.has(key) || (cell.formula === null && ctx.inputCells.has(key)))) continue;
        const where = whereOf.get(key) ?? `${g.name}, row ${r + 1}`;
        const why = refFormula
          ? `its formula ${cell.formula} refers to cells that no longer exist (#REF!)`
          : err === '#DIV/0!'
            ? `its formula ${cell.formula ?? ''} divides by zero`.replace('  ', ' ')
            : `it shows the error ${err}${cell.formula ? ` from ${cell.formula}` : ''}`;
        ctx.findings.push({
          code: 'BROKEN_FORMULA',
          severity: 'error',
          message: `${key} (${where}) shows ${err ?? '#REF!'}: ${why}. This review recomputes the figures from the typed cells; run \`grant-budget repair\` to rewrite the formula.`,
          sheet: g.name,
          cell: a1(r, c),
          path: null,
          where,
          amount: null,
        });
      }
    }
  }
}

/**
 * A State the workbook names: first a cell that is nothing but a State's name (Appendix J's
 * "(Name of State)" filled in), else the title rows if they name exactly one State.
 */
function stateNamed(grids: SheetGrid[]): string | null {
  const pack = rulePackFor(DEFAULT_FISCAL_YEAR);
  if (!pack) return null;
  const whole = new Set<string>();
  const inTitles = new Set<string>();
  for (const g of grids) {
    for (let r = g.firstRow; r < g.endRow; r++) {
      for (let c = g.firstCol; c < g.endCol; c++) {
        const t = g.text(r, c);
        if (!t || t.length > 160) continue;
        const s = findState(pack, t.replace(/^\(|\)$/g, ''));
        // Two-letter codes alone are too easy to type by chance ("PR" in a column of initials): names only.
        if (s && t.trim().length > 2) whole.add(s.code);
        if (r < g.firstRow + 3) {
          const found = pack.states.filter((st) => new RegExp(`\\b${st.name.replace(/\s*\(PEO\)/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(t));
          // A title naming several States ("Kentucky, Puerto Rico, and Washington") is the template's own.
          if (found.length === 1) inTitles.add((found[0] as { code: string }).code);
        }
      }
    }
  }
  if (whole.size === 1) return [...whole][0] as string;
  if (whole.size === 0 && inTitles.size === 1) return [...inTitles][0] as string;
  return null;
}

/**
 * Whether a sheet, or the first rows of one, looks like part of the published templates: a section
 * title of Appendix F on a row without figures, or the heads of Appendix D, E or J. The add-in reads a
 * workbook without our layout one candidate sheet at a time (Excel on the web limits a response to
 * 5 MB): it reads a sheet's first rows, asks this, and reads the rest only of sheets that answer yes.
 * Lenient on purpose: a false yes costs a read, a false no loses the budget.
 */
export function looksLikePublishedSheet(sheet: SheetSnapshot): boolean {
  if (sheet.kind !== 'worksheet') return false;
  const g = new SheetGrid(sheet);
  for (let r = g.firstRow; r < g.endRow; r++) {
    const label = g.rowLabel(r);
    if (label && sectionOfTitle(label.text) && !hasNumber(g, r)) return true;
  }
  const ctx: Ctx = { budget: emptyBudget('', DEFAULT_FISCAL_YEAR), places: new PlaceMap(), reader: new CellReader(), findings: [], totals: [], inputCells: new Set() };
  return readAppendixE(g, ctx, true) || readAppendixD(g, ctx, true) || readAppendixJ(g, ctx, true);
}
