/**
 * Issue 22, item 14: the summary workbook stays well-formed when a reviewed file's name holds a
 * character XML cannot hold (U+FFFE): formulas (the link to each file) go through the XML character
 * rule as values do, and the removal is said on stderr.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { EXAMPLES } from '../support/budgets';
import { runCli } from '../support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-summary-chars-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('a file named with U+FFFE: the summary is well-formed XML, read back, the removal said', async () => {
  const file = path.join(dir, 'pr\ufffe.json');
  fs.copyFileSync(path.join(EXAMPLES, 'pr-example.budget.json'), file);
  const summary = path.join(dir, 'region.xlsx');
  const r = await runCli(['review', file, '--summary', summary]);
  expect(r.code).toBeLessThan(2);
  expect(r.stderr).toMatch(/warning: .*removed 1 character that XML cannot hold \(U\+FFFE\)/);
  const zip = await JSZip.loadAsync(fs.readFileSync(summary));
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
    const part = path.join(dir, 'part.xml');
    fs.writeFileSync(part, await zip.file(name)!.async('nodebuffer'));
    expect(() => execFileSync('xmllint', ['--noout', part], { stdio: 'pipe' })).not.toThrow();
  }
  const s = await readXlsxSnapshot(fs.readFileSync(summary), summary);
  expect(s.sheets.map((x) => x.name)).toEqual(['Summary', 'Findings']);
});
