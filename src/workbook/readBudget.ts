/**
 * A budget from a workbook snapshot, whichever layout it is in: the product's own (found by its
 * names, read by src/workbook/ownLayoutReader.ts) or the published OSHA templates (found by their
 * labels). The findings returned are the workbook's own (BROKEN_FORMULA, NOT_A_NUMBER,
 * FORMULA_OVERWRITTEN); the budget checks come from the domain (evaluateBudget).
 */
import { COST_SECTIONS, availableFiscalYears, rulePackFor, type Budget, type Finding } from '../budget';
import { OwnLayoutError, readOwnLayout } from './ownLayoutReader';
import { cellAt, parseA1, type WorkbookSnapshot } from './port';
import { readPublishedLayout } from './publishedLayoutReader';

export type ReadBudgetResult =
  | { ok: true; budget: Budget; findings: Finding[]; layout: 'own' | 'published' }
  | { ok: false; problem: string };

/** "FY 2012" or "FY 2012 and FY 2013": the years the product has the rules of. */
export function knownFiscalYears(): string {
  return availableFiscalYears()
    .map((y) => `FY ${y}`)
    .join(' and ');
}

/**
 * The fiscal year typed in our own layout's header when the product has no rules for it. The reader
 * falls back to the rules it has, which would check a FY 2013 budget against FY 2012's award levels
 * and cap as if they were right; a year without rules is refused instead.
 */
function unknownOwnFiscalYear(snapshot: WorkbookSnapshot, budget: Budget): string | null {
  const place = budget.places.get('fiscalYear');
  const sheet = place && snapshot.sheets.find((s) => s.name === place.sheet);
  if (!place || !sheet) return null;
  const { row, col } = parseA1(place.cell);
  const v = cellAt(sheet, row, col).value;
  if (typeof v !== 'number' || !Number.isInteger(v) || rulePackFor(v)) return null;
  return (
    `says fiscal year ${v} (${place.sheet}!${place.cell}), but grant-budget holds the rules of ${knownFiscalYears()} only ` +
    `(Appendix L award levels, the administration cap): its checks would not be those of FY ${v}. ` +
    `Review it against the FY ${v} instructions, or correct the year if it is a typing slip`
  );
}

/** The typed figures of a cost line, where a person may type a formula of their own. */
const LINE_FIGURES = ['administration', 'program', 'federal', 'stateMatch', 'state100', 'annualSalary', 'fte'] as const;
const OTHER_FIGURES = ['indirect.administration', 'indirect.federal', 'indirect.stateMatch', 'indirect.state100', 'indirect.rate', 'awardLevel', 'programIncome'];

/**
 * A person's own formula in a figure cell, in a file saved by a tool that does not calculate (no
 * cached result): the own-layout reader counts it as blank without a word, which could give a total
 * short by that figure as if it were right. It is named instead, as the published reader names it.
 * Excel always keeps results, so in the add-in this is one pass over the cells that finds none.
 */
function formulasWithoutResult(snapshot: WorkbookSnapshot, budget: Budget, already: readonly Finding[]): Finding[] {
  // Where figures are typed: the header cells, and the rows from the first to the last line of each
  // section in the columns of its figures (the same on every line of a template). Files written
  // without results (by exceljs) hold thousands of formulas without one, in the total rows and the
  // helper columns; only a formula among the typed figures is looked for, in one pass.
  let candidates = 0;
  const uncalculated = (sheet: string, row: number, col: number): boolean => {
    const s = sheets.get(sheet);
    const c = s ? cellAt(s, row, col) : null;
    return c !== null && c.formula !== null && c.value === null;
  };
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  for (const path of OTHER_FIGURES) {
    const place = budget.places.get(path);
    if (!place) continue;
    const { row, col } = parseA1(place.cell);
    if (uncalculated(place.sheet, row, col)) candidates++;
  }
  for (const section of COST_SECTIONS) {
    const n = budget[section].length;
    const first = budget.places.get(`${section}[0].administration`);
    const last = budget.places.get(`${section}[${n - 1}].administration`);
    if (!n || !first || !last || first.sheet !== last.sheet) continue;
    const cols = LINE_FIGURES.map((f) => budget.places.get(`${section}[0].${f}`)).filter((p): p is NonNullable<typeof p> => p !== undefined).map((p) => parseA1(p.cell).col);
    const s = sheets.get(first.sheet);
    if (!s) continue;
    // Straight over the rows of the sheet: 10,000 lines are 50,000 cells or more, read at each re-check.
    for (let row = parseA1(first.cell).row, end = parseA1(last.cell).row; row <= end; row++) {
      const cells = s.cells[row - s.origin.row];
      if (!cells) continue;
      for (const col of cols) {
        const c = cells[col - s.origin.col];
        if (c && c.formula !== null && c.value === null) candidates++;
      }
    }
  }
  if (candidates === 0) return [];
  const paths: string[] = [...OTHER_FIGURES];
  for (const section of COST_SECTIONS) {
    const lines = budget[section];
    for (let i = 0; i < lines.length; i++) for (const f of LINE_FIGURES) paths.push(`${section}[${i}].${f}`);
  }
  const named = new Set(already.map((f) => `${f.sheet}!${f.cell}`));
  const out: Finding[] = [];
  for (const path of paths) {
    const place = budget.places.get(path);
    const sheet = place && sheets.get(place.sheet);
    if (!place || !sheet || named.has(`${place.sheet}!${place.cell}`)) continue;
    const { row, col } = parseA1(place.cell);
    const cell = cellAt(sheet, row, col);
    if (cell.formula === null || cell.value !== null) continue;
    named.add(`${place.sheet}!${place.cell}`);
    out.push({
      code: 'NOT_A_NUMBER',
      severity: 'error',
      message: `${place.sheet}!${place.cell} holds the formula ${cell.formula} but the file keeps no result for it, so it counts as blank here: open and save the workbook in Excel, or type the figure.`,
      sheet: place.sheet,
      cell: place.cell,
      path,
      where: `${place.sheet}!${place.cell}`,
      amount: null,
    });
  }
  return out;
}

export function readBudgetFromSnapshot(snapshot: WorkbookSnapshot, options: { state?: string } = {}): ReadBudgetResult {
  try {
    const own = readOwnLayout(snapshot, options.state ? { state: options.state } : {});
    if (own) {
      const year = unknownOwnFiscalYear(snapshot, own.budget);
      if (year) return { ok: false, problem: year };
      return { ok: true, budget: own.budget, findings: [...own.findings, ...formulasWithoutResult(snapshot, own.budget, own.findings)], layout: 'own' };
    }
  } catch (err) {
    if (err instanceof OwnLayoutError) return { ok: false, problem: err.message };
    throw err;
  }
  const published = readPublishedLayout(snapshot, options);
  if (published) {
    return published.ok ? { ok: true, budget: published.budget, findings: published.findings, layout: 'published' } : published;
  }
  const sheets = snapshot.sheetNames.map((s) => `"${s.name}"`).join(', ');
  // A chart moved onto a sheet of its own under the template's name holds no cells: say so, or the
  // reviewer sees "Appendix F" listed and cannot tell why it was not read.
  const charts = snapshot.sheetNames.filter((s) => s.kind === 'chartsheet').map((s) => `"${s.name}"`);
  const chartNote = charts.length ? `; ${charts.join(', ')} ${charts.length === 1 ? 'is a chart sheet, which holds' : 'are chart sheets, which hold'} no cells` : '';
  return {
    ok: false,
    problem:
      `holds no budget: none of its sheets (${sheets || 'none'}) is a grant-budget template or the published OSHA Appendix F ` +
      `(found by its section titles "A. PERSONNEL" to "J. TOTAL CHARGES")${chartNote}`,
  };
}
