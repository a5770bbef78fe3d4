/**
 * Calls above the manifest's ExcelApi 1.7 that an Excel refuses at run time although it reports their
 * requirement set: a platform's bug, a locale (getRanges and the list separator, office-js #1167), a
 * build that scans a whole sheet too long (getSpecialCells, office-js #4245). The rule: such a refusal
 * degrades the action, it never breaks it. Excel names what it refused in the error's location
 * (`debugInfo.errorLocation`, "PageLayout.zoom", "DataValidation.rule"); the feature that call belongs to
 * is then left out for the rest of the session, and the action says what it did without.
 *
 * One record per Excel: the task pane lives in one, and each test's fake Excel is a new one.
 */
import { msg, type Msg } from '../messages/words';

/** Excel's error code (the same reading as excelRun.ts's, which imports this module's neighbours). */
function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

export type RefusableFeature = 'validation' | 'printSetup' | 'rangeAreas' | 'errorCells' | 'passwordInfo';

/** What each feature is, for the pane's note. */
export const REFUSABLE_WHAT: Readonly<Record<RefusableFeature, Msg>> = {
  validation: msg('excel.refusable.validation'),
  printSetup: msg('excel.refusable.printSetup'),
  rangeAreas: msg('excel.refusable.rangeAreas'),
  errorCells: msg('excel.refusable.errorCells'),
  passwordInfo: msg('excel.refusable.passwordInfo'),
};

/** Excel's error locations (object, or object.member) and the feature each belongs to. */
const BY_LOCATION: readonly [string, RefusableFeature][] = [
  ['PageLayout', 'printSetup'],
  ['PageBreakCollection', 'printSetup'],
  ['PageBreak', 'printSetup'],
  ['HeaderFooter', 'printSetup'],
  ['HeaderFooterGroup', 'printSetup'],
  ['DataValidation', 'validation'],
  ['Worksheet.getRanges', 'rangeAreas'],
  ['RangeAreas', 'rangeAreas'],
  ['Range.getSpecialCells', 'errorCells'],
  ['Range.getSpecialCellsOrNullObject', 'errorCells'],
  ['WorksheetProtection.isPasswordProtected', 'passwordInfo'],
];

const records = new WeakMap<object, Set<RefusableFeature>>();

function session(): Set<RefusableFeature> {
  const key = (typeof Excel === 'undefined' ? globalThis : Excel) as object;
  let set = records.get(key);
  if (!set) {
    set = new Set();
    records.set(key, set);
  }
  return set;
}

export function isRefused(feature: RefusableFeature): boolean {
  return session().has(feature);
}

export function noteRefused(feature: RefusableFeature): void {
  session().add(feature);
}

/** The location Excel gave for an error (also of an error that wraps Excel's, as `cause` or `excelError`). */
function locationOf(e: unknown): string | null {
  for (let x: unknown = e, depth = 0; x && typeof x === 'object' && depth < 4; depth++) {
    const where = (x as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation;
    if (typeof where === 'string' && where) return where;
    x = (x as { excelError?: unknown; cause?: unknown }).excelError ?? (x as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * The feature a refusal belongs to, or null when the error is not a refusal of one (cell-edit mode and the
 * payload limits are not refusals of a call; an error with no location cannot be placed).
 */
export function refusedFeatureOf(e: unknown): RefusableFeature | null {
  const code = errorCode(e);
  if (code === 'InvalidOperationInCellEditMode' || code?.includes('PayloadSizeLimitExceeded')) return null;
  const where = locationOf(e);
  if (!where) return null;
  for (const [prefix, feature] of BY_LOCATION) if (where === prefix || where.startsWith(`${prefix}.`)) return feature;
  return null;
}

/** The note an action gives when it went without a feature Excel refused. */
export function refusedNote(features: readonly RefusableFeature[], said: string): Msg | null {
  if (features.length === 0) return null;
  return msg('excel.refused', { what: features.map((f) => REFUSABLE_WHAT[f]), said });
}
