/**
 * Data validation as Excel enforces it on the cells a person types into (the templates set it with
 * `range.dataValidation`, fakeRange.ts keeps it on the sheet):
 * - it applies to typing only: a value pasted over the cell, written through Office.js or left there by an
 *   older workbook is not checked (Excel validates an entry, never a paste: "Data validation is not
 *   applied to pasted data", and the API writes past it);
 * - a list takes one of its entries, compared without regard to case (Excel accepts "y" for a Y/N list and
 *   keeps what was typed), nothing else; the entries are the list's own ("Y,N") or a range's values
 *   (`=Checks!$M$5:$M$20`);
 * - a whole number refuses 2.5 and text, a decimal refuses text; both refuse what is outside their bounds;
 * - a blank entry is always taken (deleting a cell's content is not an entry Excel checks), and so is a
 *   formula (Excel checks its result, which the fake does not calculate for this);
 * - only a Stop alert refuses: a Warning or Information alert lets the entry stand once the user agrees.
 * The refusal carries the alert's title and message, the words Excel's dialog shows.
 */
import { excelCaseFold } from '../../budget/excelText';
import { parseA1 } from '../../port/workbookPort';
import { cellOfKey } from './cellKeys';
import type { FakeSheet, FakeValue } from './fakeWorkbook';

/** Excel's "This value doesn't match the data validation restrictions defined for this cell." dialog. */
export class FakeValidationRefusal extends Error {
  constructor(
    readonly title: string,
    readonly alert: string,
  ) {
    super(`${title}: ${alert}`);
    this.name = 'FakeValidationRefusal';
  }
}

interface Basic {
  operator?: string;
  formula1?: number | string;
  formula2?: number | string;
}
interface StoredRule {
  rule?: { list?: { source?: string }; wholeNumber?: Basic; decimal?: Basic };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
}

const DEFAULT_ALERT = "This value doesn't match the data validation restrictions defined for this cell.";

interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** "B12:B31" or "$M$5" as a box of 0-based rows and columns. */
function boxOf(address: string): Box | null {
  const [a, b] = address.replace(/\$/g, '').split(':');
  if (!a) return null;
  try {
    const p = parseA1(a);
    const q = parseA1(b ?? a);
    return { r0: p.row, c0: p.col, r1: q.row, c1: q.col };
  } catch {
    return null;
  }
}

const inBox = (x: Box, r: number, c: number) => r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1;

/** The rule stored for a cell (the last one set over it, as a later setting replaces an earlier one). */
function ruleAt(sheet: FakeSheet, r: number, c: number): StoredRule | null {
  for (let i = sheet.validations.length - 1; i >= 0; i--) {
    const v = sheet.validations[i];
    if (!v) continue;
    const box = v.range.split(',').map(boxOf);
    if (box.some((x) => x && inBox(x, r, c))) return v.rule as StoredRule;
  }
  return null;
}

/** A list's entries: "Y,N", or the values of the range its source names ("=Checks!$M$5:$M$20"). */
function listEntries(source: string, sheetOf: (name: string) => FakeSheet | undefined, here: FakeSheet): string[] {
  const text = source.startsWith('=') ? source.slice(1) : null;
  if (text === null) return source.split(',');
  const bang = text.lastIndexOf('!');
  const sheetName = bang < 0 ? here.name : text.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
  const sheet = sheetOf(sheetName);
  const box = boxOf(bang < 0 ? text : text.slice(bang + 1));
  if (!sheet || !box) return [];
  const out: string[] = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = cellOfKey(key);
    if (inBox(box, r, c) && cell.value !== null && typeof cell.value !== 'object') out.push(String(cell.value));
  }
  return out;
}

/** Whether a number meets a whole-number or decimal rule's operator and bounds (Office.js operator names). */
function withinBounds(n: number, b: Basic): boolean {
  const f1 = Number(b.formula1);
  const f2 = Number(b.formula2);
  switch (b.operator ?? 'Between') {
    case 'Between':
      return n >= f1 && n <= f2;
    case 'NotBetween':
      return n < f1 || n > f2;
    case 'EqualTo':
      return n === f1;
    case 'NotEqualTo':
      return n !== f1;
    case 'GreaterThan':
      return n > f1;
    case 'LessThan':
      return n < f1;
    case 'GreaterThanOrEqualTo':
      return n >= f1;
    case 'LessThanOrEqualTo':
      return n <= f1;
    default:
      return true;
  }
}

/** Whether a typed entry (as Excel read it) meets the rule. */
function meets(
  rule: NonNullable<StoredRule['rule']>,
  value: FakeValue,
  sheetOf: (name: string) => FakeSheet | undefined,
  here: FakeSheet,
): boolean {
  if (rule.list) {
    if (typeof value === 'object' || value === null) return false;
    const typed = excelCaseFold(String(value));
    return listEntries(rule.list.source ?? '', sheetOf, here).some((e) => excelCaseFold(e) === typed);
  }
  const basic = rule.wholeNumber ?? rule.decimal;
  if (!basic) return true;
  if (typeof value !== 'number') return false;
  if (rule.wholeNumber && !Number.isInteger(value)) return false;
  return withinBounds(value, basic);
}

/**
 * Refuses an entry typed into a validated cell as Excel's Stop alert does (throws FakeValidationRefusal);
 * `entry` is the cell as Excel reads what was typed (fakeEntry.ts).
 */
export function refuseInvalidEntry(
  sheet: FakeSheet,
  row: number,
  col: number,
  entry: { value: FakeValue; formula: string | null },
  sheetOf: (name: string) => FakeSheet | undefined,
): void {
  if (entry.formula !== null || entry.value === null) return;
  const stored = ruleAt(sheet, row, col);
  if (!stored?.rule) return;
  const alert = stored.errorAlert ?? {};
  if (alert.showAlert === false || (alert.style !== undefined && alert.style !== 'Stop')) return;
  if (meets(stored.rule, entry.value, sheetOf, sheet)) return;
  throw new FakeValidationRefusal(alert.title || 'Microsoft Excel', alert.message || DEFAULT_ALERT);
}
