/**
 * What Excel refuses in a write, and the fake with it (DESIGN.md, "What Excel does that a lenient fake hides"):
 * a formula, a defined name or a list-validation source that names a sheet the workbook does not have is
 * not a forward reference. Excel reads `Checks!A1` with no sheet "Checks" as a link to another workbook
 * (the desktop asks for a file to open) or refuses it; through the API the batch fails, and what ran
 * before the failing command stays done (a batch is never rolled back). The fake fails it with
 * InvalidArgument, Excel's code for an argument it cannot take.
 * Also: deleting a sheet or a name (the add-in's clean-up after a failed insert).
 */
import { fakeError } from './fakeErrors';
import type { FakeSheet, FakeWorkbook } from './fakeWorkbook';

/**
 * The sheet names a formula refers to: 'Quoted Name'!A1 and Plain!A1, outside string literals.
 * A linear scan: each character is looked at a bounded number of times.
 */
export function sheetsNamedIn(formula: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      // A string literal: "" is a quote inside it.
      i++;
      while (i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"')) i += formula[i] === '"' ? 2 : 1;
      i++;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      if (formula[j + 1] === '!') out.push(name);
      i = j + 1;
      continue;
    }
    const plain = /[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*!/y;
    plain.lastIndex = i;
    const m = i === 0 || !/[\w.]/.test(formula[i - 1] as string) ? plain.exec(formula) : null;
    if (m) {
      out.push(m[0].slice(0, -1));
      i = plain.lastIndex;
      continue;
    }
    i++;
  }
  return out;
}

/** Fails as Excel does when `formula` names a sheet the workbook does not have. */
export function refuseUnknownSheets(wb: FakeWorkbook, formula: string, what: string): void {
  for (const name of sheetsNamedIn(formula)) {
    if (/^\[/.test(name) || wb.sheet(name)) continue;
    throw fakeError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format. (${what} "${formula}" names a sheet "${name}" that this workbook does not have; Excel would read it as a link to another workbook.)`,
    );
  }
}

/** Excel's limits on a formula ("Excel specifications and limits"): 8,192 characters, a text value of 255 in it. */
export const FORMULA_MAX_CHARS = 8_192;
export const FORMULA_TEXT_MAX_CHARS = 255;

/**
 * Fails as Excel does on a formula over 8,192 characters, or one holding a string literal over 255
 * characters (Excel says "Text values in formulas are limited to 255 characters"). One pass over the text.
 */
export function refuseLongFormula(formula: string): void {
  if (formula.length > FORMULA_MAX_CHARS)
    throw fakeError(
      'InvalidArgument',
      `The formula is ${formula.length} characters long; Excel takes at most ${FORMULA_MAX_CHARS}.`,
      'Range.formulas',
    );
  let i = 0;
  while (i < formula.length) {
    if (formula[i] !== '"') {
      i++;
      continue;
    }
    let length = 0;
    i++;
    while (i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"')) {
      i += formula[i] === '"' ? 2 : 1;
      length++;
    }
    i++;
    if (length > FORMULA_TEXT_MAX_CHARS)
      throw fakeError(
        'InvalidArgument',
        `A text value in the formula is ${length} characters long; Excel takes at most ${FORMULA_TEXT_MAX_CHARS} in a formula.`,
        'Range.formulas',
      );
  }
}

/** A list rule's source must name sheets that exist; an inline list ("a,b,c") names none. */
export function refuseUnknownListSource(wb: FakeWorkbook, rule: unknown): void {
  const source = (rule as { list?: { source?: unknown } } | null)?.list?.source;
  if (typeof source === 'string' && source.startsWith('='))
    refuseUnknownSheets(wb, source, 'the list validation source');
}

/** Worksheet.delete(): the sheet goes; names that pointed into it read #REF!, as in Excel. */
export function deleteSheet(wb: FakeWorkbook, sheet: FakeSheet): void {
  const index = wb.sheets.indexOf(sheet);
  if (index < 0) return;
  wb.sheets.splice(index, 1);
  for (const n of wb.names) {
    if (sheetsNamedIn(n.formula).some((s) => s.toLowerCase() === sheet.name.toLowerCase())) n.formula = '=#REF!';
  }
  if (wb.activeSheet?.toLowerCase() === sheet.name.toLowerCase()) wb.activeSheet = wb.sheets[0]?.name ?? null;
}

/** NamedItem.delete(). */
export function deleteName(wb: FakeWorkbook, name: string): void {
  const index = wb.names.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
  if (index >= 0) wb.names.splice(index, 1);
}
