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
export function makeProfile(locale?: string): string {
  fs.mkdirSync(profileRoot(), { recursive: true });
  const dir = fs.mkdtempSync(path.join(profileRoot(), 'profile-'));
  fs.mkdirSync(path.join(dir, 'user'), { recursive: true });
  // A locale (de-DE: "," the decimal, "." the thousands) plays a user's Excel of that locale.
  const items = locale
    ? ['ooSetupSystemLocale', 'ooLocale'].map(
        (prop) =>
          `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="${prop}" oor:op="fuse"><value>${locale}</value></prop></item>\n`,
      )
    : [];
  fs.writeFileSync(
    path.join(dir, 'user', 'registrymodifications.xcu'),
    REGISTRY.replace('</oor:items>', `${items.join('')}</oor:items>`),
  );
  return dir;
}

/**
 * Converts `files` with LibreOffice into `outDir` (`format`: "xlsx" recalculates, "pdf" prints) and
 * returns the output paths in the same order. Throws with soffice's output when a file is missing.
 */
export function convertWithLibreOffice(
  files: string[],
  outDir: string,
  format: 'xlsx' | 'pdf' = 'xlsx',
  locale?: string,
): string[] {
  if (files.length === 0) return [];
  fs.mkdirSync(outDir, { recursive: true });
  const profile = reused(`recalculate:${locale ?? ''}`, () => makeProfile(locale));
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
export function recalculate(files: string[], outDir: string, locale?: string): string[] {
  for (const f of files) {
    if (path.resolve(path.dirname(f)) === path.resolve(outDir))
      throw new Error(`recalculate would overwrite ${f}: choose another outDir`);
  }
  return convertWithLibreOffice(files, outDir, 'xlsx', locale);
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

/** A person's edit in Calc: a row inserted above `insertAt` (> 0) or deleted (< 0), cells typed, saved to `out`. */
export interface CalcEdit {
  file: string;
  out: string;
  sheet: string;
  insertAt: number;
  values: Record<string, number | string>;
}

export function editWithLibreOffice(
  file: string,
  out: string,
  sheet: string,
  insertAt: number,
  values: Record<string, number | string>,
): void {
  editManyWithLibreOffice([{ file, out, sheet, insertAt, values }]);
}

/**
 * Several edits in one launch of LibreOffice (starting it costs about 2 s): one macro address per edit on
 * its command line, which it runs one after another. Independent edits only: none reads another's output.
 */
export function editManyWithLibreOffice(edits: CalcEdit[]): void {
  if (edits.length === 0) return;
  const profile = macroProfile(BASIC_MODULE);
  const q = (s: string) => `"${s.replace(/"/g, '')}"`;
  const macros = edits.map(({ file, out, sheet, insertAt, values }) => {
    const cells = Object.entries(values)
      .map(([k, v]) => `${k}=${typeof v === 'number' ? `#${v}` : v.replace(/[;="]/g, ' ')}`)
      .join(';');
    // every argument quoted: a bare number stops the macro from running
    return `macro:///Standard.Module1.EditWorkbook(${q(path.resolve(file))},${q(path.resolve(out))},${q(sheet)},${q(String(insertAt))},${q(cells)})`;
  });
  const r = spawnSync(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--invisible', ...macros],
    { encoding: 'utf8', timeout: 300000 },
  );
  const missing = edits.map((e) => e.out).filter((out) => !fs.existsSync(out));
  if (missing.length)
    throw new Error(`LibreOffice did not write ${missing.join(', ')} (status ${r.status})\n${r.stdout}\n${r.stderr}`);
}

/** A step of a person's editing in Calc: a row inserted above `insertAbove`, a row deleted, cells typed. */
export type CalcStep =
  | { sheet: string; insertAbove: number }
  | { sheet: string; deleteRow: number }
  | { sheet: string; type: Record<string, string | number> };

/**
 * `rows`: how rows are inserted and deleted. "commands": Calc's row commands, through its dispatcher
 * (.uno:InsertRowsBefore, .uno:DeleteRows: what the row menu does, on the sheet as it is protected,
 * its "insert rows"/"delete rows" options applied as Calc applies them). "model": Calc's own row
 * operations through its API (XTableRows.insertByIndex and removeByIndex, which end in the same
 * function as the commands: the row above's format copied, formulas, names and validation ranges
 * moved by Calc), on the sheet unprotected, since the API refuses any row change of a protected sheet.
 * LibreOffice 7.4 aborts in an idle task after some eight to twenty dispatched row commands on our
 * workbooks (never after the API's, nor on a blank sheet), so long edits go through the model and the
 * commands are proven a few at a time.
 */
export interface CalcJob {
  input: string;
  output: string;
  rows: 'commands' | 'model';
  steps: CalcStep[];
}

/** What Calc did with each step: a refused row command or a refused cell says so. */
export interface CalcStepResult {
  step: number;
  done: boolean;
  why: string;
}

/**
 * The macro of editWithCalcCommands. It runs inside Calc, on its main thread: driven from outside over
 * a UNO bridge instead, LibreOffice 7.4 aborts now and then in an idle task after dispatched row
 * commands. A job file holds the input, the output, the results file, then one tab-separated line per
 * action: "step, insert|delete, sheet, row" or "step, type, sheet, cell, n|s, value" (n: whole cents).
 * A row command is done when the sheet's used rows changed (Calc leaves the sheet as it was when it
 * refuses); typing into a locked cell of a protected sheet raises an error, which is the refusal.
 */
const CALC_ROWS_MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Function UsedEnd(sh As Object) As Long
  cur = sh.createCursor()
  cur.gotoEndOfUsedArea(False)
  UsedEnd = cur.getRangeAddress().EndRow
End Function

Sub EditRows(listFile As String)
  listNum = FreeFile
  Open listFile For Input As #listNum
  Do While Not EOF(listNum)
    Line Input #listNum, jobFile
    EditJob(jobFile)
  Loop
  Close #listNum
End Sub

Sub EditJob(jobFile As String)
  inNum = FreeFile
  Open jobFile For Input As #inNum
  Line Input #inNum, inFile
  Line Input #inNum, outFile
  Line Input #inNum, resFile
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inFile), &quot;_blank&quot;, 0, args())
  ctrl = doc.getCurrentController()
  frame = ctrl.getFrame()
  disp = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  Dim noArgs() As New com.sun.star.beans.PropertyValue
  outNum = FreeFile
  Open resFile For Output As #outNum
  Do While Not EOF(inNum)
    Line Input #inNum, act
    p = Split(act, Chr(9))
    sh = doc.Sheets.getByName(p(2))
    ctrl.setActiveSheet(sh)
    If p(1) = &quot;type&quot; Then
      On Error Goto Refused
      c = sh.getCellRangeByName(p(3))
      If p(4) = &quot;n&quot; Then
        c.setValue(CDbl(p(5)) / 100)
      Else
        c.setString(p(5))
      End If
      Print #outNum, p(0) &amp; Chr(9) &amp; &quot;done&quot;
      Goto NextAction
Refused:
      Print #outNum, p(0) &amp; Chr(9) &amp; &quot;refused&quot; &amp; Chr(9) &amp; p(3) &amp; &quot; is locked&quot;
      Resume NextAction
    ElseIf p(1) = &quot;insertModel&quot; Or p(1) = &quot;deleteModel&quot; Then
      sh.unprotect(&quot;&quot;)
      If p(1) = &quot;insertModel&quot; Then sh.Rows.insertByIndex(CLng(p(3)) - 1, 1) Else sh.Rows.removeByIndex(CLng(p(3)) - 1, 1)
      Print #outNum, p(0) &amp; Chr(9) &amp; &quot;done&quot;
    Else
      before = UsedEnd(sh)
      ctrl.select(sh.getCellRangeByName(&quot;A&quot; &amp; p(3)))
      cmd = IIf(p(1) = &quot;insert&quot;, &quot;.uno:InsertRowsBefore&quot;, &quot;.uno:DeleteRows&quot;)
      disp.executeDispatch(frame, cmd, &quot;&quot;, 0, noArgs())
      If UsedEnd(sh) &lt;&gt; before Then
        Print #outNum, p(0) &amp; Chr(9) &amp; &quot;done&quot;
      Else
        Print #outNum, p(0) &amp; Chr(9) &amp; &quot;refused&quot; &amp; Chr(9) &amp; &quot;Calc refused &quot; &amp; cmd
      End If
    End If
NextAction:
    On Error Goto 0
  Loop
  Close #inNum
  Close #outNum
  doc.calculateAll()
  Dim sargs(0) As New com.sun.star.beans.PropertyValue
  sargs(0).Name = &quot;FilterName&quot;
  sargs(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  doc.storeToURL(ConvertToURL(outFile), sargs())
  doc.close(True)
End Sub
</script:module>
`;

/** One job as the macro reads it: paths, then a line per action (amounts in whole cents). */
function jobText(job: CalcJob, results: string): string {
  const clean = (v: string) => v.replace(/[\t\r\n]/g, ' ');
  const lines = [path.resolve(job.input), path.resolve(job.output), results];
  job.steps.forEach((step, i) => {
    const model = job.rows === 'model' ? 'Model' : '';
    if ('insertAbove' in step) lines.push([i, `insert${model}`, step.sheet, step.insertAbove].join('\t'));
    else if ('deleteRow' in step) lines.push([i, `delete${model}`, step.sheet, step.deleteRow].join('\t'));
    else
      for (const [cell, v] of Object.entries(step.type))
        lines.push(
          [
            i,
            'type',
            step.sheet,
            cell,
            typeof v === 'number' ? 'n' : 's',
            typeof v === 'number' ? Math.round(v * 100) : clean(v),
          ].join('\t'),
        );
  });
  return lines.join('\n') + '\n';
}

/**
 * Edits workbooks with LibreOffice Calc's own commands, as a person does: rows inserted and deleted
 * through Calc's dispatcher (.uno:InsertRowsBefore, .uno:DeleteRows: what the row menu does, so the
 * sheet's protection and its "insert rows"/"delete rows" options apply as Calc applies them), figures
 * typed, then recalculated and saved as .xlsx; never our writer. One LibreOffice per job (a document
 * opened after dispatched row commands in the same LibreOffice can crash it), one profile for all.
 */
export function editWithCalcCommands(jobs: CalcJob[]): CalcStepResult[][] {
  const profile = macroProfile(CALC_ROWS_MODULE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-calc-jobs-'));
  try {
    const files = jobs.map((job, j) => {
      const jobFile = path.join(dir, `job${j}.txt`);
      const results = path.join(dir, `job${j}.results.txt`);
      fs.writeFileSync(jobFile, jobText(job, results));
      fs.mkdirSync(path.dirname(path.resolve(job.output)), { recursive: true });
      return { jobFile, results };
    });
    // The model's jobs share one LibreOffice; a job of row commands has one of its own (a document
    // opened after dispatched row commands in the same LibreOffice can crash it).
    const launches: number[][] = [];
    jobs.forEach((job, j) => {
      const last = launches[launches.length - 1];
      if (job.rows === 'model' && last && jobs[last[0] as number]?.rows === 'model') last.push(j);
      else launches.push([j]);
    });
    launches.forEach((group, g) => {
      const list = path.join(dir, `launch${g}.txt`);
      fs.writeFileSync(list, group.map((j) => files[j]?.jobFile).join('\n') + '\n');
      const r = spawnSync(
        SOFFICE,
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--norestore',
          '--invisible',
          `macro:///Standard.Module1.EditRows("${list}")`,
        ],
        { encoding: 'utf8', timeout: 300000 },
      );
      for (const j of group) {
        const job = jobs[j] as CalcJob;
        if (!fs.existsSync(job.output) || !fs.existsSync(files[j]?.results as string))
          throw new Error(`LibreOffice did not edit ${job.input} (status ${r.status})\n${r.stdout}\n${r.stderr}`);
      }
    });
    return jobs.map((job, j) => {
      const lines = fs
        .readFileSync(files[j]?.results as string, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t'));
      return job.steps.map((_, i) => {
        const mine = lines.filter((l) => Number(l[0]) === i);
        const refused = mine.filter((l) => l[1] !== 'done');
        return { step: i, done: mine.length > 0 && refused.length === 0, why: refused.map((l) => l[2]).join('; ') };
      });
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
