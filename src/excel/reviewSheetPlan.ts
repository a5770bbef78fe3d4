/**
 * The Review sheet a reviewer leaves in the workbook: when it was checked, the figures, and every
 * finding with a link to its cell. Plain data over the port (no Office here); it never replaces a sheet:
 * "Review" is taken, so "Review (2)", and so on.
 */
import { centsToDollars, type Evaluation, type Finding } from '../budget';
import { paneFinding } from '../addin/paneWords';
import { englishWords, type MessageKey, type Words } from '../messages/words';
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
  /** The pane's words: the sheet is written in the language of whoever writes it. */
  words?: Words;
}

const FIGURES: readonly [MessageKey, keyof Evaluation['totals'] | 'osha110'][] = [
  ['reviewSheet.figure.administration', 'administration'],
  ['reviewSheet.figure.program', 'program'],
  ['reviewSheet.figure.federal', 'federal'],
  ['reviewSheet.figure.stateMatch', 'stateMatch'],
  ['reviewSheet.figure.state100', 'state100'],
  ['reviewSheet.figure.total', 'total'],
  ['reviewSheet.figure.capBase', 'adminCapBase'],
  ['reviewSheet.figure.cap', 'adminCapAmount'],
  ['reviewSheet.figure.share', 'adminShare'],
  ['reviewSheet.figure.awardLevel', 'awardLevel'],
  ['reviewSheet.figure.osha110', 'osha110'],
];

export function planReviewSheet(input: ReviewSheetInput): { sheet: string; plan: WritePlan } {
  const w = input.words ?? englishWords();
  // The sheet's name stays "Review" in every language: the regional office and other programs look for it.
  const sheet = freeSheetName('Review', input.existingSheets);
  const { totals, findings, osha110 } = input.evaluation;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const when = input.at
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
  const figureRows = FIGURES.map(([key, field]): CellWrite[] => [
    text(w.t(key as 'reviewSheet.figure.program')),
    field === 'osha110'
      ? money(osha110.total)
      : field === 'adminShare'
        ? text(w.percent(totals.adminShare), { align: 'right' })
        : money(totals[field]),
  ]);
  const rows: CellWrite[][] = [
    [text(w.t('reviewSheet.title', { state: input.stateName, year: input.fiscalYear }), { bold: true, fontSize: 14 })],
    [text(w.t('reviewSheet.when', { when }), { italic: true })],
    [text(w.t('reviewSheet.counts', counts), { bold: true })],
    [],
    [text(w.t('reviewSheet.head.figure'), HEAD), text(w.t('reviewSheet.head.amount'), HEAD)],
    ...figureRows,
    [],
    [
      text(w.t('reviewSheet.head.severity'), HEAD),
      text(w.t('reviewSheet.head.code'), HEAD),
      text(w.t('reviewSheet.head.cell'), HEAD),
      text(w.t('reviewSheet.head.where'), HEAD),
      text(w.t('reviewSheet.head.amount'), HEAD),
      text(w.t('reviewSheet.head.whatToDo'), HEAD),
    ],
  ];
  for (const f of findings) {
    const fill = { fill: SEVERITY_FILL[f.severity] };
    const r = paneFinding(f, w);
    rows.push([
      text(w.t(`review.severity.${f.severity}` as 'review.severity.error'), fill),
      text(f.code),
      f.sheet && f.cell
        ? { kind: 'formula', formula: cellLinkFormula(f.sheet, f.cell) }
        : text(w.t('reviewSheet.noCell')),
      text(r.where),
      f.amount === null ? text('') : money(f.amount),
      text(r.message, { wrap: true }),
    ]);
  }
  if (findings.length === 0) rows.push([text(w.t('reviewSheet.none'))]);
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
