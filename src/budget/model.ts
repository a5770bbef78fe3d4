/**
 * The budget of a 23(g) application, as RULES.md reads it: every amount in cents, every FTE in
 * ten-thousandths, every place addressed by the same path as the budget JSON (`personnel[3].federal`).
 * Readers of workbooks fill `places` so that a finding about a path can point at its cell.
 */
import { findAsExcel } from './excelText';
import type { Cents } from './money';
import type { Fte } from './quantity';
import { PlaceMap, type PlaceIndex } from './places';

/** The five amounts of a line of Appendix F, named as in the budget JSON. */
export const AMOUNT_KEYS = ['administration', 'program', 'federal', 'stateMatch', 'state100'] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];
export type Amounts = Record<AmountKey, Cents>;

/** The cost sections of Appendix F (A to G), in the order of the template. */
export const COST_SECTIONS = [
  'personnel',
  'fringe',
  'travelOutOfState',
  'travelInState',
  'equipment',
  'supplies',
  'contractual',
  'other',
] as const;
export type CostSection = (typeof COST_SECTIONS)[number];

// Frozen: a list the readers key once (excelText.ts findAsExcel), which nothing may change afterwards.
export const PROGRAM_TYPES = Object.freeze([
  'Managers/Supervisors (Admin)',
  'First Line Supervisors',
  'Enforcement (safety)',
  'Enforcement (health)',
  '23(g) Consultation (private sector, safety)',
  '23(g) Consultation (private sector, health)',
  '23(g) Consultation (public sector, safety)',
  '23(g) Consultation (public sector, health)',
  'Compliance Assistance',
  'Outreach/Training',
  'Standards',
  'Mgt. Information Systems',
  'Laboratories',
  'Review Process',
  'Non-discrimination',
  'Other',
] as const);
export type ProgramType = (typeof PROGRAM_TYPES)[number];
export const PRIVATE_SECTOR_PROGRAM_TYPES: readonly string[] = Object.freeze([
  '23(g) Consultation (private sector, safety)',
  '23(g) Consultation (private sector, health)',
]);

/**
 * Whether a typed program type is one of the private-sector consultation types, as the template's flag
 * formula reads it (`TRIM(B17)="23(g) Consultation (private sector, safety)"`: case-blind, trimmed).
 */
export function isPrivateSectorProgramType(typed: string): boolean {
  return findAsExcel(typed, PRIVATE_SECTOR_PROGRAM_TYPES) !== undefined;
}

/** The program type as Appendix F's list spells it when the typed text is one of them as Excel compares; else as typed. */
export function programTypeAsListed(typed: string): string {
  return findAsExcel(typed, PROGRAM_TYPES) ?? typed;
}

export interface CostLine extends Amounts {
  /** The item, or for personnel the title: what a person calls this line. */
  item: string;
  privateSectorConsultation: boolean;
}

export interface PersonnelLine extends CostLine {
  programType: string;
  name: string;
  annualSalary: Cents | null;
  fte: Fte | null;
}

export interface EquipmentLine extends CostLine {
  quantity: number | null;
  unitCost: Cents | null;
  computerRelated: boolean;
}

export interface SuppliesLine extends CostLine {
  quantity: number | null;
  unitCost: Cents | null;
}

export interface ContractualLine extends CostLine {
  contractor: string;
}

/** Section I: administration only (RULES.md), so it has no Program amount. */
export interface IndirectCharges {
  rate: number | null;
  base: string;
  administration: Cents;
  federal: Cents;
  stateMatch: Cents;
  state100: Cents;
}

export const STAFFING_KEYS = [
  'managersSupervisors',
  'firstLineSupervisors',
  'safetyComplianceOfficers',
  'healthComplianceOfficers',
  'privateSectorSafetyConsultants',
  'privateSectorHealthConsultants',
  'publicSectorSafetyConsultants',
  'publicSectorHealthConsultants',
  'complianceAssistanceSpecialists',
  'trainers',
  'clericalAdminDataSystem',
  'other',
] as const;
export type StaffingKey = (typeof STAFFING_KEYS)[number];
/** The rows of Appendix E as the instructions print them. */
export const STAFFING_ROW_LABELS: Record<StaffingKey, string> = {
  managersSupervisors: 'Managers/Supervisors (Admin)',
  firstLineSupervisors: 'First Line Supervisors',
  safetyComplianceOfficers: 'Safety Compliance Officers',
  healthComplianceOfficers: 'Health Compliance Officers',
  privateSectorSafetyConsultants: 'Private Sector Safety Consultants (KY, PR, WA)',
  privateSectorHealthConsultants: 'Private Sector Health Consultants (KY, PR, WA)',
  publicSectorSafetyConsultants: 'Public Sector Safety Consultants',
  publicSectorHealthConsultants: 'Public Sector Health Consultants',
  complianceAssistanceSpecialists: 'Compliance Assistance Specialist',
  trainers: 'Trainers',
  clericalAdminDataSystem: 'Clerical/Admin/Data System',
  other: 'Other (all positions not elsewhere counted)',
};
export const STAFFING_FIELDS = ['allocated5050', 'allocated100', 'onBoard5050', 'onBoard100'] as const;
export type StaffingField = (typeof STAFFING_FIELDS)[number];
/** An Appendix E row; null where the cell is blank. */
export type StaffingRow = Record<StaffingField, Fte | null>;

export const YEAR_KEYS = ['actual', 'estimated', 'projected'] as const;
export type YearKey = (typeof YEAR_KEYS)[number];

export const INSPECTION_KEYS = ['privateNonConstruction', 'privateConstruction', 'publicSector'] as const;
export const CONSULTATION_VISIT_KEYS = ['publicSector', 'privateSector'] as const;
export const COMPLIANCE_ASSISTANCE_KEYS = [
  'vppGeneralIndustry',
  'vppConstruction',
  'vppPublicSector',
  'cooperativeWithIncentives',
  'cooperativeWithoutIncentives',
  'privateSectorSharp',
  'publicSectorSharp',
  'outreachParticipants',
] as const;
export type InspectionKey = (typeof INSPECTION_KEYS)[number];
export type ConsultationVisitKey = (typeof CONSULTATION_VISIT_KEYS)[number];
export type ComplianceAssistanceKey = (typeof COMPLIANCE_ASSISTANCE_KEYS)[number];

/** The rows of Appendix D as the instructions print them (notes in brackets included). */
export const INSPECTION_LABELS: Record<InspectionKey, string> = {
  privateNonConstruction: 'Private Sector Inspections - Non Construction',
  privateConstruction: 'Private Sector Inspections - Construction',
  publicSector: 'Public Sector Inspections - Total',
};
export const CONSULTATION_VISIT_LABELS: Record<ConsultationVisitKey, string> = {
  publicSector: 'Public Sector Consultation Visits',
  privateSector: 'Private Sector Consultation Visits - 23(g) (KY, PR, and WA Only)',
};
export const COMPLIANCE_ASSISTANCE_LABELS: Record<ComplianceAssistanceKey, string> = {
  vppGeneralIndustry: 'VPP Participants - General Industry',
  vppConstruction: 'VPP Participants - Construction',
  vppPublicSector: 'VPP Participants - Public Sector',
  cooperativeWithIncentives:
    'Participants in Cooperative Programs with Enforcement Incentives (i.e., Strategic Partnerships)',
  cooperativeWithoutIncentives: 'Participants in Cooperative Programs without Enforcement Incentives (i.e., Alliances)',
  privateSectorSharp: 'Private Sector SHARP Participants - 23(g) (KY, PR, and WA Only)',
  publicSectorSharp: 'Public Sector SHARP',
  outreachParticipants: 'Outreach Participants',
};

/**
 * A printed label without its notes, for a sentence: "Private Sector SHARP Participants - 23(g) (KY, PR,
 * and WA Only)" -> "Private Sector SHARP Participants"; "... Incentives (i.e., Alliances)" -> "... Incentives".
 */
export function labelWithoutNotes(label: string): string {
  let out = label;
  for (;;) {
    const trimmed = out.replace(/\s*\([^()]*\)$/, '').replace(/\s+-\s+23\(g\)$/, '');
    if (trimmed === out) return out;
    out = trimmed;
  }
}

/** The heads of Appendix F's amount columns as the instructions print them. */
export type AmountHead = 'administration' | 'program' | 'federal' | 'stateMatch' | 'state100' | 'total';
export const AMOUNT_HEADS: Readonly<Record<AmountHead, string>> = {
  administration: 'Administration',
  program: 'Program',
  federal: 'Federal Share',
  stateMatch: 'State Match',
  state100: 'State 100% Funded',
  total: 'Total Cost',
};

export type Count = number | null;
export interface SafetyHealth {
  safety: Count;
  health: Count;
}
export interface NewTotal {
  new: Count;
  total: Count;
}
export type ByYear<T> = Record<YearKey, T>;

/** Appendix D. Absent rows are simply missing. */
export interface Activities {
  inspections: Partial<Record<InspectionKey, ByYear<SafetyHealth>>>;
  consultationVisits: Partial<Record<ConsultationVisitKey, ByYear<SafetyHealth>>>;
  complianceAssistance: Partial<Record<ComplianceAssistanceKey, ByYear<NewTotal>>>;
}

export interface NamedSafetyHealth extends SafetyHealth {
  name: string;
}

/** Appendix J (KY, PR, WA). */
export interface Consultation {
  visits: { construction?: SafetyHealth; nonConstruction?: SafetyHealth };
  emphasisVisits?: SafetyHealth;
  emphasisIndustries: NamedSafetyHealth[];
  emphasisHazards: NamedSafetyHealth[];
  agencyMeasures: { name: string; total: Count }[];
  sharp?: { new: Count; current: Count };
  renewals: Count;
  preSharp: Count;
  interventions: Count;
}

/** Quarters of SF-424A Section D typed by the user, instead of the even split. */
export interface CashForecast {
  federal: [Cents, Cents, Cents, Cents] | null;
  nonFederal: [Cents, Cents, Cents, Cents] | null;
}

/** Where a path of the budget stands in a workbook. */
export interface CellPlace {
  sheet: string;
  cell: string;
}

export interface Budget {
  /** USPS code of a State of the rule pack. */
  state: string;
  fiscalYear: number;
  /** The budget's own award level; null means the rule pack's. */
  awardLevel: Cents | null;
  adminCapJustification: string;
  personnel: PersonnelLine[];
  fringe: CostLine[];
  travelOutOfState: CostLine[];
  travelInState: CostLine[];
  equipment: EquipmentLine[];
  supplies: SuppliesLine[];
  contractual: ContractualLine[];
  other: CostLine[];
  indirect: IndirectCharges | null;
  programIncome: Cents;
  staffing: Partial<Record<StaffingKey, StaffingRow>>;
  activities: Activities;
  consultation: Consultation;
  cashForecast: CashForecast | null;
  /** Path (as in the budget JSON) → cell, for budgets read from a workbook; empty otherwise. */
  places: PlaceIndex;
}

export function emptyConsultation(): Consultation {
  return {
    visits: {},
    emphasisIndustries: [],
    emphasisHazards: [],
    agencyMeasures: [],
    renewals: null,
    preSharp: null,
    interventions: null,
  };
}

export function emptyBudget(state: string, fiscalYear: number): Budget {
  return {
    state,
    fiscalYear,
    awardLevel: null,
    adminCapJustification: '',
    personnel: [],
    fringe: [],
    travelOutOfState: [],
    travelInState: [],
    equipment: [],
    supplies: [],
    contractual: [],
    other: [],
    indirect: null,
    programIncome: 0,
    staffing: {},
    activities: { inspections: {}, consultationVisits: {}, complianceAssistance: {} },
    consultation: emptyConsultation(),
    cashForecast: null,
    places: new PlaceMap(),
  };
}

export function zeroAmounts(): Amounts {
  return { administration: 0, program: 0, federal: 0, stateMatch: 0, state100: 0 };
}

/** Total Cost of a line: Federal Share + State Match + State 100% Funded. */
export function lineTotal(a: Amounts): Cents {
  return a.federal + a.stateMatch + a.state100;
}

/**
 * Visits every cost line of Appendix F A to G with its section and index, in template order. A plain loop,
 * not a generator: the checks walk the lines some ten times per re-check, and a generator's two objects per
 * line were half of the 13 MB a re-check of 10,000 lines allocated (and of its young-generation collections).
 * A visitor that adds figures up should loop over COST_SECTIONS itself: a sum it closes over is a new heap
 * number at each addition past 2^30 cents.
 */
export function forEachCostLine(b: Budget, visit: (line: CostLine, section: CostSection, index: number) => void): void {
  for (const section of COST_SECTIONS) {
    const lines: CostLine[] = b[section];
    for (let index = 0; index < lines.length; index++) visit(lines[index] as CostLine, section, index);
  }
}

/** True when some cost line passes `test`; stops at the first that does. */
export function someCostLine(
  b: Budget,
  test: (line: CostLine, section: CostSection, index: number) => boolean,
): boolean {
  for (const section of COST_SECTIONS) {
    const lines: CostLine[] = b[section];
    for (let index = 0; index < lines.length; index++) if (test(lines[index] as CostLine, section, index)) return true;
  }
  return false;
}

/** The number of cost lines of Appendix F A to G. */
export function costLineCount(b: Budget): number {
  let count = 0;
  for (const section of COST_SECTIONS) count += b[section].length;
  return count;
}

/** The grand totals' part of Appendix F, as findings name it. */
export const TOTAL_CHARGES_TITLE = 'J. Total Charges';

/** Human names of the sections, with the letters of Appendix F. */
export const SECTION_TITLES: Record<CostSection | 'indirect', string> = {
  personnel: 'A. Personnel',
  fringe: 'B. Fringe Benefits',
  travelOutOfState: 'C. Travel (Out of State)',
  travelInState: 'C. Travel (In-State)',
  equipment: 'D. Equipment',
  supplies: 'E. Supplies',
  contractual: 'F. Contractual',
  other: 'G. Other',
  indirect: 'I. Indirect Charges',
};
