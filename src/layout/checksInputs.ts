/**
 * The number cells of the templates, as runs of cells the Checks sheet counts over: where text stands
 * in a number cell (the reader's NOT_A_NUMBER) and where a figure is below zero (NEGATIVE_AMOUNT).
 *
 * A run that a person may grow by inserting rows is referred to from the row above its first input
 * row to the row below its last (the block's column-head row and spare row, as the GB_ names of the
 * blocks are): a row inserted anywhere inside stays in the reference, as it does in the totals. The
 * counts of those border rows are then taken off again, so they are exact whatever the border holds.
 * References are cell ranges, not the GB_ names themselves: a set's name suffix ("_2") is chosen
 * after the sheets are laid out, and a cell range grows with inserted rows exactly as a name does.
 */
import { columnIndex, sheetRef } from '../port/workbookPort';
import { SECTION_SPECS, type AppendixFRows } from './appendixF';
import { F_HEADER } from './appendixF';
import type { SheetModel } from './sheetModel';
import { COST_SECTIONS, MAX_AMOUNT_CENTS } from '../budget';

export interface InputRun {
  sheet: string;
  /** Columns and rows of the reference. */
  left: string;
  right: string;
  top: number;
  bottom: number;
  /** Rows of the reference that are not inputs (a column-head or spare row at its edges). */
  borders: number[];
  /** Whether a figure below zero is a NEGATIVE_AMOUNT here (not the fiscal year, award level, rate or quarters). */
  negativeChecked: boolean;
  /** The numbers the reader takes here; one outside is NOT_A_NUMBER too (an amount over the largest, a rate over 100%). */
  bounds: [number, number] | null;
  /** Where a person finds it: "Appendix F, A. Personnel". */
  what: string;
}

const range = (run: InputRun, top: number, bottom: number) =>
  `${sheetRef(run.sheet)}!$${run.left}$${top}:$${run.right}$${bottom}`;

/** `count(range)` over the run's input rows: the whole reference less its border rows. */
function overRun(run: InputRun, count: (r: string) => string): string {
  return [count(range(run, run.top, run.bottom)), ...run.borders.map((b) => count(range(run, b, b)))].join('-');
}

/**
 * Cells holding text (not only spaces) or TRUE/FALSE, as the reader's NOT_A_NUMBER. TRIM of an error
 * value is an error: then the rougher count (every text, logical or error value) stands, so the
 * formula itself never shows one.
 */
export function textCount(run: InputRun): string {
  const exact = overRun(run, (r) => `SUMPRODUCT(ISTEXT(${r})*(LEN(TRIM(${r}))>0)+ISLOGICAL(${r}))`);
  const rough = overRun(run, (r) => `SUMPRODUCT(ISTEXT(${r})+ISLOGICAL(${r})+ISERROR(${r}))`);
  return `IFERROR(${exact},${rough})`;
}

/** What the reader reports as NOT_A_NUMBER: text, TRUE/FALSE, and numbers outside the run's bounds. */
export function notANumberCount(run: InputRun): string {
  if (!run.bounds) return textCount(run);
  const [min, max] = run.bounds;
  // The bound is a number of the formula joined to the operator, never digits inside a string: Excel
  // reads a criterion's text in the user's locale (99999999999.99 is not a number where "," is the decimal).
  return `${textCount(run)}+${overRun(run, (r) => `(COUNTIF(${r},"<"&${min})+COUNTIF(${r},">"&${max}))`)}`;
}

/** The reader's bounds of an amount in dollars. */
const MONEY_BOUNDS: [number, number] = [-MAX_AMOUNT_CENTS / 100, MAX_AMOUNT_CENTS / 100];

/** Numbers below zero (COUNTIF passes over text and error values). */
export function negativeCount(run: InputRun): string {
  return overRun(run, (r) => `COUNTIF(${r},"<0")`);
}

/** Numbers other than zero. */
export function nonZeroCount(run: InputRun): string {
  return overRun(run, (r) => `(COUNTIF(${r},">0")+COUNTIF(${r},"<0"))`);
}

/** Contiguous runs of column letters: ["D","E","F"] → [["D","F"]]. */
function columnRuns(cols: string[]): [string, string][] {
  const sorted = [...new Set(cols)].sort((a, b) => columnIndex(a) - columnIndex(b));
  const out: [string, string][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && columnIndex(c) === columnIndex(last[1]) + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

const single = (
  sheet: string,
  cell: string,
  negativeChecked: boolean,
  what: string,
  bounds: [number, number] | null = null,
): InputRun => {
  const [a, b] = cell.split(':');
  const p = /^([A-Z]+)(\d+)$/.exec(a as string) as RegExpExecArray;
  const q = /^([A-Z]+)(\d+)$/.exec((b ?? a) as string) as RegExpExecArray;
  return {
    sheet,
    left: p[1] as string,
    right: q[1] as string,
    top: Number(p[2]),
    bottom: Number(q[2]),
    borders: [],
    negativeChecked,
    bounds,
    what,
  };
};

/** The number inputs of Appendix F: the header, every block's amount and number columns, the indirect row. */
export function appendixFRuns(
  sheet: string,
  f: AppendixFRows,
  sectionTitle: (s: (typeof COST_SECTIONS)[number]) => string,
): InputRun[] {
  const runs: InputRun[] = [
    single(sheet, F_HEADER.fiscalYear, false, 'Appendix F, fiscal year'),
    single(sheet, F_HEADER.awardLevel, false, 'Appendix F, award level', MONEY_BOUNDS),
    single(sheet, F_HEADER.programIncome, true, 'Appendix F, program income', MONEY_BOUNDS),
    single(sheet, F_HEADER.cashFederal, false, 'Appendix F, Federal quarters', MONEY_BOUNDS),
    single(sheet, F_HEADER.cashNonFederal, false, 'Appendix F, Non-Federal quarters', MONEY_BOUNDS),
  ];
  for (const section of COST_SECTIONS) {
    const rows = f.sections[section];
    const extra = SECTION_SPECS[section].extra;
    const money = [...extra.filter((x) => x.kind === 'money').map((x) => x.col as string), 'F', 'G', 'H', 'I', 'J'];
    const other = extra.filter((x) => x.kind === 'fte' || x.kind === 'count').map((x) => x.col as string);
    // The reader reads a block from the row below its head to its spare row (the name's last row).
    for (const [cols, bounds] of [
      [money, MONEY_BOUNDS],
      [other, null],
    ] as const) {
      for (const [left, right] of columnRuns(cols)) {
        runs.push({
          sheet,
          left,
          right,
          top: rows.head,
          bottom: rows.spare,
          borders: [rows.head],
          negativeChecked: true,
          bounds,
          what: `Appendix F, ${sectionTitle(section)}`,
        });
      }
    }
  }
  const ir = f.indirect;
  runs.push(single(sheet, `B${ir}`, false, 'Appendix F, indirect cost rate', [0, 1]));
  runs.push(single(sheet, `F${ir}`, true, 'Appendix F, I. Indirect Charges', MONEY_BOUNDS));
  runs.push(single(sheet, `H${ir}:J${ir}`, true, 'Appendix F, I. Indirect Charges', MONEY_BOUNDS));
  return runs;
}

function hasFormula(model: SheetModel, row: number, left: number, right: number): boolean {
  const cells = model.cells.get(row);
  if (!cells) return false;
  for (let c = left; c <= right; c++) if (cells.get(c)?.kind === 'formula') return true;
  return false;
}

/**
 * The number inputs of a sheet described by its model (Appendix D, E, J): the ranges its numeric
 * data validations cover, less the rows of formulas inside them (a total row), each run of several
 * rows referred to with the row above and below it as borders.
 */
export function validatedRuns(model: SheetModel, what: string): InputRun[] {
  const out: InputRun[] = [];
  for (const v of model.validations) {
    if (v.rule.type !== 'decimal' && v.rule.type !== 'whole') continue;
    const whole = single(model.sheet, v.range, true, what);
    // FTE and counts have no bound in the reader (a count with decimals is NOT_A_NUMBER there: not mirrored).
    const l = columnIndex(whole.left);
    const r = columnIndex(whole.right);
    let start: number | null = null;
    const flush = (end: number) => {
      if (start === null) return;
      const run = { ...whole, top: start, bottom: end, borders: [] as number[] };
      if (end > start) Object.assign(run, { top: start - 1, bottom: end + 1, borders: [start - 1, end + 1] });
      out.push(run);
      start = null;
    };
    for (let row = whole.top; row <= whole.bottom; row++) {
      if (hasFormula(model, row, l, r)) flush(row - 1);
      else if (start === null) start = row;
    }
    flush(whole.bottom);
  }
  return out;
}

/** The row of a model whose column A holds `label` exactly; null when none does. */
export function rowLabelled(model: SheetModel, label: string): number | null {
  for (const [row, cells] of model.cells) {
    const w = cells.get(0);
    if (w?.kind === 'value' && w.value === label) return row;
  }
  return null;
}
