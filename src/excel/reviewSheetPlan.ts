/**
 * The Review sheet a reviewer leaves in the workbook: when it was checked, the figures, and every
 * finding with a link to its cell. Plain data over the port (no Office here); it never replaces a sheet:
 * "Review" is taken, so "Review (2)", and so on.
 */
import { centsToDollars, formatPercent, type Evaluation, type Finding } from '../budget';
import { paneMessage } from '../addin/paneWords';
import { freeSheetName, type CellStyle, type CellWrite, type WritePlan } from '../port/workbookPort';

const MONEY = '$#,##0.00;[Red]-$#,##0.00';
const HEAD: CellStyle = { bold: true, fill: '#DDEBF7', border: 'thin' };
const SEVERITY_FILL: Record<Finding['severity'], string> = { error: '#F8D7DA', warning: '#FFF3CD', info: '#E7F1FF' };

/** A formula string literal: quotes doubled. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A sheet name quoted, always: a name that reads as a cell ("A1", "R1C1"), a boolean ("TRUE") or a
 * number would otherwise be taken for what it looks like and the link would go nowhere.
 */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** =HYPERLINK("#'Appendix F'!G88","Appendix F!G88"): a link that moves to the cell inside the workbook. */
export function cellLinkFormula(sheet: string, cell: string): string {
  return `=HYPERLINK(${literal(`#${quotedSheet(sheet)}!${cell}`)},${literal(`${sheet}!${cell}`)})`;
}

const text = (value: string, style?: CellStyle): CellWrite => ({ kind: 'value', value, ...(style ? { style } : {}) });
const money = (cents: number, style?: CellStyle): CellWrite => ({
  kind: 'value',
  value: centsToDollars(cents),
  style: { numberFormat: MONEY, ...style },
});

export interface ReviewSheetInput {
  existingSheets: readonly string[];
  stateName: string;
  fiscalYear: number;
  evaluation: Evaluation;
  /** When the review was made; written as text so every Excel shows the same words. */
  at: Date;
}

export function planReviewSheet(input: ReviewSheetInput): { sheet: string; plan: WritePlan } {
  const sheet = freeSheetName('Review', input.existingSheets);
  const { totals, findings, osha110 } = input.evaluation;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const rows: CellWrite[][] = [
    [text(`Budget review: ${input.stateName}, FY ${input.fiscalYear}`, { bold: true, fontSize: 14 })],
    [
      text(
        `Reviewed ${input.at
          .toISOString()
          .replace('T', ' ')
          .replace(/\.\d+Z$/, ' UTC')} with Grant Budget`,
        { italic: true },
      ),
    ],
    [text(`${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} note(s)`, { bold: true })],
    [],
    [text('Figure', HEAD), text('Amount', HEAD)],
    [text('Administration'), money(totals.administration)],
    [text('Program'), money(totals.program)],
    [text('Federal Share'), money(totals.federal)],
    [text('State Match'), money(totals.stateMatch)],
    [text('State 100% Funded'), money(totals.state100)],
    [text('Total Cost'), money(totals.total)],
    [text('50/50 funding (admin cap base)'), money(totals.adminCapBase)],
    [text('Administration cap'), money(totals.adminCapAmount)],
    [text('Administration share'), text(formatPercent(totals.adminShare), { align: 'right' })],
    [text('Award level'), money(totals.awardLevel)],
    [text('OSHA 110 line 5, Total'), money(osha110.total)],
    [],
    [
      text('Severity', HEAD),
      text('Code', HEAD),
      text('Cell', HEAD),
      text('Where', HEAD),
      text('Amount', HEAD),
      text('What to do', HEAD),
    ],
  ];
  for (const f of findings) {
    const fill = { fill: SEVERITY_FILL[f.severity] };
    rows.push([
      text(f.severity, fill),
      text(f.code),
      f.sheet && f.cell ? { kind: 'formula', formula: cellLinkFormula(f.sheet, f.cell) } : text('(no single cell)'),
      text(f.where),
      f.amount === null ? text('') : money(f.amount),
      text(paneMessage(f), { wrap: true }),
    ]);
  }
  if (findings.length === 0) rows.push([text('No findings: the budget passes every check.')]);
  return {
    sheet,
    plan: {
      ops: [
        { op: 'addSheet', sheet, tabColor: counts.error > 0 ? '#C00000' : '#217346' },
        { op: 'cells', sheet, address: 'A1', rows },
        {
          op: 'columnWidths',
          sheet,
          widths: [
            { column: 'A', width: 30 },
            { column: 'B', width: 24 },
            { column: 'C', width: 18 },
            { column: 'D', width: 34 },
            { column: 'E', width: 14 },
            { column: 'F', width: 90 },
          ],
        },
        { op: 'activate', sheet },
      ],
    },
  };
}
