/** Shared by the layout tests: build a workbook from a budget, write it, recalculate, compare. */
import * as fs from 'fs';
import * as path from 'path';
import { CATEGORY_KEYS, OBJECT_CLASSES, evaluateBudget, type Budget } from '../../src/budget';
import { AMOUNT_COLUMNS } from '../../src/layout/appendixF';
import { planNewWorkbook, type InsertResult } from '../../src/layout/planner';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { centsAt, type RecalcValue } from '../support/libreoffice';
import { REPO } from '../support/cli';

/** Appendix F's amount columns, as the layout places them. */
const AMOUNT_ENTRIES = Object.entries(AMOUNT_COLUMNS) as [keyof typeof AMOUNT_COLUMNS, string][];

export const OUT = path.join(REPO, 'test-output', 'layout');

export async function writeBudgetWorkbook(budget: Budget | null, file: string, state?: string): Promise<InsertResult> {
  const result = planNewWorkbook({
    state: state ?? budget?.state ?? 'NC',
    fiscalYear: budget?.fiscalYear ?? 2012,
    ...(budget ? { budget } : {}),
  });
  const wb = XlsxWorkbook.create(file);
  await wb.apply(result.plan);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await wb.toBuffer());
  return result;
}

type Values = Map<string, Map<string, RecalcValue>>;

/**
 * Every figure the sheets compute, next to the domain's: [label, sheet value in cents, domain cents].
 * A category the domain leaves out (it holds no money) shows a blank on the sheet, which exceljs reads
 * as no result (0 here); test/layout/checksAgree.test.ts tells blanks from zeros.
 */
export function figurePairs(values: Values, budget: Budget, result: InsertResult): [string, number | null, number][] {
  const ev = evaluateBudget(budget);
  const out: [string, number | null, number][] = [];
  const sheetF = result.layout.sheetOf.appendixF as string;
  const sheetSf = result.layout.sheetOf.sf424a as string;
  const sheetChecks = result.layout.sheetOf.checks as string;
  const J = result.layout.appendixF.totalCharges;
  const t = ev.totals;
  for (const [key, col] of [...AMOUNT_ENTRIES, ['total', 'K'] as const]) {
    out.push([`Appendix F J. ${key}`, centsAt(values, sheetF, `${col}${J}`), t[key]]);
  }
  for (const [section, rows] of Object.entries(result.layout.appendixF.sections)) {
    const lines = budget[section as keyof typeof result.layout.appendixF.sections];
    for (const [key, col] of AMOUNT_ENTRIES) {
      out.push([
        `Appendix F ${section} subtotal ${key}`,
        centsAt(values, sheetF, `${col}${rows.subtotal}`),
        lines.reduce((s, l) => s + l[key], 0),
      ]);
    }
  }
  const sf = result.layout.sf424a;
  const a = ev.sf424a;
  for (const k of CATEGORY_KEYS) {
    const line = a.sectionA.lines.find((l) => l.category === k);
    out.push([`SF-424A A ${k} federal`, centsAt(values, sheetSf, sf.sectionA[k].federal), line?.federal ?? 0]);
    out.push([`SF-424A A ${k} nonFederal`, centsAt(values, sheetSf, sf.sectionA[k].nonFederal), line?.nonFederal ?? 0]);
    out.push([`SF-424A A ${k} total`, centsAt(values, sheetSf, sf.sectionA[k].total), line?.total ?? 0]);
    const col = a.sectionB.categories[k];
    for (const oc of OBJECT_CLASSES) {
      out.push([
        `SF-424A B ${k} ${oc.key}`,
        centsAt(values, sheetSf, sf.sectionB[oc.key]?.[k] as string),
        col?.[oc.key] ?? 0,
      ]);
    }
  }
  for (const oc of OBJECT_CLASSES)
    out.push([
      `SF-424A B total ${oc.key}`,
      centsAt(values, sheetSf, sf.sectionB[oc.key]?.total as string),
      a.sectionB.totals[oc.key],
    ]);
  out.push(['SF-424A A5 federal', centsAt(values, sheetSf, sf.sectionATotals.federal), a.sectionA.totals.federal]);
  out.push([
    'SF-424A A5 nonFederal',
    centsAt(values, sheetSf, sf.sectionATotals.nonFederal),
    a.sectionA.totals.nonFederal,
  ]);
  out.push(['SF-424A A5 total', centsAt(values, sheetSf, sf.sectionATotals.total), a.sectionA.totals.total]);
  out.push([
    'SF-424A C12 applicant',
    centsAt(values, sheetSf, sf.sectionCTotals.applicant),
    a.sectionC.totals.applicant,
  ]);
  out.push(['SF-424A C12 total', centsAt(values, sheetSf, sf.sectionCTotals.total), a.sectionC.totals.total]);
  for (const row of ['federal', 'nonFederal', 'total'] as const) {
    for (const q of ['year', 'q1', 'q2', 'q3', 'q4'] as const) {
      out.push([`SF-424A D ${row} ${q}`, centsAt(values, sheetSf, sf.sectionD[row][q]), a.sectionD[row][q]]);
    }
  }
  const c = result.layout.checks;
  out.push(['Checks administration', centsAt(values, sheetChecks, c.administration), t.administration]);
  out.push(['Checks 50/50 base', centsAt(values, sheetChecks, c.adminCapBase), t.adminCapBase]);
  out.push(['Checks cap amount', centsAt(values, sheetChecks, c.adminCapAmount), t.adminCapAmount]);
  out.push(['Checks federal', centsAt(values, sheetChecks, c.federal), t.federal]);
  out.push(['Checks match', centsAt(values, sheetChecks, c.stateMatch), t.stateMatch]);
  out.push(['Checks award level', centsAt(values, sheetChecks, c.awardLevel), t.awardLevel]);
  return out;
}

/** The Checks sheet's verdicts next to what the domain's findings say. */
export function verdictPairs(values: Values, budget: Budget, result: InsertResult): [string, unknown, string][] {
  const ev = evaluateBudget(budget);
  const has = (code: string) => ev.findings.some((f) => f.code === code && f.severity === 'error');
  const warns = (code: string) => ev.findings.some((f) => f.code === code && f.severity === 'warning');
  const sheet = result.layout.sheetOf.checks as string;
  const v = (cell: string) => values.get(sheet)?.get(cell) ?? null;
  const c = result.layout.checks;
  return [
    // Over the cap with an approved justification is a warning in `review`, WARN on the sheet.
    [
      'admin cap',
      v(c.adminCapResult),
      has('ADMIN_CAP_EXCEEDED') ? 'FAIL' : warns('ADMIN_CAP_EXCEEDED') ? 'WARN' : 'PASS',
    ],
    ['match', v(c.matchResult), has('MATCH_UNEQUAL') ? 'FAIL' : 'PASS'],
    ['award level', v(c.awardResult), has('FEDERAL_OVER_AWARD') ? 'FAIL' : 'PASS'],
    ['line splits', v(c.lineSplitResult), has('LINE_SPLIT_MISMATCH') ? 'FAIL' : 'PASS'],
  ];
}
