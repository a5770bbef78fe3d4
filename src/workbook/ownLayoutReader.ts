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
 */
import {
  COMPLIANCE_ASSISTANCE_KEYS,
  CONSULTATION_VISIT_KEYS,
  COST_SECTIONS,
  DEFAULT_FISCAL_YEAR,
  fiscalYearsText,
  INSPECTION_KEYS,
  PRIVATE_SECTOR_PROGRAM_TYPES,
  STAFFING_FIELDS,
  STAFFING_KEYS,
  TOTAL_PATHS,
  YEAR_KEYS,
  allowsPrivateSectorConsultation,
  emptyBudget,
  findState,
  rulePackFor,
  type Budget,
  type CashForecast,
  type CostLine,
  type CostSection,
  type Finding,
  type NamedSafetyHealth,
  type RulePack,
  type SafetyHealth,
  type StateEntry,
} from '../budget';
import { AMOUNT_COLUMNS, F_HEADER, SECTION_SPECS } from '../layout/appendixF';
import { COMPLIANCE_ASSISTANCE_LABELS, CONSULTATION_VISIT_LABELS, D_VALUE_COLUMNS, INSPECTION_LABELS } from '../layout/appendixD';
import { E_FIELD_COLUMNS, STAFFING_ROW_LABELS } from '../layout/appendixE';
import type { LayoutContext } from '../layout/context';
import { N, findOwnLayouts, rangeOfRef, splitSuffix, TEMPLATE_KEYS, type TemplateKey } from '../layout/names';
import { buildTemplateModels } from '../layout/planner';
import type { SheetModel } from '../layout/sheetModel';
import { OwnLayoutPlaces } from './ownLayoutPlaces';
import { inputFinding, readInputCell, type InputKind } from './inputCells';
import { a1, columnIndex, isErrorValue, parseA1, type CellSnapshot, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../port/workbookPort';

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
  constructor(message: string) {
    super(message);
    this.name = 'OwnLayoutError';
  }
}

interface NameRef {
  sheet: string | null;
  range: string | null;
  ref: string;
}

function rowsOf(range: string): { top: number; bottom: number; left: number; right: number } {
  const [a, b] = range.split(':');
  const p = parseA1(a as string);
  const q = parseA1((b ?? a) as string);
  return { top: p.row + 1, bottom: q.row + 1, left: p.col, right: q.col };
}

const BLANK_CELL: CellSnapshot = { value: null, formula: null };

function isBlankValue(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** Blank: no figure and no formula (a formula saved without its result is not a blank). */
function isBlank(c: CellSnapshot): boolean {
  return c.formula === null && isBlankValue(c.value);
}

function textOf(c: CellSnapshot): string {
  const v = c.value;
  if (v === null || isErrorValue(v)) return '';
  return typeof v === 'string' ? v : String(v);
}

function flagOf(c: CellSnapshot): boolean {
  const t = textOf(c).trim().toUpperCase();
  return t === 'Y' || t === 'YES';
}

function shown(v: CellValue): string {
  if (isErrorValue(v)) return v.error;
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  return String(v);
}

/**
 * Reads cells and keeps the findings and places on the way; figures are read by the rules both layouts
 * share (inputCells.ts). The `...Of` methods take a cell read at a 0-based row and column and record no
 * place (cost lines, whose places OwnLayoutPlaces computes); the others take an A1 address and record the
 * path's place. An address is only built for a finding.
 */
class Reader {
  readonly findings: Finding[] = [];
  readonly places = new OwnLayoutPlaces();
  /** Input cells already reported, so the error scan does not report them twice. */
  readonly reported = new Set<string>();
  /** Formula cells showing an error value but whose own formula is whole: usually errors that follow from a broken cell. */
  readonly followers: { sheet: string; cell: string; snapshot: CellSnapshot; expected: string | null }[] = [];
  private readonly sheets = new Map<string, SheetSnapshot>();

  constructor(snapshot: WorkbookSnapshot) {
    // The first sheet of a name, as a search from the start would find it.
    for (const s of snapshot.sheets) if (!this.sheets.has(s.name)) this.sheets.set(s.name, s);
  }

  sheet(name: string): SheetSnapshot | undefined {
    return this.sheets.get(name);
  }

  cellAt(sheet: string, row0: number, col0: number): CellSnapshot {
    const s = this.sheets.get(sheet);
    if (!s) return BLANK_CELL;
    return s.cells[row0 - s.origin.row]?.[col0 - s.origin.col] ?? BLANK_CELL;
  }

  place(path: string | null, sheet: string, cell: string): void {
    if (path) this.places.set(path, { sheet, cell });
  }

  /** Records the path's place; the cell's 0-based position. */
  private locate(sheet: string, cell: string, path: string | null): { row: number; col: number } {
    this.place(path, sheet, cell);
    return parseA1(cell);
  }

  /** NOT_A_NUMBER at the cell: `problem` continues the sentence "Sheet!A1 ...". */
  problem(sheet: string, cell: string, path: string | null, problem: string): void {
    this.reported.add(`${sheet}!${cell}`);
    this.findings.push(inputFinding(problem, { sheet, cell, path }));
  }

  /** The cell read as `kind`; the finding's path is `path + field` (a line's prefix and its field: joined only for a finding). */
  inputOf(c: CellSnapshot, kind: InputKind, sheet: string, row0: number, col0: number, path: string | null, field = ''): number | null {
    const r = readInputCell(c, kind);
    if (r.problem !== null) this.problem(sheet, a1(row0, col0), path === null ? null : path + field, r.problem);
    return r.value;
  }

  private input(sheet: string, cell: string, path: string | null, kind: InputKind): number | null {
    const p = this.locate(sheet, cell, path);
    return this.inputOf(this.cellAt(sheet, p.row, p.col), kind, sheet, p.row, p.col, path);
  }

  number(sheet: string, cell: string, path: string | null): number | null {
    return this.input(sheet, cell, path, 'number');
  }

  money(sheet: string, cell: string, path: string | null): number | null {
    return this.input(sheet, cell, path, 'money');
  }

  fte(sheet: string, cell: string, path: string | null): number | null {
    return this.input(sheet, cell, path, 'fte');
  }

  count(sheet: string, cell: string, path: string | null): number | null {
    return this.input(sheet, cell, path, 'count');
  }

  text(sheet: string, cell: string, path: string | null): string {
    const p = this.locate(sheet, cell, path);
    return textOf(this.cellAt(sheet, p.row, p.col));
  }

  flag(sheet: string, cell: string, path: string | null): boolean {
    const p = this.locate(sheet, cell, path);
    return flagOf(this.cellAt(sheet, p.row, p.col));
  }

  blank(sheet: string, cell: string): boolean {
    const p = parseA1(cell);
    return isBlank(this.cellAt(sheet, p.row, p.col));
  }
}

/** The names of one set of our layout, by lower-case base name. */
function namesOf(snapshot: WorkbookSnapshot, suffix: string): Map<string, NameRef> {
  const out = new Map<string, NameRef>();
  for (const n of snapshot.names) {
    const s = splitSuffix(n.name);
    if (s.suffix !== suffix || !s.base.toUpperCase().startsWith('GB_')) continue;
    const ref = n.ref.replace(/^=/, '');
    const sheetMatch = /^(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(ref);
    const sheet = sheetMatch ? (sheetMatch[1] ?? sheetMatch[2] ?? '').replace(/''/g, "'") : null;
    out.set(s.base.toLowerCase(), { sheet, range: rangeOfRef(ref), ref: n.ref });
  }
  return out;
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
      `says fiscal year ${fy} (${fSheet}!${F_HEADER.fiscalYear}), but grant-budget holds the rules of ${fiscalYearsText()} only ` +
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
      `${fSheet}!${F_HEADER.state} should name the State (${stateText ? `it holds ${JSON.stringify(stateText)}` : 'it is blank'}): type the State's Appendix L name or USPS code, or give --state`,
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

function readCashForecast(rd: Reader, sheet: string): CashForecast | null {
  const row = (range: string): CashForecast['federal'] => {
    const { top, left, right } = rowsOf(range);
    const cells: string[] = [];
    for (let c = left; c <= right; c++) cells.push(a1(top - 1, c));
    const values = cells.map((cell) => rd.money(sheet, cell, null));
    if (values.every((v) => v === null)) return null;
    return values.map((v) => v ?? 0) as [number, number, number, number];
  };
  const federal = row(F_HEADER.cashFederal);
  const nonFederal = row(F_HEADER.cashNonFederal);
  rd.place('cashForecast.federal', sheet, F_HEADER.cashFederal.split(':')[0] as string);
  rd.place('cashForecast.nonFederal', sheet, F_HEADER.cashNonFederal.split(':')[0] as string);
  return federal || nonFederal ? { federal, nonFederal } : null;
}

/** The 0-based columns of a section's figures, by field, and the columns whose cells make a line. */
function sectionColumns(section: CostSection): { cols: Map<string, number>; inputCols: number[] } {
  const spec = SECTION_SPECS[section];
  const cols = new Map<string, number>([['item', columnIndex('A')]]);
  for (const [k, col] of Object.entries(AMOUNT_COLUMNS)) cols.set(k, columnIndex(col));
  cols.set('total', columnIndex('K'));
  cols.set('privateSectorConsultation', columnIndex('L'));
  for (const e of spec.extra) cols.set(e.field, columnIndex(e.col));
  const inputCols = ['A', ...spec.extra.map((x) => x.col), ...Object.values(AMOUNT_COLUMNS), 'L'].map(columnIndex);
  return { cols, inputCols };
}

const BLANK_ROW: readonly CellSnapshot[] = [];

function readSection(rd: Reader, sheet: string, section: CostSection, first: number, last: number, budget: Budget): void {
  const snap = rd.sheet(sheet);
  if (!snap) return;
  const spec = SECTION_SPECS[section];
  const { cols, inputCols } = sectionColumns(section);
  const [fa, fp, ff, fm, f1] = (['administration', 'program', 'federal', 'stateMatch', 'state100'] as const).map((k) => columnIndex(AMOUNT_COLUMNS[k])) as [number, number, number, number, number];
  const extras = spec.extra.map((e) => ({ ...e, c: columnIndex(e.col) }));
  const itemCol = columnIndex('A');
  const markCol = columnIndex('L');
  // The lines' places are computed when asked: one row per line here, the columns above.
  const rows = rd.places.section(section, sheet, cols);
  const lines: CostLine[] = budget[section];
  const { row: top, col: left } = snap.origin;
  for (let r = first; r <= last; r++) {
    const row0 = r - 1;
    const cells = snap.cells[row0 - top] ?? BLANK_ROW;
    const at = (c: number): CellSnapshot => cells[c - left] ?? BLANK_CELL;
    let empty = true;
    for (const c of inputCols) {
      if (!isBlank(at(c))) {
        empty = false;
        break;
      }
    }
    if (empty) continue;
    const prefix = `${section}[${lines.length}].`;
    rows.push(row0);
    const mark = flagOf(at(markCol));
    const line: CostLine = {
      item: textOf(at(itemCol)),
      administration: rd.inputOf(at(fa), 'money', sheet, row0, fa, prefix, 'administration') ?? 0,
      program: rd.inputOf(at(fp), 'money', sheet, row0, fp, prefix, 'program') ?? 0,
      federal: rd.inputOf(at(ff), 'money', sheet, row0, ff, prefix, 'federal') ?? 0,
      stateMatch: rd.inputOf(at(fm), 'money', sheet, row0, fm, prefix, 'stateMatch') ?? 0,
      state100: rd.inputOf(at(f1), 'money', sheet, row0, f1, prefix, 'state100') ?? 0,
      privateSectorConsultation: mark,
    };
    const x = line as unknown as Record<string, unknown>;
    for (const e of extras) {
      const v = at(e.c);
      if (e.kind === 'money' || e.kind === 'fte' || e.kind === 'count') x[e.field] = rd.inputOf(v, e.kind, sheet, row0, e.c, prefix, e.field);
      else if (e.kind === 'flag') x[e.field] = flagOf(v);
      else x[e.field] = textOf(v);
    }
    if (section === 'personnel') {
      const type = String(x.programType ?? '').trim();
      line.privateSectorConsultation = mark || PRIVATE_SECTOR_PROGRAM_TYPES.includes(type);
    }
    lines.push(line);
  }
}

function readIndirect(rd: Reader, sheet: string, r: number): Budget['indirect'] {
  const cells = ['B', 'C', 'F', 'H', 'I', 'J'].map((c) => `${c}${r}`);
  if (cells.every((c) => rd.blank(sheet, c))) {
    for (const [k, c] of [['administration', 'F'], ['federal', 'H'], ['stateMatch', 'I'], ['state100', 'J']]) rd.place(`indirect.${k}`, sheet, `${c}${r}`);
    return null;
  }
  let rate = rd.number(sheet, `B${r}`, 'indirect.rate');
  if (rate !== null && (rate < 0 || rate > 1)) {
    rd.problem(sheet, `B${r}`, 'indirect.rate', `holds ${rate} where a rate between 0% and 100% belongs; it counts as blank here: type the rate, e.g. 10% or 0.1.`);
    rate = null;
  }
  return {
    rate,
    base: rd.text(sheet, `C${r}`, 'indirect.base'),
    administration: rd.money(sheet, `F${r}`, 'indirect.administration') ?? 0,
    federal: rd.money(sheet, `H${r}`, 'indirect.federal') ?? 0,
    stateMatch: rd.money(sheet, `I${r}`, 'indirect.stateMatch') ?? 0,
    state100: rd.money(sheet, `J${r}`, 'indirect.state100') ?? 0,
  };
}

const normalize = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function readStaffing(rd: Reader, sheet: string, block: string | null, total: string | null, budget: Budget): void {
  if (!block) return;
  const { top, bottom } = rowsOf(block);
  rd.place('staffing', sheet, `A${top + 1}`);
  if (total) rd.place('staffing.total', sheet, total.split(':')[0] as string);
  const byLabel = new Map(STAFFING_KEYS.map((k) => [normalize(STAFFING_ROW_LABELS[k]), k]));
  for (let r = top + 1; r < bottom; r++) {
    const key = byLabel.get(normalize(rd.text(sheet, `A${r}`, null)));
    if (!key) continue;
    const row = Object.fromEntries(STAFFING_FIELDS.map((f) => [f, rd.fte(sheet, `${E_FIELD_COLUMNS[f]}${r}`, `staffing.${key}.${f}`)]));
    if (STAFFING_FIELDS.some((f) => row[f] !== null)) budget.staffing[key] = row as Record<(typeof STAFFING_FIELDS)[number], number | null>;
  }
}

function readActivities(rd: Reader, sheet: string, blocks: (string | null)[], budget: Budget): void {
  const labels = new Map<string, { group: 'inspections' | 'consultationVisits' | 'complianceAssistance'; key: string }>();
  for (const k of INSPECTION_KEYS) labels.set(normalize(INSPECTION_LABELS[k]), { group: 'inspections', key: k });
  for (const k of CONSULTATION_VISIT_KEYS) labels.set(normalize(CONSULTATION_VISIT_LABELS[k]), { group: 'consultationVisits', key: k });
  for (const k of COMPLIANCE_ASSISTANCE_KEYS) labels.set(normalize(COMPLIANCE_ASSISTANCE_LABELS[k]), { group: 'complianceAssistance', key: k });
  for (const block of blocks) {
    if (!block) continue;
    const { top, bottom } = rowsOf(block);
    for (let r = top; r <= bottom; r++) {
      const hit = labels.get(normalize(rd.text(sheet, `A${r}`, null)));
      if (!hit) continue;
      const [a, b] = hit.group === 'complianceAssistance' ? (['new', 'total'] as const) : (['safety', 'health'] as const);
      const row: Record<string, Record<string, number | null>> = {};
      let any = false;
      YEAR_KEYS.forEach((y, i) => {
        const va = rd.count(sheet, `${D_VALUE_COLUMNS[i * 2]}${r}`, `activities.${hit.group}.${hit.key}.${y}.${a}`);
        const vb = rd.count(sheet, `${D_VALUE_COLUMNS[i * 2 + 1]}${r}`, `activities.${hit.group}.${hit.key}.${y}.${b}`);
        row[y] = { [a]: va, [b]: vb };
        any = any || va !== null || vb !== null;
      });
      if (any) (budget.activities[hit.group] as Record<string, unknown>)[hit.key] = row;
    }
  }
}

/** Reads Appendix J; returns the row counts of its lists for rebuilding the layout. */
function readConsultation(rd: Reader, sheet: string, range: (base: string) => string | null, budget: Budget): Record<string, number> {
  const c = budget.consultation;
  const counts: Record<string, number> = {};
  const sh = (r: number, cols: [string, string], path: string): SafetyHealth | undefined => {
    const safety = rd.count(sheet, `${cols[0]}${r}`, `${path}.safety`);
    const health = rd.count(sheet, `${cols[1]}${r}`, `${path}.health`);
    return safety === null && health === null ? undefined : { safety, health };
  };
  const visits = range(N.jVisits);
  if (visits) {
    const { top } = rowsOf(visits);
    const construction = sh(top, ['C', 'D'], 'consultation.visits.construction');
    const nonConstruction = sh(top + 1, ['C', 'D'], 'consultation.visits.nonConstruction');
    if (construction) c.visits.construction = construction;
    if (nonConstruction) c.visits.nonConstruction = nonConstruction;
  }
  const ev = range(N.jEmphasisVisits);
  if (ev) {
    const v = sh(rowsOf(ev).top, ['C', 'D'], 'consultation.emphasisVisits');
    if (v) c.emphasisVisits = v;
  }
  const list = (base: string, key: 'emphasisIndustries' | 'emphasisHazards') => {
    const r = range(base);
    if (!r) return;
    const { top, bottom } = rowsOf(r);
    counts[base] = bottom - top - 1;
    const out: NamedSafetyHealth[] = [];
    for (let row = top + 1; row <= bottom; row++) {
      if (['B', 'C', 'D'].every((col) => rd.blank(sheet, `${col}${row}`))) continue;
      const i = out.length;
      out.push({
        name: rd.text(sheet, `B${row}`, `consultation.${key}[${i}].name`),
        safety: rd.count(sheet, `C${row}`, `consultation.${key}[${i}].safety`),
        health: rd.count(sheet, `D${row}`, `consultation.${key}[${i}].health`),
      });
    }
    c[key] = out;
  };
  list(N.jIndustries, 'emphasisIndustries');
  list(N.jHazards, 'emphasisHazards');
  const measures = range(N.jMeasures);
  if (measures) {
    const { top, bottom } = rowsOf(measures);
    counts[N.jMeasures] = bottom - top - 1;
    for (let row = top + 1; row <= bottom; row++) {
      if (['B', 'E'].every((col) => rd.blank(sheet, `${col}${row}`))) continue;
      const i = c.agencyMeasures.length;
      c.agencyMeasures.push({ name: rd.text(sheet, `B${row}`, `consultation.agencyMeasures[${i}].name`), total: rd.count(sheet, `E${row}`, `consultation.agencyMeasures[${i}].total`) });
    }
  }
  const sharp = range(N.jSharp);
  if (sharp) {
    const { top } = rowsOf(sharp);
    const n = rd.count(sheet, `C${top}`, 'consultation.sharp.new');
    const cur = rd.count(sheet, `C${top + 1}`, 'consultation.sharp.current');
    if (n !== null || cur !== null) c.sharp = { new: n, current: cur };
  }
  const single = (base: string, path: 'renewals' | 'preSharp' | 'interventions') => {
    const r = range(base);
    if (r) c[path] = rd.count(sheet, r.split(':')[0] as string, `consultation.${path}`);
  };
  single(N.jRenewals, 'renewals');
  single(N.jPreSharp, 'preSharp');
  single(N.jInterventions, 'interventions');
  rd.place('consultation', sheet, 'C7');
  return counts;
}

function formulaText(f: string): string {
  return f.startsWith('=') ? f : `=${f}`;
}

/**
 * A rebuilt template, arranged for one pass over the sheet: its formula cells in the model's order,
 * and a grid (row-major, `width` columns, 0-based) that tells for each cell what the layout made
 * there: NOTHING, an INPUT cell, or formula number i (code 2i, or 2i + 1 for an unlocked formula).
 */
interface TemplateModel {
  model: SheetModel;
  formulas: { row0: number; col0: number; formula: string }[];
  grid: Int32Array;
  width: number;
}

const NOTHING = -1;
const INPUT = -2;

function arrange(model: SheetModel): TemplateModel {
  const formulas: TemplateModel['formulas'] = [];
  let rows = 0;
  let width = 0;
  for (const [row, cols] of model.cells) {
    rows = Math.max(rows, row);
    for (const col of cols.keys()) width = Math.max(width, col + 1);
  }
  const grid = new Int32Array(rows * width).fill(NOTHING);
  for (const [row, cols] of model.cells) {
    for (const [col, w] of cols) {
      const input = w.kind !== 'skip' && w.style?.locked === false;
      if (w.kind === 'formula') {
        grid[(row - 1) * width + col] = formulas.length * 2 + (input ? 1 : 0);
        formulas.push({ row0: row - 1, col0: col, formula: w.formula });
      } else if (input) grid[(row - 1) * width + col] = INPUT;
    }
  }
  return { model, formulas, grid, width };
}

/**
 * The rebuilt layout of the last workbook read. A re-check after an edit reads the same workbook
 * with the same block sizes again; the layout depends on nothing else (the context below, with no
 * budget), so it is rebuilt only when a size, a sheet name, the State or the year changed. The
 * models are only read here, never written.
 */
let lastModels: { key: string; models: Partial<Record<TemplateKey, TemplateModel>> } | null = null;

function templateModels(ctx: LayoutContext, keys: readonly TemplateKey[]): Partial<Record<TemplateKey, TemplateModel>> {
  const key = JSON.stringify([ctx.pack.fiscalYear, ctx.state.code, ctx.allowsPsc, ctx.sheets, ctx.rowCounts ?? null, keys]);
  if (lastModels?.key === key) return lastModels.models;
  const built = buildTemplateModels(ctx, keys);
  const models: Partial<Record<TemplateKey, TemplateModel>> = {};
  for (const k of keys) {
    const model = built.models[k];
    if (model) models[k] = arrange(model);
  }
  lastModels = { key, models };
  return models;
}

function isBrokenFormula(formula: string | null): boolean {
  return formula !== null && formula.includes('#') && /#REF!/i.test(formula);
}


/**
 * Compares the sheet with the rebuilt layout: formula cells overwritten or broken; then any error
 * value left in the sheet outside the inputs already reported. One pass over the sheet's cells (a
 * sheet of 10,000 lines holds some 190,000, and next to none is wrong); the findings come in the
 * layout's order for its formula cells, then in the sheet's order for the others.
 */
function checkFormulaCells(rd: Reader, template: TemplateModel, sheet: string, aligned: boolean): void {
  const snap = rd.sheet(sheet);
  if (!snap) return;
  const { formulas, grid, width } = template;
  const gridRows = width ? grid.length / width : 0;
  /** Formula cells of the layout that are not whole, by formula number. */
  const wrong: { index: number; cell: CellSnapshot }[] = [];
  const seen = new Uint8Array(formulas.length);
  /** Other cells holding an error value or a formula over #REF!. */
  const others: { row0: number; col0: number; cell: CellSnapshot; input: boolean }[] = [];
  const rows = snap.cells;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as CellSnapshot[];
    const row0 = snap.origin.row + i;
    const base = row0 < gridRows ? row0 * width : -1;
    for (let j = 0; j < row.length; j++) {
      const cell = row[j] as CellSnapshot;
      const col0 = snap.origin.col + j;
      const code = base >= 0 && col0 < width ? (grid[base + col0] as number) : NOTHING;
      if (aligned && code >= 0) {
        seen[code >> 1] = 1;
        if (cell.formula === null || isErrorValue(cell.value) || isBrokenFormula(cell.formula)) wrong.push({ index: code >> 1, cell });
        continue;
      }
      if (!isErrorValue(cell.value) && !isBrokenFormula(cell.formula)) continue;
      others.push({ row0, col0, cell, input: code === INPUT || (code >= 0 && (code & 1) === 1) });
    }
  }
  if (aligned) {
    // Formula cells outside the sheet's used range: emptied.
    for (let k = 0; k < formulas.length; k++) if (!seen[k]) wrong.push({ index: k, cell: BLANK_CELL });
    wrong.sort((a, b) => a.index - b.index);
  }
  for (const { index, cell: actual } of wrong) {
    const { row0, col0, formula } = formulas[index] as TemplateModel['formulas'][number];
    const address = a1(row0, col0);
    if (actual.formula === null) {
      const cleared = isBlankValue(actual.value);
      rd.findings.push({
        code: 'FORMULA_OVERWRITTEN',
        severity: 'warning',
        message: cleared
          ? `${sheet}!${address} should hold the formula ${formulaText(formula)} but is empty: copy the formula back (or run grant-budget repair), so the printed totals stay right.`
          : `${sheet}!${address} should hold the formula ${formulaText(formula)} but holds the typed value ${shown(actual.value)}: type the figures in the yellow input cells and restore the formula (or run grant-budget repair).`,
        sheet,
        cell: address,
        path: null,
        where: `${sheet}!${address}`,
        amount: null,
      });
    } else if (isBrokenFormula(actual.formula)) {
      rd.reported.add(`${sheet}!${address}`);
      rd.findings.push(brokenFinding(sheet, address, actual, formulaText(formula)));
    } else {
      rd.reported.add(`${sheet}!${address}`);
      rd.followers.push({ sheet, cell: address, snapshot: actual, expected: formulaText(formula) });
    }
  }
  // Error values anywhere else (a cell the layout did not make, or a moved formula).
  for (const { row0, col0, cell, input } of others) {
    const address = a1(row0, col0);
    if (rd.reported.has(`${sheet}!${address}`)) continue;
    if (input) {
      const problem = readInputCell(cell, 'number').problem;
      if (problem !== null) rd.problem(sheet, address, null, problem);
      continue;
    }
    if (cell.formula !== null && !isBrokenFormula(cell.formula)) rd.followers.push({ sheet, cell: address, snapshot: cell, expected: null });
    else rd.findings.push(brokenFinding(sheet, address, cell, null));
  }
}

/**
 * Error values in cells whose own formula is whole. With a broken formula (#REF!) somewhere, they
 * follow from it: one finding per sheet lists them, so the reviewer sees the causes first. Without
 * one, each is reported on its own.
 */
function reportFollowers(rd: Reader): void {
  const hasCause = rd.findings.some((f) => f.code === 'BROKEN_FORMULA');
  if (!hasCause) {
    for (const f of rd.followers) rd.findings.push(brokenFinding(f.sheet, f.cell, f.snapshot, f.expected));
    return;
  }
  const bySheet = new Map<string, string[]>();
  for (const f of rd.followers) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f.cell]);
  for (const [sheet, cells] of bySheet) {
    const shownCells = cells.length > 8 ? `${cells.slice(0, 8).join(', ')} and ${cells.length - 8} more` : cells.join(', ');
    rd.findings.push({
      code: 'BROKEN_FORMULA',
      severity: 'error',
      message: `${sheet}: ${cells.length} cell${cells.length === 1 ? ' shows an error value' : 's show error values'} (${shownCells}) that follow from the broken formulas reported above: repair those and these clear.`,
      sheet,
      cell: cells[0] ?? null,
      path: null,
      where: sheet,
      amount: null,
    });
  }
}

function brokenFinding(sheet: string, address: string, cell: CellSnapshot, expected: string | null): Finding {
  const what = cell.formula && /#REF!/i.test(cell.formula) ? `a formula that refers to deleted cells (${cell.formula})` : `the error ${shown(cell.value)}`;
  return {
    code: 'BROKEN_FORMULA',
    severity: 'error',
    message: `${sheet}!${address} holds ${what}: ${expected ? `restore the formula ${expected}` : 'correct or clear it'} (grant-budget repair rewrites the template's formulas).`,
    sheet,
    cell: address,
    path: null,
    where: `${sheet}!${address}`,
    amount: null,
  };
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
