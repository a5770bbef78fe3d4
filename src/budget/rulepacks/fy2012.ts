/**
 * The FY 2012 rule pack: OSHA Notice 11-01 (CSP 02). Every figure here is data taken from the
 * instructions; a later fiscal year is a new file like this one, not new code.
 */
import type { RulePack } from '../rulePack';

export const FY2012: RulePack = {
  fiscalYear: 2012,
  title: 'FY 2012 Instructions for 23(g) State Plan Grants (OSHA Notice 11-01, CSP 02)',
  grantPeriod: { start: 'October 1, 2011', end: 'September 30, 2012' },
  fundingOpportunity: 'OSHA-23G-2012-001',
  cfda: '17.503',
  // IX.C: no more than 25 percent of the total 50/50 funding may be budgeted for administration.
  adminCap: { numerator: 25, denominator: 100 },
  // IX.B and the OSHA 110: Federal 50%, State 50%.
  match: { federal: 1, state: 1 },
  privateSectorConsultationStates: ['KY', 'PR', 'WA'],
  // IX.E.4-5: equipment is $5,000 or more a unit (and all computer-related equipment); supplies less.
  equipmentThreshold: 5_000_00,
  yearLabels: { actual: 'Actual FY 2010', estimated: 'Estimated FY 2011', projected: 'Projected FY 2012' },
  onBoardDate: '8/15/11',
  awardLevelLabel: 'FY 2011 Final Base Award Level',
  // IX.I: Salt Lake Technical Center sample prices.
  sltcPrices: {
    underMoa: 175_00,
    occasional: 220_00,
    special: [
      { name: 'CO Methoxyhemoglobin calculation', price: 1_150_00 },
      { name: 'Explosibility', price: 710_00 },
      { name: 'Gas Chromatograph/Mass Spectrometer Identification', price: 465_00 },
      { name: 'Materials Failure', price: 2_820_00 },
    ],
  },
  // Appendix L: FY 2011 Initial Base Award, Unmatched Funds, Final Base Award Level, in cents.
  // Frozen: the readers key its names once (excelText.ts excelIndex), which nothing may change afterwards.
  states: Object.freeze([
    { code: 'AK', name: 'Alaska', initial: 1_429_400_00, unmatched: 0, final: 1_429_400_00 },
    { code: 'AZ', name: 'Arizona', initial: 1_813_000_00, unmatched: 593_400_00, final: 2_406_400_00 },
    { code: 'CA', name: 'California', initial: 27_418_800_00, unmatched: 0, final: 27_418_800_00 },
    { code: 'CT', name: 'Connecticut (PEO)', initial: 650_400_00, unmatched: 0, final: 650_400_00 },
    { code: 'HI', name: 'Hawaii', initial: 1_445_400_00, unmatched: 159_900_00, final: 1_605_300_00 },
    { code: 'IL', name: 'Illinois (PEO)', initial: 1_584_500_00, unmatched: 0, final: 1_584_500_00 },
    { code: 'IN', name: 'Indiana', initial: 2_188_000_00, unmatched: 777_900_00, final: 2_965_900_00 },
    { code: 'IA', name: 'Iowa', initial: 2_066_500_00, unmatched: 0, final: 2_066_500_00 },
    { code: 'KY', name: 'Kentucky', initial: 3_505_100_00, unmatched: 0, final: 3_505_100_00 },
    { code: 'MD', name: 'Maryland', initial: 4_130_800_00, unmatched: 0, final: 4_130_800_00 },
    { code: 'MI', name: 'Michigan', initial: 10_291_600_00, unmatched: 0, final: 10_291_600_00 },
    { code: 'MN', name: 'Minnesota', initial: 4_123_300_00, unmatched: 0, final: 4_123_300_00 },
    { code: 'NV', name: 'Nevada', initial: 1_505_900_00, unmatched: 0, final: 1_505_900_00 },
    { code: 'NJ', name: 'New Jersey (PEO)', initial: 1_984_700_00, unmatched: 0, final: 1_984_700_00 },
    { code: 'NM', name: 'New Mexico', initial: 1_027_300_00, unmatched: 0, final: 1_027_300_00 },
    { code: 'NY', name: 'New York (PEO)', initial: 3_827_300_00, unmatched: 0, final: 3_827_300_00 },
    { code: 'NC', name: 'North Carolina', initial: 5_501_500_00, unmatched: 0, final: 5_501_500_00 },
    { code: 'OR', name: 'Oregon', initial: 5_292_800_00, unmatched: 0, final: 5_292_800_00 },
    { code: 'PR', name: 'Puerto Rico', initial: 2_588_900_00, unmatched: 0, final: 2_588_900_00 },
    { code: 'SC', name: 'South Carolina', initial: 1_734_200_00, unmatched: 388_200_00, final: 2_122_400_00 },
    { code: 'TN', name: 'Tennessee', initial: 3_977_100_00, unmatched: 0, final: 3_977_100_00 },
    { code: 'UT', name: 'Utah', initial: 1_579_200_00, unmatched: 0, final: 1_579_200_00 },
    { code: 'VT', name: 'Vermont', initial: 725_800_00, unmatched: 30_900_00, final: 756_700_00 },
    { code: 'VI', name: 'Virgin Islands (PEO)', initial: 202_100_00, unmatched: 0, final: 202_100_00 },
    { code: 'VA', name: 'Virginia', initial: 3_319_800_00, unmatched: 730_700_00, final: 4_050_500_00 },
    { code: 'WA', name: 'Washington', initial: 7_249_900_00, unmatched: 0, final: 7_249_900_00 },
    { code: 'WY', name: 'Wyoming', initial: 548_700_00, unmatched: 0, final: 548_700_00 },
  ]),
  // Appendix L's printed totals, kept so a test can prove the table above was typed right.
  printedTotals: { initial: 101_712_000_00, unmatched: 2_681_000_00, final: 104_393_000_00 },
};
