/**
 * Issue 19, item 7: a finding's headline is under 100 characters, in plain words, the full message being one
 * click away; over every finding the whole bad-input corpus raises (workbooks of both layouts, hostile
 * workbooks, budget JSON, the examples), in English and in Spanish. Every finding message of the catalogs has
 * a headline, and a headline never quotes what a person typed (it could be any length).
 */
import * as fs from 'fs';
import * as path from 'path';
import { evaluateBudget, renderFinding, type Finding } from '../../src/budget';
import { parseBudgetJson } from '../../src/budget/budgetJson';
import { CATALOGS, wordsFor, type MessageKey } from '../../src/messages/words';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { EXAMPLES } from '../support/budgets';
import { WORKBOOK_CASES } from '../fixtures/bad-input/workbooks';
import { HOSTILE_CASES } from '../fixtures/bad-input/hostileXml';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';

const JSON_CORPUS = path.join(__dirname, '..', 'fixtures', 'bad-input', 'json');
const findings: Finding[] = [];

async function readWorkbook(bytes: Buffer, state?: string): Promise<void> {
  try {
    const read = readBudgetFromSnapshot(await readXlsxSnapshot(bytes, 'x.xlsx'), state ? { state } : {});
    if (read.ok) findings.push(...evaluateBudget(read.budget, read.findings).findings);
  } catch {
    // not a workbook: its reason is a file's, not a finding
  }
}

beforeAll(async () => {
  for (const c of WORKBOOK_CASES.filter((x) => !x.id.startsWith('zip-bomb'))) await readWorkbook(await c.make());
  for (const c of HOSTILE_CASES) await readWorkbook(await c.make(Math.min(c.count, 200)));
  await readWorkbook((await makePublishedWorkbook()).buffer, 'KY');
  const jsons = [
    ...fs.readdirSync(JSON_CORPUS).map((f) => path.join(JSON_CORPUS, f)),
    ...fs
      .readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.budget.json'))
      .map((f) => path.join(EXAMPLES, f)),
  ];
  for (const file of jsons) {
    const r = parseBudgetJson(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    if (r.ok) findings.push(...evaluateBudget(r.budget).findings);
  }
}, 300_000);

test('the corpus raises findings of every kind the pane lists', () => {
  expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThan(10);
  expect(findings.length).toBeGreaterThan(150);
});

test.each(['en', 'es'] as const)('%s: every headline is under 100 characters, and shorter than its message', (lang) => {
  const words = wordsFor(lang);
  const long: string[] = [];
  for (const f of findings) {
    const r = renderFinding(f, words);
    if (r.headline.length >= 100) long.push(`${f.code} (${r.headline.length}): ${r.headline}`);
    if (r.message.length > 100 && r.headline.length >= r.message.length) long.push(`${f.code}: no shorter`);
  }
  expect([...new Set(long)]).toEqual([]);
});

test('every finding message has a headline, in both catalogs, and no headline quotes typed text', () => {
  const keys = Object.keys(CATALOGS.en) as MessageKey[];
  // Every message a finding is said with (the award's source is a part of two of them, not a message of its own).
  const messages = keys.filter((k) => k.startsWith('finding.') && !k.startsWith('finding.award.of'));
  expect(messages.filter((k) => !keys.includes(`headline.${k}` as MessageKey))).toEqual([]);
  for (const f of findings) expect(keys).toContain(`headline.${f.message.key}`);
  for (const key of keys.filter((k) => k.startsWith('headline.')))
    for (const lang of ['en', 'es'] as const)
      expect({
        key,
        quotes: /\{\{(text|item|formula)\}\}/.test(CATALOGS[lang][key]) && !/cell\./.test(key),
      }).toEqual({
        key,
        quotes: false,
      });
});
