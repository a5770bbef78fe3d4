/**
 * What the task pane can ask of the workbook, as plain data and promises. src/excel implements it over
 * Office.js; component tests implement it with plain objects. Components never see `Excel`.
 */
import type { Evaluation, Finding } from '../budget';
import type { Language, Msg } from '../messages/words';
import type { FigureSources } from '../workbook/figureSources';

/** The budget of the open workbook, checked. */
export interface CheckedBudget {
  status: 'checked';
  state: string;
  fiscalYear: number;
  /** Which layout the budget was read from (our live templates, or OSHA's published ones). */
  layout?: 'own' | 'published';
  evaluation: Evaluation;
  /** Sheets the budget was read from (those the live checks listen to). */
  sheets: string[];
  checkedAt: Date;
  /** Which set of templates was checked, when the workbook holds our layout (several when inserted twice). */
  set?: BudgetSet;
  /** What the read had to do differently (a sheet too big for one request, read in parts). */
  notes?: Msg[];
  /** Where the SF-424A's figures come from (the SF-424A sheet, or Appendix F's totals): the reconciliation leads there. */
  figureSources?: FigureSources;
  /**
   * Our layout, with its State cell typed over: the State the templates' words (headings, Appendix J,
   * footers) still name. The pane offers "Change this budget's State" to finish the change.
   */
  stateInWords?: string;
  /** Lines a person inserted with Excel's command that this check completed (their own formulas, their look). */
  completedLines?: { sheet: string; row: number }[];
}

/** One inserted set of our templates: "" the first, "_2" the second... (the suffix of its GB_ names). */
export interface BudgetSet {
  suffix: string;
  /** 1-based, in the order the sets were inserted. */
  number: number;
  count: number;
  /** The sheet of the set's Appendix F, as the user sees it ("Appendix F (2)"). */
  appendixF: string;
  /** True when the set was chosen because the active sheet is one of its sheets. */
  byActiveSheet: boolean;
}

/** No budget in the workbook (yet), or one that cannot be read: the reason, as a message. */
export interface NoBudget {
  status: 'none';
  problem: Msg;
  /**
   * The layout found though no budget could be read from it: `published` is a reviewer's workbook (OSHA's
   * published templates) whose State is not said.
   */
  layout?: 'own' | 'published';
  /** The cell the problem is in, when it is one cell (a State cell that names no State): the pane leads there. */
  at?: { sheet: string; cell: string };
}

export type CheckOutcome = CheckedBudget | NoBudget;

export interface InsertOutcome {
  sheets: string[];
  /** The sheet of the set's Appendix F, as inserted ("Appendix F (2)" when the name was taken). */
  appendixF?: string;
  /** Templates whose sheet name was taken, and the name each went to. */
  renamed?: { wanted: string; used: string }[];
  /** "Appendix F was taken: the template went to Appendix F (2)". */
  notes: Msg[];
}

/** A cell the repair rewrote: what it held, the formula written, and why. */
export interface RepairedCell {
  sheet: string;
  cell: string;
  before: Msg;
  after: string;
  reason: Msg;
}

export interface RepairOutcome {
  /** One per cell rewritten: "Appendix F!G88: =SUM(G12:G87)". */
  changes: RepairedCell[];
  /** What was left undone and why (a sheet protected with a password). */
  notes?: Msg[];
}

/** What changing the budget's State does (the plan's effects), before or after it is done. */
export interface StateChangeOutcome {
  /** USPS codes. */
  from: string;
  to: string;
  effects: Msg[];
  /** Sheets added (Appendix J). */
  addedSheets: string[];
}

export interface PaneBackend {
  insertTemplates(state: string, fiscalYear: number): Promise<InsertOutcome>;
  /**
   * Reads the budget again and checks it. `state` is the State chosen in the pane: a workbook in the
   * published OSHA layout does not say which State it is for.
   */
  check(state?: string): Promise<CheckOutcome>;
  /** Selects a finding's cell (and its sheet). */
  goTo(sheet: string, cell: string): Promise<void>;
  /** Writes a Review sheet (never over an existing one), in the pane's language; returns its name. */
  writeReviewSheet(language?: Language): Promise<string>;
  repairTotals(): Promise<RepairOutcome>;
  /**
   * A workbook in OSHA's published layout: its budget written into new live templates (the user's sheets
   * are never changed). The notes list what could not be moved. Optional: backends of other hosts may lack it.
   */
  moveToLiveTemplates?(): Promise<InsertOutcome>;
  /**
   * The budget of our templates changed to another State in place (the State cell, what follows it,
   * Appendix J added when needed). `preview` only plans and says what would change; nothing is written.
   * Optional: backends of other hosts may lack it.
   */
  changeState?(state: string, options?: { preview?: boolean }): Promise<StateChangeOutcome>;
  /**
   * Calls `onChange` when a budget sheet changes (a hint: the pane re-checks, coalesced), and with
   * 'activated' when a sheet of another set (or of none) is made active: a check, not an edit (issue 19).
   * Returns a function that stops listening.
   */
  watch(onChange: (why?: 'activated') => void): Promise<() => void>;
  /**
   * Calls `listener(true)` when Excel has held one of the pane's requests for about 1.5 seconds (a cell in
   * edit mode: clicking the pane does not end it, office-js #806), `listener(false)` when it goes on.
   * Returns a function that stops listening. Optional: other hosts may not wait.
   */
  onWaiting?(listener: (waiting: boolean) => void): () => void;
}

export type { Finding };
