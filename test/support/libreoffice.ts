/**
 * Recalculates .xlsx files with LibreOffice headless and reads back what it computed, so a test can
 * check the live formulas of a written workbook. The profile sets OOXMLRecalcMode = 0 ("always"):
 * without it LibreOffice would keep the (absent) cached results of exceljs instead of calculating.
 * Many files go through one soffice call: starting LibreOffice costs more than converting a file.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';

export const SOFFICE = process.env.SOFFICE ?? 'soffice';

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** True when soffice can be started here. */
export function hasLibreOffice(): boolean {
  const r = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8', timeout: 60000 });
  return r.status === 0;
}

/**
 * The profiles of this process, made once and reused by every launch of soffice (a launch with a new
 * profile first fills it, which costs a start of its own): one that recalculates on load, and one per
 * Basic module for the macros. Launches within a process run one after another (spawnSync), and each jest
 * worker is a process of its own, so no two soffice ever share a profile. Removed when the process ends.
 */
const profiles = new Map<string, string>();
/**
 * Where they are made: in a jest worker, a folder named after the jest process, which the integration
 * project's globalTeardown removes (jest ends its workers without their exit handlers); elsewhere (the
 * bench, a test run in band) one of this process, removed when it exits.
 */
export const profileRoot = (jestPid: number = process.env.JEST_WORKER_ID ? process.ppid : process.pid): string =>
  path.join(os.tmpdir(), `gb-lo-profiles-${jestPid}`);
process.on('exit', () => fs.rmSync(profileRoot(process.pid), { recursive: true, force: true }));

function reused(key: string, make: () => string): string {
  let dir = profiles.get(key);
  if (!dir || !fs.existsSync(dir)) {
    dir = make();
    profiles.set(key, dir);
  }
  return dir;
}

/** A fresh LibreOffice profile that always recalculates on load. */
export function makeProfile(): string {
  fs.mkdirSync(profileRoot(), { recursive: true });
  const dir = fs.mkdtempSync(path.join(profileRoot(), 'profile-'));
  fs.mkdirSync(path.join(dir, 'user'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'user', 'registrymodifications.xcu'), REGISTRY);
  return dir;
}

/**
 * Converts `files` with LibreOffice into `outDir` (`format`: "xlsx" recalculates, "pdf" prints) and
 * returns the output paths in the same order. Throws with soffice's output when a file is missing.
 */
export function convertWithLibreOffice(files: string[], outDir: string, format: 'xlsx' | 'pdf' = 'xlsx'): string[] {
  if (files.length === 0) return [];
  fs.mkdirSync(outDir, { recursive: true });
  const profile = reused('recalculate', makeProfile);
  const target = format === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'pdf';
  const r = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      target,
      '--outdir',
      outDir,
      ...files,
    ],
    {
      encoding: 'utf8',
      timeout: 600000,
    },
  );
  const outputs = files.map((f) => path.join(outDir, path.basename(f).replace(/\.[^.]+$/, `.${format}`)));
  const missing = outputs.filter((o) => !fs.existsSync(o));
  if (r.status !== 0 || missing.length) {
    throw new Error(`soffice failed (status ${r.status}): missing ${missing.join(', ')}\n${r.stdout}\n${r.stderr}`);
  }
  return outputs;
}

/** Recalculates the files (into outDir) and returns the recalculated copies' paths. */
export function recalculate(files: string[], outDir: string): string[] {
  for (const f of files) {
    if (path.resolve(path.dirname(f)) === path.resolve(outDir))
      throw new Error(`recalculate would overwrite ${f}: choose another outDir`);
  }
  return convertWithLibreOffice(files, outDir, 'xlsx');
}

export type RecalcValue = number | string | boolean | null | { error: string };

/** The calculated values of a recalculated workbook: sheet → A1 address → value. */
export async function readValues(file: string): Promise<Map<string, Map<string, RecalcValue>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, Map<string, RecalcValue>>();
  wb.eachSheet((ws) => {
    const cells = new Map<string, RecalcValue>();
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(cell.address, plain(cell.value));
      });
    });
    out.set(ws.name, cells);
  });
  return out;
}

function plain(v: ExcelJS.CellValue): RecalcValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('error' in v) return { error: String((v as { error: unknown }).error) };
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && result !== null && 'error' in result)
        return { error: String((result as { error: unknown }).error) };
      return result as RecalcValue;
    }
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

/** Every cell holding an error value: "Sheet!A1 #REF!". */
export function errorCells(values: Map<string, Map<string, RecalcValue>>): string[] {
  const out: string[] = [];
  for (const [sheet, cells] of values) {
    for (const [addr, v] of cells)
      if (v && typeof v === 'object' && 'error' in v) out.push(`${sheet}!${addr} ${v.error}`);
  }
  return out;
}

/** A number cell in cents (rounded: LibreOffice results are binary floats). */
export function centsAt(values: Map<string, Map<string, RecalcValue>>, sheet: string, address: string): number | null {
  const v = values.get(sheet)?.get(address);
  if (v === null || v === undefined) return 0;
  if (typeof v !== 'number') return null;
  return Math.round(v * 100);
}

const BASIC_MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub EditWorkbook(inFile As String, outFile As String, sheetName As String, insertAt As String, cells As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inFile), &quot;_blank&quot;, 0, args())
  sh = doc.Sheets.getByName(sheetName)
  sh.unprotect(&quot;&quot;)
  If CLng(insertAt) &gt; 0 Then sh.Rows.insertByIndex(CLng(insertAt) - 1, 1)
  If CLng(insertAt) &lt; 0 Then sh.Rows.removeByIndex(-CLng(insertAt) - 1, 1)
  parts = Split(cells, &quot;;&quot;)
  For i = LBound(parts) To UBound(parts)
    If Len(parts(i)) &gt; 0 Then
      kv = Split(parts(i), &quot;=&quot;)
      c = sh.getCellRangeByName(kv(0))
      If Left(kv(1), 1) = &quot;#&quot; Then
        c.Value = CDbl(Mid(kv(1), 2))
      Else
        c.String = kv(1)
      End If
    End If
  Next i
  doc.calculateAll()
  Dim sargs(0) As New com.sun.star.beans.PropertyValue
  sargs(0).Name = &quot;FilterName&quot;
  sargs(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  doc.storeToURL(ConvertToURL(outFile), sargs())
  doc.close(True)
End Sub
</script:module>
`;

const XLB = (name: string, element: string | null) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="${name}" library:readonly="false" library:passwordprotected="false">
${element ? ` <library:element library:name="${element}"/>\n` : ''}</library:library>
`;
const XLC = (kind: 'script' | 'dialog') => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" xlink:href="$(USER)/basic/Standard/${kind}.xlb/" xlink:type="simple" library:link="false"/>
</library:libraries>
`;

/**
 * Edits a workbook as a person would in LibreOffice Calc: inserts a row at `insertAt` (1-based; a
 * negative number deletes that row instead; 0 for neither) on `sheet`, types values (numbers or text), recalculates and saves as .xlsx. Formulas and
 * defined names move and grow exactly as the spreadsheet program moves them.
 */
/**
 * A recalculating profile whose Standard Basic library holds `module` (a Module1.xba), made once per
 * process. LibreOffice runs a macro given on the command line only from a profile it has started with once
 * (a profile written beforehand is ignored), so a first start fills it (`--terminate_after_init`: it opens
 * no file) and the macro goes in afterwards.
 */
export function macroProfile(module: string): string {
  return reused(`macro:${module}`, () => newMacroProfile(module));
}

function newMacroProfile(module: string): string {
  const profile = makeProfile();
  spawnSync(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--terminate_after_init'],
    { encoding: 'utf8', timeout: 120000 },
  );
  const std = path.join(profile, 'user', 'basic', 'Standard');
  fs.mkdirSync(std, { recursive: true });
  fs.writeFileSync(path.join(std, 'Module1.xba'), module);
  if (!fs.existsSync(path.join(std, 'script.xlb'))) {
    fs.writeFileSync(path.join(std, 'script.xlb'), XLB('Standard', 'Module1'));
    fs.writeFileSync(path.join(std, 'dialog.xlb'), XLB('Standard', null));
    fs.writeFileSync(path.join(profile, 'user', 'basic', 'script.xlc'), XLC('script'));
    fs.writeFileSync(path.join(profile, 'user', 'basic', 'dialog.xlc'), XLC('dialog'));
  }
  return profile;
}

export function editWithLibreOffice(
  file: string,
  out: string,
  sheet: string,
  insertAt: number,
  values: Record<string, number | string>,
): void {
  const profile = macroProfile(BASIC_MODULE);
  const cells = Object.entries(values)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? `#${v}` : v.replace(/[;="]/g, ' ')}`)
    .join(';');
  const q = (s: string) => `"${s.replace(/"/g, '')}"`;
  const macro = `macro:///Standard.Module1.EditWorkbook(${q(path.resolve(file))},${q(path.resolve(out))},${q(sheet)},${q(String(insertAt))},${q(cells)})`; // every argument quoted: a bare number stops the macro from running
  const r = spawnSync(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--invisible', macro],
    { encoding: 'utf8', timeout: 300000 },
  );
  if (!fs.existsSync(out))
    throw new Error(`LibreOffice did not write ${out} (status ${r.status})\n${r.stdout}\n${r.stderr}`);
}
