/**
 * How a check says what it found: the list it adds findings to (each with its code, severity, place by
 * budget path, and one sentence), and the words that name a line, an amount or a row of Appendix E.
 */
import { RELATED_LIMIT, type Finding, type FindingCode, type RelatedLine, type Severity } from './findings';
import {
  SECTION_TITLES,
  STAFFING_KEYS,
  STAFFING_ROW_LABELS,
  forEachCostLine,
  type Budget,
  type CostLine,
  type CostSection,
  type StaffingKey,
} from './model';
import type { Cents } from './money';
import type { CellPlace } from './model';
import { msg, type Msg } from '../messages/words';

/** Paths of the grand-total cells; the workbook reader maps them to the Appendix F total row. */
export const TOTAL_PATHS = {
  administration: 'totals.administration',
  program: 'totals.program',
  federal: 'totals.federal',
  stateMatch: 'totals.stateMatch',
  state100: 'totals.state100',
  total: 'totals.total',
} as const;

/** Appendix E rows in messages: the printed label, without the "(KY, PR, WA)" note. */
export const STAFFING_LABELS = Object.fromEntries(
  STAFFING_KEYS.map((k) => [k, STAFFING_ROW_LABELS[k].replace(/ \(KY, PR, WA\)$/, '')]),
) as Record<StaffingKey, string>;

/** The amount columns of Appendix F in messages (each language has its words for them). */
export const AMOUNT_LABELS = {
  administration: msg('amount.administration'),
  program: msg('amount.program'),
  federal: msg('amount.federal'),
  stateMatch: msg('amount.stateMatch'),
  state100: msg('amount.state100'),
} as const satisfies Record<string, Msg>;

export function staffingLabel(key: StaffingKey): string {
  return STAFFING_LABELS[key];
}

export class FindingList {
  readonly items: Finding[] = [];
  constructor(private readonly budget: Budget) {}

  add(
    code: FindingCode,
    severity: Severity,
    message: Msg,
    path: string | null,
    where: Msg,
    amount: Cents | null = null,
    related?: readonly LinePart[],
    fixPaths?: readonly string[],
  ): void {
    const place = path ? this.budget.places.get(path) : undefined;
    const finding: Finding = {
      code,
      severity,
      message,
      sheet: place?.sheet ?? null,
      cell: place?.cell ?? null,
      path,
      where,
      amount,
    };
    if (related) finding.related = this.placed(related);
    const fix = fixPaths ? this.fixOf(fixPaths) : firstPlaced(finding.related);
    if (fix && !(fix.sheet === finding.sheet && fix.cell === finding.cell)) finding.fix = fix;
    this.items.push(finding);
  }

  /** The cells where a fix is typed: one cell, or the span of cells of one row of one sheet ("D12:E12"). */
  private fixOf(paths: readonly string[]): { sheet: string; cell: string } | undefined {
    const places = paths.map((p) => this.budget.places.get(p)).filter((p): p is CellPlace => p !== undefined);
    const first = places[0];
    if (!first) return undefined;
    const parsed = places.map((p) => /^([A-Z]+)(\d+)$/.exec(p.cell));
    const sameRow = places.every((p, i) => p.sheet === first.sheet && parsed[i]?.[2] === parsed[0]?.[2]);
    if (places.length < 2 || !sameRow) return { sheet: first.sheet, cell: first.cell };
    const cols = parsed.map((m) => m?.[1] ?? '').sort((a, b) => a.length - b.length || a.localeCompare(b));
    return { sheet: first.sheet, cell: `${cols[0]}${parsed[0]?.[2]}:${cols[cols.length - 1]}${parsed[0]?.[2]}` };
  }

  /** The largest parts (by size), at most RELATED_LIMIT, each with its cell. */
  private placed(parts: readonly LinePart[]): RelatedLine[] {
    return [...parts]
      .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))
      .slice(0, RELATED_LIMIT)
      .map((p) => {
        const place = this.budget.places.get(p.path);
        return {
          path: p.path,
          sheet: place?.sheet ?? null,
          cell: place?.cell ?? null,
          where: p.where,
          amount: p.amount,
        };
      });
  }
}

/** The first related line with a cell: where the fix of a total finding is typed (not the locked total). */
function firstPlaced(related: readonly RelatedLine[] | undefined): { sheet: string; cell: string } | undefined {
  const r = related?.find((x) => x.sheet !== null && x.cell !== null);
  return r ? { sheet: r.sheet as string, cell: r.cell as string } : undefined;
}

/** A line's part in a total: its path, its words, its amount. */
export interface LinePart {
  path: string;
  where: Msg;
  amount: Cents;
}

type AmountField = 'administration' | 'federal' | 'stateMatch';

/**
 * The lines (indirect charges included) whose `field` is not zero, as parts of a total: `amountOf` gives
 * a line's part (its amount, or a difference).
 */
export function lineParts(
  budget: Budget,
  field: AmountField,
  amountOf: (a: { administration: Cents; federal: Cents; stateMatch: Cents }) => Cents,
): LinePart[] {
  const out: LinePart[] = [];
  forEachCostLine(budget, (line, section, index) => {
    const amount = amountOf(line);
    if (amount !== 0)
      out.push({
        path: `${section}[${index}].${field}`,
        where: msg('where.lineColumn', { line: lineWhere(section, index, line), column: AMOUNT_LABELS[field] }),
        amount,
      });
  });
  const ind = budget.indirect;
  if (ind) {
    const amount = amountOf({ administration: ind.administration, federal: ind.federal, stateMatch: ind.stateMatch });
    if (amount !== 0)
      out.push({
        path: `indirect.${field}`,
        where: msg('where.formColumn', { part: SECTION_TITLES.indirect, column: AMOUNT_LABELS[field] }),
        amount,
      });
  }
  return out;
}

/** "A. Personnel, line 3 (Director)": the section as the form prints it, the line, the line's own name. */
export function lineWhere(section: CostSection, index: number, line: CostLine): Msg {
  const name = line.item.trim();
  return name
    ? msg('where.lineNamed', { section: SECTION_TITLES[section], line: index + 1, item: name })
    : msg('where.line', { section: SECTION_TITLES[section], line: index + 1 });
}

/** A place named by the form's own words ("Appendix J", "J. Total Charges"): kept as the form prints them. */
export function formWhere(part: string): Msg {
  return msg('where.form', { part });
}

/** "Appendix E, Safety Compliance Officers": a row of Appendix E as the form labels it. */
export function staffingWhere(key: StaffingKey): Msg {
  return msg('where.appendixE', { row: STAFFING_LABELS[key] });
}
