/**
 * The SF-424A as the Grants.gov form shows it: one table per section, rows by line number, columns by
 * the form's column letters, built from the field list (sf424aFields). The task pane shows these tables
 * and the CLI prints them (src/cli/sf424aTable.ts), so both lay the form out alike. Copies are tab-separated plain decimals ("1234.50"), which paste into the
 * form's fields, a spreadsheet or an email alike.
 */
import { msg, type Msg } from '../messages/words';
import { centsToDecimalText, formatDollars } from './money';
import { OBJECT_CLASSES, type Sf424a } from './sf424a';
import { sf424aFields, type FormField } from './sf424aOutput';

export type SectionKey = FormField['section'];

export interface TableCell {
  /** What the pane shows: "$1,234.50", the activity text, or "" for a blank field. */
  display: string;
  /** What a copy gives: "1234.50", the text, or "" for a blank field. */
  copy: string;
  /** The field's full name, for screen readers and the copy button's label. */
  label: string;
  isAmount: boolean;
}

export interface SectionRow {
  line: string;
  label: string;
  cells: (TableCell | null)[];
  /**
   * The row's label as the form's own columns, where the form has several (Section A: (a) the activity, (b) the
   * CFDA number, (c) and (d) blank): a copy gives each to its own Grants.gov field.
   */
  labelCells?: string[];
}

export interface SectionTable {
  section: SectionKey;
  title: string;
  /** The heading of the rows' label column, as the form heads it. */
  rowHead: string;
  columns: { key: string; label: string }[];
  rows: SectionRow[];
  /** The heads of `labelCells`, where the rows have them. */
  labelColumns?: string[];
}

export const SECTION_TITLES: Record<SectionKey, string> = {
  A: 'Section A - Budget Summary',
  B: 'Section B - Budget Categories',
  C: 'Section C - Non-Federal Resources',
  D: 'Section D - Forecasted Cash Needs',
  E: 'Section E - Federal Funds Needed for Balance of the Project',
  F: 'Section F - Other Budget Information',
};

const ROW_HEADS: Record<SectionKey, string> = {
  A: '(a) Grant Program Function or Activity',
  B: 'Object Class Categories',
  C: '(a) Grant Program',
  D: '',
  E: '(a) Grant Program',
  F: 'Item',
};

/** What a door says under a section (a message of the catalogs): why columns are left out, or blank. */
export const SECTION_NOTES: Partial<Record<SectionKey, Msg>> = {
  A: msg('sf424a.note.A'),
  E: msg('sf424a.note.E'),
};

export const A_COLUMNS: Record<string, string> = {
  a: '(a) Activity',
  b: '(b) CFDA',
  c: '(c) Unobligated Federal',
  d: '(d) Unobligated Non-Federal',
  e: '(e) New Federal',
  f: '(f) New Non-Federal',
  g: '(g) Total',
};
export const C_COLUMNS: Record<string, string> = {
  a: '(a) Program',
  b: '(b) Applicant',
  c: '(c) State',
  d: '(d) Other Sources',
  e: '(e) Totals',
};
export const D_COLUMNS: Record<string, string> = {
  Total: 'Total for 1st Year',
  q1: '1st Quarter',
  q2: '2nd Quarter',
  q3: '3rd Quarter',
  q4: '4th Quarter',
};
export const D_ROWS: Record<string, string> = { '13': 'Federal', '14': 'Non-Federal', '15': 'TOTAL' };

/** "100,000.00": as the form prints figures, without the dollar sign (it also keeps a 320-pixel pane wide enough). */
export function formAmount(cents: number): string {
  return formatDollars(cents).replace('$', '');
}

function cellOf(f: FormField): TableCell {
  if (f.amount !== null)
    return { display: formAmount(f.amount), copy: centsToDecimalText(f.amount), label: f.label, isAmount: true };
  const text = f.text ?? '';
  return { display: text, copy: text, label: f.label, isAmount: false };
}

function rowLabel(section: SectionKey, line: string, fields: FormField[]): string {
  switch (section) {
    case 'A': {
      if (line === '5') return 'Totals';
      const activity = fields.find((f) => f.column === 'a')?.text ?? '';
      const cfda = fields.find((f) => f.column === 'b')?.text;
      return cfda ? `${activity} (CFDA ${cfda})` : activity;
    }
    case 'B':
      return OBJECT_CLASSES.find((o) => o.line === line)?.label ?? line;
    case 'C':
      return line === '12' ? 'TOTAL' : (fields.find((f) => f.column === 'a')?.text ?? '');
    case 'D':
      return D_ROWS[line] ?? line;
    case 'E':
      return 'TOTAL';
    case 'F':
      return fields[0]?.label ?? line;
  }
}

function columnLabel(section: SectionKey, key: string, form: Sf424a): string {
  switch (section) {
    case 'A':
      return A_COLUMNS[key] ?? key;
    case 'B': {
      const n = Number(key.replace(/\D/g, ''));
      return n === 5 ? '(5) Total' : `${key} ${form.sectionA.lines[n - 1]?.activity ?? ''}`.trim();
    }
    case 'C':
      return C_COLUMNS[key] ?? key;
    case 'D':
      return D_COLUMNS[key] ?? key;
    case 'E':
      return '(b)-(e) Future Funding Periods';
    case 'F':
      return 'Text';
  }
}

export function sectionTables(form: Sf424a): SectionTable[] {
  const fields = sf424aFields(form);
  const out: SectionTable[] = [];
  for (const section of ['A', 'B', 'C', 'D', 'E', 'F'] as const) {
    const own = fields.filter((f) => f.section === section);
    const columnKeys: string[] = [];
    const lines: string[] = [];
    for (const f of own) {
      const col = section === 'F' ? '' : f.column;
      if (!columnKeys.includes(col)) columnKeys.push(col);
      if (!lines.includes(f.line)) lines.push(f.line);
    }
    // Section A and C: the activity/program name (and in A its CFDA number) is the row's label, not a
    // column of figures. Section A's (c) and (d), estimated unobligated funds, are blank on a new
    // application: left out so the figures that matter fit a 320-pixel pane (SECTION_NOTES says so).
    const hidden = section === 'A' ? ['a', 'b', 'c', 'd'] : section === 'C' ? ['a'] : [];
    const shownColumns = columnKeys.filter((k) => !hidden.includes(k));
    out.push({
      section,
      title: SECTION_TITLES[section],
      rowHead: ROW_HEADS[section],
      columns: shownColumns.map((key) => ({ key, label: columnLabel(section, key, form) })),
      ...(section === 'A' ? { labelColumns: hidden.map((k) => A_COLUMNS[k] ?? k) } : {}),
      rows: lines.map((line) => {
        const lineFields = own.filter((f) => f.line === line);
        return {
          line,
          label: rowLabel(section, line, lineFields),
          // Section A: the activity in (a), the CFDA number in (b), as Grants.gov's fields take them.
          ...(section === 'A'
            ? {
                labelCells: hidden.map((k) =>
                  k === 'a' && line === '5' ? 'Totals' : (lineFields.find((f) => f.column === k)?.text ?? ''),
                ),
              }
            : {}),
          cells: shownColumns.map((key) => {
            const f = lineFields.find((x) => (section === 'F' ? true : x.column === key));
            return f ? cellOf(f) : null;
          }),
        };
      }),
    });
  }
  return out;
}

/** A section as tab-separated text: a head row, then one row per line (line, label, figures). */
export function sectionTsv(table: SectionTable): string {
  const labelHeads = table.labelColumns ?? [table.rowHead];
  const head = ['Line', ...labelHeads, ...table.columns.map((c) => c.label)];
  const rows = table.rows.map((r) => [r.line, ...(r.labelCells ?? [r.label]), ...r.cells.map((c) => c?.copy ?? '')]);
  return [head, ...rows].map((r) => r.map((x) => x.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\r\n') + '\r\n';
}
