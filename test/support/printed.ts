/**
 * Prints workbooks as a person would from LibreOffice Calc, in ONE run of soffice for all of them (after
 * the start that fills a new profile): a Basic macro opens each file, recalculates, writes what every cell of each sheet's print area shows
 * (Calc's own formatted text of the cell: "$84,000.00", a blank for a hidden zero) and prints the file
 * to PDF. The test then reads the PDF's text per page (pdftotext -layout) against those cells.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { a1 } from '../../src/port/workbookPort';
import { macroProfile, SOFFICE } from './libreoffice';

const BASIC_MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub PrintAll(listFile As String)
  Dim f As Integer
  f = FreeFile
  Open listFile For Input As #f
  Do While Not EOF(f)
    Line Input #f, ln
    parts = Split(ln, Chr(9))
    If UBound(parts) = 2 Then PrintOne(parts(0), parts(1), parts(2))
  Loop
  Close #f
End Sub

Sub PrintOne(inFile As String, pdfFile As String, cellsFile As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inFile), &quot;_blank&quot;, 0, args())
  doc.calculateAll()
  Dim o As Integer
  o = FreeFile
  Open cellsFile For Output As #o
  For i = 0 To doc.Sheets.Count - 1
    sh = doc.Sheets.getByIndex(i)
    areas = sh.getPrintAreas()
    For a = LBound(areas) To UBound(areas)
      ar = areas(a)
      For r = ar.StartRow To ar.EndRow
        For c = ar.StartColumn To ar.EndColumn
          s = sh.getCellByPosition(c, r).getString()
          If Len(s) &gt; 0 Then Print #o, sh.Name &amp; Chr(9) &amp; r &amp; Chr(9) &amp; c &amp; Chr(9) &amp; Join(Split(s, Chr(10)), &quot; &quot;)
        Next c
      Next r
    Next a
  Next i
  Close #o
  Dim sargs(0) As New com.sun.star.beans.PropertyValue
  sargs(0).Name = &quot;FilterName&quot;
  sargs(0).Value = &quot;calc_pdf_Export&quot;
  doc.storeToURL(ConvertToURL(pdfFile), sargs())
  doc.close(True)
End Sub
</script:module>
`;

/** What one cell of a print area shows: its sheet, A1 address and text (line breaks as spaces). */
export interface ShownCell {
  sheet: string;
  address: string;
  row: number;
  column: number;
  text: string;
}

export interface PrintedWorkbook {
  pdf: string;
  cells: ShownCell[];
  /** The text of each page of the PDF, as pdftotext -layout lays it out. */
  pages: string[];
}

function readCells(file: string): ShownCell[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => {
      const [sheet, r, c, ...text] = l.split('\t');
      const row = Number(r);
      const column = Number(c);
      return {
        sheet: sheet as string,
        row: row + 1,
        column,
        address: a1(row, column),
        text: text.join('\t').replace(/\r$/, ''),
      };
    });
}

/** Prints every file to PDF (in outDir, same base name) with one start of LibreOffice. */
export function printWithLibreOffice(files: string[], outDir: string): PrintedWorkbook[] {
  fs.mkdirSync(outDir, { recursive: true });
  const jobs = files.map((f) => {
    const base = path.join(path.resolve(outDir), path.basename(f).replace(/\.[^.]+$/, ''));
    return { input: path.resolve(f), pdf: `${base}.pdf`, cells: `${base}.cells.tsv` };
  });
  for (const j of jobs) fs.rmSync(j.pdf, { force: true });
  const list = path.join(path.resolve(outDir), 'print-jobs.tsv');
  fs.writeFileSync(list, jobs.map((j) => `${j.input}\t${j.pdf}\t${j.cells}`).join('\n') + '\n');
  const profile = macroProfile(BASIC_MODULE);
  const macro = `macro:///Standard.Module1.PrintAll("${list}")`;
  const r = spawnSync(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--invisible', macro],
    {
      encoding: 'utf8',
      timeout: 300000,
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    },
  );
  const missing = jobs.filter((j) => !fs.existsSync(j.pdf) || !fs.existsSync(j.cells));
  if (missing.length)
    throw new Error(
      `LibreOffice did not print ${missing.map((j) => j.input).join(', ')} (status ${r.status})\n${r.stdout}\n${r.stderr}`,
    );

  return jobs.map((j) => ({ pdf: j.pdf, cells: readCells(j.cells), pages: pdfPages(j.pdf) }));
}

/** The text of each page of a PDF (pdftotext -layout; pages end with a form feed). */
export function pdfPages(pdf: string): string[] {
  const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${r.stderr}`);
  const pages = r.stdout.split('\f');
  if (pages.length && (pages[pages.length - 1] as string).trim() === '') pages.pop();
  return pages;
}
