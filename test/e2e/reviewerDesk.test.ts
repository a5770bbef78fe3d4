/**
 * End to end, in headless Chromium: the Review tab's "Compare with the submitted SF-424A" in the real
 * pane bundle over the sandbox workbook that already holds a budget. The SF-424A XML is exported from
 * the pane itself, one figure is changed as a State might retype it, pasted back, and exactly that
 * difference is listed; clicking it selects the SF-424A cell that computes the figure. Screenshot: test-output/screenshots/08-compare-submitted-sf424a.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { openSandbox as startSandbox, type OpenSandbox } from '../support/e2eBrowser';

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
let sandbox: OpenSandbox;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  sandbox = await startSandbox();
  ({ baseUrl, browser } = sandbox);
}, 300_000);

afterAll(async () => sandbox?.close());

it('compares a pasted SF-424A with the open budget and lists the one figure that differs', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/sandbox.html?preset=budget`);
    const pane = page.locator('#pane');
    await pane.locator('li[data-code="FEDERAL_UNDER_AWARD"]').waitFor({ timeout: 30_000 });
    await pane.getByRole('tab', { name: 'SF-424A' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pane.getByRole('button', { name: 'Export SF-424A XML' }).click(),
    ]);
    const xml = fs.readFileSync(await download.path(), 'utf8');
    const personnel = /<SF424A:BudgetPersonnelRequestedAmount>([\d.]+)</.exec(xml)?.[1] as string;
    const changed = xml.replace(
      `<SF424A:BudgetPersonnelRequestedAmount>${personnel}<`,
      `<SF424A:BudgetPersonnelRequestedAmount>${(Number(personnel) + 100).toFixed(2)}<`,
    );
    await pane.getByRole('tab', { name: 'Review' }).click();
    await pane.getByRole('textbox', { name: 'Submitted SF-424A (Grants.gov XML)' }).fill(changed);
    await pane.getByRole('button', { name: 'Compare' }).click();
    const result = pane.getByTestId('reconcile-result');
    await result.waitFor();
    const items = await result.getByRole('list', { name: 'Differences' }).getByRole('listitem').allTextContents();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(
      /^B line 6a \(1\) Personnel: submitted .* \(\$100\.00\)Go to SF-424A!C\d+, its formula on SF-424A$/,
    );
    // The difference is a button: it selects, in the workbook, the SF-424A cell whose formula computes the figure.
    await result.getByRole('button', { name: /^B line 6a \(1\) Personnel: .*Go to SF-424A!C\d+/ }).click();
    const cell = /Go to SF-424A!(C\d+)/.exec(items[0] as string)?.[1] as string;
    await page.waitForFunction((c) => {
      const wb = (window as unknown as { __sandbox: { wb: { selection: { sheet: string; address: string } | null } } })
        .__sandbox.wb;
      return wb.selection?.sheet === 'SF-424A' && wb.selection.address === c;
    }, cell);
    const formula = await page.evaluate(
      (c) =>
        (
          window as unknown as { __sandbox: { wb: { cellText(s: string, a: string): { formula: string | null } } } }
        ).__sandbox.wb.cellText('SF-424A', c).formula,
      cell,
    );
    // Column (1) Administration of 6a: Appendix F's personnel subtotal, Administration less its private-sector part.
    expect(formula).toMatch(/^='Appendix F'!F\d+-'Appendix F'!N\d+$/);
    await result.scrollIntoViewIfNeeded();
    await pane.screenshot({ path: path.join(SHOTS, '08-compare-submitted-sf424a.png') });
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);
