/**
 * The published templates' words: Appendix F's section titles and column heads, and how a row is
 * recognised as a title, a head row or a line with figures. Typos of the printed templates included.
 */
import { AMOUNT_HEADS as MONEY_HEAD_NAMES, type AmountHead } from '../../budget';
import { AMOUNT_KEYS } from '../../budget';
import { bestMatch, labelHead, normalizeLabel, similar } from '../labels';
import { SheetGrid } from '../sheetGrid';

export type SectionKey = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J';

const SECTION_WORDS: Record<SectionKey, string> = {
  A: 'personnel',
  B: 'fringe benefits',
  C: 'travel',
  D: 'equipment',
  E: 'supplies',
  F: 'contractual',
  G: 'other',
  H: 'total direct charges',
  I: 'total indirect charges',
  J: 'total charges',
};

export const SECTION_NAMES: Record<SectionKey, string> = {
  A: 'A. Personnel',
  B: 'B. Fringe Benefits',
  C: 'C. Travel',
  D: 'D. Equipment',
  E: 'E. Supplies',
  F: 'F. Contractual',
  G: 'G. Other',
  H: 'H. Total Direct Charges',
  I: 'I. Total Indirect Charges',
  J: 'J. Total Charges',
};

export const COST_SECTION_OF: Record<
  'A' | 'B' | 'D' | 'E' | 'F' | 'G',
  'personnel' | 'fringe' | 'equipment' | 'supplies' | 'contractual' | 'other'
> = {
  A: 'personnel',
  B: 'fringe',
  D: 'equipment',
  E: 'supplies',
  F: 'contractual',
  G: 'other',
};

export type MoneyCol = AmountHead;

export const MONEY_COLS: readonly MoneyCol[] = [...AMOUNT_KEYS, 'total'];

type OtherCol = 'title' | 'programType' | 'name' | 'annualSalary' | 'fte' | 'item' | 'contractor';

const OTHER_HEAD_NAMES: Record<OtherCol, string[]> = {
  title: ['Title'],
  programType: ['Program Type'],
  name: ['Name'],
  annualSalary: ['Annual Salary'],
  fte: ['% of Participation in FTE', 'FTE'],
  item: ['Item', 'Item/Purpose of Contract'],
  contractor: ['Name of Contractor'],
};

const HEAD_LABELS: { key: MoneyCol | OtherCol; label: string }[] = [
  ...MONEY_COLS.map((k) => ({ key: k, label: normalizeLabel(MONEY_HEAD_NAMES[k]) })),
  ...(Object.keys(OTHER_HEAD_NAMES) as OtherCol[]).flatMap((k) =>
    OTHER_HEAD_NAMES[k].map((l) => ({ key: k, label: normalizeLabel(l) })),
  ),
];

export type Columns = Partial<Record<MoneyCol | OtherCol, number>>;

/** "A. PERSONNEL (...)", "E SUPPLIES", "Section G - OIHER": the section letter, or null. */
export function sectionOfTitle(text: string): SectionKey | null {
  const head = labelHead(text).replace(/^section /, '');
  const m = /^([a-j]) (.+)$/.exec(head);
  if (!m) return null;
  const key = (m[1] as string).toUpperCase() as SectionKey;
  return similar(m[2] as string, SECTION_WORDS[key]) ? key : null;
}

/** The column heads of a row (a head row has at least three money heads). */
export function headsOfRow(g: SheetGrid, row: number): Columns | null {
  const cols: Columns = {};
  let money = 0;
  for (let c = g.firstCol; c < g.endCol; c++) {
    const t = g.text(row, c);
    if (!t) continue;
    const i = bestMatch(
      normalizeLabel(t),
      HEAD_LABELS.map((h) => h.label),
    );
    if (i < 0) continue;
    const key = (HEAD_LABELS[i] as { key: MoneyCol | OtherCol }).key;
    if (cols[key] !== undefined) continue;
    cols[key] = c;
    if ((MONEY_COLS as readonly string[]).includes(key)) money++;
  }
  return money >= 3 ? cols : null;
}

export function hasNumber(g: SheetGrid, row: number): boolean {
  for (let c = g.firstCol; c < g.endCol; c++) {
    const x = g.cell(row, c);
    if (typeof x.value === 'number' || x.formula !== null) return true;
  }
  return false;
}

/** Typed content (not formulas) between two columns: a line someone filled in. */
export function hasTypedContent(g: SheetGrid, row: number, fromCol: number, toCol: number): boolean {
  for (let c = fromCol; c <= toCol; c++) {
    const x = g.cell(row, c);
    if (x.formula !== null) continue;
    if (x.value === null) continue;
    if (typeof x.value === 'string' && x.value.trim() === '') continue;
    return true;
  }
  return false;
}
