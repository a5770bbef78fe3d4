/**
 * Format names in any case wherever a format is chosen: `sf424a --format XML`, `review --format JSON`
 * (`--format text|json` beside the older `--json` of review, repair and reconcile).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO, runCli } from '../support/cli';

const PR = path.join(REPO, 'examples', 'pr.budget.json');
const PUBLISHED = path.join(REPO, 'test', 'fixtures', 'published', 'ky-published.xlsx');
const SUBMITTED = path.join(REPO, 'test', 'fixtures', 'reconcile', 'pr-other-system.xml');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-formats-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('sf424a --format in any case', () => {
  const lower: Record<string, string> = {};
  beforeAll(async () => {
    for (const f of ['table', 'csv', 'json', 'xml']) lower[f] = (await runCli(['sf424a', PR, '--format', f])).stdout;
  });
  test.each([
    ['XML', 'xml'],
    ['Xml', 'xml'],
    ['JSON', 'json'],
    ['Json', 'json'],
    ['CSV', 'csv'],
    ['TABLE', 'table'],
  ])('--format %s prints what --format %s prints, exit 0', async (given, same) => {
    const r = await runCli(['sf424a', PR, '--format', given]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(lower[same]);
  });

  test('-f xMl names the same format', async () => {
    expect((await runCli(['sf424a', PR, '-f', 'xMl'])).stdout).toMatch(/^<\?xml version="1.0"/);
  });

  test('an unknown format: exit 2, the formats the command has', async () => {
    expect(await runCli(['sf424a', PR, '--format', 'YAML'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'grant-budget: unknown format "YAML" for sf424a; use one of table, csv, json, xml (in any case)\n',
    });
  });
});

describe('--format text|json beside --json', () => {
  test('review --format JSON is review --json', async () => {
    const json = await runCli(['review', PR, '--json']);
    const format = await runCli(['review', PR, '--format', 'JSON']);
    expect(format).toEqual(json);
    expect(JSON.parse(format.stdout).state).toBe('PR');
    expect((await runCli(['review', PR, '--format', 'Text'])).stdout).toBe((await runCli(['review', PR])).stdout);
  });

  test('review --format XML: exit 2, review has text and json', async () => {
    const r = await runCli(['review', PR, '--format', 'XML']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'grant-budget: unknown format "XML" for review; use one of text, json (in any case)\n',
    });
  });

  test('--json with --format text: exit 2, they disagree', async () => {
    const r = await runCli(['review', PR, '--json', '--format', 'text']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('grant-budget: --json and --format text ask for two formats; give one\n');
  });

  test('repair --format Json lists the changes as JSON', async () => {
    const r = await runCli(['repair', PUBLISHED, '-o', path.join(dir, 'repaired.xlsx'), '--format', 'Json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expect.objectContaining({ file: PUBLISHED, layout: 'published' }));
  });

  test('reconcile --format JSON is reconcile --json', async () => {
    const json = await runCli(['reconcile', PR, SUBMITTED, '--json']);
    expect(await runCli(['reconcile', PR, SUBMITTED, '--format', 'JSON'])).toEqual(json);
    expect(JSON.parse(json.stdout)).toEqual(expect.objectContaining({ budget: PR, submitted: SUBMITTED }));
  });
});
