/** Error values and formulas over #REF! anywhere on the template sheets (BROKEN_FORMULA), each cell once. */
import { msg } from '../../messages/words';
import { a1, isErrorValue } from '../../port/workbookPort';
import { SheetGrid } from '../sheetGrid';
import type { Ctx } from './readContext';

/** BROKEN_FORMULA at every cell of the template sheets holding an error value or a formula over #REF!. */
export function scanErrors(grids: SheetGrid[], ctx: Ctx): void {
  const whereOf = new Map(ctx.totals.map((t) => [`${t.sheet}!${a1(t.row, t.col)}`, t.where]));
  // An input cell showing an error is NOT_A_NUMBER already (inputCells.ts), formula or not: one finding a cell.
  const readAsInput = new Set(ctx.reader.findings.map((f) => `${f.sheet}!${f.cell}`));
  for (const g of grids) {
    for (let r = g.firstRow; r < g.endRow; r++) {
      for (let c = g.firstCol; c < g.endCol; c++) {
        const cell = g.cell(r, c);
        const err = isErrorValue(cell.value) ? cell.value.error : null;
        const refFormula = cell.formula !== null && /#REF!/i.test(cell.formula);
        if (!err && !refFormula) continue;
        const key = `${g.name}!${a1(r, c)}`;
        if (err && (readAsInput.has(key) || (cell.formula === null && ctx.inputCells.has(key)))) continue;
        const where = whereOf.get(key) ?? msg('where.row', { part: g.name, row: r + 1 });
        const why = refFormula
          ? msg('broken.why.ref', { formula: cell.formula ?? '' })
          : err === '#DIV/0!'
            ? cell.formula
              ? msg('broken.why.divZero', { formula: cell.formula })
              : msg('broken.why.divZeroNoFormula')
            : cell.formula
              ? msg('broken.why.errorFrom', { error: err ?? '', formula: cell.formula })
              : msg('broken.why.error', { error: err ?? '' });
        ctx.findings.push({
          code: 'BROKEN_FORMULA',
          severity: 'error',
          message: msg('finding.publishedError', { cell: key, where, error: err ?? '#REF!', why }),
          remedy: 'repair',
          sheet: g.name,
          cell: a1(r, c),
          path: null,
          where,
          amount: null,
        });
      }
    }
  }
}
