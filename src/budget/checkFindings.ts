/**
 * How a check says what it found: the list it adds findings to (each with its code, severity, place by
 * budget path, and one sentence), and the words that name a line, an amount or a row of Appendix E.
 */
import type { Finding, FindingCode, Severity } from './findings';
import { SECTION_TITLES, STAFFING_KEYS, STAFFING_ROW_LABELS, type Budget, type CostLine, type CostSection, type StaffingKey } from './model';
import type { Cents } from './money';

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
export const STAFFING_LABELS = Object.fromEntries(STAFFING_KEYS.map((k) => [k, STAFFING_ROW_LABELS[k].replace(/ \(KY, PR, WA\)$/, '')])) as Record<StaffingKey, string>;

export const AMOUNT_LABELS: Record<string, string> = {
  administration: 'Administration',
  program: 'Program',
  federal: 'Federal Share',
  stateMatch: 'State Match',
  state100: 'State 100% Funded',
  annualSalary: 'Annual Salary',
  fte: 'FTE',
  unitCost: 'unit cost',
  quantity: 'quantity',
};

export function staffingLabel(key: StaffingKey): string {
  return STAFFING_LABELS[key];
}

export class FindingList {
  readonly items: Finding[] = [];
  constructor(private readonly budget: Budget) {}

  add(code: FindingCode, severity: Severity, message: string, path: string | null, where: string, amount: Cents | null = null): void {
    const place = path ? this.budget.places.get(path) : undefined;
    this.items.push({ code, severity, message, sheet: place?.sheet ?? null, cell: place?.cell ?? null, path, where, amount });
  }
}

export function lineWhere(section: CostSection, index: number, line: CostLine): string {
  const name = line.item.trim();
  return `${SECTION_TITLES[section]}, line ${index + 1}${name ? ` (${name})` : ''}`;
}
