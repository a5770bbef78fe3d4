/**
 * Where `-o` writes: `-` is standard output (text as it is; a workbook through a pipe or redirection,
 * refused to a terminal), never a file named "-"; a workbook is never written under another extension
 * than .xlsx; sf424a's -o extension names the format when --format is not given.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO, runBuiltCli } from '../support/cli';

const BIN = path.join(REPO, 'bin', 'grant-budget.js');
const PR = path.join(REPO, 'examples', 'pr.budget.json');
const PUBLISHED = path.join(REPO, 'test', 'fixtures', 'published', 'ky-published.xlsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-target-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (...p: string[]) => path.join(dir, ...p);

/** The built command with its stdout as bytes (a workbook through a pipe), run in `cwd`. */
function runForBytes(args: string[], cwd: string): { code: number; stdout: Buffer; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, timeout: 120000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** The built command with stdout and stderr on a terminal (util-linux `script` gives it one). */
function runOnTerminal(args: string[], cwd: string): { code: number; output: string } {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8', timeout: 120000 });
  return { code: r.status ?? -1, output: r.stdout };
}

const isZip = (b: Buffer) => b.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'));

describe('-o - is standard output, never a file named "-"', () => {
  test.each([
    ['json', ['--format', 'json']],
    ['csv', ['--format', 'csv']],
    ['xml', ['--format', 'xml']],
    ['table', []],
  ])('sf424a %s -o -: the text of the format on stdout, exit 0', (_name, format) => {
    const cwd = fs.mkdtempSync(at('sf-'));
    const r = runBuiltCli(['sf424a', PR, ...format, '-o', '-'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(runBuiltCli(['sf424a', PR, ...format]).stdout);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  test("new -o - into a pipe: the workbook's bytes on stdout, the report on stderr; the bytes are a workbook", () => {
    const cwd = fs.mkdtempSync(at('new-'));
    const r = runForBytes(['new', '--state', 'KY', '-o', '-'], cwd);
    expect(r.code).toBe(0);
    expect(isZip(r.stdout)).toBe(true);
    expect(r.stderr).toMatch(
      /^standard output: written \(Appendix D, Appendix E, Appendix F, Appendix J, SF-424A, Checks\)\n$/,
    );
    expect(fs.readdirSync(cwd)).toEqual([]);
    fs.writeFileSync(at('piped-ky.xlsx'), r.stdout);
    const review = runBuiltCli(['review', at('piped-ky.xlsx'), '--json']);
    expect(review.code).toBe(0);
    expect(JSON.parse(review.stdout)).toEqual(expect.objectContaining({ state: 'KY', layout: 'own' }));
  });

  test('build (from a budget JSON and from a workbook) and repair -o - into a pipe: a workbook on stdout, nothing else there', () => {
    const cwd = fs.mkdtempSync(at('pipe-'));
    const built = runForBytes(['build', PR, '-o', '-'], cwd);
    expect(built.code).toBe(0);
    expect(isZip(built.stdout)).toBe(true);
    expect(built.stderr).toBe(`standard output: written from ${PR}\n`);
    const converted = runForBytes(['build', PUBLISHED, '--state', 'KY', '-o', '-'], cwd);
    expect(converted.code).toBe(0);
    expect(isZip(converted.stdout)).toBe(true);
    expect(converted.stderr).toMatch(
      /^standard output: written from .*ky-published\.xlsx \(published OSHA layout\), Kentucky/,
    );
    const repaired = runForBytes(['repair', PUBLISHED, '-o', '-'], cwd);
    expect(repaired.code).toBe(0);
    expect(isZip(repaired.stdout)).toBe(true);
    expect(repaired.stderr).toMatch(/: 15 cells repaired, written to standard output:\n/);
    expect(fs.readdirSync(cwd)).toEqual([]);
    fs.writeFileSync(at('piped-pr.xlsx'), built.stdout);
    expect(JSON.parse(runBuiltCli(['review', at('piped-pr.xlsx'), '--json']).stdout).totals.total).toBe(5351100);
  });

  test('a workbook to -o - on a terminal: exit 2, a message, no bytes, no file', () => {
    const cwd = fs.mkdtempSync(at('tty-'));
    for (const args of [
      ['new', '--state', 'KY', '-o', '-'],
      ['build', PR, '-o', '-'],
      ['repair', PUBLISHED, '-o', '-'],
    ]) {
      const r = runOnTerminal(args, cwd);
      expect(r.code).toBe(2);
      expect(r.output).toMatch(
        /^grant-budget: -: is standard output, which is a terminal: \w+ writes a workbook \(\.xlsx\), which is binary\. Redirect it/,
      );
      expect(r.output).not.toContain('PK');
    }
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  test('sf424a -o - on a terminal prints the table (text is fine there)', () => {
    const r = runOnTerminal(['sf424a', PR, '-o', '-'], dir);
    expect(r.code).toBe(0);
    expect(r.output).toContain('SECTION A - BUDGET SUMMARY');
  });

  test('review --summary -: exit 2, stdout carries the review', () => {
    const cwd = fs.mkdtempSync(at('summary-'));
    const r = runBuiltCli(['review', PR, '--summary', '-'], cwd);
    expect(fs.readdirSync(cwd)).toEqual([]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'grant-budget: -: cannot be the summary workbook: standard output carries the review itself; name the file with --summary region.xlsx\n',
    });
  });

  test('a file really named "-" is written as ./-', () => {
    const cwd = fs.mkdtempSync(at('dash-'));
    const r = runBuiltCli(['sf424a', PR, '--format', 'csv', '-o', './-'], cwd);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, '-'), 'utf8')).toMatch(/^section,line,column,label,amount\r\n/);
  });
});

describe('a workbook is written only under its extension', () => {
  test.each([
    ['new', 'ky.csv', 'ky.xlsx', ['new', '--state', 'KY']],
    ['build', 'pr.csv', 'pr.xlsx', ['build', PR]],
    ['build from a workbook', 'live.xlsm', 'live.xlsx', ['build', PUBLISHED, '--state', 'KY']],
    ['repair', 'fixed', 'fixed.xlsx', ['repair', PUBLISHED]],
    ['review --summary', 'region.csv', 'region.xlsx', ['review', PR, '--summary']],
  ])('%s to %s: exit 2, names %s, writes nothing', (_name, given, right, args) => {
    const cwd = fs.mkdtempSync(at('ext-'));
    const r = runBuiltCli([...args, ...(args.includes('--summary') ? [] : ['-o']), given], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^grant-budget: ${given.replace('.', '\\.')}: (is named \\.\\w+|has no extension), but \\w+ writes an Excel workbook, which Excel opens only as \\.xlsx: name it ${right.replace('.', '\\.')}; nothing was written\\n$`,
      ),
    );
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  test('the extension in capitals is still .xlsx', () => {
    const r = runBuiltCli(['new', '--state', 'KY', '-o', at('KY.XLSX')]);
    expect(r.code).toBe(0);
    expect(isZip(fs.readFileSync(at('KY.XLSX')))).toBe(true);
  });
});

describe('sf424a -o: the extension names the format when --format is not given', () => {
  test.each([
    ['form.csv', /^section,line,column,label,amount\r\n/],
    ['form.json', /^\{\n {2}"sectionA"/],
    ['form.XML', /^<\?xml version="1.0" encoding="UTF-8"\?>\n<SF424A:BudgetInformation/],
    ['form.txt', /^SF-424A Budget Information \(Non-Construction\), Puerto Rico/],
    ['form', /^SF-424A Budget Information \(Non-Construction\), Puerto Rico/],
  ])('-o %s', (name, content) => {
    const r = runBuiltCli(['sf424a', PR, '-o', at(name)]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(fs.readFileSync(at(name), 'utf8')).toMatch(content);
  });

  test('--format that another extension names: exit 2, the name to use, nothing written', () => {
    const r = runBuiltCli(['sf424a', PR, '--format', 'json', '-o', at('ky.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `grant-budget: ${at('ky.csv')}: is named .csv, the extension of the csv format, but --format json was asked: name it ${at('ky.json')}, or leave out --format to write csv; nothing was written\n`,
    );
    expect(fs.existsSync(at('ky.csv'))).toBe(false);
  });
});
