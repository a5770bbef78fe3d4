/**
 * Turns the templates into one WritePlan, for a new workbook or for inserting into an existing one.
 * Inserting never overwrites: a sheet name already taken gets " (2)", " (3)"...; if any of our defined
 * names is taken, the whole set gets one suffix ("_2", "_3"...). Formulas refer to the sheet names
 * actually used (they use cell addresses, not names, so a suffix never breaks them).
 */
import { allowsPrivateSectorConsultation, findState, rulePackFor, type Budget } from '../budget';
import { freeSheetName, type WorkbookSnapshot, type WriteOp, type WritePlan } from '../port/workbookPort';
import { buildAppendixD } from './appendixD';
import { buildAppendixE } from './appendixE';
import { buildAppendixF, type AppendixFRows } from './appendixF';
import { buildAppendixJ } from './appendixJ';
import { buildChecks, type ChecksCells } from './checksSheet';
import type { LayoutContext } from './context';
import { SHEET_MARK_NAMES, SHEET_TITLES, TEMPLATE_KEYS, type TemplateKey } from './names';
import { buildSf424a, type Sf424aCells } from './sf424aSheet';
import { sheetOps, type SheetModel } from './sheetModel';
import { appendAll } from '../budget/arrays';

export interface InsertOptions {
  state: string;
  fiscalYear: number;
  budget?: Budget;
}

export interface InsertResult {
  plan: WritePlan;
  sheets: { template: string; sheet: string }[];
  renamed: { template: string; wanted: string; used: string }[];
  /** The suffix given to every defined name of this set ("" when none was needed). */
  nameSuffix: string;
  /** Where the figures stand, for tests and for the add-in's messages. */
  layout: {
    appendixF: AppendixFRows;
    sf424a: Sf424aCells;
    checks: ChecksCells;
    sheetOf: Partial<Record<TemplateKey, string>>;
  };
}

/** The templates a State gets: Appendix J only for the States with private-sector 23(g) consultation. */
export function templatesFor(stateCode: string, fiscalYear: number): TemplateKey[] {
  const pack = rulePackFor(fiscalYear);
  const psc = pack ? allowsPrivateSectorConsultation(pack, stateCode) : false;
  return TEMPLATE_KEYS.filter((k) => k !== 'appendixJ' || psc);
}

export function planInsertTemplates(snapshot: WorkbookSnapshot, opts: InsertOptions): InsertResult {
  const pack = rulePackFor(opts.fiscalYear);
  if (!pack) throw new Error(`there is no rule pack for fiscal year ${opts.fiscalYear}`);
  const state = findState(pack, opts.state);
  if (!state)
    throw new Error(
      `unknown State "${opts.state}"; the FY ${pack.fiscalYear} 23(g) States are ${pack.states.map((s) => s.code).join(', ')}`,
    );
  if (opts.budget && opts.budget.state !== state.code) {
    throw new Error(`the budget is for ${opts.budget.state}, not ${state.code}`);
  }
  const keys = templatesFor(state.code, pack.fiscalYear);
  const taken = new Set(snapshot.sheetNames.map((s) => s.name.toLowerCase()));
  const sheets = {} as Record<TemplateKey, string>;
  const renamed: InsertResult['renamed'] = [];
  for (const k of TEMPLATE_KEYS) {
    if (!keys.includes(k)) {
      sheets[k] = '';
      continue;
    }
    const wanted = SHEET_TITLES[k];
    const used = freeSheetName(wanted, taken);
    taken.add(used.toLowerCase());
    sheets[k] = used;
    if (used !== wanted) renamed.push({ template: wanted, wanted, used });
  }

  const ctx: LayoutContext = {
    pack,
    state,
    sheets,
    budget: opts.budget ?? null,
    allowsPsc: allowsPrivateSectorConsultation(pack, state.code),
  };
  const built = buildTemplateModels(ctx, keys);
  const { models } = built;

  // One suffix for the whole set when any of its names is taken.
  const ourNames = [
    ...Object.values(models).flatMap((m) => m?.names.map((n) => n.base) ?? []),
    ...keys.map((k) => SHEET_MARK_NAMES[k]),
  ];
  const existing = new Set(snapshot.names.map((n) => n.name.toLowerCase()));
  let suffix = '';
  if (ourNames.some((n) => existing.has(n.toLowerCase()))) {
    for (let i = 2; ; i++) {
      if (!ourNames.some((n) => existing.has(`${n}_${i}`.toLowerCase()))) {
        suffix = `_${i}`;
        break;
      }
    }
  }
  const nameOf = (base: string) => `${base}${suffix}`;

  const perSheet: WriteOp[] = [];
  for (const k of keys) {
    const model = models[k];
    if (!model) continue;
    model.name(SHEET_MARK_NAMES[k], 'A1', `marks this sheet as the product's ${SHEET_TITLES[k]}`);
    appendAll(perSheet, sheetOps(model, nameOf));
  }
  const ops = sheetsFirst(perSheet);
  ops.push({ op: 'activate', sheet: sheets.appendixF });

  const sheetOf: Partial<Record<TemplateKey, string>> = {};
  for (const k of keys) sheetOf[k] = sheets[k];
  return {
    plan: { ops },
    sheets: keys.map((k) => ({ template: SHEET_TITLES[k], sheet: sheets[k] })),
    renamed,
    nameSuffix: suffix,
    layout: { appendixF: built.appendixF, sf424a: built.sf424a, checks: built.checks, sheetOf },
  };
}

/**
 * Every addSheet before any write: Appendix F's formulas and its list validation refer to the Checks
 * sheet, which comes later in the set, and Excel does not take a reference to a sheet that does not
 * exist yet (it reads a formula's as a link to another workbook, and refuses a list source). Both
 * adapters apply the plan in order, so ordering it here serves the .xlsx writer and Excel alike.
 */
export function sheetsFirst(ops: readonly WriteOp[]): WriteOp[] {
  return [...ops.filter((o) => o.op === 'addSheet'), ...ops.filter((o) => o.op !== 'addSheet')];
}

export interface BuiltTemplates {
  models: Partial<Record<TemplateKey, SheetModel>>;
  appendixF: AppendixFRows;
  sf424a: Sf424aCells;
  checks: ChecksCells;
}

/** Every template's sheet model for a context (the planner writes them; the reader compares with them). */
export function buildTemplateModels(ctx: LayoutContext, keys: readonly TemplateKey[]): BuiltTemplates {
  const f = buildAppendixF(ctx);
  const sf = buildSf424a(ctx, f.rows);
  // Appendices D, E and J built once, for their sheets and for the inputs the Checks sheet counts.
  const j = ctx.sheets.appendixJ ? buildAppendixJ(ctx) : null;
  const counted = { d: buildAppendixD(ctx), e: buildAppendixE(ctx), j };
  const checks = buildChecks(ctx, f.rows, { sf424a: sf.cells, counted });
  const models: Partial<Record<TemplateKey, SheetModel>> = {
    appendixD: counted.d,
    appendixE: counted.e,
    appendixF: f.model,
    sf424a: sf.model,
    checks: checks.model,
  };
  if (keys.includes('appendixJ') && j) models.appendixJ = j;
  return { models, appendixF: f.rows, sf424a: sf.cells, checks: checks.cells };
}

const EMPTY: WorkbookSnapshot = { sheetNames: [], sheets: [], names: [] };

/** The plan of a new workbook: every template of the State, filled with the budget if one is given. */
export function planNewWorkbook(opts: InsertOptions): InsertResult {
  return planInsertTemplates(EMPTY, opts);
}
