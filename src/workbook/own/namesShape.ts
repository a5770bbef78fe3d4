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
import { msg, type Msg } from '../../messages/words';
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

function finding(name: string, sheet: string | null, what: Msg): Finding {
  return {
    code: 'DEFINED_NAME_INVALID',
    severity: 'warning',
    // The misfit is its own message: repair says it again (repair.ts) without reading these words.
    message: msg('finding.nameMisfit', { misfit: msg('names.misfit', { name, what }) }),
    sheet,
    cell: null,
    path: null,
    where: msg('where.cell', { cell: name }),
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
          msg('names.beyondRows', { ref: n.ref, rows: lastRowOf(s), sheet: n.sheet }),
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
    if (n.sheet !== fSheet) out.push(finding(name, n.sheet, msg('names.otherSheet', { ref: n.ref, sheet: fSheet })));
    else if (r.left !== 0 || r.right < totalCol)
      out.push(finding(name, fSheet, msg('names.notWholeRows', { ref: n.ref })));
    else if (r.bottom - r.top < 1) out.push(finding(name, fSheet, msg('names.noRoom', { ref: n.ref })));
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
          msg(b.top >= a.top ? 'names.overlap' : 'names.before', {
            top: b.top,
            bottom: b.bottom,
            other: displayName(a.base.toLowerCase(), suffix, snapshot),
            otherTop: a.top,
            otherBottom: a.bottom,
          }),
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
function headingProblem(f: SheetSnapshot, b: Block): Msg | null {
  const adminCol = parseA1(`${AMOUNT_COLUMNS.administration}1`).col;
  const admin = normalizeLabel(AMOUNT_HEADS.administration);
  if (b.section === 'travelOutOfState' || b.section === 'travelInState') {
    const heading = textAt(f, b.top, 0);
    const want = b.section === 'travelOutOfState' ? /out\s*of\s*state/ : /in\s*-?\s*state/;
    if (!want.test(heading))
      return msg('names.noTravelHeading', {
        row: b.top,
        heading: b.section === 'travelOutOfState' ? 'Out of State' : 'In-State',
      });
    if (b.section === 'travelOutOfState' && textAt(f, b.top - 1, adminCol) !== admin)
      return msg('names.noTravelHeads', { row: b.top });
    return null;
  }
  return textAt(f, b.top, adminCol) === admin ? null : msg('names.noHeads', { row: b.top });
}

/** The block's subtotal name, where there is one, on the row right after the block. */
function subtotalProblem(names: ReturnType<typeof namesOf>, b: Block): Msg | null {
  const total = names.get(N.sectionTotal(b.section).toLowerCase());
  if (!total?.range) return null;
  const row = rowsOf(total.range).top;
  return row === b.bottom + 1 ? null : msg('names.subtotalElsewhere', { bottom: b.bottom, ref: total.ref, row });
}
