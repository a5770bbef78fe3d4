/**
 * The template's total cells as found: a typed constant or an empty cell where a total formula belongs
 * (FORMULA_OVERWRITTEN), a formula whose figure differs from the typed lines it should add (BROKEN_FORMULA).
 */
import { formatFte } from '../../budget';
import { msg, type Msg } from '../../messages/words';
import { a1, isErrorValue } from '../../port/workbookPort';
import { dollarsToCents } from '../inputCells';
import { SheetGrid } from '../sheetGrid';
import type { Ctx } from './readContext';
import type { TotalCell } from '../totalCell';

function showExpected(t: TotalCell): Msg {
  if (t.expected === null) return msg('figure.blank');
  if (t.unit === 'cents') return msg('figure.money', { value: t.expected });
  if (t.unit === 'fte') return msg('figure.text', { value: formatFte(t.expected) });
  if (t.unit === 'fraction') return msg('figure.text', { value: `${(t.expected * 100).toFixed(1)}%` });
  return msg('figure.text', { value: String(t.expected) });
}

/** A number a total cell shows, as the unit of the total has it. */
function showNumber(t: TotalCell, v: number): Msg {
  return t.unit === 'cents'
    ? msg('figure.money', { value: dollarsToCents(v) })
    : msg('figure.text', { value: String(v) });
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
          message: msg('finding.totalWrongCells', {
            cell: at,
            where: t.where,
            shows: showNumber(t, cell.value),
            expected: showExpected(t),
            formula: cell.formula,
            should: t.formula,
          }),
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
        message: msg('finding.totalEmpty', { cell: at, where: t.where, expected: showExpected(t), formula: t.formula }),
        remedy: 'repair',
        amount: null,
      });
      continue;
    }
    const shown = typeof v === 'number' ? showNumber(t, v) : msg('figure.quoted', { value: String(v) });
    const same = typeof v === 'number' && cachedMatches(t, v);
    ctx.findings.push({
      ...base,
      code: 'FORMULA_OVERWRITTEN',
      severity: 'warning',
      message: same
        ? msg('finding.totalTypedSame', { cell: at, where: t.where, shown, formula: t.formula })
        : msg('finding.totalTyped', { cell: at, where: t.where, shown, expected: showExpected(t), formula: t.formula }),
      remedy: 'repair',
      amount:
        typeof v === 'number' && t.unit === 'cents' && t.expected !== null
          ? Math.abs(dollarsToCents(v) - t.expected)
          : null,
    });
  }
}
