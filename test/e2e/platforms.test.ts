/**
 * End to end, in headless Chromium, the clients the pane must not fail silently in:
 * - Internet Explorer 11 / Edge Legacy (Excel 2019 volume-licensed, Office without WebView2): the
 *   production taskpane.html says what is needed and what to do, instead of a blank pane, and the bundle
 *   does not start. (Chromium with IE11's user agent runs the page's own check; office.js is answered
 *   locally, no test reaches the network.)
 * - Excel for Mac, whose webview blocks Blob downloads: "Export SF-424A XML" shows the XML to copy,
 *   downloads nothing and never says "Saved".
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import type { Browser, Page } from 'playwright-core';
import { IE11_UA, inlineScripts } from '../support/pages';
import { E2E_SANDBOX } from '../support/e2eSandbox';
import { openSandbox as startSandbox, type OpenSandbox } from '../support/e2eBrowser';

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');

let sandbox: OpenSandbox;
let baseUrl: string;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  dir = E2E_SANDBOX;
  sandbox = await startSandbox();
  ({ baseUrl, browser } = sandbox);
}, 180_000);

afterAll(async () => sandbox?.close());

/**
 * Opens the production taskpane.html with a user agent; office.js (Microsoft's CDN) is answered with a
 * small stand-in whose Office says ExcelApi is not supported, so a bundle that starts shows its own
 * "needs a newer Excel" page: the two cases are told apart.
 */
async function openTaskpane(userAgent: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ userAgent, viewport: { width: 360, height: 700 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    const office = /office\.js$/.test(new URL(route.request().url()).pathname);
    return office
      ? route.fulfill({
          contentType: 'text/javascript',
          body: 'window.Office = { onReady: function (cb) { var i = { host: "Excel", platform: "PC" }; if (cb) cb(i); return Promise.resolve(i); }, context: { requirements: { isSetSupported: function () { return false; } } } };',
        })
      : route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}/taskpane.html`);
  return { page, errors, close: () => context.close() };
}

describe('an old client (Internet Explorer 11, Excel 2019 volume-licensed)', () => {
  it('keeps the ES5 check in the production build, ahead of the bundle', () => {
    const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
    const scripts = inlineScripts(html);
    expect(scripts).toHaveLength(1);
    expect(() => parse(scripts[0] as string, { ecmaVersion: 5 })).not.toThrow();
    // No Content-Security-Policy in the page that would refuse an inline script.
    expect(html).not.toMatch(/Content-Security-Policy/i);
  });

  it('shows what is needed and what to do, not a blank pane, and the bundle does not start', async () => {
    const { page, errors, close } = await openTaskpane(IE11_UA);
    try {
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain(
        'This add-in needs Microsoft 365, Excel 2021 or later, or Excel on the web',
      );
      expect(await alert.innerText()).toMatch(/Update Office[\s\S]*Excel on the web[\s\S]*WebView2/);
      // Give the deferred bundle its chance: it must leave the message alone.
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      expect(await page.getByText('Grant Budget needs a newer Excel').count()).toBe(0);
      expect(await page.getByRole('alert').count()).toBe(1);
      expect(errors).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, '10-internet-explorer-11.png') });
    } finally {
      await close();
    }
  });

  it('a modern client gets the bundle (here its "needs a newer Excel" page, as the stand-in Office says ExcelApi is missing)', async () => {
    const { page, close } = await openTaskpane(
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
    );
    try {
      await page.getByText('Grant Budget needs a newer Excel').waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('Excel for Mac: the SF-424A XML export', () => {
  it('shows the XML read-only with Copy, downloads nothing and never says "Saved"', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    try {
      const page = await context.newPage();
      const downloads: string[] = [];
      page.on('download', (d) => downloads.push(d.suggestedFilename()));
      await page.goto(`${baseUrl}/sandbox.html?preset=budget&platform=Mac`);
      const pane = page.locator('#pane');
      await pane.locator('li[data-code="FEDERAL_UNDER_AWARD"]').waitFor({ timeout: 20_000 });
      await pane.getByRole('tab', { name: 'SF-424A' }).click();
      await pane.getByRole('button', { name: 'Export SF-424A XML' }).click();
      const area = pane.getByRole('textbox', { name: /SF-424A XML/ });
      await area.waitFor();
      const xml = await area.inputValue();
      expect(xml).toMatch(/^<\?xml/);
      expect(await area.getAttribute('readonly')).not.toBeNull();
      const notice = await page.getByTestId('notice').innerText();
      expect(notice).toMatch(/nothing was saved/);
      expect(notice).not.toMatch(/Saved/);
      await pane.getByRole('button', { name: 'Copy XML' }).click();
      await page.getByTestId('notice').filter({ hasText: 'Copied the SF-424A XML.' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(xml);
      await page.waitForTimeout(300);
      expect(downloads).toEqual([]);
      await pane.screenshot({ path: path.join(SHOTS, '11-mac-export-xml.png') });
    } finally {
      await context.close();
    }
  }, 60_000);
});
