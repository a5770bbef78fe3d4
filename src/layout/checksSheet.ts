/**
 * The Checks sheet: every error a budget's typed cells can raise in `review`, each as a live formula
 * with a plain PASS or FAIL (WARN for a justified admin cap, a warning in `review`) and a note that
 * says what to do, so a reviewer without the add-in reads the same verdicts as the command line.
 * Comparisons are made on whole cents (ROUND(x*100,0)) so that floating point never flips a verdict
 * at exactly 25% or at an exact match. Also holds the Appendix L table the award level is looked up in.
 */
import { PROGRAM_TYPES, adminCapPercentText, plainStateName, type FindingCode } from '../budget';
import { sheetRef, type CellStyle } from '../port/workbookPort';
import { F_HEADER, type AppendixFRows } from './appendixF';
import {
  pscAllowedFormula,
  ruleRows,
  writeWorksheet,
  type CheckVerdict,
  type CountedSheets,
  type RuleRow,
} from './checksRules';
import { APPENDIX_L_TABLE, PROGRAM_TYPE_LIST, appendixLCode, dollars, footer, type LayoutContext } from './context';
import { N } from './names';
import type { Sf424aCells } from './sf424aSheet';
import { SheetModel } from './sheetModel';
import * as S from './styles';

export interface ChecksCells {
  administration: string;
  adminCapBase: string;
  adminShare: string;
  adminCapAmount: string;
  adminCapResult: string;
  federal: string;
  stateMatch: string;
  matchDifference: string;
  matchResult: string;
  awardLevel: string;
  awardDifference: string;
  awardResult: string;
  lineSplitCount: string;
  lineSplitResult: string;
  /** Every verdict cell, with the finding code of `review` it mirrors (the four above included). */
  verdicts: CheckVerdict[];
}

/** The first row of the rule rows, below the totals' checks and the State's rows. */
const RULES_FIRST_ROW = 22;
/** The State's rows: its code, its right to private-sector consultation. */
const STATE_ROWS_FIRST = 19;

/** Writes the rule rows from `first`; returns their verdicts. */
function writeRuleRows(m: SheetModel, rows: RuleRow[], first: number, pscCell: string): CheckVerdict[] {
  return rows.map((rule, i) => {
    const r = first + i;
    const fill = (x: string) => x.replace(/\{B\}/g, `B${r}`).replace(/\{PSC\}/g, pscCell);
    m.value('A', r, rule.label, S.label);
    m.formula(
      'B',
      r,
      fill(rule.figure),
      rule.kind === 'money' ? S.formulaMoney : { ...S.formulaCount, numberFormat: '0' },
    );
    m.formula('C', r, `IF(${fill(rule.fail)},"FAIL","PASS")`, S.verdict);
    m.formula('D', r, `IF(C${r}="FAIL",${fill(rule.failNote)},${fill(rule.passNote)})`, S.formulaText);
    return { code: rule.code, label: rule.label, figure: `B${r}`, result: `C${r}` };
  });
}

/** The worksheet of counts (columns O to Q) starts here, beside the Appendix L table. */
const WORKSHEET_FIRST_ROW = 5;

const verdict = (code: FindingCode, label: string, figure: string, result: string): CheckVerdict => ({
  code,
  label,
  figure,
  result,
});

/*
 * No note writes an amount into its text: TEXT(x,"$#,##0.00") reads its format in the user's locale,
 * which garbles it where "," is the decimal. Each amount a note speaks of stands in column B, a number
 * in the cell's own format (a number format travels in the file, locale-independent), and the note
 * names the cell.
 */

/** What the checks of the totals share: the sheet, the context, and a cell of Appendix F's total charges. */
interface TotalChecks {
  m: SheetModel;
  ctx: LayoutContext;
  /** A cell of Appendix F, as the formulas refer to it. */
  F: (cell: string) => string;
  /** Appendix F's J. Total charges row. */
  J: number;
  /** A row of the table: its words, its figure, and the result and note cells (filled by the check). */
  row: (r: number, text: string, formula: string, style?: CellStyle) => void;
}

/** Rows 1 and 2, and the heads of row 4. */
function writeTitle(t: TotalChecks): void {
  const { m, ctx, F } = t;
  m.value('A', 1, `Checks of the ${ctx.pack.fiscalYear} 23(g) budget rules`, S.title);
  m.merge('A1:D1');
  m.formula(
    'A',
    2,
    `"State: "&${F(F_HEADER.state)}&".  PASS: the rule of the instructions is met.  FAIL: it is not; the note says what to do.  WARN: over the cap with an approved justification."`,
    S.note,
  );
  m.merge('A2:D2');
  ['Check', 'Figure', 'Result', 'Note'].forEach((h, i) => m.value(['A', 'B', 'C', 'D'][i] as string, 4, h, S.head));
}

/** Rows 5 to 9, ADMIN_CAP_EXCEEDED (IX.C): an error, or a warning when the budget records an approved justification. */
function writeAdminCap(t: TotalChecks): void {
  const { m, ctx, F, J, row } = t;
  const { numerator, denominator } = ctx.pack.adminCap;
  const cap = adminCapPercentText(ctx.pack);
  row(5, 'Administration (all lines, indirect included)', F(`F${J}`));
  row(6, 'The 50/50 funding: Federal Share + State Match (State overmatch left out)', `${F(`H${J}`)}+${F(`I${J}`)}`);
  row(7, 'Administration share of the 50/50 funding', `IF(ROUND(B6*100,0)=0,0,B5/B6)`, S.formulaPercent);
  row(8, `Admin cap: at most ${cap} of the 50/50 funding`, `INT(ROUND(B6*100,0)*${numerator}/${denominator})/100`);
  row(9, 'Administration minus the cap (below zero: room left under it)', 'B5-B8');
  const justified = `TRIM(${F(F_HEADER.adminCapJustification)})<>""`;
  m.formula(
    'C',
    8,
    `IF(ROUND(B5*100,0)*${denominator}>ROUND(B6*100,0)*${numerator},IF(${justified},"WARN","FAIL"),"PASS")`,
    S.verdict,
  );
  m.formula(
    'D',
    8,
    `IF(C8<>"PASS","Administration is over the ${cap} cap by the amount in B9"&IF(${justified},"; an approved justification is recorded, keep it with the application.",": move costs to Program or attach an approved justification."),"Within the ${cap} cap.")`,
    S.formulaText,
  );
}

/** Rows 10 to 12, MATCH_UNEQUAL (IX.B): dollar for dollar. */
function writeMatch(t: TotalChecks): void {
  const { m, F, J, row } = t;
  row(10, 'Federal Share', F(`H${J}`));
  row(11, 'State Match', F(`I${J}`));
  row(12, 'Match: State Match minus Federal Share', 'B11-B10');
  m.formula('C', 12, 'IF(ROUND(B12*100,0)=0,"PASS","FAIL")', S.verdict);
  m.formula(
    'D',
    12,
    `IF(ROUND(B12*100,0)=0,"The State matches the Federal Share dollar for dollar.",IF(B12<0,"The match is short of the Federal Share by the amount in B12: raise the match or lower the Federal request.","The match exceeds the Federal Share by the amount in B12: move the excess to State 100% Funded."))`,
    S.formulaText,
  );
}

/** Rows 14 and 15, FEDERAL_OVER_AWARD (IX.B, Appendix L); under the level is a warning in `review`, PASS here. */
function writeAwardLevel(t: TotalChecks): void {
  const { m, ctx, F, row } = t;
  row(
    14,
    `Award level (the budget's own, else the ${ctx.pack.awardLevelLabel})`,
    `IF(ISNUMBER(${F(F_HEADER.awardLevel)}),${F(F_HEADER.awardLevel)},${F(F_HEADER.appendixLLevel)})`,
  );
  row(15, 'Federal Share minus the award level', 'B10-B14');
  m.formula('C', 15, 'IF(ROUND(B10*100,0)>ROUND(B14*100,0),"FAIL","PASS")', S.verdict);
  m.formula(
    'D',
    15,
    `IF(ROUND(B15*100,0)>0,"The Federal Share is over the award level by the amount in B15: lower the Federal request.",IF(ROUND(B15*100,0)<0,"The Federal Share leaves the amount in B15 of the award level unclaimed: request the full level if the State can match it.","The Federal Share equals the award level."))`,
    S.formulaText,
  );
}

/** Row 17, LINE_SPLIT_MISMATCH (RULES.md): Administration + Program = Federal Share + State Match on every line. */
function writeLineSplits(t: TotalChecks): void {
  const { m, F, J, row } = t;
  row(17, 'Lines where Administration + Program differs from Federal Share + State Match', F(`R${J}`), {
    ...S.formulaCount,
    numberFormat: '0',
  });
  m.formula('C', 17, 'IF(B17=0,"PASS","FAIL")', S.verdict);
  m.formula(
    'D',
    17,
    `IF(B17=0,"Every line splits its 50/50 money between Administration and Program.","Correct the split of "&B17&" line(s) in Appendix F (State 100% Funded money is not also entered under Administration or Program).")`,
    S.formulaText,
  );
}

/** Rows 1 to 17: the title, and the checks of the totals (admin cap, match, award level, line splits). */
function writeTotalChecks(m: SheetModel, ctx: LayoutContext, f: AppendixFRows): void {
  const t: TotalChecks = {
    m,
    ctx,
    F: (cell: string) => `${sheetRef(ctx.sheets.appendixF)}!${cell}`,
    J: f.totalCharges,
    row: (r, text, formula, style = S.formulaMoney) => {
      m.value('A', r, text, S.label);
      m.formula('B', r, formula, style);
      m.style('C', r, S.plain);
      m.style('D', r, S.plain);
    },
  };
  writeTitle(t);
  writeAdminCap(t);
  writeMatch(t);
  writeAwardLevel(t);
  writeLineSplits(t);

  m.name(N.checkAdminShare, 'B7', 'Administration share of the 50/50 funding');
  m.name(N.checkAdminCap, 'C8', 'PASS/FAIL: admin cap');
  m.name(N.checkMatch, 'C12', 'PASS/FAIL: State Match equals Federal Share');
  m.name(N.checkAward, 'C15', 'PASS/FAIL: Federal Share within the award level');
  m.name(N.checkLineSplits, 'C17', 'PASS/FAIL: line splits');
}

/** Rows 19 on: the State's right to private-sector consultation, then every other rule, as rows of data. */
function writeOtherRules(
  m: SheetModel,
  ctx: LayoutContext,
  f: AppendixFRows,
  from: ChecksSources,
): { verdicts: CheckVerdict[]; lastRow: number } {
  const F = (cell: string) => `${sheetRef(ctx.sheets.appendixF)}!${cell}`;
  const row = (r: number, text: string, formula: string) => {
    m.value('A', r, text, S.label);
    m.formula('B', r, formula, S.formulaText);
    m.style('C', r, S.plain);
    m.style('D', r, S.plain);
  };
  // The State's right to private-sector consultation, then every other rule, as rows of data.
  row(STATE_ROWS_FIRST, 'USPS code of the State named in Appendix F', appendixLCode(ctx, F(F_HEADER.state)));
  row(
    STATE_ROWS_FIRST + 1,
    `May the State budget private-sector 23(g) consultation (${ctx.pack.privateSectorConsultationStates.join(', ')} only)?`,
    pscAllowedFormula(ctx, `B${STATE_ROWS_FIRST}`),
  );
  m.value('A', RULES_FIRST_ROW - 1, 'Other rules', S.head);
  m.value('B', RULES_FIRST_ROW - 1, 'Count', S.head);
  m.value('C', RULES_FIRST_ROW - 1, 'Result', S.head);
  m.value('D', RULES_FIRST_ROW - 1, 'Note', S.head);
  const rules = ruleRows(ctx, f, from.sf424a, from.counted, WORKSHEET_FIRST_ROW);
  const ruleVerdicts = writeRuleRows(m, rules.rows, RULES_FIRST_ROW, '$B$20');
  writeWorksheet(m, WORKSHEET_FIRST_ROW - 1, rules.worksheet);
  const lastRule = RULES_FIRST_ROW + rules.rows.length - 1;
  m.name(N.checkResults, `C5:C${lastRule}`, 'every PASS/FAIL of the Checks sheet');
  return { verdicts: ruleVerdicts, lastRow: lastRule };
}

/** The tables the other sheets look up: Appendix L (award levels) and the program types' drop-down list. */
function writeTables(m: SheetModel, ctx: LayoutContext): void {
  // Appendix L.
  const t = APPENDIX_L_TABLE;
  m.value(t.nameCol, t.firstRow - 1, 'Appendix L State', S.head);
  m.value(t.codeCol, t.firstRow - 1, 'USPS', S.head);
  m.value(t.levelCol, t.firstRow - 1, ctx.pack.awardLevelLabel, S.head);
  m.value(t.plainCol, t.firstRow - 1, 'Name without (PEO)', S.head);
  ctx.pack.states.forEach((s, i) => {
    const r = t.firstRow + i;
    m.value(t.nameCol, r, s.name, S.label);
    m.value(t.codeCol, r, s.code, S.label);
    m.value(t.levelCol, r, dollars(s.final), { ...S.plain, numberFormat: S.MONEY });
    m.value(t.plainCol, r, plainStateName(s), S.label);
  });
  const lastL = t.firstRow + ctx.pack.states.length - 1;
  m.name(N.appendixL, `${t.nameCol}${t.firstRow}:${t.levelCol}${lastL}`, `Appendix L: ${ctx.pack.awardLevelLabel}`);

  // The program types of A. Personnel, for its drop-down (entries hold commas, so they cannot be inline).
  m.value(PROGRAM_TYPE_LIST.col, PROGRAM_TYPE_LIST.firstRow - 1, 'Program types (Appendix F, A. Personnel)', S.head);
  PROGRAM_TYPES.forEach((t, i) => m.value(PROGRAM_TYPE_LIST.col, PROGRAM_TYPE_LIST.firstRow + i, t, S.label));
}

/**
 * What the Checks sheet reads besides Appendix F: the SF-424A's cells and the templates whose inputs it
 * counts, as the planner built them for the same context (built once, not again for this sheet).
 */
export interface ChecksSources {
  sf424a: Sf424aCells;
  counted: CountedSheets;
}

export function buildChecks(
  ctx: LayoutContext,
  f: AppendixFRows,
  from: ChecksSources,
): { model: SheetModel; cells: ChecksCells } {
  const m = new SheetModel(ctx.sheets.checks);
  writeTotalChecks(m, ctx, f);
  const rules = writeOtherRules(m, ctx, f, from);
  writeTables(m, ctx);

  m.widths = [
    // A wide Note column: a note of two lines, not three, keeps the sheet on two printed pages.
    { column: 'A', width: 46 },
    { column: 'B', width: 16 },
    { column: 'C', width: 8 },
    { column: 'D', width: 86 },
    { column: 'E', width: 3 },
    { column: 'F', width: 3 },
    { column: 'G', width: 3 },
    { column: 'H', width: 24 },
    { column: 'I', width: 7 },
    { column: 'J', width: 20 },
    { column: 'K', width: 20 },
    { column: 'L', width: 3 },
    { column: 'M', width: 44 },
    { column: 'N', width: 3 },
    { column: 'O', width: 48 },
    { column: 'P', width: 10 },
    { column: 'Q', width: 10 },
  ];
  m.print = {
    landscape: true,
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: '1:2',
    footer: footer(ctx, 'Checks'),
    area: `A1:D${rules.lastRow}`,
  };
  // A printed page starts with the State's rows or the other rules' heads rather than leave them at a foot.
  m.blockStarts.push(STATE_ROWS_FIRST, RULES_FIRST_ROW - 1);
  m.tabColor = '#C00000';
  return {
    model: m,
    cells: {
      administration: 'B5',
      adminCapBase: 'B6',
      adminShare: 'B7',
      adminCapAmount: 'B8',
      adminCapResult: 'C8',
      federal: 'B10',
      stateMatch: 'B11',
      matchDifference: 'B12',
      matchResult: 'C12',
      awardLevel: 'B14',
      awardDifference: 'B15',
      awardResult: 'C15',
      lineSplitCount: 'B17',
      lineSplitResult: 'C17',
      verdicts: [
        verdict('ADMIN_CAP_EXCEEDED', 'Admin cap', 'B8', 'C8'),
        verdict('MATCH_UNEQUAL', 'Match', 'B12', 'C12'),
        verdict('FEDERAL_OVER_AWARD', 'Award level', 'B15', 'C15'),
        verdict('LINE_SPLIT_MISMATCH', 'Line splits', 'B17', 'C17'),
        ...rules.verdicts,
      ],
    },
  };
}
