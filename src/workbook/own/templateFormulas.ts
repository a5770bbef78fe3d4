/**
 * The formula cells of our layout, known by rebuilding the templates with the workbook's own block
 * sizes: overwritten (FORMULA_OVERWRITTEN), broken (BROKEN_FORMULA), and errors that only follow from
 * a broken cell; and the formula every one of them should hold, for the repairer.
 */
import type { Finding } from '../../budget';
import type { LayoutContext } from '../../layout/context';
import type { TemplateKey } from '../../layout/names';
import { buildTemplateModels } from '../../layout/planner';
import type { SheetModel } from '../../layout/sheetModel';
import { readInputCell } from '../inputCells';
import { a1, isErrorValue, withEquals, type CellSnapshot } from '../../port/workbookPort';
import { BLANK_CELL, OwnCells, isBlankValue, shown } from './ownCells';
import { msg } from '../../messages/words';
import type { TemplateCells, TotalCell } from '../totalCell';

export function formulaText(f: string): string {
  return withEquals(f);
}

/**
 * A rebuilt template, arranged for one pass over the sheet: its formula cells in the model's order,
 * and a grid (row-major, `width` columns, 0-based) that tells for each cell what the layout made
 * there: NOTHING, an INPUT cell, or formula number i (code 2i, or 2i + 1 for an unlocked formula).
 */
interface TemplateModel {
  model: SheetModel;
  /**
   * `open`: an unlocked formula, a line's own convenience (its Total Cost) that an inserted row lacks;
   * `blockFigure`: a block's SUMPRODUCT figure (isBlockFigure), known once here rather than at each of a
   * sheet's 50,000 formula cells at every re-check.
   */
  formulas: { row0: number; col0: number; formula: string; open: boolean; blockFigure: boolean }[];
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
        formulas.push({
          row0: row - 1,
          col0: col,
          formula: w.formula,
          open: input,
          blockFigure: isBlockFigure(w.formula),
        });
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

export function templateModels(
  ctx: LayoutContext,
  keys: readonly TemplateKey[],
): Partial<Record<TemplateKey, TemplateModel>> {
  const key = JSON.stringify([
    ctx.pack.fiscalYear,
    ctx.state.code,
    ctx.allowsPsc,
    ctx.sheets,
    ctx.rowCounts ?? null,
    keys,
  ]);
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

/**
 * The template's cells for the repairer: every formula cell of the rebuilt layout with its formula.
 * The layout knows each formula exactly, so no figure is expected: any other formula text is rewritten.
 * The totals are listed when asked (a review never asks; a 10,000-line budget has some 50,000).
 */
export function ownTemplateCells(
  built: Partial<Record<TemplateKey, TemplateModel>>,
  keys: readonly TemplateKey[],
): TemplateCells {
  const models = keys.map((k) => built[k]).filter((m): m is TemplateModel => m !== undefined);
  let totals: TotalCell[] | null = null;
  return {
    get totals(): readonly TotalCell[] {
      totals ??= models.flatMap(({ model, formulas }) =>
        formulas.map(({ row0, col0, formula }) => {
          const cell = a1(row0, col0);
          return {
            sheet: model.sheet,
            row: row0,
            col: col0,
            formula: formulaText(formula),
            expected: null,
            unit: 'cents' as const,
            where: msg('where.cell', { cell: `${model.sheet}!${cell}` }),
          };
        }),
      );
      return totals;
    },
    inputCells: new Set<string>(),
    protectedSheets: [...new Set(models.filter((m) => m.formulas.length > 0).map((m) => m.model.sheet))],
  };
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
export function checkFormulaCells(rd: OwnCells, template: TemplateModel, sheet: string, aligned: boolean): void {
  const snap = rd.sheet(sheet);
  if (!snap) return;
  const { formulas, grid, width } = template;
  const gridRows = width ? grid.length / width : 0;
  /** Formula cells of the layout that are not whole, by formula number. */
  const wrong: { index: number; cell: CellSnapshot }[] = [];
  const seen = new Uint8Array(formulas.length);
  /** The first block figure still summed from per-row helper formulas (a workbook built before them). */
  let outdated: string | null = null;
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
        if (cell.formula === null || isErrorValue(cell.value) || isBrokenFormula(cell.formula))
          wrong.push({ index: code >> 1, cell });
        else if (outdated === null && isOutdated(formulas[code >> 1]?.blockFigure ?? false, cell.formula))
          outdated = a1(row0, col0);
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
    const { row0, col0, formula, open } = formulas[index] as TemplateModel['formulas'][number];
    const address = a1(row0, col0);
    if (actual.formula === null) {
      const cleared = isBlankValue(actual.value);
      // A line's own total left blank (a row inserted with Excel's command gets no formula): no figure
      // depends on it, and the add-in or Repair totals writes it; nothing to warn about.
      if (cleared && open) continue;
      rd.reader.findings.push({
        code: 'FORMULA_OVERWRITTEN',
        severity: 'warning',
        message: cleared
          ? msg('finding.formulaEmptied', { cell: `${sheet}!${address}`, formula: formulaText(formula) })
          : msg('finding.formulaOvertyped', {
              cell: `${sheet}!${address}`,
              formula: formulaText(formula),
              value: shown(actual.value),
            }),
        remedy: 'repair',
        sheet,
        cell: address,
        path: null,
        where: msg('where.cell', { cell: `${sheet}!${address}` }),
        amount: null,
      });
    } else if (isBrokenFormula(actual.formula)) {
      rd.reader.reported.add(`${sheet}!${address}`);
      rd.reader.findings.push(brokenFinding(sheet, address, actual, formulaText(formula)));
    } else {
      rd.reader.reported.add(`${sheet}!${address}`);
      rd.followers.push({ sheet, cell: address, snapshot: actual, expected: formulaText(formula) });
    }
  }
  if (outdated) rd.reader.findings.push(outdatedFinding(sheet, outdated));
  // Error values anywhere else (a cell the layout did not make, or a moved formula).
  for (const { row0, col0, cell, input } of others) {
    const address = a1(row0, col0);
    if (rd.reader.reported.has(`${sheet}!${address}`)) continue;
    if (input) {
      const problem = readInputCell(cell, 'number').problem;
      if (problem !== null) rd.reader.problem(sheet, address, null, problem);
      continue;
    }
    if (cell.formula !== null && !isBrokenFormula(cell.formula))
      rd.followers.push({ sheet, cell: address, snapshot: cell, expected: null });
    else rd.reader.findings.push(brokenFinding(sheet, address, cell, null));
  }
}

/**
 * Error values in cells whose own formula is whole. With a broken formula (#REF!) somewhere, they
 * follow from it: one finding per sheet lists them, so the reviewer sees the causes first. Without
 * one, each is reported on its own.
 */
export function reportFollowers(rd: OwnCells): void {
  const hasCause = rd.reader.findings.some((f) => f.code === 'BROKEN_FORMULA');
  if (!hasCause) {
    for (const f of rd.followers) rd.reader.findings.push(brokenFinding(f.sheet, f.cell, f.snapshot, f.expected));
    return;
  }
  const bySheet = new Map<string, string[]>();
  for (const f of rd.followers) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f.cell]);
  for (const [sheet, cells] of bySheet) {
    const shownCells =
      cells.length > 8
        ? msg('list.andMore', { items: cells.slice(0, 8).join(', '), more: cells.length - 8 })
        : msg('list.plain', { items: cells.join(', ') });
    rd.reader.findings.push({
      code: 'BROKEN_FORMULA',
      severity: 'error',
      message: msg('finding.followsBroken', { sheet, count: cells.length, cells: shownCells }),
      sheet,
      cell: cells[0] ?? null,
      path: null,
      where: msg('where.form', { part: sheet }),
      amount: null,
    });
  }
}

function brokenFinding(sheet: string, address: string, cell: CellSnapshot, expected: string | null): Finding {
  const what =
    cell.formula && /#REF!/i.test(cell.formula)
      ? msg('broken.deletedCells', { formula: cell.formula })
      : msg('broken.errorValue', { error: shown(cell.value) });
  const at = `${sheet}!${address}`;
  return {
    code: 'BROKEN_FORMULA',
    severity: 'error',
    message: expected
      ? msg('finding.brokenRestore', { cell: at, what, formula: expected })
      : msg('finding.brokenClear', { cell: at, what }),
    // Only a cell the template gave a formula is one the repair rewrites.
    ...(expected ? { remedy: 'repair' as const } : {}),
    sheet,
    cell: address,
    path: null,
    where: msg('where.cell', { cell: at }),
    amount: null,
  };
}

/**
 * A block's figure for the SF-424A and Checks sheets (appendixFFormulas.ts) that the workbook still
 * sums from per-row helper columns, as templates built before December 2026 did: a row inserted with
 * Excel's command has no such helpers, so those sheets leave its line out.
 */
export function isOutdatedBlockFigure(expected: string | undefined, actual: string): boolean {
  return expected !== undefined && isOutdated(isBlockFigure(expected), actual);
}

/** The rule of isOutdatedBlockFigure, for a formula known to be a block figure or not. */
function isOutdated(blockFigure: boolean, actual: string): boolean {
  return blockFigure && !/SUMPRODUCT\(/i.test(actual);
}

/** A block's figure as the layout writes it: a SUMPRODUCT over the block's rows. */
function isBlockFigure(formula: string): boolean {
  return /^=SUMPRODUCT\(/i.test(formula);
}

function outdatedFinding(sheet: string, address: string): Finding {
  return {
    code: 'TEMPLATE_OUTDATED',
    severity: 'warning',
    message: msg('finding.templateOutdated', { sheet, cells: address }),
    remedy: 'repair',
    sheet,
    cell: address,
    path: null,
    where: msg('where.cell', { cell: `${sheet}!${address}` }),
    amount: null,
  };
}
