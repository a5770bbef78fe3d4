/** Appendix F of our layout, read by its defined names: the header's cash forecast, each section's lines, the indirect charges. */
import { msg } from '../../messages/words';
import {
  AMOUNT_KEYS,
  isPrivateSectorProgramType,
  programTypeAsListed,
  type AmountKey,
  type Budget,
  type CashForecast,
  type CostLine,
  type CostSection,
} from '../../budget';
import { AMOUNT_COLUMNS, F_HEADER, SECTION_SPECS } from '../../layout/appendixF';
import type { ExtraColumn } from '../../layout/appendixFColumns';
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

/** How a section's lines are read: the 0-based columns of its figures, the same for every line and read. */
interface SectionPlan {
  /** Each field's column, for the places of the budget paths. */
  cols: ReadonlyMap<string, number>;
  /** The columns whose cells make a line: a row blank in all of them is no line. */
  inputCols: readonly number[];
  item: number;
  mark: number;
  amounts: readonly { field: AmountKey; c: number }[];
  extras: readonly { field: ExtraColumn['field']; kind: ExtraColumn['kind']; c: number }[];
}

const PLANS = new Map<CostSection, SectionPlan>();

function sectionPlan(section: CostSection): SectionPlan {
  const known = PLANS.get(section);
  if (known) return known;
  const spec = SECTION_SPECS[section];
  const cols = new Map<string, number>([['item', columnIndex('A')]]);
  for (const [k, col] of Object.entries(AMOUNT_COLUMNS)) cols.set(k, columnIndex(col));
  cols.set('total', columnIndex('K'));
  cols.set('privateSectorConsultation', columnIndex('L'));
  for (const e of spec.extra) cols.set(e.field, columnIndex(e.col));
  const plan: SectionPlan = {
    cols,
    inputCols: ['A', ...spec.extra.map((x) => x.col), ...Object.values(AMOUNT_COLUMNS), 'L'].map(columnIndex),
    item: columnIndex('A'),
    mark: columnIndex('L'),
    amounts: AMOUNT_KEYS.map((field) => ({ field, c: columnIndex(AMOUNT_COLUMNS[field]) })),
    extras: spec.extra.map((e) => ({ field: e.field, kind: e.kind, c: columnIndex(e.col) })),
  };
  PLANS.set(section, plan);
  return plan;
}

const BLANK_ROW: readonly CellSnapshot[] = [];

/** The lines of a section from its input rows `first`..`last` (1-based); a row blank in every input is none. */
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
  const plan = sectionPlan(section);
  // The lines' places are computed when asked: one row per line here, the columns above.
  const rows = rd.reader.places.section(section, sheet, plan.cols);
  const lines: CostLine[] = budget[section];
  const { row: top, col: left } = snap.origin;
  for (let r = first; r <= last; r++) {
    const row0 = r - 1;
    const cells = snap.cells[row0 - top] ?? BLANK_ROW;
    let empty = true;
    for (const c of plan.inputCols) {
      if (!isBlank(cellIn(cells, left, c))) {
        empty = false;
        break;
      }
    }
    if (empty) continue;
    rows.push(row0);
    lines.push(readLine(rd, sheet, section, plan, cells, left, row0, lines.length));
  }
}

function cellIn(cells: readonly CellSnapshot[], left: number, c: number): CellSnapshot {
  return cells[c - left] ?? BLANK_CELL;
}

/** One line of a section from its row's cells (`left`: the column of the row's first cell). */
function readLine(
  rd: OwnCells,
  sheet: string,
  section: CostSection,
  plan: SectionPlan,
  cells: readonly CellSnapshot[],
  left: number,
  row0: number,
  index: number,
): CostLine {
  const prefix = `${section}[${index}].`;
  const mark = flagOf(cellIn(cells, left, plan.mark));
  const line: CostLine = {
    item: textOf(cellIn(cells, left, plan.item)),
    administration: 0,
    program: 0,
    federal: 0,
    stateMatch: 0,
    state100: 0,
    privateSectorConsultation: mark,
  };
  for (const { field, c } of plan.amounts)
    line[field] = rd.reader.inputOf(cellIn(cells, left, c), 'money', sheet, row0, c, prefix, field) ?? 0;
  const x = line as unknown as Record<string, unknown>;
  for (const { field, kind, c } of plan.extras) {
    const cell = cellIn(cells, left, c);
    if (kind === 'money' || kind === 'fte' || kind === 'count')
      x[field] = rd.reader.inputOf(cell, kind, sheet, row0, c, prefix, field);
    else x[field] = kind === 'flag' ? flagOf(cell) : textOf(cell);
  }
  if (section === 'personnel') {
    // As the line's flag formula reads column B (TRIM, case-blind); the type is kept as the list spells it.
    const typed = String(x.programType ?? '');
    x.programType = programTypeAsListed(typed);
    line.privateSectorConsultation = mark || isPrivateSectorProgramType(typed);
  }
  return line;
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
