/**
 * A region's summary workbook (`grant-budget review FILES... --summary region.xlsx`), for a Regional
 * Administrator to read, sort and print: a Summary sheet with one row per file and a Findings sheet with
 * every finding. Planned as data (a WritePlan, like the templates) and written through exceljs; the
 * sheet filters, which the port does not carry, are set on the exceljs workbook.
 */
import { centsToDollars, type Cents, type RenderedFinding } from '../budget';
import { englishWords, type Msg, type Words } from '../messages/words';
import { PRINT_MARGINS, type CellStyle, type CellWrite, type PrintSetup, type WritePlan } from '../port/workbookPort';
import { XlsxWorkbook } from './xlsxWorkbook';

export interface SummaryFile {
  file: string;
  /** The file as the summary workbook should link to it (relative to the summary's folder). */
  link: string;
  /** Null when the file could not be read; `problem` then says why. */
  figures: {
    state: string;
    stateName: string;
    layout: 'own' | 'published' | 'json';
    federal: Cents;
    stateMatch: Cents;
    state100: Cents;
    adminShare: number;
    awardLevel: Cents;
    errors: number;
    warnings: number;
    verdict: string;
  } | null;
  /** The findings in the summary's language. */
  findings: RenderedFinding[];
  /** Why the file could not be read, in the summary's language. */
  problem?: string;
}

export const SUMMARY_SHEET = 'Summary';
export const FINDINGS_SHEET = 'Findings';
/** The Summary sheet's columns, in order; the tests read the workbook back by these heads. */
export const SUMMARY_HEADS = [
  'File',
  'State',
  'State name',
  'Layout',
  'Federal',
  'State Match',
  'State 100%',
  'Total',
  'Admin share',
  'Award level',
  'Federal less award',
  'Errors',
  'Warnings',
  'Verdict',
  'Note',
  'Link',
] as const;
export const FINDINGS_HEADS = [
  'File',
  'State',
  'Code',
  'Severity',
  'Sheet!Cell',
  'Message',
  'Where (related lines)',
  'Amount',
] as const;

const HEAD: CellStyle = { bold: true, fill: '#DDE7F3', wrap: true, border: 'thin' };
const MONEY: CellStyle = { numberFormat: '#,##0.00;[Red]-#,##0.00', border: 'thin' };
const PLAIN: CellStyle = { border: 'thin' };
const TEXT: CellStyle = { border: 'thin', wrap: true };
/** Widths of the Findings sheet's columns, in characters; its wrapped cells set each row's height. */
const FINDINGS_WIDTHS = [30, 7, 24, 9, 22, 70, 34, 14];
const WRAPPED = [0, 5, 6];
const LAYOUT_NAMES = {
  own: 'grant-budget templates',
  published: 'published OSHA templates',
  json: 'budget JSON',
} as const;

const value = (v: string | number | null, style: CellStyle = PLAIN): CellWrite => ({ kind: 'value', value: v, style });
const formula = (f: string, style: CellStyle = MONEY): CellWrite => ({ kind: 'formula', formula: f, style });
const dollars = (c: Cents) => value(centsToDollars(c), MONEY);

/** A link cell: HYPERLINK with the text quoted (Excel's limit for a text in a formula is 255 characters). */
function link(target: string, shown: string): CellWrite {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return target.length <= 255 && shown.length <= 255
    ? formula(`HYPERLINK(${q(target)},${q(shown)})`, { ...PLAIN, fontColor: '#0563C1' })
    : value(shown);
}

/** "KY is also in b.xlsx": the same State twice is flagged on every row that has it. */
function duplicateNotes(files: SummaryFile[], words: Words): string[] {
  return files.map((f, i) => {
    if (!f.figures) return f.problem ?? '';
    const others = files.filter((g, j) => j !== i && g.figures?.state === f.figures?.state).map((g) => g.file);
    return others.length ? words.t('summary.stateAlsoIn', { state: f.figures.state, files: others.join(', ') }) : '';
  });
}

function summaryRow(f: SummaryFile, row: number, note: string): CellWrite[] {
  const x = f.figures;
  if (!x)
    return [
      value(f.file),
      ...Array.from({ length: 12 }, () => value(null)),
      value('CANNOT BE READ'),
      value(note),
      link(f.link, 'open'),
    ];
  return [
    value(f.file),
    value(x.state),
    value(x.stateName),
    value(LAYOUT_NAMES[x.layout]),
    dollars(x.federal),
    dollars(x.stateMatch),
    dollars(x.state100),
    formula(`SUM(E${row}:G${row})`),
    value(Math.round(x.adminShare * 1e6) / 1e6, { ...PLAIN, numberFormat: '0.00%' }),
    dollars(x.awardLevel),
    formula(`E${row}-J${row}`),
    value(x.errors),
    value(x.warnings),
    value(x.verdict),
    value(note),
    link(f.link, 'open'),
  ];
}

function findingRows(files: SummaryFile[]): CellWrite[][] {
  const rows: CellWrite[][] = [];
  for (const f of files) {
    for (const g of f.findings) {
      const at = g.sheet && g.cell ? `${g.sheet}!${g.cell}` : '';
      const target = at ? `${f.link}#'${g.sheet?.replace(/'/g, "''")}'!${g.cell}` : '';
      rows.push([
        value(f.file, TEXT),
        value(f.figures?.state ?? ''),
        value(g.code),
        value(g.severity),
        at ? link(target, at) : value(''),
        value(g.message, TEXT),
        value(g.where, TEXT),
        g.amount === null ? value(null, MONEY) : dollars(g.amount),
      ]);
    }
  }
  return rows;
}

/** Heights that show every line of a wrapped message (Calc does not grow a row written with wrapped text). */
function findingHeights(files: SummaryFile[]): { row: number; height: number }[] {
  const texts = files.flatMap((f) => f.findings.map((g) => [f.file, g.message, g.where]));
  return texts.map((t, i) => {
    const lines = Math.max(
      1,
      ...WRAPPED.map((c, k) => Math.ceil((t[k] ?? '').length / ((FINDINGS_WIDTHS[c] ?? 10) * 1.05))),
    );
    return { row: i + 2, height: 13 * lines + 2 };
  });
}

const FOOTER = '&L&F, &A&RPage &P of &N';
/** US Letter, landscape, one page wide, the head row repeated, the margins of every sheet we write. */
const SUMMARY_PRINT: PrintSetup = {
  landscape: true,
  fitToWidth: 1,
  fitToHeight: 0,
  titleRows: '1:1',
  paper: 'letter',
  margins: PRINT_MARGINS,
};

export function planSummaryWorkbook(files: SummaryFile[], words: Words = englishWords()): WritePlan {
  const notes = duplicateNotes(files, words);
  const n = files.length;
  const last = n + 1;
  const sumOf = (col: string, style = MONEY) =>
    n ? formula(`SUBTOTAL(9,${col}2:${col}${last})`, style) : value(0, style);
  const totalRow: CellWrite[] = [
    value('Total of the rows shown', { ...HEAD, fill: '#F2F2F2' }),
    value(null),
    value(null),
    value(null),
    sumOf('E'),
    sumOf('F'),
    sumOf('G'),
    sumOf('H'),
    value(null),
    sumOf('J'),
    sumOf('K'),
    sumOf('L', PLAIN),
    sumOf('M', PLAIN),
  ];
  const findings = findingRows(files);
  return {
    ops: [
      { op: 'addSheet', sheet: SUMMARY_SHEET },
      {
        op: 'cells',
        sheet: SUMMARY_SHEET,
        address: 'A1',
        rows: [
          SUMMARY_HEADS.map((h) => value(h, HEAD)),
          ...files.map((f, i) => summaryRow(f, i + 2, notes[i] ?? '')),
          totalRow,
        ],
      },
      {
        op: 'columnWidths',
        sheet: SUMMARY_SHEET,
        widths: [34, 7, 16, 22, 14, 14, 13, 14, 9, 14, 14, 7, 10, 22, 44, 7].map((width, i) => ({
          column: String.fromCharCode(65 + i),
          width,
        })),
      },
      { op: 'rowHeights', sheet: SUMMARY_SHEET, heights: [{ row: 1, height: 30 }] },
      { op: 'freeze', sheet: SUMMARY_SHEET, rows: 1, columns: 1 },
      { op: 'print', sheet: SUMMARY_SHEET, setup: { ...SUMMARY_PRINT, footer: FOOTER } },
      { op: 'addSheet', sheet: FINDINGS_SHEET },
      {
        op: 'cells',
        sheet: FINDINGS_SHEET,
        address: 'A1',
        rows: [FINDINGS_HEADS.map((h) => value(h, HEAD)), ...findings],
      },
      {
        op: 'columnWidths',
        sheet: FINDINGS_SHEET,
        widths: FINDINGS_WIDTHS.map((width, i) => ({ column: String.fromCharCode(65 + i), width })),
      },
      { op: 'rowHeights', sheet: FINDINGS_SHEET, heights: [{ row: 1, height: 30 }, ...findingHeights(files)] },
      { op: 'freeze', sheet: FINDINGS_SHEET, rows: 1, columns: 0 },
      { op: 'print', sheet: FINDINGS_SHEET, setup: { ...SUMMARY_PRINT, footer: FOOTER } },
      { op: 'activate', sheet: SUMMARY_SHEET },
    ],
  };
}

/** The summary workbook's bytes. */
/** The summary workbook and the writer's notes (characters XML cannot hold, removed from a cell). */
export async function summaryWorkbook(
  files: SummaryFile[],
  name: string,
  words: Words = englishWords(),
): Promise<{ bytes: Buffer; notes: Msg[] }> {
  const wb = XlsxWorkbook.create(name);
  await wb.apply(planSummaryWorkbook(files, words));
  // Filters over the head row and the data (not the total row), so the Administrator can sort and filter.
  const summary = wb.workbook.getWorksheet(SUMMARY_SHEET);
  if (summary) summary.autoFilter = `A1:${String.fromCharCode(64 + SUMMARY_HEADS.length)}${files.length + 1}`;
  const findings = wb.workbook.getWorksheet(FINDINGS_SHEET);
  const count = files.reduce((s, f) => s + f.findings.length, 0);
  if (findings) findings.autoFilter = `A1:${String.fromCharCode(64 + FINDINGS_HEADS.length)}${count + 1}`;
  return { bytes: await wb.toBuffer(), notes: [...wb.notes] };
}
