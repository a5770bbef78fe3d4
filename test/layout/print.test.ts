/**
 * Print setup, checked on paper: LibreOffice prints a built workbook to PDF, pdftoppm renders its
 * pages to PNG in test-output/print (git-ignored) for a person to look at. The test checks what can be
 * checked without eyes: every sheet is printed one page wide (pages = rows' pages, never columns').
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { budgetOf, exampleJson } from '../support/budgets';
import { convertWithLibreOffice } from '../support/libreoffice';
import { OUT, writeBudgetWorkbook } from './support';

const DIR = path.join(OUT, 'print');

test('the built PR workbook prints landscape, one page wide, with the State and page in the footer', async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  const file = path.join(DIR, 'pr-print.xlsx');
  await writeBudgetWorkbook(budgetOf(exampleJson('pr-example')), file);
  const [pdf] = convertWithLibreOffice([file], DIR, 'pdf');
  const info = spawnSync('pdfinfo', [pdf as string], { encoding: 'utf8' }).stdout;
  // Landscape US Letter: 792 x 612 points.
  expect(info).toMatch(/Page size:\s+792 x 612 pts/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const text = spawnSync('pdftotext', ['-layout', pdf as string, '-'], { encoding: 'utf8' }).stdout;
  const perPage = text.split('\f').filter((p) => p.trim());
  expect(perPage.length).toBe(pages);
  // Every page carries the footer: the State, "Page n of N".
  for (const [i, p] of perPage.entries()) {
    expect(p).toContain('Puerto Rico');
    expect(p).toContain(`Page ${i + 1} of ${pages}`);
  }
  // One page wide: a sheet's last column (Total Cost / PSC mark) is on the same page as its first.
  const fPages = perPage.filter((p) => /Page \d+ of \d+\s+Appendix F/.test(p));
  expect(fPages.length).toBeGreaterThan(0);
  // A page cut by columns would hold the left columns (items) without the right ones (Total Cost), or the reverse.
  for (const p of fPages) {
    expect(p).toMatch(/Total Cost/);
    expect(p).toMatch(/Subtotal|Sum of H & I|Title/);
  }
  expect(fPages.length).toBeLessThanOrEqual(4);
  // Pictures for a person to look at (kept out of git).
  spawnSync('pdftoppm', ['-png', '-r', '60', pdf as string, path.join(DIR, 'page')]);
  expect(fs.readdirSync(DIR).filter((f) => f.endsWith('.png')).length).toBe(pages);
});
