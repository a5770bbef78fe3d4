/**
 * The template's total cells as found: a typed constant or an empty cell where a total formula belongs
 * (FORMULA_OVERWRITTEN), a formula whose figure differs from the typed lines it should add (BROKEN_FORMULA).
 */
import { formatDollars, formatFte } from '../../budget';
import { a1, isErrorValue } from '../../port/workbookPort';
import { dollarsToCents } from '../inputCells';
import { SheetGrid } from '../sheetGrid';
import type { Ctx } from './readContext';
import type { TotalCell } from '../totalCell';

function showExpected(t: TotalCell): string {
  if (t.expected === null) return 'blank';
  if (t.unit === 'cents') return formatDollars(t.expected);
  if (t.unit === 'fte') return formatFte(t.expected);
  if (t.unit === 'fraction') return `${(t.expected * 100).toFixed(1)}%`;
  return String(t.expected);
}

function cachedMatches(t: TotalCell, v: number): boolean {
  if (t.expected === null) return false;
  if (t.unit === 'cents') return dollarsToCents(v) === t.expected;
  if (t.unit === 'fte') return Math.abs(v * 10000 - t.expected) < 0.5;
  if (t.unit === 'fraction') return Math.abs(v - t.expected) < 1e-9;
  return Math.abs(v - t.expected) < 1e-9;
}

export function checkTotalCells(grids: SheetGrid[], ctx: Ctx): void {
  for (const t of ctx.totals) {
    const g = grids.find((x) => x.name === t.sheet);
    if (!g) continue;
    const cell = g.cell(t.row, t.col);
    const at = `${t.sheet}!${a1(t.row, t.col)}`;
    const base = { sheet: t.sheet, cell: a1(t.row, t.col), path: null, where: t.where };
    if (cell.formula !== null) {
      // Error values and #REF! are reported by the scan below; here: a formula that adds the wrong rows.
      if (isErrorValue(cell.value) || /#REF!/i.test(cell.formula)) continue;
      if (typeof cell.value === 'number' && t.expected !== null && !cachedMatches(t, cell.value)) {
        ctx.findings.push({
          ...base,
          code: 'BROKEN_FORMULA',
          severity: 'error',
          message: `${at} (${t.where}) shows ${t.unit === 'cents' ? formatDollars(dollarsToCents(cell.value)) : String(cell.value)} but the typed cells give ${showExpected(t)}: its formula ${cell.formula} leaves out or adds the wrong cells; it should be ${t.formula}.`,
          remedy: 'repair',
          amount: t.unit === 'cents' && t.expected !== null ? Math.abs(dollarsToCents(cell.value) - t.expected) : null,
        });
      }
      continue;
    }
    const v = cell.value;
    if (isErrorValue(v)) continue;
    if (v === null || (typeof v === 'string' && v.trim() === '')) {
      if (t.expected === null || t.expected === 0) continue; // an empty total over empty rows shows nothing wrong
      ctx.findings.push({
        ...base,
        code: 'FORMULA_OVERWRITTEN',
        severity: 'warning',
        message: `${at} (${t.where}) is empty where the template totals the rows (${showExpected(t)} from the typed cells): its formula is ${t.formula}.`,
        remedy: 'repair',
        amount: null,
      });
      continue;
    }
    const shown =
      typeof v === 'number' ? (t.unit === 'cents' ? formatDollars(dollarsToCents(v)) : String(v)) : `"${String(v)}"`;
    const same = typeof v === 'number' && cachedMatches(t, v);
    ctx.findings.push({
      ...base,
      code: 'FORMULA_OVERWRITTEN',
      severity: 'warning',
      message:
        `${at} (${t.where}) holds the typed ${shown} where the template has a formula` +
        (same
          ? ' (it equals the typed cells today, but will not follow later changes)'
          : `; the typed cells give ${showExpected(t)}, which this review uses`) +
        `: its formula is ${t.formula}.`,
      remedy: 'repair',
      amount:
        typeof v === 'number' && t.unit === 'cents' && t.expected !== null
          ? Math.abs(dollarsToCents(v) - t.expected)
          : null,
    });
  }
}
