/** Shared by the layout tests: build a workbook from a budget, write it, recalculate, compare. */
import * as fs from 'fs';
import * as path from 'path';
import {
  CATEGORY_KEYS,
  OBJECT_CLASSES,
  evaluateBudget,
  sf424aToJson,
  type Budget,
  type Finding,
} from '../../src/budget';
import { AMOUNT_COLUMNS } from '../../src/layout/appendixF';
import { planNewWorkbook, type InsertResult } from '../../src/layout/planner';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { centsAt, type RecalcValue } from '../support/libreoffice';
import { a1, type WorkbookSnapshot } from '../../src/port/workbookPort';
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

export type Values = Map<string, Map<string, RecalcValue>>;

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

/**
 * The values LibreOffice computed, read with the product's own reader: exceljs (readValues) reads a
 * formula's 0 and its "" alike as no result, and a test must tell a $0.00 from a blank.
 */
export function valuesOf(snapshot: WorkbookSnapshot): Values {
  const out: Values = new Map();
  for (const sheet of snapshot.sheets) {
    const cells = new Map<string, RecalcValue>();
    sheet.cells.forEach((row, i) =>
      row.forEach(
        (c, j) => c.value !== null && cells.set(a1(sheet.origin.row + i, sheet.origin.col + j), c.value as RecalcValue),
      ),
    );
    out.set(sheet.name, cells);
  }
  return out;
}

const blank = (v: RecalcValue | undefined) => v === null || v === undefined || v === '';
const cents = (v: RecalcValue | undefined) =>
  typeof v === 'number' ? Math.round(v * 100) : blank(v) ? 'blank' : `not a number: ${JSON.stringify(v)}`;
const jsonCents = (v: number | undefined) => (v === undefined ? 'blank' : Math.round(v * 100));

type Layout = InsertResult['layout'];

/**
 * The SF-424A sheet's figures, Sections A to F, beside `sf424a --format json`'s, line for line, blank
 * where the form is blank: equal lists when the sheet shows what the command line shows.
 */
export function sf424aSheetAgainstJson(
  values: Values,
  layout: Layout,
  sf: ReturnType<typeof sf424aToJson>,
): { sheet: unknown[]; json: unknown[] } {
  const v = values.get(layout.sheetOf.sf424a as string) ?? new Map<string, RecalcValue>();
  const cells = layout.sf424a;
  const sheet: unknown[] = [];
  const json: unknown[] = [];
  const pair = (what: string, cell: string, figure: number | undefined) => {
    sheet.push([what, cents(v.get(cell))]);
    json.push([what, jsonCents(figure)]);
  };
  for (const k of CATEGORY_KEYS) {
    const a = sf.sectionA.lines.find((l) => l.category === k);
    pair(`A ${k} (e)`, cells.sectionA[k].federal, a?.federal);
    pair(`A ${k} (f)`, cells.sectionA[k].nonFederal, a?.nonFederal);
    pair(`A ${k} (g)`, cells.sectionA[k].total, a?.total);
    const b = (sf.sectionB.categories as Record<string, Record<string, number>>)[k];
    for (const oc of OBJECT_CLASSES) pair(`B ${oc.line} ${k}`, cells.sectionB[oc.key]?.[k] as string, b?.[oc.key]);
    const c = sf.sectionC.lines.find((l) => l.category === k);
    pair(`C ${k} (b)`, cells.sectionC[k].applicant, c?.applicant);
    pair(`C ${k} (e)`, cells.sectionC[k].total, c?.total);
  }
  for (const oc of OBJECT_CLASSES)
    pair(
      `B ${oc.line} (5)`,
      cells.sectionB[oc.key]?.total as string,
      (sf.sectionB.totals as Record<string, number>)[oc.key],
    );
  pair('A 5 (e)', cells.sectionATotals.federal, sf.sectionA.totals.federal);
  pair('A 5 (f)', cells.sectionATotals.nonFederal, sf.sectionA.totals.nonFederal);
  pair('A 5 (g)', cells.sectionATotals.total, sf.sectionA.totals.total);
  pair('C 12 (b)', cells.sectionCTotals.applicant, sf.sectionC.totals.applicant);
  pair('C 12 (e)', cells.sectionCTotals.total, sf.sectionC.totals.total);
  for (const row of ['federal', 'nonFederal', 'total'] as const) {
    for (const q of ['year', 'q1', 'q2', 'q3', 'q4'] as const)
      pair(`D ${row} ${q}`, cells.sectionD[row][q], sf.sectionD[row][q]);
  }
  // Fields the form leaves blank: Section A (c), (d) on every line and line 5; C (c), (d); Section E.
  for (const cell of cells.blankFields) pair(`blank ${cell}`, cell, undefined);
  sheet.push(['F 22', v.get(cells.indirectText) ?? '']);
  json.push(['F 22', sf.sectionF.indirectCharges]);
  return { sheet, json };
}

/**
 * Each finding code the Checks sheet mirrors, as the sheet shows it ([code, some verdict FAIL, some
 * WARN]) and as `review` says it ([code, an error, a warning]); and the verdicts that are none of
 * PASS, FAIL, WARN.
 */
export function checksAgainstFindings(
  values: Values,
  layout: Layout,
  findings: readonly Finding[],
): { seen: unknown[]; said: unknown[]; notVerdicts: string[] } {
  const sheet = values.get(layout.sheetOf.checks as string);
  const verdicts = layout.checks.verdicts.map((v) => ({ ...v, value: sheet?.get(v.result) }));
  const notVerdicts = verdicts
    .filter((v) => !['PASS', 'FAIL', 'WARN'].includes(String(v.value)))
    .map((v) => `${v.label}: ${JSON.stringify(v.value)}`);
  const codes = [...new Set(verdicts.map((v) => v.code))];
  const seen = codes.map((code) => [
    code,
    verdicts.some((v) => v.code === code && v.value === 'FAIL'),
    verdicts.some((v) => v.code === code && v.value === 'WARN'),
  ]);
  const said = codes.map((code) => [
    code,
    findings.some((f) => f.code === code && f.severity === 'error'),
    findings.some((f) => f.code === code && f.severity === 'warning'),
  ]);
  return { seen, said, notVerdicts };
}
