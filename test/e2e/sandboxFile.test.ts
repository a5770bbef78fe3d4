/**
 * End to end, in headless Chromium: the sandbox opens a real .xlsx through `?file=` (issue 19, "so that
 * anyone can try this"): OSHA's published layout, as a State submits it, opened into the fake workbook and
 * reviewed by the real pane bundle. Its sheets are the file's, the pane finds the published layout, and
 * clicking a sheet tab activates that sheet. Screenshot: test-output/screenshots/20-sandbox-opened-published.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import { openSandbox, type OpenSandbox } from '../support/e2eBrowser';
import type { Browser } from 'playwright-core';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'published', 'ky-published.xlsx');
let sandbox: OpenSandbox;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  sandbox = await openSandbox([FIXTURE]);
  ({ baseUrl, browser } = sandbox);
}, 180_000);

afterAll(async () => sandbox?.close());

it('opens a published-layout workbook through ?file= and the pane reviews it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/sandbox.html?file=files/ky-published.xlsx`);
    const pane = page.locator('#pane');
    // The pane finds OSHA's published layout in the opened file.
    await pane
      .getByText(/published/i)
      .first()
      .waitFor({ timeout: 30_000 });
    const tabs = await page.locator('#tabs button').allTextContents();
    const snap = await readXlsxSnapshot(fs.readFileSync(FIXTURE), FIXTURE);
    expect(tabs).toEqual(snap.sheetNames.filter((s) => s.visibility === 'visible').map((s) => s.name));
    // The grid shows the file's own cells: the first sheet's first text is on the page.
    const first = snap.sheets[0];
    const someText = first?.cells.flat().find((c) => typeof c.value === 'string' && c.value.trim().length > 3)?.value;
    await page
      .locator('#grid-wrap td', { hasText: String(someText).trim().slice(0, 20) })
      .first()
      .waitFor();
    // Clicking another tab activates that sheet, as in Excel.
    const other = tabs[tabs.length - 1] as string;
    await page.locator('#tabs button', { hasText: other }).click();
    await page.waitForFunction(
      (name) =>
        (window as unknown as { __sandbox: { wb: { activeSheet: string | null } } }).__sandbox.wb.activeSheet === name,
      other,
    );
    await page.screenshot({ path: path.join(SHOTS, '20-sandbox-opened-published.png') });
    // The reviewer names the State, and the pane reviews the submitted workbook.
    await pane.getByLabel('State').selectOption({ label: 'Kentucky' });
    await pane
      .getByTestId('check-summary')
      .filter({ hasText: /error|warning|no problem/i })
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SHOTS, '21-sandbox-published-reviewed.png') });
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);
