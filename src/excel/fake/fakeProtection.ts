/**
 * Worksheet protection in the fake, with Excel's rules (DESIGN.md): protect() on a protected sheet fails;
 * the options given to protect() are kept (allowInsertRows and friends, ExcelApi 1.2) and decide what a
 * user or the API may still do; unprotect() of a sheet protected with a password needs that password.
 * Kept beside the sheet (not in it) so the fake's sheet data stay as they were.
 */
import { fakeError, type FakeSheet } from './fakeWorkbook';

/** Excel.WorksheetProtectionOptions, every flag false unless protect() said otherwise. */
export const PROTECTION_FLAGS = [
  'allowAutoFilter',
  'allowDeleteColumns',
  'allowDeleteRows',
  'allowEditObjects',
  'allowEditScenarios',
  'allowFormatCells',
  'allowFormatColumns',
  'allowFormatRows',
  'allowInsertColumns',
  'allowInsertHyperlinks',
  'allowInsertRows',
  'allowPivotTables',
  'allowSort',
] as const;

export type FakeProtectionOptions = Partial<Record<(typeof PROTECTION_FLAGS)[number], boolean>>;

interface ProtectionState {
  options: FakeProtectionOptions;
  password: string | null;
}

const states = new WeakMap<FakeSheet, ProtectionState>();

export function protectionOf(sheet: FakeSheet): ProtectionState {
  return states.get(sheet) ?? { options: {}, password: null };
}

export function protectSheet(sheet: FakeSheet, options: FakeProtectionOptions = {}, password?: string): void {
  if (sheet.protected) throw fakeError('InvalidOperation', `The worksheet "${sheet.name}" is already protected.`);
  sheet.protected = true;
  states.set(sheet, { options: { ...options }, password: password || null });
}

export function unprotectSheet(sheet: FakeSheet, password?: string): void {
  if (!sheet.protected) return;
  const { password: wanted } = protectionOf(sheet);
  if (wanted !== null && wanted !== password) {
    throw fakeError('InvalidArgument', `The password to unprotect the worksheet "${sheet.name}" is missing or wrong.`);
  }
  sheet.protected = false;
  states.delete(sheet);
}

/** What Worksheet.protection answers to load(): protected, options (every flag), isPasswordProtected. */
export function readProtection(sheet: FakeSheet, property: string): unknown {
  const state = protectionOf(sheet);
  switch (property) {
    case 'protected':
      return sheet.protected;
    case 'options':
      return Object.fromEntries([
        ...PROTECTION_FLAGS.map((f) => [f, sheet.protected && state.options[f] === true]),
        ['selectionMode', 'Normal'],
      ]);
    case 'isPasswordProtected':
      return sheet.protected && state.password !== null;
    default:
      throw fakeError('InvalidArgument', `The fake worksheet protection has no property ${property}`);
  }
}
