/**
 * The sheets and defined names of the product's own layout. Every name starts with `GB_`; when a
 * workbook already holds one of them, a whole inserted set gets one suffix ("_2", "_3"...), so a
 * reader can tell the sets apart. Base names never end in "_<digits>" for that reason.
 */
import type { CostSection } from '../budget';
import { withoutEquals, type WorkbookSnapshot } from '../port/workbookPort';

export const NAME_PREFIX = 'GB_';

export const TEMPLATE_KEYS = ['appendixD', 'appendixE', 'appendixF', 'appendixJ', 'sf424a', 'checks'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const SHEET_TITLES: Record<TemplateKey, string> = {
  appendixD: 'Appendix D',
  appendixE: 'Appendix E',
  appendixF: 'Appendix F',
  appendixJ: 'Appendix J',
  sf424a: 'SF-424A',
  checks: 'Checks',
};

/** The name each template's sheet carries, whatever the sheet is called: it marks the sheet as ours. */
export const SHEET_MARK_NAMES: Record<TemplateKey, string> = {
  appendixD: 'GB_Sheet_AppendixD',
  appendixE: 'GB_Sheet_AppendixE',
  appendixF: 'GB_Sheet_AppendixF',
  appendixJ: 'GB_Sheet_AppendixJ',
  sf424a: 'GB_Sheet_SF424A',
  checks: 'GB_Sheet_Checks',
};

const SECTION_NAME_PART: Record<CostSection, string> = {
  personnel: 'Personnel',
  fringe: 'Fringe',
  travelOutOfState: 'TravelOutOfState',
  travelInState: 'TravelInState',
  equipment: 'Equipment',
  supplies: 'Supplies',
  contractual: 'Contractual',
  other: 'Other',
};

/** Base names (before any suffix). */
export const N = {
  state: 'GB_State',
  fiscalYear: 'GB_FiscalYear',
  awardLevel: 'GB_AwardLevel',
  appendixLLevel: 'GB_AppendixLLevel',
  adminCapJustification: 'GB_AdminCapJustification',
  programIncome: 'GB_ProgramIncome',
  cashFederal: 'GB_CashForecastFederal',
  cashNonFederal: 'GB_CashForecastNonFederal',
  /** A section's block: its column-head row, its input rows and its spare row (all columns). */
  section: (s: CostSection) => `GB_F_${SECTION_NAME_PART[s]}`,
  /** A section's subtotal row, Administration to Total Cost. */
  sectionTotal: (s: CostSection) => `GB_F_${SECTION_NAME_PART[s]}Total`,
  travelTotal: 'GB_F_TravelTotal',
  totalDirect: 'GB_F_TotalDirectCharges',
  indirect: 'GB_F_IndirectCharges',
  indirectRate: 'GB_F_IndirectRate',
  indirectBase: 'GB_F_IndirectBase',
  totalCharges: 'GB_F_TotalCharges',
  eStaffing: 'GB_E_Staffing',
  eTotal: 'GB_E_Total',
  dCompliance: 'GB_D_ComplianceConsultation',
  dAssistance: 'GB_D_ComplianceAssistance',
  dTotalInspections: 'GB_D_TotalInspections',
  dTotalVisits: 'GB_D_TotalConsultationVisits',
  jVisits: 'GB_J_Visits',
  jTotalVisits: 'GB_J_TotalVisits',
  jEmphasisVisits: 'GB_J_EmphasisVisits',
  jPercentage: 'GB_J_EmphasisPercentage',
  jIndustries: 'GB_J_EmphasisIndustries',
  jHazards: 'GB_J_EmphasisHazards',
  jMeasures: 'GB_J_AgencyMeasures',
  jSharp: 'GB_J_Sharp',
  jRenewals: 'GB_J_Renewals',
  jPreSharp: 'GB_J_PreSharp',
  jInterventions: 'GB_J_Interventions',
  sfSectionA: 'GB_SF424A_SectionA',
  sfSectionB: 'GB_SF424A_SectionB',
  sfSectionC: 'GB_SF424A_SectionC',
  sfSectionD: 'GB_SF424A_SectionD',
  sfSectionE: 'GB_SF424A_SectionE',
  sfSectionF: 'GB_SF424A_SectionF',
  sfTotal: 'GB_SF424A_Total',
  checkAdminShare: 'GB_Check_AdminShare',
  checkAdminCap: 'GB_Check_AdminCap',
  checkMatch: 'GB_Check_Match',
  checkAward: 'GB_Check_AwardLevel',
  checkLineSplits: 'GB_Check_LineSplits',
  checkResults: 'GB_Check_Results',
  checkFooting: 'GB_Check_SF424AFooting',
  appendixL: 'GB_AppendixL',
} as const;

/** "GB_F_Personnel_2" → { base: "GB_F_Personnel", suffix: "_2" }. */
export function splitSuffix(name: string): { base: string; suffix: string } {
  const m = /^(.*?)(_\d+)?$/.exec(name);
  return { base: m?.[1] ?? name, suffix: m?.[2] ?? '' };
}

/**
 * The sets of our layout in a snapshot, by suffix ("" first, then "_2", "_3"...), each with the sheet
 * of every template it holds. A set is found by its sheet-mark names, so renamed sheets are still found.
 */
export function findOwnLayouts(
  snapshot: WorkbookSnapshot,
): { suffix: string; sheets: Partial<Record<TemplateKey, string>> }[] {
  const sets = new Map<string, Partial<Record<TemplateKey, string>>>();
  for (const n of snapshot.names) {
    const { base, suffix } = splitSuffix(n.name);
    const key = TEMPLATE_KEYS.find((k) => SHEET_MARK_NAMES[k].toLowerCase() === base.toLowerCase());
    if (!key) continue;
    const sheet = sheetOfRef(n.ref);
    if (!sheet) continue;
    let set = sets.get(suffix);
    if (!set) sets.set(suffix, (set = {}));
    set[key] = sheet;
  }
  return [...sets.entries()]
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : Number(a.slice(1)) - Number(b.slice(1))))
    .map(([suffix, sheets]) => ({ suffix, sheets }));
}

/** The sheet names a re-check must load: every sheet of every own-layout set of the snapshot. */
export function ownSheetNames(snapshot: WorkbookSnapshot): string[] {
  const out = new Set<string>();
  for (const set of findOwnLayouts(snapshot)) for (const s of Object.values(set.sheets)) if (s) out.add(s);
  return [...out];
}

/** "'Appendix F'!$A$1:$B$2" → "Appendix F"; null when the reference has no sheet (or is #REF!). */
export function sheetOfRef(ref: string): string | null {
  const r = withoutEquals(ref);
  const quoted = /^'((?:[^']|'')+)'!/.exec(r);
  if (quoted) return (quoted[1] as string).replace(/''/g, "'");
  const plainRef = /^([^'!]+)!/.exec(r);
  return plainRef ? (plainRef[1] as string) : null;
}

/** "'Appendix F'!$A$12:$R$30" → "A12:R30"; null when not a plain cell or range reference. */
export function rangeOfRef(ref: string): string | null {
  const r = withoutEquals(ref);
  const i = r.lastIndexOf('!');
  const range = (i >= 0 ? r.slice(i + 1) : r).replace(/\$/g, '');
  return /^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/i.test(range) ? range.toUpperCase() : null;
}
