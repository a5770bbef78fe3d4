/**
 * Reads the product's own layout (src/layout) back from a WorkbookSnapshot, by its defined names, so
 * rows inserted inside a block are read too (Excel moves and grows the names with them). Only the
 * input cells are read; totals are recomputed by the domain, never taken from cached results.
 *
 * Workbook findings:
 * - NOT_A_NUMBER: text, a true/false or an error value in a number input; the value counts as blank.
 * - BROKEN_FORMULA: a template cell holding an error value, or a formula that refers to #REF!.
 * - FORMULA_OVERWRITTEN: a cell the layout made a formula now holds a typed constant (or nothing).
 * Formula cells are known by rebuilding the layout with the workbook's own block sizes; the read returns
 * them with the formula each should hold (`cells`), so the repairer needs no second read.
 *
 * This file walks the set; the reading itself is in own/: ownCells.ts (the Reader, by the rules of
 * inputCells.ts), appendixF.ts, appendicesDEJ.ts, templateFormulas.ts (formula cells overwritten or broken).
 */
import { englishWords, msg, type Msg } from '../messages/words';
import {
  COST_SECTIONS,
  DEFAULT_FISCAL_YEAR,
  fiscalYearsText,
  TOTAL_PATHS,
  allowsPrivateSectorConsultation,
  emptyBudget,
  findState,
  rulePackFor,
  type Budget,
  type Finding,
  type Remedy,
  type RulePack,
  type StateEntry,
} from '../budget';
import { AMOUNT_COLUMNS, F_HEADER } from '../layout/appendixF';
import type { LayoutContext } from '../layout/context';
import { N, findOwnLayouts, TEMPLATE_KEYS, type TemplateKey } from '../layout/names';
import { parseA1, type WorkbookSnapshot } from '../port/workbookPort';
import { OwnCells, namesOf, rowsOf } from './own/ownCells';
import { textOf } from './inputCells';
import { readCashForecast, readIndirect, readSection } from './own/appendixF';
import { readActivities, readConsultation, readStaffing } from './own/appendicesDEJ';
import { checkFormulaCells, ownTemplateCells, reportFollowers, templateModels } from './own/templateFormulas';
import type { TemplateCells } from './totalCell';
import { checkOwnNames } from './own/namesShape';
import { wordsOfAnotherState, wordsOfAnotherStateFinding } from './own/stateWords';

export interface OwnLayoutOptions {
  /** The State when the workbook's State cell names none. */
  state?: string;
  /** Which inserted set to read ("" the first, "_2"...); default: the first set that has an Appendix F. */
  suffix?: string;
  /**
   * Read a fiscal year the product has no rules for, with the rules it has. Only for callers that need
   * the template's cells, not its checks (the repairer: the formulas are the same every year).
   */
  anyFiscalYear?: boolean;
}

/** The workbook is ours but cannot give a budget (no State, or a fiscal year without rules): a message for people. */
export class OwnLayoutError extends Error {
  constructor(
    /** A clause after the workbook's name. */
    readonly problem: Msg,
    readonly remedy?: Remedy,
    /** The cell to correct, where one cell is the reason (the State cell). */
    readonly at?: { sheet: string; cell: string },
    /** The clause says something of the workbook ("says fiscal year 2013 ..."). */
    readonly ofWorkbook = false,
  ) {
    super(englishWords().render(problem));
    this.name = 'OwnLayoutError';
  }
}

/** Our layout whose defined names do not fit the template (own/namesShape.ts): read by its labels instead. */
export class OwnNamesError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings[0] ? englishWords().render(findings[0].message) : 'defined names do not fit the template');
    this.name = 'OwnNamesError';
  }
}

/** One set of our layout read: the budget, the workbook's findings, and the template's cells for the repairer. */
export interface OwnLayoutRead {
  budget: Budget;
  findings: Finding[];
  cells: TemplateCells;
  /** The layout the set was read against: its State, sheets and the workbook's own block sizes (a State change rebuilds it). */
  context: LayoutContext;
  /**
   * The State the templates' words still name (USPS code) when B2 was typed over with another State:
   * "Change this budget's State" finishes that change (STATE_CHANGE_UNFINISHED says so).
   */
  stateInWords?: string;
}

type OwnSet = ReturnType<typeof findOwnLayouts>[number];

/** A set's defined names: the range of a base name, and the first row of one (a name lost is a finding). */
interface SetNames {
  range(base: string): string | null;
  /** The 1-based first row of the name's range; null (and BROKEN_FORMULA) when the name is lost. */
  rowOf(base: string): number | null;
}

export function readOwnLayout(snapshot: WorkbookSnapshot, options: OwnLayoutOptions = {}): OwnLayoutRead | null {
  const sets = findOwnLayouts(snapshot);
  const set =
    options.suffix !== undefined ? sets.find((s) => s.suffix === options.suffix) : sets.find((s) => s.sheets.appendixF);
  const fSheet = set?.sheets.appendixF;
  if (!set || !fSheet) return null;
  const rd = new OwnCells(snapshot);
  if (!rd.sheet(fSheet)) return null;
  // The names are checked against each other and the template's shape before they size anything.
  const misfits = checkOwnNames(snapshot, set, fSheet, (name) => rd.sheet(name));
  if (misfits.length) throw new OwnNamesError(misfits);
  const header = readHeader(rd, fSheet, options);
  if (!header) return null;
  const { budget } = header;
  const names = setNames(snapshot, set, fSheet, rd);
  const rowCounts = readAppendixFBody(rd, fSheet, names, budget);
  Object.assign(rowCounts, readAppendicesDEJ(rd, set, names, budget));
  const sheets = {} as Record<TemplateKey, string>;
  for (const k of TEMPLATE_KEYS) sheets[k] = set.sheets[k] ?? '';
  const ctx: LayoutContext = {
    pack: header.pack,
    state: header.state,
    sheets,
    budget: null,
    allowsPsc: allowsPrivateSectorConsultation(header.pack, header.state.code),
    rowCounts,
  };
  const keys = TEMPLATE_KEYS.filter((k) => set.sheets[k]);
  const built = templateModels(ctx, keys);
  checkTemplates(rd, set, names, built);
  const words = wordsOfAnotherState(rd, ctx, set.sheets, built);
  if (words) rd.reader.findings.push(wordsOfAnotherStateFinding(fSheet, header.state, words));
  reportFollowers(rd);
  budget.places = rd.reader.places;
  return {
    budget,
    findings: rd.reader.findings,
    cells: ownTemplateCells(built, keys),
    context: ctx,
    ...(words ? { stateInWords: words.state.code } : {}),
  };
}

/** The header: State and fiscal year decide the rule pack; the header's figures. Throws OwnLayoutError when they cannot. */
function readHeader(
  rd: OwnCells,
  fSheet: string,
  options: OwnLayoutOptions,
): { pack: RulePack; state: StateEntry; budget: Budget } | null {
  const fy = rd.number(fSheet, F_HEADER.fiscalYear, 'fiscalYear');
  if (fy !== null && Number.isInteger(fy) && !rulePackFor(fy) && !options.anyFiscalYear) {
    // Falling back to the rules the product has would check a FY 2013 budget against FY 2012's award
    // levels and cap as if they were right.
    throw new OwnLayoutError(
      msg('read.ownOtherYear', { year: fy, cell: `${fSheet}!${F_HEADER.fiscalYear}`, years: fiscalYearsText() }),
      undefined,
      undefined,
      true,
    );
  }
  const pack: RulePack | undefined = rulePackFor(fy ?? DEFAULT_FISCAL_YEAR) ?? rulePackFor(DEFAULT_FISCAL_YEAR);
  if (!pack) return null;
  const stateText = rd.text(fSheet, F_HEADER.state, 'state');
  // B2 as the award level formula reads it (MATCH(TRIM(B2),…)): untrimmed here, trimmed as TRIM trims.
  const { row, col } = parseA1(F_HEADER.state);
  const typed = textOf(rd.cellAt(fSheet, row, col));
  // A State chosen elsewhere (the pane's picker, --state) stands in only for a blank cell: a B2 that names
  // no State ("Kentuky") is refused, so nothing is checked against a State the workbook does not hold.
  const state: StateEntry | undefined = stateText
    ? findState(pack, typed)
    : options.state
      ? findState(pack, options.state)
      : undefined;
  if (!state) {
    const cell = `${fSheet}!${F_HEADER.state}`;
    throw new OwnLayoutError(
      stateText
        ? msg('read.ownStateUnknown', { cell, text: JSON.stringify(stateText) })
        : msg('read.ownStateBlank', { cell }),
      stateText ? undefined : 'chooseState',
      { sheet: fSheet, cell: F_HEADER.state },
    );
  }
  const budget = emptyBudget(state.code, pack.fiscalYear);
  budget.awardLevel = rd.money(fSheet, F_HEADER.awardLevel, 'awardLevel');
  budget.adminCapJustification = rd.text(fSheet, F_HEADER.adminCapJustification, 'adminCapJustification');
  budget.programIncome = rd.money(fSheet, F_HEADER.programIncome, 'programIncome') ?? 0;
  budget.cashForecast = readCashForecast(rd, fSheet);
  return { pack, state, budget };
}

function setNames(snapshot: WorkbookSnapshot, set: OwnSet, fSheet: string, rd: OwnCells): SetNames {
  const names = namesOf(snapshot, set.suffix);
  const range = (base: string): string | null => names.get(base.toLowerCase())?.range ?? null;
  const brokenName = (base: string) => {
    const n = names.get(base.toLowerCase());
    rd.reader.findings.push({
      code: 'BROKEN_FORMULA',
      severity: 'error',
      message: n
        ? msg('finding.nameElsewhere', { name: `${base}${set.suffix}`, ref: n.ref })
        : msg('finding.nameMissing', { name: `${base}${set.suffix}` }),
      sheet: n?.sheet ?? fSheet,
      cell: null,
      path: null,
      where: msg('where.form', { part: base }),
      amount: null,
    });
  };
  const rowOf = (base: string): number | null => {
    const r = range(base);
    if (r) return rowsOf(r).top;
    brokenName(base);
    return null;
  };
  return { range, rowOf };
}

/** Appendix F's sections by their names, the indirect charges, the totals' places; returns each section's input rows. */
function readAppendixFBody(rd: OwnCells, fSheet: string, names: SetNames, budget: Budget): Record<string, number> {
  const rowCounts: Record<string, number> = {};
  for (const section of COST_SECTIONS) {
    const base = N.section(section);
    const r = names.range(base);
    if (!r) {
      names.rowOf(base); // reports the name lost
      continue;
    }
    const { top, bottom } = rowsOf(r);
    rowCounts[base] = bottom - top - 1;
    // Up to the bottom row: if the spare row was deleted, the name ends on the last input row.
    readSection(rd, fSheet, section, top + 1, bottom, budget);
  }
  const indirectRow = names.rowOf(N.indirect);
  if (indirectRow !== null) budget.indirect = readIndirect(rd, fSheet, indirectRow);
  const totalRow = names.rowOf(N.totalCharges);
  if (totalRow !== null) {
    for (const [key, col] of [...Object.entries(AMOUNT_COLUMNS), ['total', 'K']] as [
      keyof typeof TOTAL_PATHS,
      string,
    ][]) {
      rd.reader.place(TOTAL_PATHS[key], fSheet, `${col}${totalRow}`);
    }
  }
  for (const base of [N.travelTotal, N.totalDirect]) names.rowOf(base);
  return rowCounts;
}

/** Appendices E, D and J where the set has them; returns the row counts of J's lists. */
function readAppendicesDEJ(rd: OwnCells, set: OwnSet, names: SetNames, budget: Budget): Record<string, number> {
  const { appendixD, appendixE, appendixJ } = set.sheets;
  if (appendixE && rd.sheet(appendixE))
    readStaffing(rd, appendixE, names.range(N.eStaffing), names.range(N.eTotal), budget);
  if (appendixD && rd.sheet(appendixD))
    readActivities(rd, appendixD, [names.range(N.dCompliance), names.range(N.dAssistance)], budget);
  return appendixJ && rd.sheet(appendixJ) ? readConsultation(rd, appendixJ, names.range, budget) : {};
}

/** The formula cells, known by the layout rebuilt with this workbook's block sizes: overwritten or broken. */
function checkTemplates(rd: OwnCells, set: OwnSet, names: SetNames, built: ReturnType<typeof templateModels>): void {
  for (const k of TEMPLATE_KEYS) {
    const model = built[k];
    const sheetName = set.sheets[k];
    if (!model || !sheetName || !rd.sheet(sheetName)) continue;
    // Rows moved outside the blocks (a row inserted between sections): the rebuilt cells would not line up.
    const aligned = model.model.names.every((n) => {
      const actual = names.range(n.base);
      return actual === null || actual === n.range;
    });
    checkFormulaCells(rd, model, sheetName, aligned);
  }
}
