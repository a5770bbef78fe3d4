/**
 * The SF-424A as the Grants.gov form lays it out, for a terminal: sections, line numbers, column letters.
 */
import { OBJECT_CLASSES, formatDollars, type Cents, type Sf424a } from '../budget';
import { renderTable } from './textTable';

const money = (c: Cents | null) => (c === null ? '' : formatDollars(c));

export function sf424aTable(form: Sf424a, heading: string): string {
  const parts: string[] = [heading, ''];

  parts.push('SECTION A - BUDGET SUMMARY');
  const aRows = form.sectionA.lines.map((l, i) => [`${i + 1}.`, l.activity, l.cfda, '', '', money(l.federal), money(l.nonFederal), money(l.total)]);
  aRows.push(['5.', 'Totals', '', '', '', money(form.sectionA.totals.federal), money(form.sectionA.totals.nonFederal), money(form.sectionA.totals.total)]);
  parts.push(
    renderTable(
      [
        { header: 'Line' },
        { header: '(a) Grant Program Function or Activity' },
        { header: '(b) CFDA' },
        { header: '(c) Unobligated Federal', align: 'right' },
        { header: '(d) Unobligated Non-Federal', align: 'right' },
        { header: '(e) Federal', align: 'right' },
        { header: '(f) Non-Federal', align: 'right' },
        { header: '(g) Total', align: 'right' },
      ],
      aRows,
    ),
    '',
  );

  parts.push('SECTION B - BUDGET CATEGORIES');
  const cats = form.categories;
  const bRows = OBJECT_CLASSES.map((oc) => [
    `${oc.line}.`,
    oc.label,
    ...cats.map((k) => money(form.sectionB.categories[k]?.[oc.key] ?? 0)),
    money(form.sectionB.totals[oc.key]),
  ]);
  parts.push(
    renderTable(
      [
        { header: 'Line' },
        { header: 'Object Class Categories' },
        ...cats.map((_, i) => ({ header: `(${i + 1}) ${form.sectionA.lines[i]?.activity ?? ''}`, align: 'right' as const })),
        { header: '(5) Total', align: 'right' },
      ],
      bRows,
    ),
    '',
  );

  parts.push('SECTION C - NON-FEDERAL RESOURCES');
  const cRows = form.sectionC.lines.map((l, i) => [`${8 + i}.`, l.program, money(l.applicant), '', '', money(l.total)]);
  cRows.push(['12.', 'TOTAL (sum of lines 8-11)', money(form.sectionC.totals.applicant), '', '', money(form.sectionC.totals.total)]);
  parts.push(
    renderTable(
      [
        { header: 'Line' },
        { header: '(a) Grant Program' },
        { header: '(b) Applicant', align: 'right' },
        { header: '(c) State', align: 'right' },
        { header: '(d) Other Sources', align: 'right' },
        { header: '(e) TOTALS', align: 'right' },
      ],
      cRows,
    ),
    '',
  );

  parts.push('SECTION D - FORECASTED CASH NEEDS');
  const d = form.sectionD;
  const dRow = (line: string, label: string, q: typeof d.federal) => [line, label, money(q.year), money(q.q1), money(q.q2), money(q.q3), money(q.q4)];
  parts.push(
    renderTable(
      [
        { header: 'Line' },
        { header: '' },
        { header: 'Total for 1st Year', align: 'right' },
        { header: '1st Quarter', align: 'right' },
        { header: '2nd Quarter', align: 'right' },
        { header: '3rd Quarter', align: 'right' },
        { header: '4th Quarter', align: 'right' },
      ],
      [dRow('13.', 'Federal', d.federal), dRow('14.', 'Non-Federal', d.nonFederal), dRow('15.', 'TOTAL (sum of lines 13 and 14)', d.total)],
    ),
    '',
  );

  parts.push('SECTION E - BUDGET ESTIMATES OF FEDERAL FUNDS NEEDED FOR BALANCE OF THE PROJECT');
  parts.push('  (blank: a one-year grant)', '');

  parts.push('SECTION F - OTHER BUDGET INFORMATION');
  parts.push(`21. Direct Charges:   ${form.sectionF.directCharges}`.trimEnd());
  parts.push(`22. Indirect Charges: ${form.sectionF.indirectCharges}`.trimEnd());
  parts.push(`23. Remarks:          ${form.sectionF.remarks}`.trimEnd());
  return parts.join('\n') + '\n';
}
