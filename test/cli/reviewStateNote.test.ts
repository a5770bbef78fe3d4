/**
 * `--state` names the State of a workbook that does not say it. A file that names its own State is read
 * as that State: when --state names another, the user is told on stderr (one note line) which State was
 * used, and `review --json` carries the note (`stateNote`).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO, runCli } from '../support/cli';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';

const PR = path.join(REPO, 'examples', 'pr.budget.json');
const PUBLISHED = path.join(REPO, 'test', 'fixtures', 'published', 'ky-published.xlsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-state-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const PR_XLSX = path.join(dir, 'pr.xlsx');
const NAMED_KY = path.join(dir, 'published-kentucky.xlsx');
beforeAll(async () => {
  expect((await runCli(['build', PR, '-o', PR_XLSX])).code).toBe(0);
  // OSHA's published layout has no State cell; this one names Kentucky in its Appendix J title.
  fs.writeFileSync(NAMED_KY, (await makePublishedWorkbook({ stateInJ: 'Kentucky' })).buffer);
});

const NOTE = (file: string, source: string) =>
  `grant-budget: ${file}: note: --state KY was not used: the ${source} names its own State, Puerto Rico (PR), which is the State used\n`;

test('review --state KY of a Puerto Rico workbook: one note line on stderr, the review of PR on stdout', async () => {
  const r = await runCli(['review', PR_XLSX, '--state', 'KY']);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe(NOTE(PR_XLSX, 'workbook'));
  expect(r.stdout).toMatch(new RegExp(`^${PR_XLSX.replace(/[.]/g, '\\.')}: Puerto Rico \\(PR\\), FY 2012: PASS`));
});

test('review --json --state Kentucky of it: state PR and the note in stateNote', async () => {
  const r = await runCli(['review', PR_XLSX, '--state', 'Kentucky', '--json']);
  const json = JSON.parse(r.stdout);
  expect(json.state).toBe('PR');
  expect(json.stateNote).toBe(
    '--state Kentucky was not used: the workbook names its own State, Puerto Rico (PR), which is the State used',
  );
  expect(r.stderr).toBe(`grant-budget: ${PR_XLSX}: note: ${json.stateNote}\n`);
});

test('a budget JSON names its State too; sf424a, build and reconcile say the same', async () => {
  expect((await runCli(['review', PR, '--state', 'KY'])).stderr).toBe(NOTE(PR, 'budget JSON'));
  expect((await runCli(['sf424a', PR_XLSX, '--state', 'KY', '--format', 'csv'])).stderr).toBe(
    NOTE(PR_XLSX, 'workbook'),
  );
  expect((await runCli(['build', PR, '--state', 'KY', '-o', path.join(dir, 'b1.xlsx')])).stderr).toBe(
    NOTE(PR, 'budget JSON'),
  );
  expect((await runCli(['build', PR_XLSX, '--state', 'KY', '-o', path.join(dir, 'b2.xlsx')])).stderr).toBe(
    NOTE(PR_XLSX, 'workbook'),
  );
  const submitted = path.join(REPO, 'test', 'fixtures', 'reconcile', 'pr-other-system.xml');
  expect((await runCli(['reconcile', PR_XLSX, submitted, '--state', 'KY'])).stderr).toBe(NOTE(PR_XLSX, 'workbook'));
});

test('--state that the file agrees with, or of a workbook that does not name its State: no note, no stateNote', async () => {
  const same = await runCli(['review', PR_XLSX, '--state', 'pr', '--json']);
  expect(same.stderr).toBe('');
  expect(JSON.parse(same.stdout)).not.toHaveProperty('stateNote');
  const published = await runCli(['review', PUBLISHED, '--state', 'KY', '--json']);
  expect(published.stderr).toBe('');
  expect(JSON.parse(published.stdout)).toEqual(expect.not.objectContaining({ stateNote: expect.anything() }));
  expect(JSON.parse(published.stdout).state).toBe('KY');
});

test('a published workbook that names Kentucky, --state PR: --state wins there (the rule of the published reader), and the note says so', async () => {
  const r = await runCli(['review', NAMED_KY, '--state', 'PR', '--json']);
  const json = JSON.parse(r.stdout);
  expect(json.state).toBe('PR');
  expect(json.stateNote).toBe(
    'the workbook names Kentucky (KY), but --state PR was given: Puerto Rico (PR) is the State used',
  );
  expect(r.stderr).toBe(`grant-budget: ${NAMED_KY}: note: ${json.stateNote}\n`);
  expect((await runCli(['build', NAMED_KY, '--state', 'PR', '-o', path.join(dir, 'b3.xlsx')])).stderr).toMatch(
    /^grant-budget: .*published-kentucky\.xlsx: note: the workbook names Kentucky \(KY\), but --state PR was given/,
  );
  const agreeing = await runCli(['review', NAMED_KY, '--state', 'KY', '--json']);
  expect(agreeing.stderr).toBe('');
  expect(JSON.parse(agreeing.stdout).state).toBe('KY');
  const unsaid = await runCli(['review', NAMED_KY, '--json']);
  expect([unsaid.stderr, JSON.parse(unsaid.stdout).state]).toEqual(['', 'KY']);
});
