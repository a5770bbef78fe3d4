/**
 * Workbooks written by openpyxl (Debian's /usr/bin/python3 with python3-openpyxl, installed by
 * scripts/setup.sh), made at test time: openpyxl never calculates, so every formula it saves has an
 * empty cached value (<v></v>), as a budget officer's file passed through a Python script has.
 */
import { execFileSync } from 'child_process';

export const PYTHON = '/usr/bin/python3';

/** Opens `input` with openpyxl and saves it as `output`, as a script that edits a workbook does. */
export function resaveWithOpenpyxl(input: string, output: string): void {
  execFileSync(
    PYTHON,
    ['-c', 'import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nwb.save(sys.argv[2])', input, output],
    { stdio: 'pipe' },
  );
}

/** Opens `input` with openpyxl, adds a comment on Appendix F!A1 and a sheet holding a table, saves as `output`. */
export function addCommentAndTableWithOpenpyxl(input: string, output: string): void {
  const script = [
    'import sys, openpyxl',
    'from openpyxl.comments import Comment',
    'from openpyxl.worksheet.table import Table',
    'wb = openpyxl.load_workbook(sys.argv[1])',
    "wb['Appendix F']['A1'].comment = Comment('checked by the State office', 'reviewer')",
    "ws = wb.create_sheet('Notes')",
    "for row in (['Item', 'Cost'], ['a', 1], ['b', 2]): ws.append(row)",
    "ws.add_table(Table(displayName='Notes', ref='A1:B3'))",
    'wb.save(sys.argv[2])',
  ].join('\n');
  execFileSync(PYTHON, ['-c', script, input, output], { stdio: 'pipe' });
}
