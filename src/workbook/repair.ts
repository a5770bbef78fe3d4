/**
 * The repairer: rewrites broken or missing total formulas as live formulas over the typed cells, in
 * either layout, and lists every cell it changes. It never writes a cell that holds a typed input.
 *
 * A total cell is rewritten when it shows an error value (#REF!, #DIV/0!...), when its formula refers
 * to #REF!, when it holds no formula (left empty, or overwritten with a typed constant: the template
 * made it a formula, so the constant is restored to one; `changes` shows the constant it replaces),
 * or when its cached figure differs from what the typed cells give (a formula that adds the wrong rows).
 * Appendix J's percentage is written with a guard, so it shows blank, never #DIV/0!, when there are
 * no visits.
 */
import { isMsg, msg, type Msg } from '../messages/words';
import { isOutdatedBlockFigure } from './own/templateFormulas';
import { findOwnLayouts } from '../layout/names';
import {
  a1,
  isErrorValue,
  TEMPLATE_PROTECTION,
  type CellSnapshot,
  type CellValue,
  type WorkbookSnapshot,
  type WriteOp,
  type WritePlan,
} from '../port/workbookPort';
import { readBudgetFromSnapshot, type ReadBudgetResult } from './readBudget';
import type { TemplateCells, TotalCell } from './totalCell';
import { dollarsToCents } from './inputCells';
import { rowOfTypedFigures, REFUSAL_REASON, totalsByRow, type RepairRefusal } from './repairGuard';

export type { RepairRefusal } from './repairGuard';

export interface RepairChange {
  sheet: string;
  cell: string;
  /** What the cell held: its formula, "(empty)", or the typed constant. */
  before: Msg;
  /** The formula written. */
  after: string;
  /** Why: "shows #REF!", "formula refers to #REF!", "empty", "typed constant", "adds the wrong cells". */
  reason: Msg;
}

/** A change in words, the same in the CLI's report and the pane's: "Appendix F!H19: 150000 -> =SUM(H5:H18) (typed constant)". */
export function repairChangeText(c: RepairChange): Msg {
  return msg('repair.change', { cell: `${c.sheet}!${c.cell}`, before: c.before, after: c.after, reason: c.reason });
}

export interface RepairResult {
  plan: WritePlan;
  changes: RepairChange[];
  /** Planned writes refused because the cell holds a typed figure (repairGuard.ts): left as they are, and said. */
  refused: RepairRefusal[];
  layout: 'own' | 'published' | null;
  /** Set when no layout was found (nothing can be repaired); the plan is then empty. A clause after the file's name. */
  problem: Msg | null;
}

export interface RepairOptions {
  /** Also rewrite total formulas that are sound but differ in text from the expected one. Default false. */
  rewriteAll?: boolean;
}

/**
 * The repair of a workbook, planned from one read of it: `read` is the readers' result (budget, findings
 * and the template's cells); by default the workbook is read here, of any fiscal year (the formulas
 * are the same every year). Nothing reads the workbook again.
 */
export function planRepair(
  snapshot: WorkbookSnapshot,
  opts: RepairOptions = {},
  read: ReadBudgetResult = readBudgetFromSnapshot(snapshot, { anyFiscalYear: true }),
): RepairResult {
  if (read.layout === 'own' && read.cells) {
    // The own layout knows every formula exactly: a formula of other text is rewritten too.
    return { ...planFromCells(snapshot, read.cells, { ...opts, rewriteAll: true }), layout: 'own', problem: null };
  }
  if (findOwnLayouts(snapshot).some((s) => s.sheets.appendixF)) {
    // Our own layout that cannot be read (its State cell blank, its Appendix F now a chart sheet): its
    // section titles would pass for the published layout, whose repair does not know our formulas.
    // Say what the review says instead.
    // The finding's data names the misfit (namesShape.ts): said again here, not read from its words.
    const misfit = read.ok ? read.findings.find((f) => f.code === 'DEFINED_NAME_INVALID') : undefined;
    const detail = misfit?.message.data.misfit;
    const why = isMsg(detail)
      ? msg('repair.namesMisfit', { detail })
      : read.ok
        ? msg('repair.templatesUnreadable')
        : read.problem;
    return {
      plan: { ops: [] },
      changes: [],
      refused: [],
      layout: 'own',
      problem: msg('repair.ownUnreadable', { why }),
    };
  }
  if (read.layout === undefined) {
    return {
      plan: { ops: [] },
      changes: [],
      refused: [],
      layout: null,
      problem: msg('repair.noTemplate'),
    };
  }
  if (!read.cells)
    return {
      plan: { ops: [] },
      changes: [],
      refused: [],
      layout: 'published',
      problem: read.ok ? msg('repair.templatesUnreadable') : read.problem,
    };
  return { ...planFromCells(snapshot, read.cells, opts), layout: 'published', problem: null };
}

function describe(cell: CellSnapshot): Msg {
  if (cell.formula !== null) return msg('figure.text', { value: cell.formula });
  return describeValue(cell.value);
}

function describeValue(v: CellValue): Msg {
  if (v === null) return msg('repair.empty');
  if (isErrorValue(v)) return msg('figure.text', { value: v.error });
  if (typeof v === 'string')
    return v.trim() === '' ? msg('repair.empty') : msg('figure.text', { value: JSON.stringify(v) });
  return msg('figure.text', { value: String(v) });
}

function cachedDiffers(t: TotalCell, v: number): boolean {
  if (t.expected === null) return false;
  if (t.unit === 'cents') return dollarsToCents(v) !== t.expected;
  if (t.unit === 'fte') return Math.abs(v * 10000 - t.expected) >= 0.5;
  return Math.abs(v - t.expected) > 1e-9;
}

/** Why a total cell needs its formula back, or null when it is sound. */
export function needsRepair(t: TotalCell, cell: CellSnapshot, rewriteAll = false): Msg | null {
  if (isErrorValue(cell.value)) return msg('repair.why.shows', { error: cell.value.error });
  if (cell.formula !== null && /#REF!/i.test(cell.formula)) return msg('repair.why.ref');
  if (cell.formula === null) {
    const v = cell.value;
    return v === null || (typeof v === 'string' && v.trim() === '') ? msg('repair.why.empty') : msg('repair.why.typed');
  }
  if (typeof cell.value === 'number' && cachedDiffers(t, cell.value)) return msg('repair.why.wrongCells');
  // A file saved without cached results (openpyxl) shows no #DIV/0! yet: a share whose formula divides
  // without the template's guard (OSHA's Appendix J divides by a row that can be blank) will show it as
  // soon as Excel calculates, so it is repaired like one that shows it.
  if (t.unit === 'fraction' && cell.value === null && !/\bIF\s*\(/i.test(cell.formula))
    return msg('repair.why.noGuard');
  if (rewriteAll && isOutdatedBlockFigure(t.formula, cell.formula)) return msg('repair.why.upgraded');
  if (rewriteAll && normalizeFormula(cell.formula) !== normalizeFormula(t.formula)) return msg('repair.why.differs');
  return null;
}

/** Formula text as apps rewrite it on save: LibreOffice writes FALSE() for FALSE, Excel adds _xlfn. prefixes. */
function normalizeFormula(f: string): string {
  return f
    .replace(/\$/g, '')
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/_XL(FN|WS)\./g, '')
    .replace(/\b(TRUE|FALSE)\(\)/g, '$1');
}

function planFromCells(
  snapshot: WorkbookSnapshot,
  cells: TemplateCells,
  opts: RepairOptions,
): { plan: WritePlan; changes: RepairChange[]; refused: RepairRefusal[] } {
  const { totals, inputCells, protectedSheets } = cells;
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const byRow = totalsByRow(totals);
  const changes: RepairChange[] = [];
  const refused: RepairRefusal[] = [];
  const seen = new Set<string>();
  for (const t of totals) {
    const address = a1(t.row, t.col);
    const key = `${t.sheet}!${address}`;
    // Never write over a typed input, whatever a layout says; and each cell once.
    if (inputCells.has(key) || seen.has(key)) continue;
    seen.add(key);
    const sheet = sheets.get(t.sheet);
    if (!sheet) continue;
    const r = sheet.cells[t.row - sheet.origin.row];
    const cell = r?.[t.col - sheet.origin.col] ?? { value: null, formula: null };
    const reason = needsRepair(t, cell, opts.rewriteAll);
    if (!reason) continue;
    // The guard, whatever the reader believed: nothing is written into a row of typed figures.
    if (rowOfTypedFigures(t, sheet, byRow, inputCells)) {
      refused.push({
        sheet: t.sheet,
        cell: address,
        value: describe(cell),
        formula: t.formula,
        reason: REFUSAL_REASON,
      });
      continue;
    }
    changes.push({ sheet: t.sheet, cell: address, before: describe(cell), after: t.formula, reason });
  }
  const ops: WriteOp[] = [];
  const bySheet = new Map<string, RepairChange[]>();
  for (const c of changes) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  for (const [sheet, list] of bySheet) {
    const relock = protectedSheets.includes(sheet);
    if (relock) ops.push({ op: 'unprotect', sheet });
    for (const c of list)
      ops.push({ op: 'cells', sheet, address: c.cell, rows: [[{ kind: 'formula', formula: c.after }]] });
    if (relock) ops.push({ op: 'protect', sheet, options: { ...TEMPLATE_PROTECTION } });
  }
  return { plan: { ops }, changes, refused };
}
