/**
 * `reconcile` against SF-424A XML shaped as other systems write it (issue 19, "forms written by other
 * systems"); the fixtures are our own XML, built from the shapes of their public source:
 * - nc-kuali-one-activity.xml: Kuali Coeus s2sgen (SF424AV1_0Generator): ONE activity for the whole budget,
 *   no CFDANumber, generated prefixes, no whitespace; nc-kuali-utf16.xml the same in UTF-16 with a BOM;
 * - pr-simpler-grants.xml: HHS simpler-grants-gov: the applicant's own order and titles, zeros left out,
 *   Sections C and E under titles of their own.
 * Each fixture is valid against the Grants.gov XSD, and agrees with its budget at the form's own grouping.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli';
import { EXAMPLES, SHARED } from '../support/budgets';
import { xmlTextOf } from '../../src/budget/reconcile';
import { xmllintValidate } from '../support/xmllint';

const XSD = path.join(SHARED, 'reference', 'sf424a-xsd', 'SF424A-V1.0.xsd');
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'reconcile');
const PR = path.join(EXAMPLES, 'pr-example.budget.json');
const NC = path.join(EXAMPLES, 'nc-example.budget.json');
const KUALI = path.join(FIXTURES, 'nc-kuali-one-activity.xml');
const KUALI_UTF16 = path.join(FIXTURES, 'nc-kuali-utf16.xml');
const SIMPLER = path.join(FIXTURES, 'pr-simpler-grants.xml');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-reconcile-others-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Json {
  matches: { section: string; line: string; category: string | null; method: string; categories?: string[] }[];
  differences: { section: string; line: string; column: string; category: string | null; difference: number | null }[];
  formErrors: unknown[];
  notes: { kind: string; section: string; line: string; column: string; categories?: string[]; text: string }[];
}

async function reconcile(budget: string, xml: string): Promise<{ code: number; json: Json; stderr: string }> {
  const r = await runCli(['reconcile', budget, xml, '--json']);
  return { code: r.code, stderr: r.stderr, json: JSON.parse(r.stdout || 'null') as Json };
}

let n = 0;
function variant(xml: string): string {
  expect(xmllintValidate(xml, XSD).output).toMatch(/validates/);
  const file = path.join(dir, `variant-${++n}.xml`);
  fs.writeFileSync(file, xml);
  return file;
}

const COMBINED_NOTE = {
  kind: 'combined',
  section: 'A',
  line: '1',
  column: '',
  categories: ['administration', 'program'],
  text: 'the form combines Administration and Program into one activity',
};

describe('Kuali s2sgen: one activity for the whole budget', () => {
  it('the fixture is a valid SF-424A, in UTF-8 and in UTF-16 with a BOM', () => {
    expect(xmllintValidate(fs.readFileSync(KUALI, 'utf8'), XSD).output).toMatch(/validates/);
    const bytes = fs.readFileSync(KUALI_UTF16);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(xmlTextOf(bytes)).toBe(
      fs
        .readFileSync(KUALI, 'utf8')
        .replace('encoding="UTF-8"', 'encoding="UTF-16"')
        .replace('Figures written for this test, not copied.', 'UTF-16LE with a byte order mark.'),
    );
  });

  it.each([
    ['UTF-8', KUALI],
    ['UTF-16 with a BOM', KUALI_UTF16],
  ])('%s: compared at its grouping, it agrees (exit 0), with notes, not 67 differences', async (_what, file) => {
    const { code, json } = await reconcile(NC, file);
    expect(json.differences).toEqual([]);
    expect(json.formErrors).toEqual([]);
    expect(json.matches.map((m) => [m.section, m.method, m.categories])).toEqual([
      ['A', 'combined', ['administration', 'program']],
      ['B', 'combined', ['administration', 'program']],
      ['C', 'combined', ['administration', 'program']],
    ]);
    expect(json.notes).toEqual([
      COMBINED_NOTE,
      {
        kind: 'omitted',
        section: 'A',
        line: '1',
        column: 'b',
        text: 'the CFDA number is left out, which the schema allows (the budget\'s is "17.503")',
      },
    ]);
    expect(code).toBe(0);
  });

  it('says so in words: a note, and the activity combined', async () => {
    const r = await runCli(['reconcile', NC, KUALI]);
    expect(r.stdout).toMatch(/the submitted SF-424A agrees with the budget/);
    expect(r.stdout).toContain('A line 1: the form combines Administration and Program into one activity');
    expect(r.stdout).toContain('Administration + Program (combined: compared with their sum)');
  });

  it('a figure that differs at its grouping is one difference (exit 1)', async () => {
    const xml = fs
      .readFileSync(KUALI, 'utf8')
      .replace(/(<sf4:CategorySet [^>]*>.*?<sf4:BudgetTravelRequestedAmount>)150000\.00</, '$1150100.00<');
    const { code, json } = await reconcile(NC, variant(xml));
    expect(json.differences).toEqual([
      expect.objectContaining({ section: 'B', line: '6c', category: 'administration', difference: 100 }),
    ]);
    expect(code).toBe(1);
  });

  it('a CFDA number that is there and wrong stays a difference (exit 1)', async () => {
    const xml = fs
      .readFileSync(KUALI, 'utf8')
      .replace(/(<sf4:SummaryLineItem [^>]*>)/, '$1<sf4:CFDANumber>17.502</sf4:CFDANumber>');
    const { code, json } = await reconcile(NC, variant(xml));
    expect(json.differences).toEqual([
      expect.objectContaining({ section: 'A', line: '1', column: 'b', difference: null }),
    ]);
    expect(json.notes).toEqual([COMBINED_NOTE]);
    expect(code).toBe(1);
  });
});

describe('simpler-grants-gov: the applicant’s own order and titles, zeros left out', () => {
  it('is a valid SF-424A, and agrees (exit 0): every activity matched in every section', async () => {
    expect(xmllintValidate(fs.readFileSync(SIMPLER, 'utf8'), XSD).output).toMatch(/validates/);
    const { code, json } = await reconcile(PR, SIMPLER);
    expect(json.differences).toEqual([]);
    expect(json.formErrors).toEqual([]);
    expect(json.notes).toEqual([]);
    const a = json.matches.filter((m) => m.section === 'A').map((m) => [m.category, m.method]);
    expect(a).toEqual([
      ['program', 'title'],
      ['privateSectorConsultation', 'title'],
      ['administration', 'amount'],
      ['state100', 'title'],
    ]);
    expect(json.matches.filter((m) => m.section === 'C').map((m) => m.category)).toEqual([
      'program',
      'privateSectorConsultation',
      'administration',
      'state100',
    ]);
    expect(code).toBe(0);
  });

  it('a Section C line left at zero is still its activity’s (matched by place): its figures differ, it is not unmatched', async () => {
    const xml = fs
      .readFileSync(SIMPLER, 'utf8')
      .replace(
        /<SF424A:ResourceLineItem SF424A:activityTitle="Resources 3">[\s\S]*?<\/SF424A:ResourceLineItem>/,
        '<SF424A:ResourceLineItem SF424A:activityTitle="Resources 3"/>',
      );
    const { code, json } = await reconcile(PR, variant(xml));
    expect(json.matches.find((m) => m.section === 'C' && m.line === '10')).toMatchObject({
      category: 'administration',
      method: 'position',
    });
    expect(json.differences.map((d) => [d.section, d.category, d.column])).toEqual([
      ['C', 'administration', 'b'],
      ['C', 'administration', 'e'],
    ]);
    expect(json.formErrors.length).toBeGreaterThan(0); // its totals no longer foot
    expect(code).toBe(1);
  });

  it('activities Section A cannot place take the category of their own Section B columns (same title, same place)', async () => {
    // Section A lines 3 and 4 unmatchable on their own: changed amounts, and line 4's title names nothing...
    let xml = fs.readFileSync(SIMPLER, 'utf8');
    xml = xml.replace(
      /(<SF424A:SummaryLineItem SF424A:activityTitle="Agency Management">[\s\S]*?<SF424A:BudgetTotalNewOrRevisedAmount>)548000\.00</,
      '$1548001.00<',
    );
    xml = xml.replace(
      /<SF424A:SummaryLineItem SF424A:activityTitle="Overmatch">([\s\S]*?<SF424A:BudgetTotalNewOrRevisedAmount>)173300\.00</,
      '<SF424A:SummaryLineItem SF424A:activityTitle="Line Four">$1173301.00<',
    );
    // ...their Section B columns (Administration by amount, 100% State Funds by title) say which they are.
    const { json } = await reconcile(PR, variant(xml));
    expect(json.matches.filter((m) => m.section === 'A').map((m) => [m.line, m.category, m.method])).toEqual([
      ['1', 'program', 'title'],
      ['2', 'privateSectorConsultation', 'title'],
      ['3', 'administration', 'activity'],
      ['4', 'state100', 'activity'],
    ]);
  });
});
