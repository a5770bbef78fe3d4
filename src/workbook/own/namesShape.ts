/**
 * Our layout's defined names, checked before they are trusted for block sizes (issue 22, item 4). A
 * name is a user's to move: a 44 KB file whose GB_F_Personnel spans the whole sheet cost 47 s and
 * 3.5 GB, and names moved onto other rows counted personnel twice and dropped fringe without a word.
 * So Appendix F's block names must fit the template's shape before the reader walks them:
 *  - each lies on the set's Appendix F, from column A to at least the Total Cost column;
 *  - within the cells the sheet holds (its used range, give or take the blank spare row), so a name
 *    can never make the reader walk more rows than the file has;
 *  - in the template's order, none overlapping the next (personnel, fringe, the two travel blocks,
 *    equipment, supplies, contractual, other), each block's subtotal name on the row after it;
 *  - with its headings where they belong: a block's first row holds the column heads (the travel blocks'
 *    first rows hold their "Out of State" and "In-State" headings, the heads above the first).
 * The other names of the set (Appendices D, E, J, the totals rows) must lie within their sheet's cells.
 * Each name that fails is a finding at the name (DEFINED_NAME_INVALID); the reader then reads the sheet
 * by its labels, as the published layout is read, and the repair refuses it.
 * Only the names' rows and the few cells named above are looked at: the check costs nothing per row.
 */
import { AMOUNT_HEADS, COST_SECTIONS, type CostSection, type Finding } from '../../budget';
import { AMOUNT_COLUMNS } from '../../layout/appendixFColumns';
import { N, type findOwnLayouts } from '../../layout/names';
import { cellAt, parseA1, type SheetSnapshot, type WorkbookSnapshot } from '../../port/workbookPort';
import { normalizeLabel } from '../labels';
import { namesOf, rowsOf } from './ownCells';

type OwnSet = ReturnType<typeof findOwnLayouts>[number];

/** Rows a name may reach past the last row the sheet holds: a blank spare row at the very end. */
const SLACK_ROWS = 2;

interface Block {
  section: CostSection;
  base: string;
  top: number;
  bottom: number;
}

function finding(name: string, sheet: string | null, what: string): Finding {
  return {
    code: 'DEFINED_NAME_INVALID',
    severity: 'warning',
    message: `The defined name ${name} ${what}: it does not fit the template, so the sheet is read by its labels instead (as OSHA's published layout is); restore the name (Formulas > Name Manager) or insert the templates again and copy the figures over.`,
    sheet,
    cell: null,
    path: null,
    where: name,
    amount: null,
  };
}

const lastRowOf = (s: SheetSnapshot) => s.origin.row + s.cells.length; // 1-based last row held

/** The findings of a set's names; none when every name fits. */
export function checkOwnNames(
  snapshot: WorkbookSnapshot,
  set: OwnSet,
  fSheet: string,
  sheetOf: (name: string) => SheetSnapshot | undefined,
): Finding[] {
  const names = namesOf(snapshot, set.suffix);
  const out: Finding[] = [];
  // Every name of the set: on a sheet of the workbook, within the cells that sheet holds.
  for (const [base, n] of names) {
    if (!n.range || !n.sheet) continue; // a name lost (#REF!) is the reader's BROKEN_FORMULA
    const s = sheetOf(n.sheet);
    if (!s) continue;
    const { bottom } = rowsOf(n.range);
    if (bottom > lastRowOf(s) + SLACK_ROWS)
      out.push(
        finding(
          displayName(base, set.suffix, snapshot),
          n.sheet,
          `refers to ${n.ref}, rows beyond the ${lastRowOf(s).toLocaleString('en-US')} rows sheet "${n.sheet}" holds`,
        ),
      );
  }
  if (out.length) return out;
  const f = sheetOf(fSheet);
  return f ? checkBlocks(snapshot, names, set.suffix, fSheet, f) : out;
}

/** The name as the workbook spells it (the map is by lower-case base). */
function displayName(base: string, suffix: string, snapshot: WorkbookSnapshot): string {
  const full = `${base}${suffix}`.toLowerCase();
  return snapshot.names.find((n) => n.name.toLowerCase() === full)?.name ?? full;
}

function checkBlocks(
  snapshot: WorkbookSnapshot,
  names: ReturnType<typeof namesOf>,
  suffix: string,
  fSheet: string,
  f: SheetSnapshot,
): Finding[] {
  const out: Finding[] = [];
  const blocks: Block[] = [];
  const totalCol = parseA1(`${AMOUNT_COLUMNS.administration}1`).col + 5; // Total Cost: after the five amounts
  for (const section of COST_SECTIONS) {
    const base = N.section(section);
    const n = names.get(base.toLowerCase());
    if (!n?.range) continue; // missing: the reader says so
    const name = displayName(base.toLowerCase(), suffix, snapshot);
    const r = rowsOf(n.range);
    if (n.sheet !== fSheet) out.push(finding(name, n.sheet, `refers to ${n.ref}, not to the set's sheet "${fSheet}"`));
    else if (r.left !== 0 || r.right < totalCol)
      out.push(finding(name, fSheet, `refers to ${n.ref}, not to whole rows of the template (column A to Total Cost)`));
    else if (r.bottom - r.top < 1)
      out.push(finding(name, fSheet, `refers to ${n.ref}, which leaves no row for the heads and the spare row`));
    else blocks.push({ section, base, top: r.top, bottom: r.bottom });
  }
  for (let i = 1; i < blocks.length; i++) {
    const a = blocks[i - 1] as Block;
    const b = blocks[i] as Block;
    if (b.top <= a.bottom)
      out.push(
        finding(
          displayName(b.base.toLowerCase(), suffix, snapshot),
          fSheet,
          `covers rows ${b.top} to ${b.bottom}, which ${b.top >= a.top ? 'overlap' : 'come before'} those of ${displayName(a.base.toLowerCase(), suffix, snapshot)} (rows ${a.top} to ${a.bottom})`,
        ),
      );
  }
  if (out.length) return out;
  for (const b of blocks) {
    const problem = headingProblem(f, b) ?? subtotalProblem(names, b);
    if (problem) out.push(finding(displayName(b.base.toLowerCase(), suffix, snapshot), fSheet, problem));
  }
  return out;
}

const textAt = (f: SheetSnapshot, row1: number, col: number): string => {
  const v = cellAt(f, row1 - 1, col).value;
  return typeof v === 'string' ? normalizeLabel(v) : '';
};

/** The block's first row: the column heads, or a travel block's own heading. Null when it is right. */
function headingProblem(f: SheetSnapshot, b: Block): string | null {
  const adminCol = parseA1(`${AMOUNT_COLUMNS.administration}1`).col;
  const admin = normalizeLabel(AMOUNT_HEADS.administration);
  if (b.section === 'travelOutOfState' || b.section === 'travelInState') {
    const heading = textAt(f, b.top, 0);
    const want = b.section === 'travelOutOfState' ? /out\s*of\s*state/ : /in\s*-?\s*state/;
    if (!want.test(heading))
      return `starts in row ${b.top}, which does not hold the "${b.section === 'travelOutOfState' ? 'Out of State' : 'In-State'}" heading of C. Travel`;
    if (b.section === 'travelOutOfState' && textAt(f, b.top - 1, adminCol) !== admin)
      return `starts in row ${b.top}, but the column heads of C. Travel are not in the row above it`;
    return null;
  }
  return textAt(f, b.top, adminCol) === admin
    ? null
    : `starts in row ${b.top}, which does not hold the column heads (Administration, Program, ...) of its section`;
}

/** The block's subtotal name, where there is one, on the row right after the block. */
function subtotalProblem(names: ReturnType<typeof namesOf>, b: Block): string | null {
  const total = names.get(N.sectionTotal(b.section).toLowerCase());
  if (!total?.range) return null;
  const row = rowsOf(total.range).top;
  return row === b.bottom + 1 ? null : `ends in row ${b.bottom}, but its Subtotal (${total.ref}) is in row ${row}`;
}
