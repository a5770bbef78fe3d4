/**
 * A workbook given where a budget JSON is expected (issue 10: `build` said `not valid JSON ... unexpected
 * "PK"`): a file is what its first bytes say. build builds from a workbook (either layout) whatever its
 * name, review and sf424a read it as the workbook it is; a zip that is no workbook is said to be one.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { REPO, runCli } from '../support/cli';

const PR = path.join(REPO, 'examples', 'pr.budget.json');
const PUBLISHED = path.join(REPO, 'test', 'fixtures', 'published', 'ky-published.xlsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-pk-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  expect((await runCli(['build', PR, '-o', at('pr.xlsx')])).code).toBe(0);
  fs.copyFileSync(at('pr.xlsx'), at('pr-saved-as.json'));
  fs.copyFileSync(PUBLISHED, at('ky-published.json'));
  const zip = new JSZip();
  zip.file('readme.txt', 'not a workbook');
  fs.writeFileSync(at('some.zip.json'), await zip.generateAsync({ type: 'nodebuffer' }));
  // A budget JSON under a name without .json is read as the JSON it is.
  fs.copyFileSync(PR, at('pr-budget.txt'));
});

const NOT_JSON = /not valid JSON|unexpected "PK/;

test('build of an .xlsx (our layout): the live templates, exit 0', async () => {
  const r = await runCli(['build', at('pr.xlsx'), '-o', at('pr-again.xlsx')]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^.*pr-again\.xlsx: written from .*pr\.xlsx \(grant-budget layout\), Puerto Rico, FY 2012/);
  expect(r.stdout).toContain(
    'the same figures as the source, to the cent: Federal $2,588,900.00, State Match $2,588,900.00, State 100% $173,300.00, total $5,351,100.00',
  );
});

test('build of a workbook saved as .json: built from the workbook, never parsed as JSON', async () => {
  const r = await runCli(['build', at('pr-saved-as.json'), '-o', at('from-json-name.xlsx')]);
  expect(r.stderr).not.toMatch(NOT_JSON);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/written from .*pr-saved-as\.json \(grant-budget layout\), Puerto Rico/);
  const published = await runCli(['build', at('ky-published.json'), '--state', 'KY', '-o', at('ky-live.xlsx')]);
  expect(published.stderr).not.toMatch(NOT_JSON);
  expect(published.code).toBe(0);
  expect(published.stdout).toMatch(/\(published OSHA layout\), Kentucky/);
});

test('review and sf424a of a workbook saved as .json read the workbook (layout own, not json)', async () => {
  const r = await runCli(['review', at('pr-saved-as.json'), '--json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual(expect.objectContaining({ state: 'PR', layout: 'own' }));
  const t = await runCli(['review', at('pr-saved-as.json')]);
  expect(t.stdout).toMatch(/^.*pr-saved-as\.json: Puerto Rico \(PR\), FY 2012: PASS/);
  expect(t.stdout).not.toContain('budget JSON');
  const s = await runCli(['sf424a', at('pr-saved-as.json'), '--format', 'json']);
  expect(s.code).toBe(0);
  expect(JSON.parse(s.stdout).sectionA.totals.total).toBe(5351100);
});

test('a zip that is no workbook, named .json: it says what the file is, never "not valid JSON"', async () => {
  for (const command of ['build', 'review', 'sf424a']) {
    const r = await runCli([command, at('some.zip.json'), ...(command === 'build' ? ['-o', at('never.xlsx')] : [])]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(NOT_JSON);
    expect(r.stderr).toMatch(/some\.zip\.json: .*(workbook|xlsx)/i);
  }
  expect(fs.existsSync(at('never.xlsx'))).toBe(false);
});

test('a budget JSON named .txt is read as JSON (its text starts with "{")', async () => {
  const r = await runCli(['build', at('pr-budget.txt'), '-o', at('from-txt.xlsx')]);
  expect(r).toEqual({ code: 0, stdout: `${at('from-txt.xlsx')}: written from ${at('pr-budget.txt')}\n`, stderr: '' });
});
