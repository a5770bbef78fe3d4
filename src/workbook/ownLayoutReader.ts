/**
 * Reads the product's own layout (src/layout) back from a WorkbookSnapshot, by its defined names, so
 * rows inserted inside a block are read too (Excel moves and grows the names with them). Only the
 * input cells are read; totals are recomputed by the domain, never taken from cached results.
 *
 * Workbook findings:
 * - NOT_A_NUMBER: text, a true/false or an error value in a number input; the value counts as blank.
 * - BROKEN_FORMULA: a template cell holding an error value, or a formula that refers to #REF!.
 * - FORMULA_OVERWRITTEN: a cell the layout made a formula now holds a typed constant (or nothing).
 * Formula cells are known by rebuilding the layout with the workbook's own block sizes.
 *
 * This file walks the set; the reading itself is in own/: ownCells.ts (the Reader, by the rules of
 * inputCells.ts), appendixF.ts, appendicesDEJ.ts, templateFormulas.ts (formula cells overwritten or broken).
 */
import { COST_SECTIONS, DEFAULT_FISCAL_YEAR, fiscalYearsText, TOTAL_PATHS, allowsPrivateSectorConsultation, emptyBudget, findState, rulePackFor, type Budget, type Finding, type Remedy, type RulePack, type StateEntry } from '../budget';
import { AMOUNT_COLUMNS, F_HEADER } from '../layout/appendixF';
import type { LayoutContext } from '../layout/context';
import { N, findOwnLayouts, TEMPLATE_KEYS, type TemplateKey } from '../layout/names';
import { a1, type WorkbookSnapshot } from '../port/workbookPort';
import { buildTemplateModels } from '../layout/planner';
import { Reader, namesOf, rowsOf } from './own/ownCells';
import { readCashForecast, readIndirect, readSection } from './own/appendixF';
import { readActivities, readConsultation, readStaffing } from './own/appendicesDEJ';
import { checkFormulaCells, formulaText, reportFollowers, templateModels } from './own/templateFormulas';

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
    message: string,
    readonly remedy?: Remedy,
  ) {
    super(message);
    this.name = 'OwnLayoutError';
  }
}

export function readOwnLayout(snapshot: WorkbookSnapshot, options: OwnLayoutOptions = {}): { budget: Budget; findings: Finding[] } | null {
  const sets = findOwnLayouts(snapshot);
  const set = options.suffix !== undefined ? sets.find((s) => s.suffix === options.suffix) : sets.find((s) => s.sheets.appendixF);
  const fSheet = set?.sheets.appendixF;
  if (!set || !fSheet) return null;
  const rd = new Reader(snapshot);
  if (!rd.sheet(fSheet)) return null;
  const names = namesOf(snapshot, set.suffix);
  const range = (base: string): string | null => {
    const n = names.get(base.toLowerCase());
    return n?.range ?? null;
  };
  const brokenName = (base: string) => {
    const n = names.get(base.toLowerCase());
    rd.findings.push({
      code: 'BROKEN_FORMULA',
      severity: 'error',
      message: `The name ${base}${set.suffix} ${n ? `refers to ${n.ref}, no longer to cells of the template` : 'is missing'}: rows of the template were deleted; insert the templates again and copy the figures over.`,
      sheet: n?.sheet ?? fSheet,
      cell: null,
      path: null,
      where: base,
      amount: null,
    });
  };

  // The header: State and fiscal year decide the rule pack.
  const fy = rd.number(fSheet, F_HEADER.fiscalYear, 'fiscalYear');
  if (fy !== null && Number.isInteger(fy) && !rulePackFor(fy) && !options.anyFiscalYear) {
    // Falling back to the rules the product has would check a FY 2013 budget against FY 2012's award
    // levels and cap as if they were right.
    throw new OwnLayoutError(
      `says fiscal year ${fy} (${fSheet}!${F_HEADER.fiscalYear}), but Grant Budget holds the rules of ${fiscalYearsText()} only ` +
        `(Appendix L award levels, the administration cap): its checks would not be those of FY ${fy}. ` +
        `Review it against the FY ${fy} instructions, or correct the year if it is a typing slip`,
    );
  }
  const pack: RulePack | undefined = rulePackFor(fy ?? DEFAULT_FISCAL_YEAR) ?? rulePackFor(DEFAULT_FISCAL_YEAR);
  if (!pack) return null;
  const stateText = rd.text(fSheet, F_HEADER.state, 'state');
  const state: StateEntry | undefined = findState(pack, stateText) ?? (options.state ? findState(pack, options.state) : undefined);
  if (!state) {
    throw new OwnLayoutError(
      `${fSheet}!${F_HEADER.state} should name the State (${stateText ? `it holds ${JSON.stringify(stateText)}` : 'it is blank'}): type its Appendix L name or USPS code there`,
      'chooseState',
    );
  }
  const budget = emptyBudget(state.code, pack.fiscalYear);
  budget.awardLevel = rd.money(fSheet, F_HEADER.awardLevel, 'awardLevel');
  budget.adminCapJustification = rd.text(fSheet, F_HEADER.adminCapJustification, 'adminCapJustification');
  budget.programIncome = rd.money(fSheet, F_HEADER.programIncome, 'programIncome') ?? 0;
  budget.cashForecast = readCashForecast(rd, fSheet);

  // Appendix F sections, by their names.
  const rowCounts: Record<string, number> = {};
  for (const section of COST_SECTIONS) {
    const r = range(N.section(section));
    if (!r) {
      brokenName(N.section(section));
      continue;
    }
    const { top, bottom } = rowsOf(r);
    rowCounts[N.section(section)] = bottom - top - 1;
    // Up to the bottom row: if the spare row was deleted, the name ends on the last input row.
    readSection(rd, fSheet, section, top + 1, bottom, budget);
  }
  const rowOf = (base: string): number | null => {
    const r = range(base);
    if (!r) {
      brokenName(base);
      return null;
    }
    return rowsOf(r).top;
  };
  const indirectRow = rowOf(N.indirect);
  if (indirectRow !== null) budget.indirect = readIndirect(rd, fSheet, indirectRow);
  const totalRow = rowOf(N.totalCharges);
  if (totalRow !== null) {
    for (const [key, col] of [...Object.entries(AMOUNT_COLUMNS), ['total', 'K']] as [keyof typeof TOTAL_PATHS, string][]) {
      rd.place(TOTAL_PATHS[key], fSheet, `${col}${totalRow}`);
    }
  }
  for (const base of [N.travelTotal, N.totalDirect]) rowOf(base);

  if (set.sheets.appendixE && rd.sheet(set.sheets.appendixE)) readStaffing(rd, set.sheets.appendixE, range(N.eStaffing), range(N.eTotal), budget);
  if (set.sheets.appendixD && rd.sheet(set.sheets.appendixD)) readActivities(rd, set.sheets.appendixD, [range(N.dCompliance), range(N.dAssistance)], budget);
  if (set.sheets.appendixJ && rd.sheet(set.sheets.appendixJ)) {
    const jCounts = readConsultation(rd, set.sheets.appendixJ, range, budget);
    Object.assign(rowCounts, jCounts);
  }

  // The formula cells, known by rebuilding the layout with this workbook's block sizes.
  const sheets = {} as Record<TemplateKey, string>;
  for (const k of TEMPLATE_KEYS) sheets[k] = set.sheets[k] ?? '';
  const ctx: LayoutContext = { pack, state, sheets, budget: null, allowsPsc: allowsPrivateSectorConsultation(pack, state.code), rowCounts };
  const keys = TEMPLATE_KEYS.filter((k) => set.sheets[k]);
  const built = templateModels(ctx, keys);
  for (const k of keys) {
    const model = built[k];
    const sheetName = set.sheets[k];
    if (!model || !sheetName || !rd.sheet(sheetName)) continue;
    // Rows moved outside the blocks (a row inserted between sections): the rebuilt cells would not line up.
    const aligned = model.model.names.every((n) => {
      const actual = range(n.base);
      return actual === null || actual === n.range;
    });
    checkFormulaCells(rd, model, sheetName, aligned);
  }

  reportFollowers(rd);
  budget.places = rd.places;
  return { budget, findings: rd.findings };
}

/**
 * The formula every formula cell of our layout should hold, rebuilt with the workbook's block sizes,
 * for the repairer. Null when the snapshot holds no own layout.
 */
export function expectedOwnFormulas(snapshot: WorkbookSnapshot, options: OwnLayoutOptions = {}): { sheet: string; cell: string; formula: string }[] | null {
  const read = readOwnLayout(snapshot, { ...options, anyFiscalYear: true });
  if (!read) return null;
  const sets = findOwnLayouts(snapshot);
  const set = options.suffix !== undefined ? sets.find((s) => s.suffix === options.suffix) : sets.find((s) => s.sheets.appendixF);
  if (!set) return null;
  const pack = rulePackFor(read.budget.fiscalYear);
  const state = pack ? findState(pack, read.budget.state) : undefined;
  if (!pack || !state) return null;
  const names = namesOf(snapshot, set.suffix);
  const rowCounts: Record<string, number> = {};
  for (const base of [...COST_SECTIONS.map((s) => N.section(s)), N.jIndustries, N.jHazards, N.jMeasures]) {
    const r = names.get(base.toLowerCase())?.range;
    if (r) {
      const { top, bottom } = rowsOf(r);
      rowCounts[base] = bottom - top - 1;
    }
  }
  const sheets = {} as Record<TemplateKey, string>;
  for (const k of TEMPLATE_KEYS) sheets[k] = set.sheets[k] ?? '';
  const keys = TEMPLATE_KEYS.filter((k) => set.sheets[k]);
  const built = buildTemplateModels({ pack, state, sheets, budget: null, allowsPsc: allowsPrivateSectorConsultation(pack, state.code), rowCounts }, keys);
  const out: { sheet: string; cell: string; formula: string }[] = [];
  for (const k of keys) {
    const model = built.models[k];
    if (!model) continue;
    for (const [row, cols] of model.cells) {
      for (const [col, w] of cols) if (w.kind === 'formula') out.push({ sheet: model.sheet, cell: a1(row - 1, col), formula: formulaText(w.formula) });
    }
  }
  return out;
}
