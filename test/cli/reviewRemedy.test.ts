/**
 * The command line's words for a finding's remedy (issue 11, item 6): the message of a finding is written
 * without either door's words and carries `remedy`; `review` (text, --json, and the summary workbook) adds
 * "Run `grant-budget repair` ..." from it, and a workbook that does not name its State is told --state.
 * Our own layout here (the published one is in review.test.ts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli';
import { WORKBOOK_CASES } from '../fixtures/bad-input/workbooks';

const REPAIR_WORDS = " Run `grant-budget repair` to rewrite the template's formulas.";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-remedy-'));
const file = (id: string) => path.join(dir, `${id}.xlsx`);

beforeAll(async () => {
  for (const id of ['total-overwritten-own', 'ref-in-total-own', 'state-blank-own', 'negative-amount-own']) {
    const c = WORKBOOK_CASES.find((x) => x.id === id);
    if (!c) throw new Error(`no corpus case ${id}`);
    fs.writeFileSync(file(id), await c.make());
  }
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface JsonFinding {
  code: string;
  message: string;
  remedy?: string;
}

it('our layout: a finding the repair puts right has remedy "repair" and its message names grant-budget repair, in JSON and text', async () => {
  for (const id of ['total-overwritten-own', 'ref-in-total-own']) {
    const json = await runCli(['review', file(id), '--json']);
    const findings = JSON.parse(json.stdout).findings as JsonFinding[];
    const repairable = findings.filter((f) => f.remedy === 'repair');
    expect(repairable.length).toBeGreaterThan(0);
    for (const f of repairable) expect(f.message.endsWith(REPAIR_WORDS)).toBe(true);
    // Only those: a finding the repair does not touch says nothing of it, and has no remedy key.
    for (const f of findings.filter((x) => !x.remedy)) {
      expect(f.message).not.toContain('grant-budget repair');
      expect(Object.keys(f)).not.toContain('remedy');
    }
    const text = await runCli(['review', file(id)]);
    const lines = text.stdout.split('\n').filter((l) => l.endsWith(REPAIR_WORDS));
    expect(lines).toHaveLength(repairable.length);
  }
});

it('a finding without a remedy is printed as it is written', async () => {
  const json = await runCli(['review', file('negative-amount-own'), '--json']);
  const findings = JSON.parse(json.stdout).findings as JsonFinding[];
  expect(findings.some((f) => f.code === 'NEGATIVE_AMOUNT')).toBe(true);
  expect(findings.every((f) => f.remedy === undefined && !f.message.includes('grant-budget'))).toBe(true);
});

it('the summary workbook carries the same words as the review', async () => {
  const summary = path.join(dir, 'summary.xlsx');
  await runCli(['review', file('total-overwritten-own'), '--summary', summary]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const messages: string[] = [];
  wb.getWorksheet('Findings')?.eachRow((row, n) => {
    if (n > 1) messages.push(String(row.getCell(6).value));
  });
  expect(messages.some((m) => m.endsWith(REPAIR_WORDS))).toBe(true);
});

it('our layout without its State: exit 2, and the command line offers --state', async () => {
  const r = await runCli(['review', file('state-blank-own')]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(
    /: Appendix F!\w+ should name the State \(it is blank\): type its Appendix L name or USPS code there\. Give the State with --state \(a USPS code such as KY, or its Appendix L name\)\n$/,
  );
  // --state is taken: the same workbook reads.
  expect((await runCli(['review', file('state-blank-own'), '--state', 'KY'])).code).not.toBe(2);
});
