/**
 * Issue 22, item 13: text from a file never forges a line of output nor reaches a terminal raw. The
 * reconcile report (an activity title with a newline and the words of a verdict, C1 controls, U+202E),
 * the build report (a note beside the table), a problem on stderr (a sheet name with a newline), CSV to
 * a terminal; CSV through a pipe stays data.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { EXAMPLES } from '../support/budgets';
import { runCli } from '../support/cli';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-forgery-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const PR = path.join(EXAMPLES, 'pr-example.budget.json');
const FORGED = 'the submitted SF-424A agrees with the budget';
/** What may never reach a terminal: C0 (but the newline ending a line), DEL, C1, bidirectional controls. */
// eslint-disable-next-line no-control-regex -- the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** No line of `text` starts with file text that pretends to be ours. */
function expectNoForgedLine(text: string, forged: string): void {
  for (const line of text.split('\n')) expect(line.startsWith(forged)).toBe(false);
  expect(text).not.toMatch(RAW);
}

it('reconcile: a title with a newline, C1 controls and U+202E is shown escaped, on its own line', async () => {
  const good = path.join(dir, 'good.xml');
  expect((await runCli(['sf424a', PR, '--format', 'xml', '-o', good])).code).toBe(0);
  const xml = fs
    .readFileSync(good, 'utf8')
    .replace(/activityTitle="[^"]*"/, `activityTitle="Enforcement&#10;${FORGED}&#10;\u009b2J\u202eecnarussA"`);
  const hostile = path.join(dir, 'hostile.xml');
  fs.writeFileSync(hostile, xml);
  const r = await runCli(['reconcile', PR, hostile]);
  expectNoForgedLine(r.stdout, FORGED);
  expect(r.stdout).toContain(`Enforcement\\n${FORGED}\\n\\x9b2J\\u202eecnarussA`);
});

it('build: a note beside the table with a newline and C1 controls is listed escaped', async () => {
  const fx = await makePublishedWorkbook({
    stateInJ: 'Kentucky',
    edit: (ctx) => void (ctx.sheet('F').getCell(`N${ctx.rowF('A.line.0')}`).value = `note\n${FORGED}\u009d0;x\u0007`),
  });
  const file = path.join(dir, 'note.xlsx');
  fs.writeFileSync(file, fx.buffer);
  const r = await runCli(['build', file, '--state', 'KY', '-o', path.join(dir, 'note-live.xlsx')]);
  expect(r.code).toBeLessThan(2);
  expectNoForgedLine(r.stdout, FORGED);
  // (the BEL is dropped by the writer of the file: XML cannot hold it)
  expect(r.stdout).toContain(`"note\\n${FORGED}\\x9d0;x"`);
});

it('a problem on stderr: a sheet name with a newline stays on the one line of its problem', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Data').getCell('A1').value = 1;
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const { patchZip, zipText } = await import('../fixtures/bad-input/workbooks');
  const hostile = await patchZip(bytes, async (zip) => {
    const xml = await zipText(zip, 'xl/workbook.xml');
    zip.file('xl/workbook.xml', xml.replace('name="Data"', `name="Data&#10;grant-budget: x.xlsx: PASS"`));
  });
  const file = path.join(dir, 'sheet-name.xlsx');
  fs.writeFileSync(file, hostile);
  const r = await runCli(['review', file]);
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain('"Data\\ngrant-budget: x.xlsx: PASS"');
});

describe('sf424a --format csv', () => {
  const csvOf = async (isTTY: boolean, file: string) => {
    let stdout = '';
    const io: Io = { stdout: (t) => (stdout += t), stderr: () => undefined, stderrIsTTY: false, stdoutIsTTY: isTTY };
    await main(['sf424a', file, '--format', 'csv'], io);
    return stdout;
  };
  const json = path.join(dir, 'remarks.json');
  beforeAll(() => {
    const b = JSON.parse(fs.readFileSync(PR, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(json, JSON.stringify({ ...b, adminCapJustification: `ok\u009b2J\u202e` }));
  });

  it('to a terminal: escaped as every text output is', async () => {
    expect(await csvOf(true, json)).not.toMatch(RAW);
  });

  it('to a pipe: data, byte for byte', async () => {
    const piped = await csvOf(false, json);
    expect(piped.length).toBeGreaterThan(0);
    expect(piped).not.toContain('\\x9b');
  });
});
