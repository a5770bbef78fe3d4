/**
 * `grant-budget review FILES... --summary region.xlsx`: the summary workbook of a corpus of State
 * workbooks (built from the shared examples, OSHA's published layout, the same State twice, a file that
 * is no workbook), recalculated by LibreOffice, read back and compared with `review --json` of each file;
 * its first printed page rendered to PNG (test-output/summary/, for a person to look at).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli, REPO } from '../support/cli';
import { EXAMPLES } from '../support/budgets';
import {
  centsAt,
  convertWithLibreOffice,
  errorCells,
  readValues,
  recalculate,
  type RecalcValue,
} from '../support/libreoffice';
import { FINDINGS_HEADS, SUMMARY_HEADS } from '../../src/xlsx/summaryWorkbook';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';

const DIR = path.join(REPO, 'test-output', 'summary');
const CORPUS = path.join(DIR, 'corpus');
const SUMMARY = path.join(DIR, 'region.xlsx');
const col = (head: (typeof SUMMARY_HEADS)[number]) => String.fromCharCode(65 + SUMMARY_HEADS.indexOf(head));
const fcol = (head: (typeof FINDINGS_HEADS)[number]) => String.fromCharCode(65 + FINDINGS_HEADS.indexOf(head));

let files: string[] = [];
let reviews: {
  file: string;
  state?: string;
  layout?: string;
  totals?: Record<string, number>;
  findings?: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  error?: string;
}[] = [];
let values: Map<string, Map<string, RecalcValue>>;
let run: { code: number; stderr: string };

beforeAll(async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(CORPUS, { recursive: true });
  const at = (name: string) => path.join(CORPUS, name);
  await runCli(['build', path.join(EXAMPLES, 'pr-example.budget.json'), '-o', at('puerto-rico.xlsx')]);
  await runCli(['build', path.join(EXAMPLES, 'nc-example.budget.json'), '-o', at('north-carolina.xlsx')]);
  fs.writeFileSync(at('kentucky-published.xlsx'), (await makePublishedWorkbook({ stateInJ: 'Kentucky' })).buffer);
  fs.writeFileSync(
    at('kentucky-resubmitted.xlsx'),
    (await makePublishedWorkbook({ stateInJ: 'Kentucky', sheetNames: { F: 'Budget 2012' } })).buffer,
  );
  fs.copyFileSync(path.join(EXAMPLES, 'pr-example.budget.json'), at('puerto-rico.budget.json'));
  fs.writeFileSync(at('not-a-workbook.xlsx'), 'Federal,State\n1,2\n');
  files = fs.readdirSync(CORPUS).sort().map(at);
  run = await runCli(['review', ...files, '--summary', SUMMARY]);
  reviews = JSON.parse((await runCli(['review', ...files, '--json'])).stdout);
  const [recalculated] = recalculate([SUMMARY], path.join(DIR, 'recalculated'));
  values = await readValues(recalculated as string);
}, 300_000);

test('written beside the usual output; an unreadable file still exits 2 and gets its row', () => {
  expect(run.stderr).toMatch(/region\.xlsx: summary of 6 files written/);
  expect(run.code).toBe(2);
});

test('recalculated by LibreOffice, no cell holds an error', () => {
  expect(errorCells(values)).toEqual([]);
});

test('one row per file, each equal to review --json of that file', () => {
  const s = values.get('Summary') as Map<string, RecalcValue>;
  expect(SUMMARY_HEADS.map((h) => s.get(`${col(h)}1`))).toEqual([...SUMMARY_HEADS]);
  reviews.forEach((r, i) => {
    const row = i + 2;
    const get = (h: (typeof SUMMARY_HEADS)[number]) => s.get(`${col(h)}${row}`);
    const cents = (h: (typeof SUMMARY_HEADS)[number]) => centsAt(values, 'Summary', `${col(h)}${row}`);
    expect(get('File')).toBe(files[i]);
    if (r.error) {
      expect(get('Verdict')).toBe('CANNOT BE READ');
      expect(get('Note')).toBe(r.error);
      return;
    }
    const t = r.totals as Record<string, number>;
    const d = (x: number | undefined) => Math.round((x ?? 0) * 100);
    expect([
      get('State'),
      cents('Federal'),
      cents('State Match'),
      cents('State 100%'),
      cents('Total'),
      cents('Award level'),
      cents('Federal less award'),
    ]).toEqual([
      r.state,
      d(t.federal),
      d(t.stateMatch),
      d(t.state100),
      d(t.total),
      d(t.awardLevel),
      d(t.federal) - d(t.awardLevel),
    ]);
    expect(get('Admin share')).toBeCloseTo(t.adminShare as number, 6);
    const errors = r.findings?.filter((f) => f.severity === 'error').length ?? 0;
    const warnings = r.findings?.filter((f) => f.severity === 'warning').length ?? 0;
    expect([get('Errors'), get('Warnings')]).toEqual([errors, warnings]);
    expect(String(get('Verdict'))).toMatch(errors ? /^FAIL/ : /^PASS/);
    expect(get('Layout')).toBe(
      { own: 'grant-budget templates', published: 'published OSHA templates', json: 'budget JSON' }[r.layout as string],
    );
    expect(get('Link')).toBe('open');
  });
  // The total row adds the rows shown, to the cent.
  const sum = (k: string) => reviews.reduce((a, r) => a + Math.round(((r.totals ?? {})[k] ?? 0) * 100), 0);
  expect(centsAt(values, 'Summary', `${col('Federal')}${reviews.length + 2}`)).toBe(sum('federal'));
  expect(centsAt(values, 'Summary', `${col('Total')}${reviews.length + 2}`)).toBe(sum('total'));
});

test('the same State twice: both rows say so', () => {
  const s = values.get('Summary') as Map<string, RecalcValue>;
  const notes = reviews.map((_r, i) => String(s.get(`${col('Note')}${i + 2}`) ?? ''));
  const ky = reviews.map((r, i) => (r.state === 'KY' ? i : -1)).filter((i) => i >= 0);
  expect(ky).toHaveLength(2);
  for (const i of ky) expect(notes[i]).toMatch(/^KY is also in .*kentucky-/);
  const pr = reviews.map((r, i) => (r.state === 'PR' ? i : -1)).filter((i) => i >= 0);
  for (const i of pr) expect(notes[i]).toMatch(/^PR is also in /);
  expect(notes.filter((n) => /also in/.test(n))).toHaveLength(4);
});

test('the Findings sheet holds every finding of every file, with its cell', () => {
  const f = values.get('Findings') as Map<string, RecalcValue>;
  const all = reviews.flatMap((r) => (r.findings ?? []).map((x) => ({ ...x, file: r.file })));
  expect(all.length).toBeGreaterThan(10);
  all.forEach((x, i) => {
    const row = i + 2;
    expect([
      f.get(`${fcol('File')}${row}`),
      f.get(`${fcol('Code')}${row}`),
      f.get(`${fcol('Severity')}${row}`),
      f.get(`${fcol('Message')}${row}`),
    ]).toEqual([x.file, x.code, x.severity, x.message]);
    expect(f.get(`${fcol('Sheet!Cell')}${row}`) ?? '').toBe(x.sheet && x.cell ? `${x.sheet}!${x.cell}` : '');
  });
  expect(f.get(`A${all.length + 2}`)).toBeUndefined();
});

test('its first page prints (PDF by LibreOffice, rendered to PNG for a person to look at)', () => {
  const [pdf] = convertWithLibreOffice([SUMMARY], path.join(DIR, 'pdf'), 'pdf');
  const png = path.join(DIR, 'summary-page');
  const r = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf as string, png], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  const out = fs.readdirSync(DIR).filter((n) => n.startsWith('summary-page'));
  expect(out).toHaveLength(1);
  expect(fs.statSync(path.join(DIR, out[0] as string)).size).toBeGreaterThan(5000);
});

test('the summary workbook is never one of its inputs, and is not replaced without --force', async () => {
  const r = await runCli(['review', files[0] as string, '--summary', files[0] as string]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/review never writes over its input/);
  const again = await runCli(['review', files[0] as string, '--summary', SUMMARY]);
  expect(again.stderr).toMatch(/already exists/);
  expect(again.code).toBe(2);
});
