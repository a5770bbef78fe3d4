/**
 * `--state` names the State of a workbook that does not say it. A file that names its own State is read
 * as that State: when --state names another, the user is told on stderr (one note line) which State was
 * used, and `review --json` carries the note (`stateNote`).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO, runBuiltCli } from '../support/cli';

const PR = path.join(REPO, 'examples', 'pr.budget.json');
const PUBLISHED = path.join(REPO, 'test', 'fixtures', 'published', 'ky-published.xlsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-state-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const PR_XLSX = path.join(dir, 'pr.xlsx');
beforeAll(() => expect(runBuiltCli(['build', PR, '-o', PR_XLSX]).code).toBe(0));

const NOTE = (file: string, source: string) =>
  `grant-budget: ${file}: note: --state KY was not used: the ${source} names its own State, Puerto Rico (PR), which is the State used\n`;

test('review --state KY of a Puerto Rico workbook: one note line on stderr, the review of PR on stdout', () => {
  const r = runBuiltCli(['review', PR_XLSX, '--state', 'KY']);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe(NOTE(PR_XLSX, 'workbook'));
  expect(r.stdout).toMatch(new RegExp(`^${PR_XLSX.replace(/[.]/g, '\\.')}: Puerto Rico \\(PR\\), FY 2012: PASS`));
});

test('review --json --state Kentucky of it: state PR and the note in stateNote', () => {
  const r = runBuiltCli(['review', PR_XLSX, '--state', 'Kentucky', '--json']);
  const json = JSON.parse(r.stdout);
  expect(json.state).toBe('PR');
  expect(json.stateNote).toBe('--state Kentucky was not used: the workbook names its own State, Puerto Rico (PR), which is the State used');
  expect(r.stderr).toBe(`grant-budget: ${PR_XLSX}: note: ${json.stateNote}\n`);
});

test('a budget JSON names its State too; sf424a, build and reconcile say the same', () => {
  expect(runBuiltCli(['review', PR, '--state', 'KY']).stderr).toBe(NOTE(PR, 'budget JSON'));
  expect(runBuiltCli(['sf424a', PR_XLSX, '--state', 'KY', '--format', 'csv']).stderr).toBe(NOTE(PR_XLSX, 'workbook'));
  expect(runBuiltCli(['build', PR, '--state', 'KY', '-o', path.join(dir, 'b1.xlsx')]).stderr).toBe(NOTE(PR, 'budget JSON'));
  expect(runBuiltCli(['build', PR_XLSX, '--state', 'KY', '-o', path.join(dir, 'b2.xlsx')]).stderr).toBe(NOTE(PR_XLSX, 'workbook'));
  const submitted = path.join(REPO, 'test', 'fixtures', 'reconcile', 'pr-other-system.xml');
  expect(runBuiltCli(['reconcile', PR_XLSX, submitted, '--state', 'KY']).stderr).toBe(NOTE(PR_XLSX, 'workbook'));
});

test('--state that the file agrees with, or of a workbook that does not name its State: no note, no stateNote', () => {
  const same = runBuiltCli(['review', PR_XLSX, '--state', 'pr', '--json']);
  expect(same.stderr).toBe('');
  expect(JSON.parse(same.stdout)).not.toHaveProperty('stateNote');
  const published = runBuiltCli(['review', PUBLISHED, '--state', 'KY', '--json']);
  expect(published.stderr).toBe('');
  expect(JSON.parse(published.stdout)).toEqual(expect.not.objectContaining({ stateNote: expect.anything() }));
  expect(JSON.parse(published.stdout).state).toBe('KY');
});
