/** Appendix F of our layout, read by its defined names: the header's cash forecast, each section's lines, the indirect charges. */
import { msg } from '../../messages/words';
import {
  isPrivateSectorProgramType,
  programTypeAsListed,
  type Budget,
  type CashForecast,
  type CostLine,
  type CostSection,
} from '../../budget';
import { AMOUNT_COLUMNS, F_HEADER, SECTION_SPECS } from '../../layout/appendixF';
import { a1, columnIndex, type CellSnapshot } from '../../port/workbookPort';
import { flagOf, textOf } from '../inputCells';
import { BLANK_CELL, OwnCells, isBlank, rowsOf } from './ownCells';

export function readCashForecast(rd: OwnCells, sheet: string): CashForecast | null {
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
  rd.reader.place('cashForecast.federal', sheet, F_HEADER.cashFederal.split(':')[0] as string);
  rd.reader.place('cashForecast.nonFederal', sheet, F_HEADER.cashNonFederal.split(':')[0] as string);
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

export function readSection(
  rd: OwnCells,
  sheet: string,
  section: CostSection,
  first: number,
  last: number,
  budget: Budget,
): void {
  const snap = rd.sheet(sheet);
  if (!snap) return;
  const spec = SECTION_SPECS[section];
  const { cols, inputCols } = sectionColumns(section);
  const [fa, fp, ff, fm, f1] = (['administration', 'program', 'federal', 'stateMatch', 'state100'] as const).map((k) =>
    columnIndex(AMOUNT_COLUMNS[k]),
  ) as [number, number, number, number, number];
  const extras = spec.extra.map((e) => ({ ...e, c: columnIndex(e.col) }));
  const itemCol = columnIndex('A');
  const markCol = columnIndex('L');
  // The lines' places are computed when asked: one row per line here, the columns above.
  const rows = rd.reader.places.section(section, sheet, cols);
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
      administration: rd.reader.inputOf(at(fa), 'money', sheet, row0, fa, prefix, 'administration') ?? 0,
      program: rd.reader.inputOf(at(fp), 'money', sheet, row0, fp, prefix, 'program') ?? 0,
      federal: rd.reader.inputOf(at(ff), 'money', sheet, row0, ff, prefix, 'federal') ?? 0,
      stateMatch: rd.reader.inputOf(at(fm), 'money', sheet, row0, fm, prefix, 'stateMatch') ?? 0,
      state100: rd.reader.inputOf(at(f1), 'money', sheet, row0, f1, prefix, 'state100') ?? 0,
      privateSectorConsultation: mark,
    };
    const x = line as unknown as Record<string, unknown>;
    for (const e of extras) {
      const v = at(e.c);
      if (e.kind === 'money' || e.kind === 'fte' || e.kind === 'count')
        x[e.field] = rd.reader.inputOf(v, e.kind, sheet, row0, e.c, prefix, e.field);
      else if (e.kind === 'flag') x[e.field] = flagOf(v);
      else x[e.field] = textOf(v);
    }
    if (section === 'personnel') {
      // As the line's flag formula reads column B (TRIM, case-blind); the type is kept as the list spells it.
      const typed = String(x.programType ?? '');
      x.programType = programTypeAsListed(typed);
      line.privateSectorConsultation = mark || isPrivateSectorProgramType(typed);
    }
    lines.push(line);
  }
}

export function readIndirect(rd: OwnCells, sheet: string, r: number): Budget['indirect'] {
  const cells = ['B', 'C', 'F', 'H', 'I', 'J'].map((c) => `${c}${r}`);
  if (cells.every((c) => rd.blank(sheet, c))) {
    for (const [k, c] of [
      ['administration', 'F'],
      ['federal', 'H'],
      ['stateMatch', 'I'],
      ['state100', 'J'],
    ])
      rd.reader.place(`indirect.${k}`, sheet, `${c}${r}`);
    return null;
  }
  let rate = rd.number(sheet, `B${r}`, 'indirect.rate');
  if (rate !== null && (rate < 0 || rate > 1)) {
    rd.reader.problem(sheet, `B${r}`, 'indirect.rate', msg('cell.rateOutOfRange', { value: String(rate) }));
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
