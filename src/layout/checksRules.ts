/**
 * The rows of the Checks sheet below the totals: every other error that a budget's typed cells can
 * raise in `review`, one row per rule and sheet, as data. Each row is a count (or an amount) over the
 * inputs, a PASS or FAIL, and a note that says what to do. The FACT of each rule (which States may
 * budget private-sector consultation, which figures may not be below zero, which cells are numbers)
 * comes from the rule pack and the templates' own descriptions, as the domain's checks do.
 *
 * The counts over input ranges stand in a worksheet beside the table (columns O to Q, not printed):
 * one row per run of number cells, so every formula stays short and a reviewer can see where a count
 * comes from.
 */
import { COST_SECTIONS, SECTION_TITLES, STAFFING_ROW_LABELS, type FindingCode } from '../budget';
import { sheetRef } from '../port/workbookPort';
import type { AppendixFRows } from './appendixF';
import { CONSULTATION_VISIT_LABELS, COMPLIANCE_ASSISTANCE_LABELS } from '../budget';
import {
  appendixFRuns,
  negativeCount,
  nonZeroCount,
  notANumberCount,
  rowLabelled,
  validatedRuns,
  type InputRun,
} from './checksInputs';
import type { LayoutContext } from './context';
import { AMOUNT_COLUMNS, F_HEADER } from './appendixF';
import { numbers, pscLines, range } from './appendixFFormulas';
import type { Sf424aCells } from './sf424aSheet';
import type { SheetModel } from './sheetModel';
import * as S from './styles';

/** One rule row. In the formulas, {B} is the row's figure cell and {PSC} the cell saying whether the State may budget PSC. */
export interface RuleRow {
  /** The finding code of RULES.md this row mirrors: FAIL here exactly when `review` reports this error. */
  code: FindingCode;
  label: string;
  figure: string;
  kind: 'count' | 'money';
  /** When the row fails (a condition on {B}). */
  fail: string;
  failNote: string;
  passNote: string;
}

/** A verdict cell of the Checks sheet and the finding it mirrors. */
export interface CheckVerdict {
  code: FindingCode;
  label: string;
  figure: string;
  result: string;
}

const WORKSHEET = { what: 'O', text: 'P', negative: 'Q' } as const;

interface SheetRuns {
  title: string;
  runs: InputRun[];
}

/** The number inputs of every template sheet of the set, by sheet. */
function inputRuns(ctx: LayoutContext, f: AppendixFRows, models: CountedSheets): SheetRuns[] {
  const out: SheetRuns[] = [
    { title: 'Appendix F', runs: appendixFRuns(ctx.sheets.appendixF, f, (s) => SECTION_TITLES[s]) },
  ];
  out.push({ title: 'Appendix E', runs: validatedRuns(models.e, 'Appendix E') });
  out.push({ title: 'Appendix D', runs: validatedRuns(models.d, 'Appendix D') });
  if (models.j) out.push({ title: 'Appendix J', runs: validatedRuns(models.j, 'Appendix J') });
  return out;
}

/**
 * PSC_NOT_ALLOWED on Appendix F: lines of private-sector consultation (marked, or of such a program
 * type) holding any amount, over each block's range as Appendix F's own figures are. An error value
 * in an amount breaks the count: then every line marked Y or YES counts.
 */
function pscLinesFormula(ctx: LayoutContext, f: AppendixFRows): string {
  const sheet = ctx.sheets.appendixF;
  return COST_SECTIONS.map((s) => {
    const b = { head: f.sections[s].head, spare: f.sections[s].spare, sheet };
    const money = Object.values(AMOUNT_COLUMNS)
      .map((c) => `(${numbers(range(c, b))}<>0)`)
      .join('+');
    const marked = `COUNTIF(${range('L', b)},"Y")+COUNTIF(${range('L', b)},"YES")`;
    return `IFERROR(SUMPRODUCT(--${pscLines(s, b)},--((${money})>0)),${marked})`;
  }).join('+');
}

/** Figures other than zero in the row of `sheet` labelled as the template labels it, over column pairs such as "BC". */
function cellsOfRow(sheet: string, row: number | null, ranges: string[]): string {
  // A row the template no longer has would make a check that cannot fail: refuse to lay the sheet out.
  if (row === null) throw new Error(`Checks sheet: no row of ${sheet} carries the label the check looks for`);
  return ranges
    .map((r) =>
      nonZeroCount({
        sheet,
        left: r[0] as string,
        right: r[1] as string,
        top: row,
        bottom: row,
        borders: [],
        negativeChecked: false,
        bounds: null,
        what: '',
      }),
    )
    .join('+');
}

function pscRows(ctx: LayoutContext, f: AppendixFRows, models: CountedSheets): RuleRow[] {
  const only = ctx.pack.privateSectorConsultationStates.join(', ');
  const fail = 'AND({PSC}="No",{B}>0)';
  const passNote = `IF({PSC}="Yes","This State may budget private-sector 23(g) consultation.","None: only ${only} may budget private-sector 23(g) consultation.")`;
  const e = ctx.sheets.appendixE;
  const eRows = (['privateSectorSafetyConsultants', 'privateSectorHealthConsultants'] as const).map((k) =>
    cellsOfRow(e, rowLabelled(models.e, STAFFING_ROW_LABELS[k]), ['BC', 'EF']),
  );
  const d = ctx.sheets.appendixD;
  const dRows = [
    rowLabelled(models.d, CONSULTATION_VISIT_LABELS.privateSector),
    rowLabelled(models.d, COMPLIANCE_ASSISTANCE_LABELS.privateSectorSharp),
  ].map((r) => cellsOfRow(d, r, ['BG']));
  const rows: RuleRow[] = [
    // PSC_NOT_ALLOWED: private-sector consultation money on Appendix F lines.
    {
      code: 'PSC_NOT_ALLOWED',
      label: 'Appendix F lines of private-sector consultation holding money (KY, PR, WA only)',
      figure: pscLinesFormula(ctx, f),
      kind: 'count',
      fail,
      failNote: `{B}&" line(s) of Appendix F are private-sector consultation, which only ${only} fund under 23(g): move them to the 21(d) consultation agreement or change their program type (or the Y in column L)."`,
      passNote,
    },
    // PSC_NOT_ALLOWED: private-sector consultant FTE (Appendix E).
    {
      code: 'PSC_NOT_ALLOWED',
      label: 'Appendix E private-sector consultant FTE (KY, PR, WA only)',
      figure: eRows.join('+'),
      kind: 'count',
      fail,
      failNote: `{B}&" figure(s) of FTE stand in the private-sector consultant rows of Appendix E, which only ${only} may have: clear the rows."`,
      passNote,
    },
    // PSC_NOT_ALLOWED: private-sector consultation visits and SHARP participants (Appendix D).
    {
      code: 'PSC_NOT_ALLOWED',
      label: 'Appendix D private-sector consultation visits and SHARP participants (KY, PR, WA only)',
      figure: dRows.join('+'),
      kind: 'count',
      fail,
      failNote: `{B}&" figure(s) stand in the private-sector visits or SHARP rows of Appendix D, which only ${only} may project under 23(g): clear the rows."`,
      passNote,
    },
  ];
  if (models.j) {
    // PSC_NOT_ALLOWED: any figure of Appendix J when the State is changed to one without private-sector consultation.
    rows.push({
      code: 'PSC_NOT_ALLOWED',
      label: 'Appendix J figures (KY, PR, WA only)',
      figure: validatedRuns(models.j, 'Appendix J').map(nonZeroCount).join('+'),
      kind: 'count',
      fail,
      failNote: `"Appendix J is only for ${only}: leave it blank and report consultation under the 21(d) agreement."`,
      passNote,
    });
  }
  return rows;
}

function quarterRows(ctx: LayoutContext, sf: Sf424aCells): RuleRow[] {
  const F = sheetRef(ctx.sheets.appendixF);
  const SF = sheetRef(ctx.sheets.sf424a);
  return (
    [
      ['federal', 'Federal (line 13)', F_HEADER.cashFederal],
      ['nonFederal', 'Non-Federal (line 14)', F_HEADER.cashNonFederal],
    ] as const
  ).map(([key, text, typed]) => {
    const cells = `${F}!${typed.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
    // QUARTERS_DO_NOT_FOOT: typed quarters (any number in the row) that do not add up to the year.
    return {
      code: 'QUARTERS_DO_NOT_FOOT',
      label: `SF-424A Section D, ${text}: typed quarters minus the year`,
      figure: `IF(COUNT(${cells})=0,0,SUM(${cells})-${SF}!${sf.sectionD[key].year})`,
      kind: 'money',
      fail: 'ROUND({B}*100,0)<>0',
      failNote: `"The quarters typed in Appendix F add up to "&IF({B}>0,"more","less")&" than the year, by the amount in column B: change them so they foot, or clear them for four equal quarters."`,
      passNote: `IF(COUNT(${cells})=0,"Four equal quarters (none typed).","The typed quarters add up to the year.")`,
    } satisfies RuleRow;
  });
}

/** The templates whose inputs the Checks sheet counts, as the planner built them (Appendix J only in a set that has it). */
export interface CountedSheets {
  d: SheetModel;
  e: SheetModel;
  j: SheetModel | null;
}

/** The rows of every rule below the totals, and the worksheet rows they sum. */
export function ruleRows(
  ctx: LayoutContext,
  f: AppendixFRows,
  sf: Sf424aCells,
  models: CountedSheets,
  worksheetFirstRow: number,
) {
  const sheets = inputRuns(ctx, f, models);
  const worksheet: { row: number; run: InputRun }[] = [];
  const rows: RuleRow[] = [...pscRows(ctx, f, models)];
  let w = worksheetFirstRow;
  const textRows: RuleRow[] = [];
  const negativeRows: RuleRow[] = [];
  for (const { title, runs } of sheets) {
    const first = w;
    for (const run of runs) worksheet.push({ row: w++, run });
    const sum = (col: string) => `SUM(${col}${first}:${col}${w - 1})`;
    // NOT_A_NUMBER: text (or TRUE/FALSE, or an error value) typed where a number belongs.
    textRows.push({
      code: 'NOT_A_NUMBER',
      label: `${title}: number cells holding text${runs.some((x) => x.bounds) ? ' (or an amount too large, a rate over 100%)' : ''}`,
      figure: sum(WORKSHEET.text),
      kind: 'count',
      fail: '{B}>0',
      failNote: `{B}&" cell(s) of ${title} hold text where a number belongs (or a figure out of range) and count as blank: type the figure there (numbers only, no text)."`,
      passNote: `"Every number cell of ${title} holds a number or is blank."`,
    });
    // NEGATIVE_AMOUNT: an amount, FTE or count below zero.
    negativeRows.push({
      code: 'NEGATIVE_AMOUNT',
      label: `${title}: figures below zero`,
      figure: sum(WORKSHEET.negative),
      kind: 'count',
      fail: '{B}>0',
      failNote: `{B}&" figure(s) of ${title} are below zero: enter them as positive figures or remove them."`,
      passNote: `"No figure of ${title} is below zero."`,
    });
  }
  rows.push(...negativeRows, ...quarterRows(ctx, sf), ...textRows);
  return { rows, worksheet };
}

/** The worksheet beside the table: one row per run of number cells, with its counts. */
export function writeWorksheet(m: SheetModel, headRow: number, worksheet: { row: number; run: InputRun }[]): void {
  m.value(WORKSHEET.what, headRow, 'Worksheet of the checks (not printed): number cells', S.helperHead);
  m.value(WORKSHEET.text, headRow, 'text, or not a figure the rules take', S.helperHead);
  m.value(WORKSHEET.negative, headRow, 'below zero', S.helperHead);
  const count = { ...S.helperFlag, numberFormat: '0' };
  for (const { row, run } of worksheet) {
    m.value(WORKSHEET.what, row, `${run.what}, ${run.left}${run.top}:${run.right}${run.bottom}`, {
      ...S.label,
      fontSize: 8,
    });
    m.formula(WORKSHEET.text, row, notANumberCount(run), count);
    m.formula(WORKSHEET.negative, row, run.negativeChecked ? negativeCount(run) : '0', count);
  }
}

/** "Yes" when the State coded in `codeCell` may budget private-sector 23(g) consultation (the pack's States). */
export function pscAllowedFormula(ctx: LayoutContext, codeCell: string): string {
  return `IF(OR(${ctx.pack.privateSectorConsultationStates.map((c) => `${codeCell}="${c}"`).join(',')}),"Yes","No")`;
}
