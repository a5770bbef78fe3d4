/**
 * `grant-budget reconcile`: SF-424A XML written by us and by hand the way other systems write it,
 * each hand-written document validated against the Grants.gov XSD before it is reconciled.
 */
import { english } from '../support/words';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli';
import { EXAMPLES, SHARED, budgetOf, exampleJson } from '../support/budgets';
import { evaluateBudget } from '../../src/budget';
import { xmllintValidate } from '../support/xmllint';
import { categoryByTitle, decimalToCents, matchCategories, readSubmittedSf424a } from '../../src/budget/reconcile';

const XSD = path.join(SHARED, 'reference', 'sf424a-xsd', 'SF424A-V1.0.xsd');
const PR = path.join(EXAMPLES, 'pr-example.budget.json');
const NC = path.join(EXAMPLES, 'nc-example.budget.json');
const OTHER = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'reconcile', 'pr-other-system.xml'), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-reconcile-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Writes a hand-made variant after checking that it is a valid SF-424A: the reader must take any valid form. */
function validXml(xml: string): string {
  const v = xmllintValidate(xml, XSD);
  expect(v.output).toMatch(/validates/);
  const file = path.join(dir, `submitted-${++n}.xml`);
  fs.writeFileSync(file, xml);
  return file;
}

/** Replaces exactly one occurrence of `from` (which must be unique in the document). */
function changeOnce(xml: string, from: string, to: string): string {
  expect(xml.split(from).length).toBe(2);
  return xml.replace(from, to);
}

async function reconcileJson(budget: string, xml: string) {
  const r = await runCli(['reconcile', budget, xml, '--json']);
  return { code: r.code, stderr: r.stderr, json: r.stdout ? JSON.parse(r.stdout) : null };
}

describe('reconcile with XML written by us', () => {
  it.each([
    ['pr-example', PR],
    ['nc-example', NC],
  ])('%s: the form agrees with its own budget (exit 0)', async (_name, budget) => {
    const xmlFile = path.join(dir, `${_name}.xml`);
    expect((await runCli(['sf424a', budget, '--format', 'xml', '-o', xmlFile])).stderr).not.toMatch(/cannot/);
    const { code, json } = await reconcileJson(budget, xmlFile);
    expect(json.differences).toEqual([]);
    expect(json.formErrors).toEqual([]);
    expect(json.matches.every((m: { method: string }) => m.method === 'title')).toBe(true);
    expect(code).toBe(0);
  });

  it('a workbook built from the budget agrees with the XML of the budget JSON', async () => {
    const xlsx = path.join(dir, 'pr.xlsx');
    expect((await runCli(['build', PR, '-o', xlsx])).code).toBe(0);
    const xmlFile = path.join(dir, 'pr-ours.xml');
    await runCli(['sf424a', PR, '--format', 'xml', '-o', xmlFile]);
    expect((await reconcileJson(xlsx, xmlFile)).code).toBe(0);
  });

  it('the JSON has the shape of the README (amounts in dollars)', async () => {
    const file = validXml(
      changeOnce(OTHER, '<BudgetPersonnelRequestedAmount>1918000<', '<BudgetPersonnelRequestedAmount>1918000.25<'),
    );
    const { json } = await reconcileJson(PR, file);
    // `notes` is an addition (issue 19): what the comparison knew of the form's shape.
    expect(Object.keys(json)).toEqual(['budget', 'submitted', 'matches', 'differences', 'formErrors', 'notes']);
    expect(json.budget).toBe(PR);
    expect(json.submitted).toBe(file);
    expect(json.matches[0]).toEqual({
      submitted: 'Enforcement and Program',
      category: 'program',
      section: 'A',
      line: '1',
      method: 'title',
    });
    expect(json.differences).toEqual([
      {
        section: 'B',
        line: '6a',
        column: '1',
        label: 'Personnel',
        category: 'program',
        submitted: 1918000.25,
        computed: 1918000,
        difference: 0.25,
      },
    ]);
  });
});

describe('reconcile with XML written by another system', () => {
  it('reads other prefixes, reordered and retitled activities, whole dollars and missing optional elements: it agrees', async () => {
    const { code, json } = await reconcileJson(PR, validXml(OTHER));
    expect(json.differences).toEqual([]);
    expect(json.formErrors).toEqual([]);
    const how = json.matches.map(
      (m: { section: string; submitted: string; category: string; method: string }) =>
        `${m.section} ${m.submitted} = ${m.category} by ${m.method}`,
    );
    expect(how).toEqual([
      'A Enforcement and Program = program by title',
      'A State Administration = administration by title',
      'A Private Sector Consultation = privateSectorConsultation by title',
      'A Non-Federal Share = state100 by amount',
      'B Enforcement and Program = program by title',
      'B Administration = administration by title',
      'B On-Site Consultation (Private Sector) = privateSectorConsultation by title',
      'B Column 4 = state100 by amount',
      'C Program = program by title',
      'C Admin = administration by title',
      'C 23(g) Consultation = privateSectorConsultation by title',
      'C State 100% Funding = state100 by title',
    ]);
    expect(code).toBe(0);
  });

  const oneChange: [string, string, string, object][] = [
    [
      'A',
      '<BudgetFederalNewOrRevisedAmount>274000<',
      '<BudgetFederalNewOrRevisedAmount>274100<',
      {
        section: 'A',
        line: '2',
        column: 'e',
        category: 'administration',
        label: 'State Administration: (e) New Federal',
        submitted: 274100,
        computed: 274000,
        difference: 100,
      },
    ],
    [
      'B',
      '<BudgetTravelRequestedAmount>24000<',
      '<BudgetTravelRequestedAmount>23999.99<',
      {
        section: 'B',
        line: '6c',
        column: '3',
        category: 'privateSectorConsultation',
        label: 'Travel',
        submitted: 23999.99,
        computed: 24000,
        difference: -0.01,
      },
    ],
    [
      'C',
      '<BudgetApplicantContributionAmount>225500<',
      '<BudgetApplicantContributionAmount>225000<',
      {
        section: 'C',
        line: '10',
        column: 'b',
        category: 'privateSectorConsultation',
        label: '23(g) Consultation: (b) Applicant',
        submitted: 225000,
        computed: 225500,
        difference: -500,
      },
    ],
    [
      'D',
      '<BudgetFederalForecastedAmount>647225.00<',
      '<BudgetFederalForecastedAmount>647226.00<',
      {
        section: 'D',
        line: '13',
        column: 'q2',
        category: null,
        label: 'Federal: 2nd Quarter',
        submitted: 647226,
        computed: 647225,
        difference: 1,
      },
    ],
    [
      'F',
      '>5% of direct salaries<',
      '>6% of direct salaries<',
      {
        section: 'F',
        line: '22',
        column: '',
        category: null,
        label: 'Indirect Charges',
        submitted: '6% of direct salaries',
        computed: '5% of direct salaries',
        difference: null,
      },
    ],
  ];
  it.each(oneChange)(
    'one figure changed in Section %s: exactly that difference is reported (exit 1)',
    async (_section, from, to, expected) => {
      const { code, json } = await reconcileJson(PR, validXml(changeOnce(OTHER, from, to)));
      expect(json.differences).toEqual([expected]);
      expect(code).toBe(1);
    },
  );

  it('a form wrong in itself: formErrors name each identity that fails', async () => {
    // The Section A total (g) typed one dollar short, and the 4th quarter's TOTAL not the sum of its lines.
    let xml = changeOnce(OTHER, '<BudgetTotalNewOrRevisedAmount>5351100<', '<BudgetTotalNewOrRevisedAmount>5351099<');
    xml = changeOnce(xml, '<BudgetNonFederalForecastedAmount>690550.0<', '<BudgetNonFederalForecastedAmount>690550.5<');
    const { code, json } = await reconcileJson(PR, validXml(xml));
    const rules = json.formErrors.map((e: { rule: string }) => e.rule);
    expect(rules).toEqual([
      'A line 5 (g) = (c) + (d) + (e) + (f)',
      'A line 5 (g) = sum of lines 1-4',
      'B 6k (5) = A line 5 (g)',
      'D line 14 year = the sum of its quarters',
      'D line 15 year = A line 5 (g)',
      'D line 15 = 13 + 14 (2nd Quarter)',
    ]);
    expect(json.formErrors[0]).toEqual({
      section: 'A',
      line: '5',
      column: 'g',
      label: 'Totals: (g) Total',
      rule: rules[0],
      submitted: 5351099,
      expected: 5351100,
      difference: -1,
    });
    expect(
      json.differences.map(
        (d: { section: string; line: string; column: string }) => `${d.section} ${d.line} ${d.column}`,
      ),
    ).toEqual(['A 5 g', 'D 14 q2']);
    expect(code).toBe(1);
  });

  it('an activity that cannot be matched is said so, and its figures are still compared (with nothing)', async () => {
    // Two titles that name nothing and equal amounts, in every section: neither amount, nor elimination,
    // nor the same activity matched in another section can decide.
    let xml = changeOnce(OTHER, 'sf:activityTitle="State Administration"', 'sf:activityTitle="Line Two"');
    xml = changeOnce(xml, 'sf:activityTitle="Private Sector Consultation"', 'sf:activityTitle="Line Three"');
    xml = changeOnce(xml, 'sf:activityTitle="Administration"', 'sf:activityTitle="Line Two"');
    xml = changeOnce(xml, 'sf:activityTitle="On-Site Consultation (Private Sector)"', 'sf:activityTitle="Line Three"');
    xml = changeOnce(xml, 'sf:activityTitle="Admin"', 'sf:activityTitle="Line Two"');
    xml = changeOnce(xml, 'sf:activityTitle="23(g) Consultation"', 'sf:activityTitle="Line Three"');
    xml = xml.replace(/<BudgetTotalNewOrRevisedAmount>(548000|451000)</g, '<BudgetTotalNewOrRevisedAmount>1<');
    xml = xml.replace(/<BudgetTotalAmount>(548000|451000)</g, '<BudgetTotalAmount>1<');
    xml = xml.replace(/<BudgetTotalContributionAmount>(274000|225500)</g, '<BudgetTotalContributionAmount>1<');
    const { code, json } = await reconcileJson(PR, validXml(xml));
    const a = json.matches.filter((m: { section: string }) => m.section === 'A');
    expect(a.map((m: { category: string | null }) => m.category)).toEqual(['program', null, null, 'state100']);
    expect(
      json.differences.some((d: { category: string | null; line: string }) => d.category === null && d.line === '2'),
    ).toBe(true);
    expect(code).toBe(1);
  });
});

describe('reconcile refuses what it cannot read (exit 2, the file named)', () => {
  it.each([
    // Text that is not XML at all (a paste of the table) is said in words, not as the parser's "1:1: text data outside of root node".
    ['not XML', 'Federal,Non-Federal\n1,2\n', /is not XML: an SF-424A from Grants.gov is an XML file/],
    [
      'entities declared in a DTD (never expanded)',
      `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><S:BudgetInformation xmlns:S="http://apply.grants.gov/forms/SF424A-V1.0"><S:OtherInformation><S:Remarks>&b;</S:Remarks></S:OtherInformation></S:BudgetInformation>`,
      /undefined entity/,
    ],
    [
      'XML of another form',
      '<?xml version="1.0"?><SF424 xmlns="http://apply.grants.gov/forms/SF424-V2.0"/>',
      /holds no SF-424A/,
    ],
    [
      'three decimals',
      changeOnce(OTHER, '<BudgetTravelRequestedAmount>24000<', '<BudgetTravelRequestedAmount>24000.001<'),
      /CategorySet\/BudgetTravelRequestedAmount.*not an amount/,
    ],
  ])('%s', async (_what, xml, message) => {
    const file = path.join(dir, `bad-${++n}.xml`);
    fs.writeFileSync(file, xml);
    const r = await runCli(['reconcile', PR, file]);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
  });

  it('a missing budget file', async () => {
    const r = await runCli(['reconcile', path.join(dir, 'none.json'), path.join(dir, 'submitted-1.xml')]);
    expect(r.code).toBe(2);
  });
});

describe('the pieces', () => {
  it('amounts are xsd:decimal text read to the cent, never through a float', () => {
    expect([
      decimalToCents('12'),
      decimalToCents('12.5'),
      decimalToCents('.05'),
      decimalToCents('+3.10'),
      decimalToCents('1.500'),
      decimalToCents(' 7 '),
    ]).toEqual([1200, 1250, 5, 310, 150, 700]);
    expect([
      decimalToCents('1.005'),
      decimalToCents('1e3'),
      decimalToCents(''),
      decimalToCents('12,000'),
      decimalToCents('.'),
    ]).toEqual([null, null, null, null, null]);
    expect(decimalToCents('99999999999.99')).toBe(9_999_999_999_999);
  });

  it('titles by meaning', () => {
    expect(
      [
        'Enforcement and Program',
        'Administration',
        'Program Admin',
        '100% State Funds',
        'State Overmatch',
        'Private Sector On-Site Consultation Program',
        'Other',
      ].map(categoryByTitle),
    ).toEqual(['program', 'administration', null, 'state100', 'state100', 'privateSectorConsultation', null]);
  });

  it('matches by elimination, and Section B by the Section A line in the same place', () => {
    const nc = evaluateBudget(budgetOf(exampleJson('nc-example'))).sf424a;
    const ns = 'xmlns:S="http://apply.grants.gov/forms/SF424A-V1.0"';
    const line = (title: string, total: string) =>
      `<S:SummaryLineItem S:activityTitle="${title}"><S:BudgetTotalNewOrRevisedAmount>${total}</S:BudgetTotalNewOrRevisedAmount></S:SummaryLineItem>`;
    const set = (title: string) =>
      `<S:CategorySet S:activityTitle="${title}"><S:BudgetTotalAmount>1</S:BudgetTotalAmount></S:CategorySet>`;
    const xml = `<S:BudgetInformation ${ns}><S:BudgetSummary>${line('Alpha', '1')}${line('Program', '1')}</S:BudgetSummary><S:BudgetCategories>${set('X')}${set('Y')}</S:BudgetCategories></S:BudgetInformation>`;
    const r = readSubmittedSf424a(xml);
    if (!r.ok) throw new Error(english(r.problem));
    expect(matchCategories(r.form, nc).map((m) => `${m.section}${m.line} ${m.category} ${m.method}`)).toEqual([
      'A1 administration elimination',
      'A2 program title',
      'B1 administration position',
      'B2 program position',
    ]);
  });

  it('finds the form inside a whole Grants.gov package', () => {
    const pkg = `<grant:GrantApplication xmlns:grant="http://apply.grants.gov/system/MetaGrantApplication"><grant:Forms>${OTHER.replace(/^<\?xml[^>]*>/, '')}</grant:Forms></grant:GrantApplication>`;
    const r = readSubmittedSf424a(pkg);
    expect(r.ok && r.form.summary.map((s) => s.title)).toEqual([
      'Enforcement and Program',
      'State Administration',
      'Private Sector Consultation',
      'Non-Federal Share',
    ]);
  });
});
