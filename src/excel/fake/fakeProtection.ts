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

/** Excel.ProtectionSelectionMode: which cells the user can still select on the protected sheet. */
const SELECTION_MODES = ['Normal', 'Unlocked', 'None'] as const;

export type FakeProtectionOptions = Partial<Record<(typeof PROTECTION_FLAGS)[number], boolean>> & {
  selectionMode?: (typeof SELECTION_MODES)[number];
};

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
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || value === null) continue;
    const known =
      key === 'selectionMode'
        ? (SELECTION_MODES as readonly unknown[]).includes(value)
        : (PROTECTION_FLAGS as readonly string[]).includes(key) && typeof value === 'boolean';
    if (!known)
      throw fakeError(
        'InvalidArgument',
        `WorksheetProtectionOptions has no ${key} = ${JSON.stringify(value)}.`,
        'WorksheetProtection.protect',
      );
  }
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

/** What an add-in's write asks of a sheet, beyond cell values (those need an unprotected sheet, or unlocked cells). */
export type ProtectedAction = 'formatCells' | 'formatRows' | 'formatColumns' | 'merge' | 'validation' | 'pageLayout';

/**
 * The option that lets each action through on a protected sheet. Formats follow Excel's own three
 * (Format Cells, Format Rows, Format Columns). Merging, data validation and page layout have no option
 * of their own in WorksheetProtectionOptions: Excel greys Merge & Center and Data Validation out on a
 * protected sheet whatever is allowed; for page layout Excel's UI lets Page Setup through, but what the
 * API does is not documented, so the fake takes the strict side (the add-in sets page layout before it
 * protects, and unprotects around a refit).
 */
const ALLOWED_BY: Record<ProtectedAction, (typeof PROTECTION_FLAGS)[number] | null> = {
  formatCells: 'allowFormatCells',
  formatRows: 'allowFormatRows',
  formatColumns: 'allowFormatColumns',
  merge: null,
  validation: null,
  pageLayout: null,
};

/** Fails as Excel does when a protected sheet does not allow `action` (checked at the sync, like every command). */
export function refuseOnProtected(sheet: FakeSheet, action: ProtectedAction, location: string): void {
  if (!sheet.protected) return;
  const flag = ALLOWED_BY[action];
  if (flag && protectionOf(sheet).options[flag] === true) return;
  throw fakeError(
    'AccessDenied',
    `The worksheet "${sheet.name}" is protected${flag ? ` without ${flag}` : ''}: ${location} is refused.`,
    location,
  );
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
        ['selectionMode', (sheet.protected && state.options.selectionMode) || 'Normal'],
      ]);
    case 'isPasswordProtected':
      return sheet.protected && state.password !== null;
    default:
      throw fakeError('InvalidArgument', `The fake worksheet protection has no property ${property}`);
  }
}
