/**
 * Appendix J of the published templates (private-sector On-Site Consultation, KY, PR, WA): probe with
 * `true`, read with `false`. The sheet is read row by row below its head: a numbered row (1. to 10.)
 * opens an item or a list, a lettered row (a., b., ...) is a line of the item or list open above it.
 */
import { formWhere } from '../../budget';
import type { Consultation } from '../../budget';
import { labelHead, normalizeLabel, similar } from '../labels';
import { columnLetter, isErrorValue } from '../../port/workbookPort';
import { SheetGrid } from '../sheetGrid';
import { maxOf, minOf } from '../../budget/arrays';
import { type Ctx, appendixName, cellRef, input, place, sumRange, total } from './readContext';

/** The head row and the columns of Safety, Health and (when there) Total; -1 for a column not found. */
interface JHead {
  row: number;
  cS: number;
  cH: number;
  cT: number;
}

/** The lists a numbered row opens; their lettered rows follow. */
type Group = 'industries' | 'hazards' | 'measures' | 'sharp';

/** Rows of the items that give Appendix J's totals (1. to 3. and 1.'s lines a. and b.). */
type KeyRow = 'visits' | 'emphasis' | 'percent' | 'construction' | 'nonConstruction';

export function readAppendixJ(g: SheetGrid, ctx: Ctx, probeOnly: boolean): boolean {
  const head = findHead(g);
  if (!head) return false;
  if (!probeOnly) new AppendixJReader(g, ctx, head).read();
  return true;
}

/** The first row headed "Activity & Areas of Emphasis" with Safety and Health columns (heads of an earlier such row count too). */
function findHead(g: SheetGrid): JHead | null {
  const cols = { cS: -1, cH: -1, cT: -1 };
  for (let r = g.firstRow; r < g.endRow; r++) {
    const l = g.rowLabel(r);
    if (!l || !similar(labelHead(l.text), 'activity & areas of emphasis')) continue;
    for (let c = l.col + 1; c < g.endCol; c++) {
      const t = normalizeLabel(g.text(r, c));
      if (t === 'safety') cols.cS = c;
      if (t === 'health') cols.cH = c;
      if (t === 'total') cols.cT = c;
    }
    if (cols.cS >= 0 && cols.cH >= 0) return { row: r, ...cols };
  }
  return null;
}

class AppendixJReader {
  private readonly c: Consultation;
  /** The list open (4. to 7.), the row that opened it, and the rows of its lines. */
  private group: Group | null = null;
  private groupRow = -1;
  private readonly groupItems: number[] = [];
  private readonly rows: Partial<Record<KeyRow, number>> = {};

  constructor(
    private readonly g: SheetGrid,
    private readonly ctx: Ctx,
    private readonly head: JHead,
  ) {
    this.c = ctx.budget.consultation;
  }

  read(): void {
    const { g, head } = this;
    for (let r = head.row + 1; r < g.endRow; r++) {
      const l = g.rowLabel(r, head.cS);
      if (!l) continue;
      const text = normalizeLabel(l.text);
      const numbered = /^(\d+) (.*)$/.exec(text);
      if (numbered) {
        this.closeGroup();
        this.numberedRow(r, l, Number(numbered[1]), numbered[2] as string);
        continue;
      }
      const lettered = /^([a-z]) (.*)$/.exec(text);
      if (lettered) this.letteredRow(r, l.text, lettered[2] as string);
    }
    this.closeGroup();
    this.totalVisits();
  }

  private where(label: string): string {
    return `${appendixName(this.g, 'J')}, ${label}`;
  }

  /** A count typed at the cell: an input, its path's place, its figure. */
  private count(row: number, col: number, path: string, label: string): number | null {
    const { g, ctx } = this;
    input(ctx, g, row, col);
    return ctx.reader.count(g, row, col, { path, where: formWhere(this.where(label)) });
  }

  /** The formula of a row's Total: Safety + Health. */
  private sumOfRow(r: number): string {
    return `=${cellRef(r, this.head.cS)}+${cellRef(r, this.head.cH)}`;
  }

  /** A row's Safety and Health counts, and its Total as a total cell. */
  private pair(r: number, base: string, label: string): { safety: number | null; health: number | null } {
    const { cS, cH, cT } = this.head;
    const v = {
      safety: this.count(r, cS, `${base}.safety`, label),
      health: this.count(r, cH, `${base}.health`, label),
    };
    if (cT >= 0)
      total(
        this.ctx,
        this.g,
        r,
        cT,
        this.sumOfRow(r),
        (v.safety ?? 0) + (v.health ?? 0),
        'count',
        `${this.where(label)}, Total`,
      );
    return v;
  }

  /** The cell of a figure written right of a label (or on the row below it). */
  private numberRight(r: number, from: number): { row: number; col: number } {
    const g = this.g;
    for (const rr of [r, r + 1]) {
      for (let cc = rr === r ? from + 1 : from; cc < g.endCol; cc++) {
        const x = g.cell(rr, cc);
        if (
          typeof x.value === 'number' ||
          (typeof x.value === 'string' && x.value.trim() && rr === r && !/[a-z]{3}/i.test(x.value))
        )
          return { row: rr, col: cc };
      }
    }
    return { row: r, col: from + 1 };
  }

  private numberedRow(r: number, l: { col: number; text: string }, n: number, rest: string): void {
    if (n === 1 && similar(rest, 'total visits')) this.rows.visits = r;
    else if (n === 2 && similar(rest, 'total area of emphasis visits')) {
      this.c.emphasisVisits = this.pair(r, 'consultation.emphasisVisits', l.text);
      this.rows.emphasis = r;
    } else if (n === 3) this.rows.percent = r;
    else if (n >= 4 && n <= 7) {
      this.group = (['industries', 'hazards', 'measures', 'sharp'] as const)[n - 4] as Group;
      this.groupRow = r;
      if (n === 7) this.renewalsBeside(r, l.col);
    } else if (n === 8) {
      const at = this.numberRight(r, l.col);
      this.c.renewals = this.count(at.row, at.col, 'consultation.renewals', l.text);
    } else if (n === 9 || n === 10) {
      const key = n === 9 ? 'preSharp' : 'interventions';
      this.c[key] = this.count(r, this.head.cS, `consultation.${key}`, l.text);
    }
  }

  /** "8. TOTAL RENEWALS" on the row of 7., its figure beside or below it. */
  private renewalsBeside(r: number, labelCol: number): void {
    for (let cc = labelCol + 1; cc < this.g.endCol; cc++) {
      if (!/^8 total re/.test(normalizeLabel(this.g.text(r, cc)))) continue;
      const at = this.numberRight(r, cc);
      this.c.renewals = this.count(at.row, at.col, 'consultation.renewals', '8. Total Renewals');
    }
  }

  private letteredRow(r: number, label: string, rest: string): void {
    if (this.rows.visits !== undefined && this.rows.emphasis === undefined && this.group === null) {
      this.visitsLine(r, label, rest);
      return;
    }
    const { g, head } = this;
    const name = label.replace(/^\s*[a-z][.)]\s*/i, '');
    const anyFigure = [head.cS, head.cH, head.cT].some(
      (cc) => cc >= 0 && g.cell(r, cc).formula === null && g.cell(r, cc).value !== null,
    );
    if (this.group === 'industries' || this.group === 'hazards') this.emphasisLine(r, label, name, anyFigure);
    else if (this.group === 'measures') this.measureLine(r, label, name, anyFigure);
    else if (this.group === 'sharp') {
      const key = similar(rest, 'new') ? 'new' : similar(rest, 'current') ? 'current' : null;
      if (!key) return;
      this.c.sharp = this.c.sharp ?? { new: null, current: null };
      this.c.sharp[key] = this.count(r, head.cS, `consultation.sharp.${key}`, `7. Total SHARP Sites, ${label}`);
    }
  }

  /** 1.'s lines: a. Construction, b. Non-Construction. */
  private visitsLine(r: number, label: string, rest: string): void {
    if (similar(rest, 'construction')) {
      this.c.visits.construction = this.pair(r, 'consultation.visits.construction', label);
      this.rows.construction = r;
    } else if (similar(rest, 'non construction')) {
      this.c.visits.nonConstruction = this.pair(r, 'consultation.visits.nonConstruction', label);
      this.rows.nonConstruction = r;
    }
  }

  /** A line of 4. Emphasis Industries or 5. Emphasis Hazards. */
  private emphasisLine(r: number, label: string, name: string, anyFigure: boolean): void {
    this.groupItems.push(r);
    const industries = this.group === 'industries';
    const list = industries ? this.c.emphasisIndustries : this.c.emphasisHazards;
    const base = `consultation.${industries ? 'emphasisIndustries' : 'emphasisHazards'}[${list.length}]`;
    if (!anyFigure) {
      if (this.head.cT >= 0)
        total(this.ctx, this.g, r, this.head.cT, this.sumOfRow(r), 0, 'count', `${this.where(label)}, Total`);
      return;
    }
    list.push({ name, ...this.pair(r, base, label) });
  }

  /** A line of 6. Agency Measures: a Total typed by hand, or Safety and Health. */
  private measureLine(r: number, label: string, name: string, anyFigure: boolean): void {
    const { g, ctx, head } = this;
    const totalCell = head.cT >= 0 ? g.cell(r, head.cT) : null;
    if (!anyFigure) {
      // An empty measure's Total formula is still a total: a #REF! there must be repaired too.
      if (totalCell && (totalCell.formula !== null || isErrorValue(totalCell.value)))
        total(ctx, g, r, head.cT, this.sumOfRow(r), 0, 'count', `${this.where(label)}, Total`);
      return;
    }
    const base = `consultation.agencyMeasures[${this.c.agencyMeasures.length}]`;
    let value: number | null;
    if (totalCell && totalCell.formula === null && totalCell.value !== null) {
      value = this.count(r, head.cT, `${base}.total`, label);
    } else {
      const v = this.pair(r, base, label);
      value = v.safety === null && v.health === null ? null : (v.safety ?? 0) + (v.health ?? 0);
      place(ctx, `${base}.total`, g, r, head.cT >= 0 ? head.cT : head.cS);
    }
    this.c.agencyMeasures.push({ name, total: value });
  }

  /** The end of a list: the Safety, Health and Total formulas of 4. and 5. over their lines. */
  private closeGroup(): void {
    const group = this.group;
    if ((group === 'industries' || group === 'hazards') && this.groupItems.length) {
      const { cS, cH, cT } = this.head;
      const from = minOf(this.groupItems);
      const to = maxOf(this.groupItems);
      const list = group === 'industries' ? this.c.emphasisIndustries : this.c.emphasisHazards;
      const groupName = this.where(group === 'industries' ? '4. Emphasis Industries' : '5. Emphasis Hazards');
      for (const [col, key] of [
        [cS, 'safety'],
        [cH, 'health'],
      ] as [number, 'safety' | 'health'][]) {
        total(
          this.ctx,
          this.g,
          this.groupRow,
          col,
          `=${sumRange(col, from, to)}`,
          list.reduce((s, x) => s + (x[key] ?? 0), 0),
          'count',
          groupName,
        );
      }
      if (cT >= 0)
        total(
          this.ctx,
          this.g,
          this.groupRow,
          cT,
          this.sumOfRow(this.groupRow),
          list.reduce((s, x) => s + (x.safety ?? 0) + (x.health ?? 0), 0),
          'count',
          `${groupName}, Total`,
        );
    }
    this.group = null;
    this.groupItems.length = 0;
  }

  /** 1. TOTAL VISITS = a + b; 3. the share of emphasis visits, blank (never #DIV/0!) when there are none. */
  private totalVisits(): void {
    const { ctx, g, c, rows } = this;
    const { cS, cH, cT } = this.head;
    const v = rows.visits;
    const a = rows.construction;
    const b = rows.nonConstruction;
    if (v === undefined || a === undefined || b === undefined) return;
    const sv = (k: 'safety' | 'health') => (c.visits.construction?.[k] ?? 0) + (c.visits.nonConstruction?.[k] ?? 0);
    total(
      ctx,
      g,
      v,
      cS,
      `=${cellRef(a, cS)}+${cellRef(b, cS)}`,
      sv('safety'),
      'count',
      this.where('1. Total Visits, Safety'),
    );
    total(
      ctx,
      g,
      v,
      cH,
      `=${cellRef(a, cH)}+${cellRef(b, cH)}`,
      sv('health'),
      'count',
      this.where('1. Total Visits, Health'),
    );
    if (cT >= 0)
      total(
        ctx,
        g,
        v,
        cT,
        this.sumOfRow(v),
        sv('safety') + sv('health'),
        'count',
        this.where('1. Total Visits, Total'),
      );
    const p = rows.percent;
    const e = rows.emphasis;
    if (p === undefined || e === undefined) return;
    const ev = (k: 'safety' | 'health') => c.emphasisVisits?.[k] ?? 0;
    const share = (num: number, den: number) => (den === 0 ? null : num / den);
    const cols: [number, number | null][] = [
      [cS, share(ev('safety'), sv('safety'))],
      [cH, share(ev('health'), sv('health'))],
    ];
    if (cT >= 0) cols.push([cT, share(ev('safety') + ev('health'), sv('safety') + sv('health'))]);
    for (const [col, expected] of cols) {
      total(
        ctx,
        g,
        p,
        col,
        `=IF(${cellRef(v, col)}=0,"",${cellRef(e, col)}/${cellRef(v, col)})`,
        expected,
        'fraction',
        this.where(`3. Percentage Area of Emphasis Visits, ${columnLetter(col)}`),
      );
    }
  }
}
