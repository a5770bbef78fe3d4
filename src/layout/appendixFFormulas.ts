/**
 * The formulas of an Appendix F line: its total, the private-sector consultation flag, and the helper
 * columns (M-S) that spread the line's Federal Share over Administration and Program as RULES.md says,
 * for the SF-424A sheet.
 */
import { PRIVATE_SECTOR_PROGRAM_TYPES, type CostSection } from '../budget';
import { SheetModel } from './sheetModel';
import { F_COL } from './appendixFColumns';
import * as S from './styles';

function pscFlagFormula(section: CostSection, r: number): string {
  const mark = `OR(UPPER(TRIM(${F_COL.psc}${r}))="Y",UPPER(TRIM(${F_COL.psc}${r}))="YES")`;
  if (section !== 'personnel') return `IF(${mark},1,0)`;
  const types = PRIVATE_SECTOR_PROGRAM_TYPES.map((t) => `TRIM(${F_COL.b}${r})="${t}"`).join(',');
  return `IF(OR(${mark},${types}),1,0)`;
}

/**
 * The line's Federal Share to Administration, as the domain's federalSplit: the share spread over
 * Administration and Program in proportion, in whole cents, half a cent up (which is exactly what the
 * largest-remainder rule gives for two parts: the part with the larger remainder, ties to the first,
 * gets the odd cent); weights of mixed sign put it where most of the line is.
 * Exact while Federal Share × Administration, in cents, stays below 2^53 (both under about $949,000 on
 * one line): the product is then a whole binary64 number. Above that, an exact half-cent tie can round
 * down on the sheet where the domain rounds up: one cent moves between the Administration and Program
 * Federal figures of Section A (every total still foots, Section A line 5 is unchanged).
 */
/** `N(F12)`: a number cell read so that text counts as 0 instead of breaking the formula. */
export const n = (col: string, row: number) => `N(${col}${row})`;

export function federalToAdminFormula(r: number): string {
  const a = `ROUND(${n('F', r)}*100,0)`;
  const p = `ROUND(${n('G', r)}*100,0)`;
  const f = `ROUND(${n('H', r)}*100,0)`;
  return (
    `IF(M${r}=1,0,IF(${a}*${p}<0,IF(AND(${p}<>0,ABS(${p})>=ABS(${a})),0,${n('H', r)}),` +
    `IF(${a}+${p}=0,0,ROUND(${f}*${a}/(${a}+${p}),0)/100)))`
  );
}

export function lineRowFormulas(m: SheetModel, section: CostSection, r: number): void {
  m.formula('K', r, `${n('H', r)}+${n('I', r)}+${n('J', r)}`, S.lineMoney);
  m.formula('M', r, pscFlagFormula(section, r), S.helperFlag);
  m.formula('N', r, `IF(M${r}=1,${n('F', r)},0)`, S.helperCell);
  m.formula('O', r, `IF(M${r}=1,${n('G', r)},0)`, S.helperCell);
  m.formula('P', r, `IF(M${r}=1,${n('H', r)},0)`, S.helperCell);
  m.formula('Q', r, federalToAdminFormula(r), S.helperCell);
  m.formula('R', r, `IF(ROUND((${n('F', r)}+${n('G', r)}-${n('H', r)}-${n('I', r)})*100,0)<>0,1,0)`, S.helperFlag);
  // The domain's federalSplit gives such a line's Federal Share to no category (the line is already a
  // LINE_SPLIT_MISMATCH or NEGATIVE_AMOUNT error); the sheet does the same, so both show the same figures.
  m.formula(
    'S',
    r,
    `IF(AND(M${r}=0,ROUND(${n('F', r)}*100,0)=0,ROUND(${n('G', r)}*100,0)=0),${n('H', r)},0)`,
    S.helperCell,
  );
}
