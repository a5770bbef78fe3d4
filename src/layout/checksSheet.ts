/**
 * The Checks sheet: the rules a reviewer without the add-in can read, each as a live formula with a
 * plain PASS or FAIL. Comparisons are made on whole cents (ROUND(x*100,0)) so that floating point
 * never flips a verdict at exactly 25% or at an exact match. Also holds the Appendix L table the
 * award level is looked up in.
 */
import { PROGRAM_TYPES, adminCapPercentText, plainStateName } from '../budget';
import { sheetRef } from '../workbook/port';
import { F_HEADER, type AppendixFRows } from './appendixF';
import { APPENDIX_L_TABLE, PROGRAM_TYPE_LIST, dollars, footer, type LayoutContext } from './context';
import { N } from './names';
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
}

const money = (cell: string) => `TEXT(ABS(${cell}),"$#,##0.00")`;

export function buildChecks(ctx: LayoutContext, f: AppendixFRows): { model: SheetModel; cells: ChecksCells } {
  const m = new SheetModel(ctx.sheets.checks);
  const F = (cell: string) => `${sheetRef(ctx.sheets.appendixF)}!${cell}`;
  const J = f.totalCharges;
  const { numerator, denominator } = ctx.pack.adminCap;
  const cap = adminCapPercentText(ctx.pack);

  m.value('A', 1, `Checks of the ${ctx.pack.fiscalYear} 23(g) budget rules`, S.title);
  m.merge('A1:D1');
  m.formula('A', 2, `"State: "&${F(F_HEADER.state)}&".  PASS: the rule of the instructions is met.  FAIL: it is not; the note says what to do."`, S.note);
  m.merge('A2:D2');
  m.value('A', 4, 'Check', S.head);
  m.value('B', 4, 'Figure', S.head);
  m.value('C', 4, 'Result', S.head);
  m.value('D', 4, 'Note', S.head);

  const row = (r: number, text: string, formula: string, style = S.formulaMoney) => {
    m.value('A', r, text, S.label);
    m.formula('B', r, formula, style);
    m.style('C', r, S.plain);
    m.style('D', r, S.plain);
  };
  // Admin cap (IX.C).
  row(5, 'Administration (all lines, indirect included)', F(`F${J}`));
  row(6, 'The 50/50 funding: Federal Share + State Match (State overmatch left out)', `${F(`H${J}`)}+${F(`I${J}`)}`);
  row(7, 'Administration share of the 50/50 funding', `IF(ROUND(B6*100,0)=0,0,B5/B6)`, S.formulaPercent);
  row(8, `Admin cap: at most ${cap} of the 50/50 funding`, `INT(ROUND(B6*100,0)*${numerator}/${denominator})/100`);
  m.formula('C', 8, `IF(ROUND(B5*100,0)*${denominator}>ROUND(B6*100,0)*${numerator},"FAIL","PASS")`, S.verdict);
  m.formula(
    'D',
    8,
    `IF(C8="FAIL","Administration is "&${money('ROUND(B5-B8,2)')}&" over the ${cap} cap"&IF(TRIM(${F(F_HEADER.adminCapJustification)})<>"","; an approved justification is recorded, keep it with the application.",": move costs to Program or attach an approved justification."),"Within the ${cap} cap.")`,
    S.formulaText,
  );
  // Match (IX.B): dollar for dollar.
  row(10, 'Federal Share', F(`H${J}`));
  row(11, 'State Match', F(`I${J}`));
  row(12, 'Match: State Match minus Federal Share', 'B11-B10');
  m.formula('C', 12, 'IF(ROUND(B12*100,0)=0,"PASS","FAIL")', S.verdict);
  m.formula(
    'D',
    12,
    `IF(ROUND(B12*100,0)=0,"The State matches the Federal Share dollar for dollar.",IF(B12<0,"The match is "&${money('B12')}&" short: raise the match or lower the Federal request.","The match exceeds the Federal Share by "&${money('B12')}&": move the excess to State 100% Funded."))`,
    S.formulaText,
  );
  // Award level (IX.B, Appendix L).
  row(14, `Award level (the budget's own, else the ${ctx.pack.awardLevelLabel})`, `IF(ISNUMBER(${F(F_HEADER.awardLevel)}),${F(F_HEADER.awardLevel)},${F(F_HEADER.appendixLLevel)})`);
  row(15, 'Federal Share minus the award level', 'B10-B14');
  m.formula('C', 15, 'IF(ROUND(B10*100,0)>ROUND(B14*100,0),"FAIL","PASS")', S.verdict);
  m.formula(
    'D',
    15,
    `IF(ROUND(B15*100,0)>0,"The Federal Share is "&${money('B15')}&" over the award level: lower the Federal request.",IF(ROUND(B15*100,0)<0,"The Federal Share leaves "&${money('B15')}&" of the award level unclaimed: request the full level if the State can match it.","The Federal Share equals the award level."))`,
    S.formulaText,
  );
  // Line splits (RULES.md): Administration + Program = Federal Share + State Match on every line.
  row(17, 'Lines where Administration + Program differs from Federal Share + State Match', F(`R${J}`), { ...S.formulaCount, numberFormat: '0' });
  m.formula('C', 17, 'IF(B17=0,"PASS","FAIL")', S.verdict);
  m.formula('D', 17, `IF(B17=0,"Every line splits its 50/50 money between Administration and Program.","Correct the split of "&B17&" line(s) in Appendix F (State 100% Funded money is not also entered under Administration or Program).")`, S.formulaText);

  m.name(N.checkAdminShare, 'B7', 'Administration share of the 50/50 funding');
  m.name(N.checkAdminCap, 'C8', 'PASS/FAIL: admin cap');
  m.name(N.checkMatch, 'C12', 'PASS/FAIL: State Match equals Federal Share');
  m.name(N.checkAward, 'C15', 'PASS/FAIL: Federal Share within the award level');
  m.name(N.checkLineSplits, 'C17', 'PASS/FAIL: line splits');

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

  m.widths = [
    { column: 'A', width: 52 },
    { column: 'B', width: 18 },
    { column: 'C', width: 10 },
    { column: 'D', width: 70 },
    { column: 'E', width: 3 },
    { column: 'F', width: 3 },
    { column: 'G', width: 3 },
    { column: 'H', width: 24 },
    { column: 'I', width: 7 },
    { column: 'J', width: 20 },
    { column: 'K', width: 20 },
    { column: 'L', width: 3 },
    { column: 'M', width: 42 },
  ];
  m.print = { landscape: true, fitToWidth: 1, fitToHeight: 0, titleRows: '1:2', footer: footer(ctx, 'Checks'), area: 'A1:D17' };
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
    },
  };
}
