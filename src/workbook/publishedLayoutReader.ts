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
import { msg, type Msg } from '../messages/words';
import { DEFAULT_FISCAL_YEAR, findState, rulePackFor, type Budget, type Finding, type Unreadable } from '../budget';
import { a1, type SheetSnapshot, type WorkbookSnapshot } from '../port/workbookPort';
import { SheetGrid } from './sheetGrid';
import { newContext } from './published/readContext';
import type { TotalCell } from './totalCell';
import { hasNumber, sectionOfTitle } from './published/templateLabels';
import { findAppendixF, readAppendixF } from './published/appendixF';
import { readAppendixE } from './published/appendixE';
import { readAppendixD } from './published/appendixD';
import { readAppendixJ } from './published/appendixJ';
import { checkTotalCells } from './published/totalCells';
import { scanErrors } from './published/errorScan';
import { stateNamed } from './published/stateNamed';

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

/** A failure after the layout was read (no State, another year) keeps the analysis: a repair needs no State. */
export type PublishedResult =
  | { ok: true; budget: Budget; findings: Finding[]; analysis: PublishedAnalysis }
  | (Unreadable & { analysis?: PublishedAnalysis });

/**
 * Reads the published layout; null when the workbook is not in that layout (no Appendix F found by
 * its section titles). `state` (asked for by the user) wins over a State named in the workbook.
 */
export function readPublishedLayout(
  snapshot: WorkbookSnapshot,
  options: { state?: string } = {},
): PublishedResult | null {
  const analysis = analyzePublished(snapshot);
  if (analysis === null) return null;
  if (!analysis.ok) return analysis;
  const a = analysis.analysis;
  const pack = rulePackFor(DEFAULT_FISCAL_YEAR);
  if (!pack) return { ok: false, problem: msg('read.noRulePack', { year: DEFAULT_FISCAL_YEAR }), analysis: a };
  const year = projectedFiscalYear(snapshot, a.sheets);
  if (year && year.year !== pack.fiscalYear) {
    // The published templates of another year have other Appendix L levels and may have other rules:
    // checking them against FY 2012's would give figures and verdicts that look right and are not.
    return {
      ok: false,
      problem: msg('read.publishedOtherYear', {
        year: year.year,
        cell: year.where,
        text: year.text,
        rulesYear: pack.fiscalYear,
      }),
      ofWorkbook: true,
      analysis: a,
    };
  }
  let state: string | null = null;
  if (options.state) {
    const s = findState(pack, options.state);
    if (!s)
      return {
        ok: false,
        problem: msg('read.unknownStateAsked', {
          state: options.state,
          count: pack.states.length,
          year: pack.fiscalYear,
        }),
        analysis: a,
      };
    state = s.code;
  } else state = a.stateInWorkbook;
  if (!state) {
    return {
      ok: false,
      problem: msg('read.publishedNoState'),
      ofWorkbook: true,
      remedy: 'chooseState',
      analysis: a,
    };
  }
  a.budget.state = state;
  return { ok: true, budget: a.budget, findings: a.findings, analysis: a };
}

/**
 * The year the templates project: Appendix D's column heads say "Actual FY 2010 / Estimated FY 2011 /
 * Projected FY 2012" in the FY 2012 instructions. Null when no sheet read says it.
 */
function projectedFiscalYear(
  snapshot: WorkbookSnapshot,
  sheets: PublishedAnalysis['sheets'],
): { year: number; text: string; where: string } | null {
  const names = new Set(Object.values(sheets));
  for (const s of snapshot.sheets) {
    if (!names.has(s.name)) continue;
    for (let r = 0; r < s.cells.length; r++) {
      const row = s.cells[r] as { value: unknown }[];
      for (let c = 0; c < row.length; c++) {
        const v = row[c]?.value;
        if (typeof v !== 'string') continue;
        const m = /\bprojected\s+(?:fy|fiscal\s+year)\s*'?(\d{4})\b/i.exec(v);
        if (m)
          return { year: Number(m[1]), text: v.trim(), where: `${s.name}!${a1(s.origin.row + r, s.origin.col + c)}` };
      }
    }
  }
  return null;
}

const shownAs = (g: SheetGrid): Msg =>
  msg(
    g.sheet.visibility === 'veryHidden'
      ? 'published.sheetVeryHidden'
      : g.sheet.visibility === 'hidden'
        ? 'published.sheetHidden'
        : 'published.sheet',
    { name: g.name },
  );

/** Two sheets (or more) look like Appendix F: which one was read, and the others, named. */
function twoAppendixF(read: SheetGrid, others: SheetGrid[]): Finding {
  return {
    code: 'AMBIGUOUS_LAYOUT',
    severity: 'warning',
    message: msg(read.sheet.visibility === 'visible' ? 'finding.twoAppendixF.shown' : 'finding.twoAppendixF', {
      count: others.length + 1,
      read: shownAs(read),
      others: others.map(shownAs),
      otherCount: others.length,
    }),
    sheet: read.name,
    cell: null,
    path: null,
    where: msg('where.cell', { cell: [read, ...others].map((g) => g.name).join(', ') }),
    amount: null,
  };
}

export function analyzePublished(
  snapshot: WorkbookSnapshot,
): { ok: true; analysis: PublishedAnalysis } | { ok: false; problem: Msg } | null {
  // Visible sheets first: a hidden sheet is read as an appendix only when no visible one is.
  const worksheets = snapshot.sheets.filter((s) => s.kind === 'worksheet');
  const grids = [
    ...worksheets.filter((s) => s.visibility === 'visible'),
    ...worksheets.filter((s) => s.visibility !== 'visible'),
  ].map((s) => new SheetGrid(s));
  const f = findAppendixF(grids);
  if (!f) return null;
  const ctx = newContext();
  if (f.others.length)
    ctx.findings.push(
      twoAppendixF(
        f.grid,
        f.others.map((o) => o.grid),
      ),
    );
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
      budget: ctx.budget,
      findings: [...ctx.findings, ...ctx.reader.findings],
      totals: ctx.totals,
      inputCells: ctx.inputCells,
      stateInWorkbook: stateNamed(used),
    },
  };
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
  const ctx = newContext();
  return readAppendixE(g, ctx, true) || readAppendixD(g, ctx, true) || readAppendixJ(g, ctx, true);
}
