/**
 * Changing the State of a budget in our templates, in place, as one explicit action: the State cell of
 * Appendix F takes the new State, and every cell of the set that depends on the State follows it (the
 * "State:" lines of Appendix D and E, the private-sector rows opened or greyed, the printed footers),
 * Appendix J is added when the new State budgets private-sector consultation and the set has none, and
 * the Checks sheet then reads it. The award level needs no write: it is a formula over the State cell.
 *
 * What to write is found by building the set's templates twice, for the old State and the new one, with
 * the workbook's own block sizes, and writing only the cells where the two differ. An input cell is never
 * given a value (only the look of a private-sector row), so nothing typed changes but the State itself.
 * Appendix J is never removed: a State that does not fund private-sector consultation keeps it, and its
 * figures are then errors (PSC_NOT_ALLOWED) the user clears, each at its cell.
 */
import { englishWords, msg, type Msg } from '../messages/words';
import {
  allowsPrivateSectorConsultation,
  evaluateBudget,
  findState,
  rulePackFor,
  type Budget,
  type RulePack,
  type StateEntry,
} from '../budget';
import { F_HEADER } from '../layout/appendixF';
import type { LayoutContext } from '../layout/context';
import { findOwnLayouts, SHEET_MARK_NAMES, TEMPLATE_KEYS, type TemplateKey } from '../layout/names';
import { buildTemplateModels, sheetsFirst } from '../layout/planner';
import { sheetHeights, sheetOps, sheetPrintSetup, type SheetModel } from '../layout/sheetModel';
import {
  a1,
  cellAt,
  freeSheetName,
  TEMPLATE_PROTECTION,
  type CellWrite,
  type WorkbookSnapshot,
  type WriteOp,
  type WritePlan,
} from '../port/workbookPort';
import { readOwnLayout } from './ownLayoutReader';
import type { ReadBudgetResult } from './readBudget';
import { isBlank } from './own/ownCells';

export interface StateChangeOptions {
  /** The new State: its USPS code or Appendix L name. */
  state: string;
  /** Which inserted set ("" the first, "_2"...); default: the first set with an Appendix F. */
  suffix?: string;
}

export interface StateChange {
  plan: WritePlan;
  from: StateEntry;
  to: StateEntry;
  fiscalYear: number;
  /** What the change does, in words, in the order a person reads them: shown before and after. */
  effects: Msg[];
  /** The sheet added (Appendix J), if any. */
  addedSheets: string[];
  /** The sheets of the set whose cells, rows or print setup change. */
  changedSheets: string[];
}

/** The change cannot be made as asked: a message for people. */
export class StateChangeError extends Error {
  constructor(readonly problem: Msg) {
    super(englishWords().render(problem));
    this.name = 'StateChangeError';
  }
}

interface OwnSet {
  suffix: string;
  sheets: Partial<Record<TemplateKey, string>>;
}

/** The set to change, its budget as read, and the rule pack and States of the change. */
function changeInputs(
  snapshot: WorkbookSnapshot,
  opts: StateChangeOptions,
  given: ReadBudgetResult | undefined,
): {
  set: OwnSet;
  budget: Budget;
  pack: RulePack;
  from: StateEntry;
  to: StateEntry;
  rowCounts: Record<string, number>;
} {
  const sets = findOwnLayouts(snapshot);
  const set =
    opts.suffix !== undefined ? sets.find((s) => s.suffix === opts.suffix) : sets.find((s) => s.sheets.appendixF);
  if (!set?.sheets.appendixF) throw new StateChangeError(msg('stateChange.noOwnBudget'));
  const read =
    given?.ok && given.context
      ? { budget: given.budget, context: given.context, stateInWords: given.stateInWords }
      : readOwnLayout(snapshot, { suffix: set.suffix });
  if (!read) throw new StateChangeError(msg('stateChange.unreadable'));
  const pack = rulePackFor(read.budget.fiscalYear);
  const to = pack ? findState(pack, opts.state) : undefined;
  if (pack && !to)
    throw new StateChangeError(
      msg('stateChange.unknownState', { state: opts.state, count: pack.states.length, year: pack.fiscalYear }),
    );
  // B2 typed over with another State: the templates were built for the State their words still name, and
  // the change is planned from that one (to B2's State, to finish it, or to any other). Words that name the
  // State asked for (a change stopped half-way) leave B2's State as the one to change from.
  const words = read.stateInWords && read.stateInWords !== to?.code ? read.stateInWords : undefined;
  const from = pack ? findState(pack, words ?? read.budget.state) : undefined;
  if (!pack || !from || !to) throw new StateChangeError(msg('stateChange.noRules', { year: read.budget.fiscalYear }));
  if (to.code === from.code) throw new StateChangeError(msg('stateChange.same', { state: from.name }));
  return {
    set,
    budget: read.budget,
    pack,
    from,
    to,
    rowCounts: { ...(read.context.rowCounts ?? {}) } as Record<string, number>,
  };
}

/**
 * `read`: the check's read of the same set (its budget and the layout it was read against), so the
 * workbook is not read again; without it, the set is read here.
 */
export function planStateChange(
  snapshot: WorkbookSnapshot,
  opts: StateChangeOptions,
  read?: ReadBudgetResult,
): StateChange {
  const { set, budget, pack, from, to, rowCounts } = changeInputs(snapshot, opts, read);
  const sheets = {} as Record<TemplateKey, string>;
  for (const k of TEMPLATE_KEYS) sheets[k] = set.sheets[k] ?? '';
  const oldKeys = TEMPLATE_KEYS.filter((k) => set.sheets[k]);
  const addJ = allowsPrivateSectorConsultation(pack, to.code) && !set.sheets.appendixJ;
  const newSheets = {
    ...sheets,
    appendixJ: addJ
      ? freeSheetName(
          'Appendix J',
          snapshot.sheetNames.map((s) => s.name),
        )
      : sheets.appendixJ,
  };
  const ctxOf = (state: StateEntry, of: Record<TemplateKey, string>): LayoutContext => ({
    pack,
    state,
    sheets: of,
    budget: null,
    allowsPsc: allowsPrivateSectorConsultation(pack, state.code),
    rowCounts,
  });
  const before = buildTemplateModels(ctxOf(from, sheets), oldKeys).models;
  const after = buildTemplateModels(ctxOf(to, newSheets), addJ ? [...oldKeys, 'appendixJ'] : oldKeys).models;

  const { ops, changedSheets } = rewrites(before, after, oldKeys, to);
  const addedSheets: string[] = [];
  const j = after.appendixJ;
  if (addJ && j) {
    addedSheets.push(j.sheet);
    // Appendix J goes right after the set's Appendix F, where a fresh insert puts it (before SF-424A).
    const fAt = snapshot.sheetNames.findIndex(
      (x) => x.name.toLowerCase() === (set.sheets.appendixF as string).toLowerCase(),
    );
    ops.unshift(
      ...addedSheetOps(snapshot, j, set.suffix).map((o) =>
        o.op === 'addSheet' && fAt >= 0 ? { ...o, position: fAt + 1 } : o,
      ),
    );
  }
  return {
    plan: { ops: sheetsFirst(ops) },
    from,
    to,
    fiscalYear: pack.fiscalYear,
    effects: effectsOf({
      snapshot,
      set,
      budget,
      pack,
      from,
      to,
      addedJ: addJ ? newSheets.appendixJ : null,
      jModel: before.appendixJ ?? null,
      footers: changedSheets.length,
    }),
    addedSheets,
    changedSheets,
  };
}

/**
 * The writes that turn each template of the set from the old State's into the new one's, each sheet
 * unprotected, written and protected again. Appendix F last, and the State cell its last write: a change that
 * fails half-way leaves the old State, so the same change can be made again (it writes whatever differs).
 */
function rewrites(
  before: Partial<Record<TemplateKey, SheetModel>>,
  after: Partial<Record<TemplateKey, SheetModel>>,
  oldKeys: TemplateKey[],
  to: StateEntry,
): { ops: WriteOp[]; changedSheets: string[] } {
  const ops: WriteOp[] = [];
  const changedSheets: string[] = [];
  for (const k of [...oldKeys.filter((x) => x !== 'appendixF'), 'appendixF' as const]) {
    const old = before[k];
    const now = after[k];
    if (!old || !now) continue;
    const writes = [...changedCells(old, now), ...changedRowsAndPrint(old, now)];
    if (k === 'appendixF')
      writes.push({
        op: 'cells',
        sheet: now.sheet,
        address: F_HEADER.state,
        rows: [[{ kind: 'value', value: to.name }]],
      });
    if (writes.length === 0) continue;
    changedSheets.push(now.sheet);
    ops.push({ op: 'unprotect', sheet: now.sheet }, ...writes, {
      op: 'protect',
      sheet: now.sheet,
      options: { ...TEMPLATE_PROTECTION },
    });
  }
  return { ops, changedSheets };
}

/** Appendix J as a new sheet of the set, its names with the set's suffix; refused when one is taken. */
function addedSheetOps(snapshot: WorkbookSnapshot, model: SheetModel, suffix: string): WriteOp[] {
  model.name(SHEET_MARK_NAMES.appendixJ, 'A1', "marks this sheet as the product's Appendix J");
  const taken = new Set(snapshot.names.map((n) => n.name.toLowerCase()));
  const clash = model.names.map((n) => `${n.base}${suffix}`).find((n) => taken.has(n.toLowerCase()));
  if (clash) throw new StateChangeError(msg('stateChange.nameTaken', { name: clash }));
  return sheetOps(model, (base) => `${base}${suffix}`);
}

function sameStyle(a: CellWrite, b: CellWrite): boolean {
  const sa = 'style' in a ? a.style : undefined;
  const sb = 'style' in b ? b.style : undefined;
  return sa === sb || JSON.stringify(sa ?? null) === JSON.stringify(sb ?? null);
}

function sameWrite(a: CellWrite, b: CellWrite): boolean {
  if (a.kind !== b.kind || !sameStyle(a, b)) return false;
  if (a.kind === 'value' && b.kind === 'value') return a.value === b.value;
  if (a.kind === 'formula' && b.kind === 'formula') return a.formula === b.formula;
  return true;
}

const isInput = (w: CellWrite | undefined) => w !== undefined && 'style' in w && w.style?.locked === false;

/**
 * The cells whose template differs between the two States, one `cells` op each. An input cell (unlocked
 * in either template) gets only its new look, never a value: what the user typed stays.
 */
function changedCells(old: SheetModel, now: SheetModel): WriteOp[] {
  const ops: WriteOp[] = [];
  const rows = new Set([...old.cells.keys(), ...now.cells.keys()]);
  for (const row of [...rows].sort((x, y) => x - y)) {
    const a = old.cells.get(row);
    const b = now.cells.get(row);
    const cols = new Set([...(a?.keys() ?? []), ...(b?.keys() ?? [])]);
    for (const col of [...cols].sort((x, y) => x - y)) {
      const was = a?.get(col);
      const is = b?.get(col);
      if (was && is && sameWrite(was, is)) continue;
      let write: CellWrite | null;
      if (isInput(was) || isInput(is))
        write =
          is && 'style' in is && is.style && (!was || !sameStyle(was, is)) ? { kind: 'style', style: is.style } : null;
      else write = is ?? { kind: 'value', value: null };
      if (write) ops.push({ op: 'cells', sheet: now.sheet, address: a1(row - 1, col), rows: [[write]] });
    }
  }
  return ops;
}

/** Row heights that change (a longer or shorter label) and the print setup when it differs (the footer). */
function changedRowsAndPrint(old: SheetModel, now: SheetModel): WriteOp[] {
  const ops: WriteOp[] = [];
  const oldHeights = sheetHeights(old);
  const newHeights = sheetHeights(now);
  const was = new Map(oldHeights.map((h) => [h.row, h.height]));
  const is = new Map(newHeights.map((h) => [h.row, h.height]));
  const heights = [...new Set([...was.keys(), ...is.keys()])]
    .filter((r) => was.get(r) !== is.get(r))
    .map((row) => ({ row, height: is.get(row) ?? 15 }));
  if (heights.length) ops.push({ op: 'rowHeights', sheet: now.sheet, heights });
  const printWas = sheetPrintSetup(old, oldHeights);
  const printIs = sheetPrintSetup(now, newHeights);
  if (printIs && JSON.stringify(printWas) !== JSON.stringify(printIs)) {
    // The page breaks are written only when they move: left out, the sheet keeps its own.
    const { breaksBefore, ...rest } = printIs;
    const same = JSON.stringify(printWas?.breaksBefore ?? []) === JSON.stringify(breaksBefore ?? []);
    ops.push({ op: 'print', sheet: now.sheet, setup: same ? rest : { ...rest, breaksBefore: breaksBefore ?? [] } });
  }
  return ops;
}

interface EffectsInput {
  snapshot: WorkbookSnapshot;
  set: OwnSet;
  budget: Budget;
  pack: RulePack;
  from: StateEntry;
  to: StateEntry;
  /** The sheet name Appendix J is added as, or null. */
  addedJ: string | null;
  /** The set's Appendix J as the template lays it out (its input cells), when the set has one. */
  jModel: SheetModel | null;
  footers: number;
}

/** Cells of Appendix J that hold something typed. */
function typedCells(snapshot: WorkbookSnapshot, sheet: string, model: SheetModel): number {
  const sh = snapshot.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
  if (!sh) return 0;
  let n = 0;
  for (const [row, cols] of model.cells)
    for (const [col, w] of cols) if (isInput(w) && !isBlank(cellAt(sh, row - 1, col))) n++;
  return n;
}

/** What the change does, for the question before it and the notice after it. */
function effectsOf(x: EffectsInput): Msg[] {
  const { from, to, budget, pack } = x;
  const sh = x.set.sheets;
  const f = sh.appendixF as string;
  const de = [sh.appendixD, sh.appendixE].filter((n): n is string => Boolean(n));
  // B2 already typed over with the new State: the change finishes what the typing began.
  const finishing = budget.state === to.code;
  const cell = `${f}!${F_HEADER.state}`;
  const out = [
    finishing
      ? de.length
        ? msg('stateChange.effect.alreadySaysAndSheets', { cell, state: to.name, sheets: de })
        : msg('stateChange.effect.alreadySays', { cell, state: to.name })
      : de.length
        ? msg('stateChange.effect.stateCellAndSheets', { cell, state: to.name, sheets: de })
        : msg('stateChange.effect.stateCell', { cell, state: to.name }),
  ];
  out.push(
    finishing
      ? msg('stateChange.effect.alreadyFollow', { cell })
      : budget.awardLevel !== null
        ? msg('stateChange.effect.awardTyped', {
            typed: budget.awardLevel,
            cell: `${f}!${F_HEADER.awardLevel}`,
            state: to.name,
            level: to.final,
          })
        : msg('stateChange.effect.award', { level: to.final, state: to.name, was: from.final, from: from.name }),
  );
  const pscTo = allowsPrivateSectorConsultation(pack, to.code);
  const pscFrom = allowsPrivateSectorConsultation(pack, from.code);
  const jSheet = x.set.sheets.appendixJ;
  if (x.addedJ) out.push(msg('stateChange.effect.jAdded', { sheet: x.addedJ, state: to.name }));
  else if (jSheet && !pscTo) {
    const typed = x.jModel ? typedCells(x.snapshot, jSheet, x.jModel) : 0;
    out.push(
      typed > 0
        ? msg('stateChange.effect.jStaysTyped', { count: typed, state: to.name })
        : msg('stateChange.effect.jStaysEmpty', { state: to.name }),
    );
  }
  const rows = de.length ? de : ['Appendix D', 'Appendix E'];
  if (pscTo !== pscFrom)
    out.push(
      pscTo
        ? msg('stateChange.effect.pscOpen', { sheets: rows })
        : msg('stateChange.effect.pscGrey', { sheets: rows, state: to.name }),
    );
  out.push(msg('stateChange.effect.footers', { count: x.footers, state: to.name }));
  out.push(findingsAfter(budget, from, to));
  return out;
}

/** The errors of the budget under the new State, beside those of today: what the change will bring up. */
function findingsAfter(budget: Budget, from: StateEntry, to: StateEntry): Msg {
  const errors = (b: Budget) => evaluateBudget(b).findings.filter((f) => f.severity === 'error');
  const now = errors(budget);
  const then = errors({ ...budget, state: to.code });
  const codes = [...new Set(then.map((f) => f.code))].filter((c) => !now.some((f) => f.code === c));
  if (then.length === 0)
    return now.length
      ? msg('stateChange.effect.keepsRulesHad', { state: to.name, count: now.length, from: from.name })
      : msg('stateChange.effect.keepsRules', { state: to.name });
  const data = { state: to.name, count: then.length, now: now.length, from: from.name };
  return codes.length
    ? msg('stateChange.effect.errorsNew', { ...data, codes: codes.join(', ') })
    : msg('stateChange.effect.errors', data);
}
