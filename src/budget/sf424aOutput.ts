/**
 * The SF-424A in the shapes other programs and people read: the JSON of INTERFACES.md (dollars),
 * a flat list of form fields (CSV, tab-separated copy, the terminal table), and Grants.gov XML.
 */
import { msg, type Msg } from '../messages/words';
import { centsToDecimalText, centsToDollars, type Cents } from './money';
import { CATEGORY_KEYS, OBJECT_CLASSES, type ObjectClassKey, type Quarters, type Sf424a } from './sf424a';
import type { Osha110 } from './sf424a';
import { firstCodePoints, removedNote, xmlSafeText } from './xmlText';

/** The JSON of INTERFACES.md: amounts in dollars with at most two decimals. */
export function sf424aToJson(form: Sf424a) {
  const d = centsToDollars;
  const q = (x: Quarters) => ({ year: d(x.year), q1: d(x.q1), q2: d(x.q2), q3: d(x.q3), q4: d(x.q4) });
  const col = (c: Record<string, Cents>) => Object.fromEntries(OBJECT_CLASSES.map(({ key }) => [key, d(c[key] ?? 0)]));
  return {
    sectionA: {
      lines: form.sectionA.lines.map((l) => ({
        category: l.category,
        activity: l.activity,
        cfda: l.cfda,
        federal: d(l.federal),
        nonFederal: d(l.nonFederal),
        total: d(l.total),
      })),
      totals: {
        federal: d(form.sectionA.totals.federal),
        nonFederal: d(form.sectionA.totals.nonFederal),
        total: d(form.sectionA.totals.total),
      },
    },
    sectionB: {
      categories: Object.fromEntries(
        form.categories.map((k) => [k, col(form.sectionB.categories[k] as Record<string, Cents>)]),
      ),
      totals: col(form.sectionB.totals as Record<string, Cents>),
    },
    sectionC: {
      lines: form.sectionC.lines.map((l) => ({
        category: l.category,
        program: l.program,
        applicant: d(l.applicant),
        state: d(l.state),
        other: d(l.other),
        total: d(l.total),
      })),
      totals: {
        applicant: d(form.sectionC.totals.applicant),
        state: d(form.sectionC.totals.state),
        other: d(form.sectionC.totals.other),
        total: d(form.sectionC.totals.total),
      },
    },
    sectionD: {
      federal: q(form.sectionD.federal),
      nonFederal: q(form.sectionD.nonFederal),
      total: q(form.sectionD.total),
    },
    sectionE: { lines: [], totals: { first: 0, second: 0, third: 0, fourth: 0 } },
    sectionF: { ...form.sectionF },
  };
}

export function osha110ToJson(o: Osha110) {
  return {
    federalBase: centsToDollars(o.federalBase),
    stateBase: centsToDollars(o.stateBase),
    recipientShare: centsToDollars(o.recipientShare),
    recipient100: centsToDollars(o.recipient100),
    total: centsToDollars(o.total),
  };
}

/** One field of the printed form. `amount` is null for a blank money field; `text` for Section F. */
export interface FormField {
  section: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
  line: string;
  column: string;
  label: string;
  amount: Cents | null;
  text?: string;
}

const D_COLUMNS = [
  ['year', 'Total for 1st Year'],
  ['q1', '1st Quarter'],
  ['q2', '2nd Quarter'],
  ['q3', '3rd Quarter'],
  ['q4', '4th Quarter'],
] as const;

/** Every field of the form, in reading order, with the form's line numbers and column letters. */
export function sf424aFields(form: Sf424a): FormField[] {
  return [
    ...sectionAFields(form),
    ...sectionBFields(form),
    ...sectionCFields(form),
    ...sectionDFields(form),
    ...sectionEFFields(form),
  ];
}

/** Section A: each activity's line, then line 5's totals. */
function sectionAFields(form: Sf424a): FormField[] {
  const out: FormField[] = [];
  form.sectionA.lines.forEach((l, i) => {
    const line = String(i + 1);
    out.push(
      { section: 'A', line, column: 'a', label: 'Grant Program Function or Activity', amount: null, text: l.activity },
      {
        section: 'A',
        line,
        column: 'b',
        label: `${l.activity}: Catalog of Federal Domestic Assistance Number`,
        amount: null,
        text: l.cfda,
      },
      { section: 'A', line, column: 'c', label: `${l.activity}: Estimated Unobligated Funds, Federal`, amount: null },
      {
        section: 'A',
        line,
        column: 'd',
        label: `${l.activity}: Estimated Unobligated Funds, Non-Federal`,
        amount: null,
      },
      { section: 'A', line, column: 'e', label: `${l.activity}: New or Revised Budget, Federal`, amount: l.federal },
      {
        section: 'A',
        line,
        column: 'f',
        label: `${l.activity}: New or Revised Budget, Non-Federal`,
        amount: l.nonFederal,
      },
      { section: 'A', line, column: 'g', label: `${l.activity}: Total`, amount: l.total },
    );
  });
  out.push(
    {
      section: 'A',
      line: '5',
      column: 'e',
      label: 'Totals: New or Revised Budget, Federal',
      amount: form.sectionA.totals.federal,
    },
    {
      section: 'A',
      line: '5',
      column: 'f',
      label: 'Totals: New or Revised Budget, Non-Federal',
      amount: form.sectionA.totals.nonFederal,
    },
    { section: 'A', line: '5', column: 'g', label: 'Totals: Total', amount: form.sectionA.totals.total },
  );
  return out;
}

/** Section B: each object class across the activities, then its total. */
function sectionBFields(form: Sf424a): FormField[] {
  const out: FormField[] = [];
  for (const oc of OBJECT_CLASSES) {
    form.categories.forEach((k, i) => {
      const col = form.sectionB.categories[k];
      out.push({
        section: 'B',
        line: oc.line,
        column: `(${i + 1})`,
        label: `${oc.label}: ${form.sectionA.lines[i]?.activity ?? k}`,
        amount: col ? col[oc.key] : 0,
      });
    });
    out.push({
      section: 'B',
      line: oc.line,
      column: '(5)',
      label: `${oc.label}: Total`,
      amount: form.sectionB.totals[oc.key],
    });
  }
  return out;
}

/** Section C: each program's line, then line 12's totals. */
function sectionCFields(form: Sf424a): FormField[] {
  const out: FormField[] = [];
  form.sectionC.lines.forEach((l, i) => {
    const line = String(8 + i);
    out.push(
      { section: 'C', line, column: 'a', label: 'Grant Program', amount: null, text: l.program },
      { section: 'C', line, column: 'b', label: `${l.program}: Applicant`, amount: l.applicant },
      { section: 'C', line, column: 'c', label: `${l.program}: State`, amount: null },
      { section: 'C', line, column: 'd', label: `${l.program}: Other Sources`, amount: null },
      { section: 'C', line, column: 'e', label: `${l.program}: Totals`, amount: l.total },
    );
  });
  out.push(
    {
      section: 'C',
      line: '12',
      column: 'b',
      label: 'Total (sum of lines 8-11): Applicant',
      amount: form.sectionC.totals.applicant,
    },
    { section: 'C', line: '12', column: 'c', label: 'Total (sum of lines 8-11): State', amount: null },
    { section: 'C', line: '12', column: 'd', label: 'Total (sum of lines 8-11): Other Sources', amount: null },
    {
      section: 'C',
      line: '12',
      column: 'e',
      label: 'Total (sum of lines 8-11): Totals',
      amount: form.sectionC.totals.total,
    },
  );
  return out;
}

/** Section D: lines 13 to 15, the year and its quarters. */
function sectionDFields(form: Sf424a): FormField[] {
  const out: FormField[] = [];
  for (const [line, row, name] of [
    ['13', 'federal', 'Federal'],
    ['14', 'nonFederal', 'Non-Federal'],
    ['15', 'total', 'TOTAL (sum of lines 13 and 14)'],
  ] as const) {
    for (const [key, label] of D_COLUMNS) {
      out.push({
        section: 'D',
        line,
        column: key === 'year' ? 'Total' : key,
        label: `${name}: ${label}`,
        amount: form.sectionD[row][key],
      });
    }
  }
  return out;
}

/** Section E's total (left blank) and Section F's text. */
function sectionEFFields(form: Sf424a): FormField[] {
  const out: FormField[] = [];
  out.push(
    {
      section: 'E',
      line: '20',
      column: 'b-e',
      label: 'TOTAL (sum of lines 16-19): Future Funding Periods',
      amount: null,
    },
    { section: 'F', line: '21', column: '', label: 'Direct Charges', amount: null, text: form.sectionF.directCharges },
    {
      section: 'F',
      line: '22',
      column: '',
      label: 'Indirect Charges',
      amount: null,
      text: form.sectionF.indirectCharges,
    },
    { section: 'F', line: '23', column: '', label: 'Remarks', amount: null, text: form.sectionF.remarks },
  );
  return out;
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per form field: section, line, column, label, amount (dollars, blank where the form is blank). */
export function sf424aCsv(form: Sf424a): string {
  const rows = [['section', 'line', 'column', 'label', 'amount']];
  for (const f of sf424aFields(form)) {
    rows.push([
      f.section,
      f.line,
      f.column,
      f.label,
      f.amount === null ? (f.text ?? '') : centsToDecimalText(f.amount),
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function xmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Section B's object classes as SF424A-V1.0 names them (read back by src/budget/reconcile). */
export const SECTION_B_XML: readonly (readonly [ObjectClassKey, string])[] = [
  ['personnel', 'BudgetPersonnelRequestedAmount'],
  ['fringeBenefits', 'BudgetFringeBenefitsRequestedAmount'],
  ['travel', 'BudgetTravelRequestedAmount'],
  ['equipment', 'BudgetEquipmentRequestedAmount'],
  ['supplies', 'BudgetSuppliesRequestedAmount'],
  ['contractual', 'BudgetContractualRequestedAmount'],
  ['construction', 'BudgetConstructionRequestedAmount'],
  ['other', 'BudgetOtherRequestedAmount'],
  ['totalDirect', 'BudgetTotalDirectChargesAmount'],
  ['indirect', 'BudgetIndirectChargesAmount'],
  ['total', 'BudgetTotalAmount'],
  ['programIncome', 'ProgramIncomeAmount'],
];
/** Section D's columns as SF424A-V1.0 names them. */
export const SECTION_D_XML = [
  ['year', 'BudgetFirstYearAmounts'],
  ['q1', 'BudgetFirstQuarterAmounts'],
  ['q2', 'BudgetSecondQuarterAmounts'],
  ['q3', 'BudgetThirdQuarterAmounts'],
  ['q4', 'BudgetFourthQuarterAmounts'],
] as const;

/** The text fields of the XML: made safe for XML 1.0 and cut to the schema's length, each change noted by field. */
function xmlTextField(notes: Msg[]) {
  return (field: string, value: string, max?: number): string => {
    const safe = xmlSafeText(value);
    if (safe.removed.length) notes.push(removedNote(field, safe.removed));
    const cut = max === undefined ? safe.text : firstCodePoints(safe.text, max);
    if (cut !== safe.text) notes.push(msg('write.cut', { where: field, max: max ?? 0 }));
    return xmlEscape(cut);
  };
}

/** Grants.gov XML of the form (see sf424aXmlWithNotes). */
export function sf424aXml(form: Sf424a): string {
  return sf424aXmlWithNotes(form).xml;
}

/**
 * Grants.gov XML of form SF424A-V1.0, valid against the shared XSD. Blank fields of the form
 * (Section A (c)(d), Section C State and Other, Section E) are left out, as the schema allows.
 * `notes` says which text fields lost characters XML cannot hold or were cut to the schema's length.
 */
export function sf424aXmlWithNotes(form: Sf424a): { xml: string; notes: Msg[] } {
  const notes: Msg[] = [];
  const text = xmlTextField(notes);
  const L: string[] = [];
  L.push('<?xml version="1.0" encoding="UTF-8"?>');
  L.push(
    '<SF424A:BudgetInformation xmlns:SF424A="http://apply.grants.gov/forms/SF424A-V1.0" ' +
      'xmlns:glob="http://apply.grants.gov/system/Global-V1.0" SF424A:programType="Non-Construction" glob:coreSchemaVersion="1.0">',
  );
  L.push('  <glob:FormVersionIdentifier>1.0</glob:FormVersionIdentifier>');
  L.push(...xmlSectionA(form, text), ...xmlSectionB(form, text), ...xmlSectionC(form, text));
  L.push(...xmlSectionD(form), ...xmlSectionF(form, text));
  L.push('</SF424A:BudgetInformation>');
  return { xml: L.join('\n') + '\n', notes };
}

type TextField = ReturnType<typeof xmlTextField>;

/** An amount element of the form, in dollars and cents. */
function amt(name: string, cents: Cents, indent: string): string {
  return `${indent}<SF424A:${name}>${centsToDecimalText(cents)}</SF424A:${name}>`;
}

/** Section A, BudgetSummary: each activity's line and the totals. */
function xmlSectionA(form: Sf424a, text: TextField): string[] {
  const L: string[] = [];
  L.push('  <SF424A:BudgetSummary>');
  form.sectionA.lines.forEach((l, i) => {
    L.push(
      `    <SF424A:SummaryLineItem SF424A:activityTitle="${text(`Section A line ${i + 1} activity`, l.activity)}">`,
    );
    L.push(`      <SF424A:CFDANumber>${text(`Section A line ${i + 1} CFDA number`, l.cfda)}</SF424A:CFDANumber>`);
    L.push(amt('BudgetFederalNewOrRevisedAmount', l.federal, '      '));
    L.push(amt('BudgetNonFederalNewOrRevisedAmount', l.nonFederal, '      '));
    L.push(amt('BudgetTotalNewOrRevisedAmount', l.total, '      '));
    L.push('    </SF424A:SummaryLineItem>');
  });
  L.push('    <SF424A:SummaryTotals>');
  L.push(amt('BudgetFederalNewOrRevisedAmount', form.sectionA.totals.federal, '      '));
  L.push(amt('BudgetNonFederalNewOrRevisedAmount', form.sectionA.totals.nonFederal, '      '));
  L.push(amt('BudgetTotalNewOrRevisedAmount', form.sectionA.totals.total, '      '));
  L.push('    </SF424A:SummaryTotals>');
  L.push('  </SF424A:BudgetSummary>');
  return L;
}

/** Section B, BudgetCategories: each activity's object classes and their totals. */
function xmlSectionB(form: Sf424a, text: TextField): string[] {
  const L: string[] = [];
  const categoryAmounts = (c: Record<string, Cents>, indent: string) => {
    for (const [key, name] of SECTION_B_XML) L.push(amt(name, c[key] ?? 0, indent));
  };
  L.push('  <SF424A:BudgetCategories>');
  form.categories.forEach((k, i) => {
    const title = form.sectionA.lines[i]?.activity ?? k;
    L.push(`    <SF424A:CategorySet SF424A:activityTitle="${text(`Section B column (${i + 1}) activity`, title)}">`);
    categoryAmounts(form.sectionB.categories[k] as Record<string, Cents>, '      ');
    L.push('    </SF424A:CategorySet>');
  });
  L.push('    <SF424A:CategoryTotals>');
  categoryAmounts(form.sectionB.totals as Record<string, Cents>, '      ');
  L.push('    </SF424A:CategoryTotals>');
  L.push('  </SF424A:BudgetCategories>');
  return L;
}

/** Section C, NonFederalResources. */
function xmlSectionC(form: Sf424a, text: TextField): string[] {
  const L: string[] = [];
  L.push('  <SF424A:NonFederalResources>');
  form.sectionC.lines.forEach((l, i) => {
    L.push(
      `    <SF424A:ResourceLineItem SF424A:activityTitle="${text(`Section C line ${8 + i} program`, l.program)}">`,
    );
    L.push(amt('BudgetApplicantContributionAmount', l.applicant, '      '));
    L.push(amt('BudgetTotalContributionAmount', l.total, '      '));
    L.push('    </SF424A:ResourceLineItem>');
  });
  L.push('    <SF424A:ResourceTotals>');
  L.push(amt('BudgetApplicantContributionAmount', form.sectionC.totals.applicant, '      '));
  L.push(amt('BudgetTotalContributionAmount', form.sectionC.totals.total, '      '));
  L.push('    </SF424A:ResourceTotals>');
  L.push('  </SF424A:NonFederalResources>');
  return L;
}

/** Section D, BudgetForecastedCashNeeds: the year and its quarters. */
function xmlSectionD(form: Sf424a): string[] {
  const L: string[] = [];
  L.push('  <SF424A:BudgetForecastedCashNeeds>');
  for (const [key, name] of SECTION_D_XML) {
    L.push(`    <SF424A:${name}>`);
    L.push(amt('BudgetFederalForecastedAmount', form.sectionD.federal[key], '      '));
    L.push(amt('BudgetNonFederalForecastedAmount', form.sectionD.nonFederal[key], '      '));
    L.push(amt('BudgetTotalForecastedAmount', form.sectionD.total[key], '      '));
    L.push(`    </SF424A:${name}>`);
  }
  L.push('  </SF424A:BudgetForecastedCashNeeds>');
  return L;
}

/** Section F, OtherInformation: only when it holds text. */
function xmlSectionF(form: Sf424a, text: TextField): string[] {
  const L: string[] = [];
  const f = form.sectionF;
  if (f.directCharges || f.indirectCharges || f.remarks) {
    L.push('  <SF424A:OtherInformation>');
    const direct = f.directCharges && text('Section F line 21 Direct Charges', f.directCharges, 50);
    const indirect = f.indirectCharges && text('Section F line 22 Indirect Charges', f.indirectCharges, 50);
    const remarks = f.remarks && text('Section F line 23 Remarks', f.remarks, 250);
    if (direct) L.push(`    <SF424A:OtherDirectChargesExplanation>${direct}</SF424A:OtherDirectChargesExplanation>`);
    if (indirect)
      L.push(`    <SF424A:OtherIndirectChargesExplanation>${indirect}</SF424A:OtherIndirectChargesExplanation>`);
    if (remarks) L.push(`    <SF424A:Remarks>${remarks}</SF424A:Remarks>`);
    L.push('  </SF424A:OtherInformation>');
  }
  return L;
}

export { CATEGORY_KEYS };
