/**
 * Is a row titled "Subtotal" the section's Subtotal, or a line someone titled so? The title alone does
 * not say: a personnel line titled "Subtotal" (also "Sub total", "SUBTOTAL") was taken for the
 * section's Subtotal, so review dropped its figures and repair wrote SUM formulas over them (issue 22,
 * item 1). The reader looks at the row itself and at where it stands:
 *  - a formula over other rows in its figure columns, or no typed figure: the Subtotal (intact, or emptied);
 *  - typed figures equal to the sums of the lines above, column by column: the Subtotal pasted as values;
 *  - typed figures with more rows of figures below it in the block (lines, or the real Subtotal): a line;
 *  - typed figures in the block's last row of figures: the Subtotal, overwritten by hand.
 * A row that holds typed figures and is read either way is said (AMBIGUOUS_LAYOUT, a warning), so the
 * reviewer knows which reading the figures follow.
 */
import { AMOUNT_HEADS as MONEY_HEAD_NAMES, formatDollars, type Amounts, type Finding } from '../../budget';
import { normalizeLabel, similar } from '../labels';
import { a1 } from '../../port/workbookPort';
import { msg } from '../../messages/words';
import { SheetGrid } from '../sheetGrid';
import { dollarsToCents } from '../inputCells';
import { refersBeyondRow } from '../formulaReach';
import { type Columns, MONEY_COLS, SECTION_NAMES, type SectionKey } from './templateLabels';

export interface SubtotalChoice {
  kind: 'subtotal' | 'line';
  /** Said when the row holds typed figures (either reading). */
  finding: Finding | null;
}

/** The columns a Subtotal row totals: the amounts, the Total Cost, and A.'s Annual Salary and FTE. */
function figureCols(cols: Columns): number[] {
  const out: number[] = [];
  for (const k of [...MONEY_COLS, 'annualSalary', 'fte'] as const) {
    const c = cols[k];
    if (c !== undefined) out.push(c);
  }
  return out;
}

function typedNumber(g: SheetGrid, row: number, col: number): number | null {
  const x = g.cell(row, col);
  return x.formula === null && typeof x.value === 'number' ? x.value : null;
}

/** A row below that ends the block: C.'s next heading (Out of State, In State) or its combined Subtotal. */
function endsTravelBlock(text: string): boolean {
  return (
    similar(text, 'out of state') ||
    similar(text, 'in state') ||
    similar(text, 'instate') ||
    similar(text, 'out of state and instate subtotal') ||
    similar(text, 'out of state and in state subtotal')
  );
}

/** True when a row below `row` (within the block) holds a typed figure or a formula in a figure column. */
function figuresBelow(
  g: SheetGrid,
  row: number,
  end: number,
  cols: number[],
  travel: boolean,
  firstMoney: number,
): boolean {
  for (let r = row + 1; r < end; r++) {
    if (travel) {
      const label = g.rowLabel(r, firstMoney);
      if (label && endsTravelBlock(normalizeLabel(label.text))) return false;
    }
    for (const c of cols) {
      const x = g.cell(r, c);
      if (x.formula !== null || typeof x.value === 'number') return true;
    }
  }
  return false;
}

/** Every typed amount of the row equals the sum of the block's lines in its column (a Subtotal pasted as values). */
function equalsLineSums(g: SheetGrid, row: number, cols: Columns, sums: Amounts): boolean {
  let compared = 0;
  for (const k of MONEY_COLS) {
    const c = cols[k];
    if (c === undefined) continue;
    const v = typedNumber(g, row, c);
    if (v === null) continue;
    const expected = k === 'total' ? sums.federal + sums.stateMatch + sums.state100 : sums[k];
    if (dollarsToCents(v) !== expected) return false;
    compared++;
  }
  return compared > 0;
}

export function subtotalOrLine(
  g: SheetGrid,
  key: SectionKey,
  row: number,
  end: number,
  cols: Columns,
  firstMoney: number,
  sums: Amounts,
): SubtotalChoice {
  const fc = figureCols(cols);
  // A formula over other rows (a SUM of the lines); a line's own Total Cost (=SUM(H9:J9)) is no sign.
  if (fc.some((c) => refersBeyondRow(g.cell(row, c).formula ?? '', row))) return { kind: 'subtotal', finding: null };
  const typed = fc.filter((c) => typedNumber(g, row, c) !== null);
  if (typed.length === 0) return { kind: 'subtotal', finding: null };
  if (equalsLineSums(g, row, cols, sums)) return { kind: 'subtotal', finding: null };
  const kind = figuresBelow(g, row, end, fc, key === 'C', firstMoney) ? 'line' : 'subtotal';
  const label = g.rowLabel(row, firstMoney);
  const title = label?.text ?? 'Subtotal';
  const shown = MONEY_COLS.map((k) => {
    const c = cols[k];
    const v = c === undefined ? null : typedNumber(g, row, c);
    return v === null ? null : `${MONEY_HEAD_NAMES[k]} ${formatDollars(dollarsToCents(v))}`;
  }).filter((s): s is string => s !== null);
  const where = msg('where.row', { part: `${g.name}, ${SECTION_NAMES[key]}`, row: row + 1 });
  const data = {
    at: `${g.name}!${a1(row, label?.col ?? g.firstCol)}`,
    row: row + 1,
    section: SECTION_NAMES[key],
    title: JSON.stringify(title),
    figures: shown.length ? msg('subtotal.figures', { shown: shown.slice(0, 3).join(', ') }) : msg('text.none'),
  };
  const message = kind === 'line' ? msg('finding.subtotalAsLine', data) : msg('finding.subtotalTyped', data);
  return {
    kind,
    finding: {
      code: 'AMBIGUOUS_LAYOUT',
      severity: 'warning',
      message,
      sheet: g.name,
      cell: a1(row, label?.col ?? g.firstCol),
      path: null,
      where,
      amount: null,
    },
  };
}
