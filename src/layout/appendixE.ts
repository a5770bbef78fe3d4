/**
 * Appendix E, 23(g) Personnel Funding Breakout Chart, with the on-board date of the rule pack.
 * Total = 50/50 + 100% State per row; the Total 23(g) FTE row sums every column over a range that
 * includes a spare row. Rows are found again by their labels.
 */
import { STAFFING_FIELDS, STAFFING_KEYS, STAFFING_ROW_LABELS } from '../budget';
import { footer, type LayoutContext } from './context';
import { N } from './names';
import { SheetModel } from './sheetModel';
import * as S from './styles';
import { columnLetter } from '../port/workbookPort';

// The row labels are the domain's (the checks name rows the same way); re-exported for the reader.
export { STAFFING_ROW_LABELS };

/** Column of each Appendix E field. */
export const E_FIELD_COLUMNS = { allocated5050: 'B', allocated100: 'C', onBoard5050: 'E', onBoard100: 'F' } as const;

export function buildAppendixE(ctx: LayoutContext): SheetModel {
  const m = new SheetModel(ctx.sheets.appendixE);
  const staffing = ctx.budget?.staffing ?? {};
  const on = ctx.pack.onBoardDate;
  m.value('A', 1, '23(g) Personnel Funding Breakout Chart (Appendix E)', S.title);
  m.merge('A1:F1');
  m.value('A', 2, `State: ${ctx.state.name}`, S.subtitle);
  const head = 3;
  [
    '23(g) Grant Positions',
    'Allocated FTE Funded 50/50',
    'Allocated FTE 100% State Funded',
    'Total',
    `50/50 Funded FTE On Board as of ${on}`,
    `100% State Funded FTE On Board as of ${on}`,
  ].forEach((h, i) => m.value(columnLetter(i), head, h, S.head));
  let r = head + 1;
  for (const key of STAFFING_KEYS) {
    const row = staffing[key];
    const greyed =
      !ctx.allowsPsc && (key === 'privateSectorSafetyConsultants' || key === 'privateSectorHealthConsultants');
    m.value('A', r, STAFFING_ROW_LABELS[key], S.label);
    for (const field of STAFFING_FIELDS) {
      const v = row?.[field];
      m.value(
        E_FIELD_COLUMNS[field],
        r,
        v === null || v === undefined ? null : v / 10000,
        greyed ? S.greyedInputFte : S.inputFte,
      );
    }
    m.formula('D', r, `N(B${r})+N(C${r})`, S.lineFte);
    r++;
  }
  const last = r - 1;
  const spareRow = r++;
  m.fillRow(spareRow, 'A', 'F', S.spare);
  const total = r;
  m.value('A', total, 'Total 23(g) FTE', S.boldLabel);
  for (const c of ['B', 'C', 'E', 'F']) m.formula(c, total, `SUM(${c}${head}:${c}${spareRow})`, S.totalFte);
  // 50/50 + 100% State, not the rows' own Totals: a row inserted with Excel's command has none.
  m.formula('D', total, `B${total}+C${total}`, S.totalFte);
  m.validate(`B${head + 1}:C${last}`, S.fteRule);
  m.validate(`E${head + 1}:F${last}`, S.fteRule);
  m.name(N.eStaffing, `A${head}:F${spareRow}`, 'Appendix E: positions (rows by label) and the spare row');
  m.name(N.eTotal, `B${total}:F${total}`, 'Appendix E: Total 23(g) FTE');
  r = total + 2;
  m.value('A', r++, 'Notes:', S.boldLabel);
  for (const text of [
    'FTEs should be expressed in percentage of time allocated to 23(g) grant/agreement.',
    'Managers/Supervisors are now separated from First Line Supervisors. Managers/Supervisors would be Administrative where First Line Supervisors would be Program.',
    'For compliance officers, include all allocated or onboard positions or portions thereof, as appropriate, devoted to field enforcement activities (on-site, case documentation, informal conferences, and other CSHO-related activities).',
    'All information on this chart must correspond to the Organizational Chart and Object Class/Supportive Cost Breakout chart, and must not include personnel outside the 23(g) program.',
  ]) {
    m.value('A', r, `• ${text}`, S.note);
    m.merge(`A${r}:F${r}`);
    r++;
  }
  m.widths = [{ column: 'A', width: 46 }, ...['B', 'C', 'D', 'E', 'F'].map((column) => ({ column, width: 17 }))];
  m.print = {
    landscape: true,
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: '1:3',
    footer: footer(ctx, 'Appendix E'),
    area: `A1:F${r - 1}`,
  };
  m.freeze = { rows: head, columns: 1 };
  m.tabColor = '#FFC000';
  return m;
}
