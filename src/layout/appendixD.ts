/**
 * Appendix D, 23(g) State Plans Projected Program Activities: both tables, with the fiscal-year labels
 * of the rule pack. Rows are found again by their labels (column A), so the reader does not depend on
 * their order; every total is a formula over a range that includes a spare row.
 */
import {
  COMPLIANCE_ASSISTANCE_KEYS,
  CONSULTATION_VISIT_KEYS,
  COMPLIANCE_ASSISTANCE_LABELS,
  CONSULTATION_VISIT_LABELS,
  INSPECTION_KEYS,
  INSPECTION_LABELS,
  YEAR_KEYS,
  type Activities,
  type ByYear,
  type NewTotal,
  type SafetyHealth,
} from '../budget';
import { footer, type LayoutContext } from './context';
import { N } from './names';
import { SheetModel } from './sheetModel';
import * as S from './styles';

/** Value columns, year by year: Safety/Health (table 1) or New/Total (table 2). */
export const D_VALUE_COLUMNS = ['B', 'C', 'D', 'E', 'F', 'G'] as const;

/** A table's two head rows: its name over two rows, then each year over its two value columns. */
function yearHeads(
  m: SheetModel,
  years: LayoutContext['pack']['yearLabels'],
  r: number,
  first: string,
  sub: [string, string],
): void {
  m.value('A', r, first, S.head);
  m.value('A', r + 1, null, S.head);
  m.merge(`A${r}:A${r + 1}`);
  YEAR_KEYS.forEach((y, i) => {
    const c1 = D_VALUE_COLUMNS[i * 2] as string;
    const c2 = D_VALUE_COLUMNS[i * 2 + 1] as string;
    m.value(c1, r, years[y], S.head);
    m.value(c2, r, null, S.head);
    m.merge(`${c1}${r}:${c2}${r}`);
    m.value(c1, r + 1, sub[0], S.head);
    m.value(c2, r + 1, sub[1], S.head);
  });
}

/** A row of counts: its label, then the six input cells (greyed where the State has no such program). */
function countRow(m: SheetModel, r: number, label: string, values: (number | null)[], greyed: boolean): void {
  m.value('A', r, label, S.label);
  D_VALUE_COLUMNS.forEach((c, i) => m.value(c, r, values[i] ?? null, greyed ? S.greyedInputCount : S.inputCount));
}

const sh = (row: ByYear<SafetyHealth> | undefined) =>
  YEAR_KEYS.flatMap((y) => [row?.[y]?.safety ?? null, row?.[y]?.health ?? null]);
const nt = (row: ByYear<NewTotal> | undefined) =>
  YEAR_KEYS.flatMap((y) => [row?.[y]?.new ?? null, row?.[y]?.total ?? null]);

/** Table 1, inspections then consultation visits, each with a spare row and its total; returns the row after it. */
function complianceTable(m: SheetModel, ctx: LayoutContext, acts: Activities | undefined): number {
  const pscGrey = !ctx.allowsPsc;
  m.value('A', 4, '23(g) Compliance and On-Site Consultation', S.subtitle);
  yearHeads(m, ctx.pack.yearLabels, 5, '23(g) Compliance & On-site Consultation', ['Safety', 'Health']);
  let r = 7;
  for (const k of INSPECTION_KEYS) countRow(m, r++, INSPECTION_LABELS[k], sh(acts?.inspections[k]), false);
  const inspSpare = r++;
  m.fillRow(inspSpare, 'A', 'G', S.spare);
  const totalInspections = r++;
  m.value('A', totalInspections, 'Total Inspections', S.boldLabel);
  for (const c of D_VALUE_COLUMNS) m.formula(c, totalInspections, `SUM(${c}6:${c}${inspSpare})`, S.totalCount);
  const visitsFirst = r;
  for (const k of CONSULTATION_VISIT_KEYS) {
    countRow(m, r++, CONSULTATION_VISIT_LABELS[k], sh(acts?.consultationVisits[k]), k === 'privateSector' && pscGrey);
  }
  const visitsSpare = r++;
  m.fillRow(visitsSpare, 'A', 'G', S.spare);
  const totalVisits = r++;
  m.value('A', totalVisits, 'Total Consultation Visits', S.boldLabel);
  for (const c of D_VALUE_COLUMNS)
    m.formula(c, totalVisits, `SUM(${c}${visitsFirst}:${c}${visitsSpare})`, S.totalCount);
  m.validate(`B7:G${visitsSpare - 1}`, S.countRule);
  m.name(N.dCompliance, `A5:G${totalVisits}`, 'Appendix D: compliance and on-site consultation (rows by label)');
  m.name(N.dTotalInspections, `B${totalInspections}:G${totalInspections}`, 'Appendix D: total inspections');
  m.name(N.dTotalVisits, `B${totalVisits}:G${totalVisits}`, 'Appendix D: total consultation visits');
  if (pscGrey) {
    m.value('H', visitsFirst + 1, `KY, PR and WA only: leave blank for ${ctx.state.name}.`, S.note);
  }
  return r;
}

/** Table 2, compliance assistance, from row `r` (after a blank row); returns its last row. */
function assistanceTable(m: SheetModel, ctx: LayoutContext, acts: Activities | undefined, start: number): number {
  let r = start + 1;
  m.value('A', r, '23(g) Compliance Assistance', S.subtitle);
  r++;
  const caHead = r;
  yearHeads(m, ctx.pack.yearLabels, r, '23(g) Compliance Assistance', ['New', 'Total']);
  r += 2;
  const caFirst = r;
  for (const k of COMPLIANCE_ASSISTANCE_KEYS) {
    countRow(
      m,
      r++,
      COMPLIANCE_ASSISTANCE_LABELS[k],
      nt(acts?.complianceAssistance[k]),
      k === 'privateSectorSharp' && !ctx.allowsPsc,
    );
  }
  const caLast = r - 1;
  m.validate(`B${caFirst}:G${caLast}`, S.countRule);
  m.name(N.dAssistance, `A${caHead}:G${caLast}`, 'Appendix D: compliance assistance (rows by label)');
  return caLast;
}

/** The instructions' two notes under the tables, each merged across them; returns the last row. */
function notes(m: SheetModel, after: number): number {
  let r = after + 2;
  m.value(
    'A',
    r,
    'New participants are those that become active during the fiscal year. The total number of participants is the number that is active at the end of the fiscal year, and includes all new sites from that year.',
    S.note,
  );
  m.merge(`A${r}:G${r}`);
  r++;
  m.value('A', r, 'Note: Fiscal year based on Federal fiscal year.', S.note);
  m.merge(`A${r}:G${r}`);
  return r;
}

export function buildAppendixD(ctx: LayoutContext): SheetModel {
  const m = new SheetModel(ctx.sheets.appendixD);
  const acts = ctx.budget?.activities;
  m.value('A', 1, '23(g) State Plans Projected Program Activities (Appendix D)', S.title);
  m.merge('A1:G1');
  m.value('A', 2, `State: ${ctx.state.name}`, S.subtitle);
  const last = notes(m, assistanceTable(m, ctx, acts, complianceTable(m, ctx, acts)));
  m.widths = [
    { column: 'A', width: 62 },
    ...D_VALUE_COLUMNS.map((column) => ({ column, width: 13 })),
    { column: 'H', width: 30 },
  ];
  m.print = {
    landscape: true,
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: '1:2',
    footer: footer(ctx, 'Appendix D'),
    area: `A1:G${last}`,
  };
  m.freeze = { rows: 0, columns: 1 };
  m.tabColor = '#ED7D31';
  return m;
}
