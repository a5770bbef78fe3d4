/**
 * The workbook says what the command line says. Every case of the test corpus (the shared examples,
 * the budgets of test/layout/budgets.ts and test/support, the budget JSON files of the bad-input
 * corpus that are budgets, and one case per error the Checks sheet mirrors, some typed into the cells
 * as a person would) is built, all recalculated in ONE LibreOffice run, and then:
 * - each verdict of the Checks sheet is FAIL exactly when `review` (the CLI's workbook door and
 *   evaluateBudget) reports that error code, and WARN exactly when it reports it as a warning;
 * - the SF-424A sheet's figures equal `sf424a --format json` (sf424aToJson) line for line, and are
 *   blank where the form is blank;
 * - no cell anywhere shows an error value;
 * - the built `grant-budget review --json` and `sf424a --format json` say what the in-process door says
 *   (this test needs `npm run build:cli`, as test/cli does).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATEGORY_KEYS, evaluateBudget, sf424aToJson, type Budget, type Finding } from '../../src/budget';
import { budgetFromJsonValue } from '../../src/budget/budgetJson';
import { loadWorkbookBudget } from '../../src/cli/workbookInput';
import { COMPLIANCE_ASSISTANCE_LABELS, CONSULTATION_VISIT_LABELS } from '../../src/budget';
import { STAFFING_ROW_LABELS } from '../../src/layout/appendixE';
import type { TemplateKey } from '../../src/layout/names';
import { planNewWorkbook, type InsertResult } from '../../src/layout/planner';
import { parseA1, type CellWrite } from '../../src/port/workbookPort';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { budgetOf, exampleJson, line } from '../support/budgets';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { editWithLibreOffice, errorCells, readValues, recalculate, type RecalcValue } from '../support/libreoffice';
import { syntheticBudgetJson } from '../support/syntheticBudget';
import { edgeBudget, exactCapBudget } from './budgets';
import { runBuiltCli } from '../support/cli';
import { OUT, checksAgainstFindings, sf424aSheetAgainstJson, valuesOf, writeBudgetWorkbook } from './support';

const DIR = path.join(OUT, 'checks-agree');
const BAD_JSON = path.join(__dirname, '..', 'fixtures', 'bad-input', 'json');

/** A cell typed after the build: the sheet, and either an address or a row label with a column. */
interface Edit {
  sheet: TemplateKey;
  at: string | { label: string; col: string } | ((r: InsertResult) => string);
  value: string | number;
}
interface Case {
  name: string;
  budget: () => Budget;
  edits?: Edit[];
  /** Why the SF-424A sheet cannot agree with `sf424a` here (the sheet adds a figure the reader refuses). */
  sf424aDiffers?: string;
}

const nc = () => budgetOf(exampleJson('nc-example'));
/** A balanced personnel line. */
const person = (programType: string, kind: 'administration' | 'program', total: number) => ({
  title: 'Staff',
  programType,
  name: 'X',
  [kind]: total,
  federal: total / 2,
  stateMatch: total / 2,
});
/** A small North Carolina budget that keeps every rule, to change one thing at a time. */
const base = (extra: Record<string, unknown> = {}) =>
  budgetOf({
    state: 'NC',
    awardLevel: 1000,
    personnel: [person('Managers/Supervisors (Admin)', 'administration', 200)],
    other: [line('Program', 'program', 1800)],
    ...extra,
  });
const firstLine = (r: InsertResult) => `F${r.layout.appendixF.sections.personnel.first}`;

const CORPUS: Case[] = [
  { name: 'pr-example', budget: () => budgetOf(exampleJson('pr-example')) },
  { name: 'nc-example', budget: nc },
  { name: 'ky-edge', budget: edgeBudget },
  { name: 'nc-exact-cap', budget: exactCapBudget },
  { name: 'synthetic-nc', budget: () => budgetOf(syntheticBudgetJson({ lines: 40 })) },
  { name: 'synthetic-wa', budget: () => budgetOf(syntheticBudgetJson({ lines: 25, state: 'WA', seed: 7 })) },
  ...fs
    .readdirSync(BAD_JSON)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      try {
        const r = budgetFromJsonValue(JSON.parse(fs.readFileSync(path.join(BAD_JSON, f), 'utf8')));
        return r.ok ? [{ name: `bad-input-${f.replace(/\.json$/, '')}`, budget: () => r.budget }] : [];
      } catch {
        return [];
      }
    }),
  // The two cases of the issue.
  {
    name: 'ca-psc-money',
    budget: () =>
      budgetOf({
        state: 'CA',
        personnel: [person('23(g) Consultation (private sector, safety)', 'program', 1000)],
        other: [line('Admin', 'administration', 100), line('Lab', 'program', 400, { privateSectorConsultation: true })],
      }),
  },
  { name: 'text-in-amount', budget: nc, edits: [{ sheet: 'appendixF', at: firstLine, value: '115,000.00' }] },
  // One case per error code the Checks sheet mirrors.
  { name: 'keeps-the-rules', budget: () => base() },
  { name: 'admin-cap', budget: () => base({ personnel: [person('Other', 'administration', 700)] }) },
  {
    name: 'admin-cap-justified',
    budget: () =>
      base({ adminCapJustification: 'Approved 7/1/2011', personnel: [person('Other', 'administration', 700)] }),
  },
  {
    name: 'match-unequal',
    budget: () => base({ other: [{ item: 'P', program: 1800, federal: 1000, stateMatch: 800 }] }),
  },
  { name: 'over-award', budget: () => base({ awardLevel: 999.99 }) },
  {
    name: 'line-split',
    budget: () =>
      base({
        other: [
          { item: 'P', program: 1800, federal: 900, stateMatch: 900, state100: 50 },
          { item: 'Q', program: 10, federal: 6, stateMatch: 6 },
        ],
      }),
  },
  {
    name: 'indirect-split',
    budget: () => base({ indirect: { rate: 0.1, base: 'salaries', administration: 30, federal: 10, stateMatch: 10 } }),
  },
  {
    // Line 22 cut at 50 characters on the sheet as in the domain, ending in ASCII "..." (issue 18, item 13).
    name: 'indirect-long-base',
    budget: () =>
      base({
        indirect: {
          rate: 0.1,
          base: 'direct salaries and wages of the compliance and consultation staff',
          administration: 30,
          federal: 10,
          stateMatch: 10,
        },
      }),
  },
  { name: 'state100-only', budget: () => base({ other: [line('Program', 'program', 1800, { state100: 250 })] }) },
  { name: 'psc-fte-ca', budget: () => base({ staffing: { privateSectorSafetyConsultants: { allocated5050: 0.5 } } }) },
  {
    name: 'psc-visits-ca',
    budget: () => base({ activities: { consultationVisits: { privateSector: { projected: { safety: 3 } } } } }),
  },
  {
    name: 'psc-sharp-ca',
    budget: () =>
      base({ activities: { complianceAssistance: { privateSectorSharp: { actual: { new: 1, total: 1 } } } } }),
  },
  { name: 'psc-j-state-changed', budget: edgeBudget, edits: [{ sheet: 'appendixF', at: 'B2', value: 'California' }] },
  { name: 'negative-amount', budget: () => base({ other: [line('Program', 'program', 1800, { state100: -5 })] }) },
  {
    name: 'negative-fte',
    budget: () => base(),
    edits: [{ sheet: 'appendixE', at: { label: STAFFING_ROW_LABELS.trainers, col: 'C' }, value: -0.5 }],
  },
  {
    name: 'negative-count',
    budget: () => base(),
    edits: [
      { sheet: 'appendixD', at: { label: COMPLIANCE_ASSISTANCE_LABELS.outreachParticipants, col: 'G' }, value: -3 },
    ],
  },
  { name: 'negative-income', budget: () => base({ programIncome: -1 }) },
  { name: 'quarters', budget: () => base({ cashForecast: { federal: [250, 250, 250, 249.99] } }) },
  {
    name: 'quarters-foot',
    budget: () => base({ cashForecast: { federal: [250, 250, 250, 250], nonFederal: [400, 300, 200, 100] } }),
  },
  {
    name: 'text-in-fte',
    budget: () => base(),
    edits: [{ sheet: 'appendixE', at: { label: STAFFING_ROW_LABELS.trainers, col: 'B' }, value: 'one' }],
  },
  {
    name: 'text-in-count',
    budget: () => base(),
    edits: [{ sheet: 'appendixD', at: { label: CONSULTATION_VISIT_LABELS.publicSector, col: 'B' }, value: 'n/a' }],
  },
  { name: 'text-in-income', budget: () => base(), edits: [{ sheet: 'appendixF', at: 'B5', value: 'none' }] },
  { name: 'text-in-j', budget: edgeBudget, edits: [{ sheet: 'appendixJ', at: 'C7', value: 'thirty' }] },
  {
    name: 'text-in-salary',
    budget: () => base(),
    edits: [{ sheet: 'appendixF', at: (r) => `D${r.layout.appendixF.sections.personnel.first}`, value: '$90,000' }],
  },
  {
    name: 'too-large-amount',
    budget: () => base(),
    edits: [{ sheet: 'appendixF', at: (r) => `J${r.layout.appendixF.sections.other.first}`, value: 1e12 }],
    sf424aDiffers: 'the sheet adds the $1,000,000,000,000 that review refuses (NOT_A_NUMBER) and counts as blank',
  },
  {
    name: 'rate-over-100',
    budget: () => base({ indirect: { rate: 0.1, base: 'salaries', administration: 20, federal: 10, stateMatch: 10 } }),
    edits: [{ sheet: 'appendixF', at: (r) => `B${r.layout.appendixF.indirect}`, value: 1.5 }],
    sf424aDiffers: 'line 22 says "150% of salaries" where review refuses the rate',
  },
  {
    name: 'spaces-in-amount',
    budget: () => base(),
    edits: [{ sheet: 'appendixF', at: (r) => `F${r.layout.appendixF.sections.fringe.first}`, value: '   ' }],
  },
];

/** The row of the cells op of `sheet` whose column A holds `label`. */
function rowOf(rows: CellWrite[][], label: string): number {
  const i = rows.findIndex((r) => r[0]?.kind === 'value' && r[0].value === label);
  if (i < 0) throw new Error(`no row labelled ${label}`);
  return i + 1;
}

/** Types the edits into the plan's cells, as a person would into the built workbook. */
function applyEdits(result: InsertResult, edits: Edit[]): void {
  for (const e of edits) {
    const sheet = result.layout.sheetOf[e.sheet] as string;
    const op = result.plan.ops.find((o) => o.op === 'cells' && o.sheet === sheet);
    if (!op || op.op !== 'cells') throw new Error(`no cells of ${sheet}`);
    const address =
      typeof e.at === 'string'
        ? e.at
        : typeof e.at === 'function'
          ? e.at(result)
          : `${e.at.col}${rowOf(op.rows, e.at.label)}`;
    const { row, col } = parseA1(address);
    const cells = op.rows[row] as CellWrite[];
    const old = cells[col];
    cells[col] = { kind: 'value', value: e.value, ...(old && 'style' in old && old.style ? { style: old.style } : {}) };
  }
}

interface Built {
  file: string;
  result: InsertResult;
  findings: Finding[];
  sf: ReturnType<typeof sf424aToJson>;
  values: Map<string, Map<string, RecalcValue>>;
}
const built = new Map<string, Built>();

beforeAll(async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  const files: string[] = [];
  for (const c of CORPUS) {
    const budget = c.budget();
    const result = planNewWorkbook({ state: budget.state, fiscalYear: budget.fiscalYear, budget });
    applyEdits(result, c.edits ?? []);
    const wb = XlsxWorkbook.create(c.name);
    await wb.apply(result.plan);
    const file = path.join(DIR, `${c.name}.xlsx`);
    fs.writeFileSync(file, await wb.toBuffer());
    files.push(file);
    // What `review` and `sf424a` say of the file: the CLI's workbook door, then the domain.
    const loaded = await loadWorkbookBudget(file, {});
    const ev = evaluateBudget(loaded.budget, loaded.workbookFindings);
    built.set(c.name, { file, result, findings: ev.findings, sf: sf424aToJson(ev.sf424a), values: new Map() });
  }
  const outs = recalculate(files, path.join(DIR, 'recalculated'));
  for (const [i, c] of CORPUS.entries()) {
    const out = outs[i] as string;
    (built.get(c.name) as Built).values = valuesOf(await readXlsxSnapshot(fs.readFileSync(out), out));
  }
});

const get = (name: string) => built.get(name) as Built;

test('the built command line says what the in-process door says: `review --json` of every file, `sf424a --format json`', () => {
  const files = CORPUS.map((c) => get(c.name).file);
  const r = runBuiltCli(['review', ...files, '--json']);
  expect(r.stderr).toBe('');
  const reports = JSON.parse(r.stdout) as {
    file: string;
    findings: { code: string; severity: string }[];
    sf424a: unknown;
  }[];
  expect(reports.map((x) => x.file)).toEqual(files);
  CORPUS.forEach((c, i) => {
    const { findings, sf } = get(c.name);
    expect([c.name, reports[i]?.findings.map((f) => `${f.severity} ${f.code}`)]).toEqual([
      c.name,
      findings.map((f) => `${f.severity} ${f.code}`),
    ]);
    expect([c.name, reports[i]?.sf424a]).toEqual([c.name, sf]);
  });
  const one = runBuiltCli(['sf424a', get('ca-psc-money').file, '--format', 'json']);
  expect(JSON.parse(one.stdout)).toEqual(get('ca-psc-money').sf);
});

test('the corpus holds every case (the bad-input budgets that are budgets included)', () => {
  expect(CORPUS.filter((c) => c.name.startsWith('bad-input-')).length).toBeGreaterThanOrEqual(2);
  expect(built.size).toBe(CORPUS.length);
});

describe.each(CORPUS.map((c) => c.name))('%s', (name) => {
  test('no cell anywhere holds an error value after recalculation', () => {
    expect(errorCells(get(name).values)).toEqual([]);
  });

  test('each verdict of the Checks sheet is FAIL exactly when review reports that error (WARN: the warning)', () => {
    const { result, findings, values } = get(name);
    const { seen, said, notVerdicts } = checksAgainstFindings(values, result.layout, findings);
    expect(notVerdicts).toEqual([]);
    expect(seen).toEqual(said);
  });

  const differs = CORPUS.find((c) => c.name === name)?.sf424aDiffers;
  (differs ? test.skip : test)(
    `the SF-424A sheet shows what \`sf424a --format json\` shows, line for line, blank where blank${differs ? ` (not here: ${differs})` : ''}`,
    () => {
      const { result, sf, values } = get(name);
      const { sheet, json } = sf424aSheetAgainstJson(values, result.layout, sf);
      expect(sheet).toEqual(json);
    },
  );
});

test('the cases of the issue fail on the Checks sheet: California with private-sector money, text in an amount', () => {
  const verdict = (name: string, code: string) => {
    const { result, values } = get(name);
    const sheet = values.get(result.layout.sheetOf.checks as string);
    return result.layout.checks.verdicts.filter((v) => v.code === code).map((v) => sheet?.get(v.result));
  };
  expect(verdict('ca-psc-money', 'PSC_NOT_ALLOWED')).toContain('FAIL');
  expect(verdict('text-in-amount', 'NOT_A_NUMBER')).toContain('FAIL');
  expect(verdict('spaces-in-amount', 'NOT_A_NUMBER')).not.toContain('FAIL');
  expect(verdict('admin-cap-justified', 'ADMIN_CAP_EXCEEDED')).toEqual(['WARN']);
  // Every code the sheet mirrors fails in some case of the corpus, so no row is a row that cannot fail.
  const codes = new Set(get('keeps-the-rules').result.layout.checks.verdicts.map((v) => v.code));
  for (const code of codes)
    expect([code, CORPUS.some((c) => verdict(c.name, code).includes('FAIL'))]).toEqual([code, true]);
});

test('the SF-424A sheet numbers its lines as the form does: an optional category takes the next free line', () => {
  const labels = (name: string) => {
    const { result, values } = get(name);
    const v = values.get(result.layout.sheetOf.sf424a as string) as Map<string, RecalcValue>;
    return CATEGORY_KEYS.map((k) => {
      const row = parseA1(result.layout.sf424a.sectionA[k].total).row + 1;
      return [v.get(`A${row}`) ?? '', v.get(`B${row}`) ?? ''];
    });
  };
  expect(labels('keeps-the-rules')).toEqual([
    ['1.', 'Administration'],
    ['2.', 'Program'],
    ['', ''],
    ['', ''],
  ]);
  expect(labels('state100-only')[2]).toEqual(['3.', '100% State Funds']);
  expect(labels('ca-psc-money').slice(2)).toEqual([
    ['', ''],
    ['3.', 'Private Sector On-Site Consultation (KY, PR, WA only)'],
  ]);
  expect(labels('ky-edge').slice(2)).toEqual([
    ['3.', '100% State Funds'],
    ['4.', 'Private Sector On-Site Consultation'],
  ]);
});

test("every formula of the Checks and SF-424A sheets is within Excel's 8,192 characters", () => {
  for (const name of ['ky-edge', 'synthetic-nc', 'ca-psc-money']) {
    const { result } = get(name);
    for (const key of ['checks', 'sf424a'] as const) {
      const op = result.plan.ops.find((o) => o.op === 'cells' && o.sheet === result.layout.sheetOf[key]);
      const formulas =
        op && op.op === 'cells' ? op.rows.flat().flatMap((c) => (c.kind === 'formula' ? [c.formula] : [])) : [];
      expect(formulas.length).toBeGreaterThan(20);
      const longest = Math.max(...formulas.map((f) => f.length));
      expect([name, key, longest <= 8192]).toEqual([name, key, true]);
    }
  }
});

test('the Checks sheet names each failing count in its note', () => {
  const { result, values } = get('text-in-amount');
  const sheet = values.get(result.layout.sheetOf.checks as string) as Map<string, RecalcValue>;
  const row = result.layout.checks.verdicts.find((v) => v.code === 'NOT_A_NUMBER' && sheet.get(v.result) === 'FAIL');
  expect(row).toBeDefined();
  const note = String(sheet.get(`D${parseA1(row?.result as string).row + 1}`));
  expect(note).toMatch(/^1 cell\(s\) of Appendix F hold text where a number belongs/);
});

test("a row inserted in LibreOffice just below a block's column heads is counted: text and a negative there FAIL, as review says", async () => {
  const budget = base();
  const file = path.join(DIR, 'inserted.xlsx');
  const result = await writeBudgetWorkbook(budget, file);
  const at = result.layout.appendixF.sections.personnel.first; // between the column-head row and the first line
  const edited = path.join(DIR, 'inserted-edited.xlsx');
  editWithLibreOffice(file, edited, 'Appendix F', at, {
    [`A${at}`]: 'Inserted',
    [`F${at}`]: 'ten',
    [`G${at}`]: -10,
    [`H${at}`]: -5,
    [`I${at}`]: -5,
  });
  const values = await readValues(edited);
  expect(errorCells(values)).toEqual([]);
  const loaded = await loadWorkbookBudget(edited, {});
  const findings = evaluateBudget(loaded.budget, loaded.workbookFindings).findings;
  const checks = values.get(result.layout.sheetOf.checks as string);
  const failing = result.layout.checks.verdicts.filter((v) => checks?.get(v.result) === 'FAIL').map((v) => v.code);
  expect(new Set(failing)).toEqual(new Set(findings.filter((f) => f.severity === 'error').map((f) => f.code)));
  expect(failing).toEqual(expect.arrayContaining(['NOT_A_NUMBER', 'NEGATIVE_AMOUNT']));
});
