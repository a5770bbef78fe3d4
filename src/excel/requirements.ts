/**
 * Which Excel can do what. The manifest asks for ExcelApi 1.7 (worksheet onChanged, NamedItem.formula,
 * freeze panes, tab colors): below that the add-in does not load. Newer sets are checked here, at run
 * time, so an older Excel still gets the templates and the checks, and is told what it misses.
 */
import { PaneError } from '../addin/paneWords';
import { msg, type Msg } from '../messages/words';
import { isRefused } from './refusals';

export const MANIFEST_EXCEL_API = '1.7';

/** Features above the manifest's set, with the set that brings them. */
export const GATED_FEATURES = {
  validation: { set: '1.8', what: msg('excel.feature.validation') },
  printSetup: { set: '1.9', what: msg('excel.feature.printSetup') },
} as const;
export type GatedFeature = keyof typeof GATED_FEATURES;

export class ExcelTooOldError extends PaneError {
  constructor(readonly needed: string) {
    super(msg('excel.tooOld', { needed }));
    this.name = 'ExcelTooOldError';
  }
}

export function excelApiSupported(version: string): boolean {
  // Outside Office (a unit test without the fake) nothing is supported beyond what the caller checks.
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}

/** Throws a clear message when Excel lacks a set the action cannot do without. */
export function requireExcelApi(version: string): void {
  if (!excelApiSupported(version)) throw new ExcelTooOldError(version);
}

/** The feature's set is reported and this Excel has not refused the feature at run time (refusals.ts). */
export function featureSupported(feature: GatedFeature): boolean {
  return excelApiSupported(GATED_FEATURES[feature].set) && !isRefused(feature);
}

/** One sentence for the pane when some template features were left out. */
export function skippedFeaturesMessage(skipped: readonly GatedFeature[]): Msg | null {
  if (skipped.length === 0) return null;
  const parts = skipped.map((f) =>
    msg('excel.featureSet', { what: GATED_FEATURES[f].what, set: GATED_FEATURES[f].set }),
  );
  return msg('excel.tooOldFor', { features: parts, count: parts.length });
}
