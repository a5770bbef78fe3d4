/**
 * What a rule pack holds, and how a State or a fiscal year is found in the packs.
 */
import { excelIndex, excelTextKey } from './excelText';
import type { Cents } from './money';
import { FY2012 } from './rulepacks/fy2012';

export interface StateEntry {
  /** USPS code: "KY". */
  code: string;
  /** As printed in Appendix L: "Connecticut (PEO)". */
  name: string;
  initial: Cents;
  unmatched: Cents;
  final: Cents;
}

export interface RulePack {
  fiscalYear: number;
  title: string;
  grantPeriod: { start: string; end: string };
  fundingOpportunity: string;
  cfda: string;
  adminCap: { numerator: number; denominator: number };
  match: { federal: number; state: number };
  privateSectorConsultationStates: readonly string[];
  equipmentThreshold: Cents;
  yearLabels: { actual: string; estimated: string; projected: string };
  onBoardDate: string;
  awardLevelLabel: string;
  sltcPrices: { underMoa: Cents; occasional: Cents; special: readonly { name: string; price: Cents }[] };
  states: readonly StateEntry[];
  printedTotals: { initial: Cents; unmatched: Cents; final: Cents };
}

export const RULE_PACKS: readonly RulePack[] = [FY2012];
export const DEFAULT_FISCAL_YEAR = 2012;

export function rulePackFor(fiscalYear: number): RulePack | undefined {
  return RULE_PACKS.find((p) => p.fiscalYear === fiscalYear);
}

export function availableFiscalYears(): number[] {
  return RULE_PACKS.map((p) => p.fiscalYear);
}

/** "FY 2012" or "FY 2012, FY 2013": the years the product has the rules of, for messages. */
export function fiscalYearsText(): string {
  return availableFiscalYears()
    .map((y) => `FY ${y}`)
    .join(', ');
}

/** The plain name without "(PEO)": "Connecticut". */
export function plainStateName(entry: StateEntry): string {
  return entry.name.replace(/\s*\(PEO\)\s*$/i, '');
}

/** The texts a State is known by: its code, its Appendix L name and its plain name. */
const stateTexts = (s: StateEntry): readonly string[] => [s.code, s.name, plainStateName(s)];

/**
 * Finds a State by USPS code ("ky"), Appendix L name ("Connecticut (PEO)") or plain name ("connecticut"),
 * as the workbook's own lookup finds it (`MATCH(TRIM(B2),…,0)`: case-blind, spaces trimmed as TRIM
 * trims them), so the pane, the command line and the award level formula agree on what B2 names.
 */
export function findState(pack: RulePack, text: string): StateEntry | undefined {
  const wanted = excelTextKey(text);
  if (!wanted) return undefined;
  return excelIndex(pack.states, stateTexts).get(wanted);
}

export function stateByCode(pack: RulePack, code: string): StateEntry {
  const s = pack.states.find((x) => x.code === code);
  if (!s) throw new Error(`State ${code} is not in the FY ${pack.fiscalYear} rule pack`);
  return s;
}

export function allowsPrivateSectorConsultation(pack: RulePack, code: string): boolean {
  return pack.privateSectorConsultationStates.includes(code);
}

/** "25%" from the pack's fraction. */
export function adminCapPercentText(pack: RulePack): string {
  return `${(pack.adminCap.numerator * 100) / pack.adminCap.denominator}%`;
}
