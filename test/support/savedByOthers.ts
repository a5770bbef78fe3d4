/**
 * Workbooks as other programs save them, made at test time: openpyxl (Debian's /usr/bin/python3) adds
 * what a State's staff add to a budget workbook (a chart, a comment, a table, a sheet password, print
 * settings with page numbers, a data validation) and damages totals as users do; the zip is then given
 * a custom document property and the damaged sheet's part a non-standard name (`xl/worksheets/notes.xml`,
 * its rels and content type fixed), as other tools store them.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';

export const PYTHON = '/usr/bin/python3';

export function hasOpenpyxl(): boolean {
  return spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
}

const SCRIPT = `
import json, sys
from openpyxl import load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

a = json.loads(sys.argv[1])
wb = load_workbook(a["in"])
for sheet, cell, value in a["damage"]:
    wb[sheet][cell].value = value
ws = wb[a["sheet"]]
ws[a["commentCell"]].comment = Comment("Checked by the regional office", "Reviewer")
ws.protection.sheet = True
ws.protection.password = "secret"
ws.print_area = a["printArea"]
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddFooter.center.text = "Page &P of &N"
ws.oddHeader.left.text = "&A"
dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", showErrorMessage=True)
dv.add(a["validationRange"])
ws.add_data_validation(dv)
notes = wb.create_sheet("Notes")
for row in [["Item", "Amount"], ["Rent", 100], ["Phone", 50], ["Travel", 75]]:
    notes.append(row)
table = Table(displayName="NotesTable", ref="A1:B4")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
notes.add_table(table)
chart = BarChart()
chart.title = "Notes"
chart.add_data(Reference(notes, min_col=2, min_row=1, max_row=4), titles_from_data=True)
chart.set_categories(Reference(notes, min_col=1, min_row=2, max_row=4))
notes.add_chart(chart, "D2")
wb.save(a["out"])
`;

export interface OpenpyxlEdit {
  /** The sheet that gets the comment, password, print settings, validation, and the part name notes.xml. */
  sheet: string;
  damage: [sheet: string, cell: string, value: string | null][];
  commentCell: string;
  printArea: string;
  validationRange: string;
}

/** `input` re-saved by openpyxl with the edits, then its zip given custom.xml and the renamed part. */
export async function saveWithOpenpyxl(input: string, out: string, edit: OpenpyxlEdit): Promise<void> {
  const raw = `${out}.openpyxl.xlsx`;
  const r = spawnSync(PYTHON, ['-c', SCRIPT, JSON.stringify({ ...edit, in: input, out: raw })], {
    encoding: 'utf8',
    timeout: 120000,
  });
  if (r.status !== 0) throw new Error(`openpyxl failed: ${r.stderr}`);
  fs.writeFileSync(out, await renameSheetPart(fs.readFileSync(raw), edit.sheet, 'notes.xml'));
  fs.rmSync(raw);
}

async function renameSheetPart(bytes: Buffer, sheet: string, newName: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (p: string) => zip.file(p)!.async('string');
  const workbook = await text('xl/workbook.xml');
  const esc = sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rid = new RegExp(`<sheet [^>]*name="${esc}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  let rels = await text('xl/_rels/workbook.xml.rels');
  const target = new RegExp(
    `<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`,
  ).exec(rels);
  const oldTarget = (target?.[1] ?? target?.[2]) as string;
  const oldPart = oldTarget.startsWith('/') ? oldTarget.slice(1) : `xl/${oldTarget}`;
  const newPart = `xl/worksheets/${newName}`;
  rels = rels.replace(
    `Target="${oldTarget}"`,
    `Target="${oldTarget.startsWith('/') ? `/${newPart}` : `worksheets/${newName}`}"`,
  );
  zip.file('xl/_rels/workbook.xml.rels', rels);
  zip.file(newPart, await zip.file(oldPart)!.async('nodebuffer'));
  zip.remove(oldPart);
  const oldRels = `xl/worksheets/_rels/${path.basename(oldPart)}.rels`;
  if (zip.file(oldRels)) {
    zip.file(`xl/worksheets/_rels/${newName}.rels`, await zip.file(oldRels)!.async('nodebuffer'));
    zip.remove(oldRels);
  }
  const custom = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Grant number"><vt:lpwstr>OSHA-23G-KY-2026</vt:lpwstr></property></Properties>`;
  zip.file('docProps/custom.xml', custom);
  const types = (await text('[Content_Types].xml'))
    .replace(`PartName="/${oldPart}"`, `PartName="/${newPart}"`)
    .replace(
      '</Types>',
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    );
  zip.file('[Content_Types].xml', types);
  const root = (await text('_rels/.rels')).replace(
    '</Relationships>',
    '<Relationship Id="rIdCustom1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
  );
  zip.file('_rels/.rels', root);
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
