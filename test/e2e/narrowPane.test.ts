/**
 * Issue 19, items 6-10 in Chromium: the pane at 270 px (Excel for Mac's default) and 350 px, in both themes, over
 * a workbook that holds a budget (the officer's path) and one in OSHA's published layout (the reviewer's): every
 * tab axe-clean, nothing scrolling sideways or cut off, one primary button per view; in forced colours only the
 * selected tab underlined; and a keyboard-only run that asserts where focus is after each action. Screenshots:
 * test-output/screenshots/30-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import { openSandbox, type OpenSandbox } from '../support/e2eBrowser';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, clipped, focused } from './paneFollows';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { a1, isErrorValue } from '../../src/port/workbookPort';

/** The published-layout fixture's cells, as the sandbox takes them: each sheet's values, formulas as typed. */
async function publishedCells() {
  const snapshot = await readXlsxSnapshot((await makePublishedWorkbook()).buffer, 'ky-published.xlsx');
  return snapshot.sheets.map((s) => ({
    sheet: s.name,
    address: a1(s.origin.row, s.origin.col),
    rows: s.cells.map((row) =>
      row.map((c) => c.formula ?? (c.value === null || isErrorValue(c.value) ? null : (c.value as string | number))),
    ),
  }));
}

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');

let sandbox: OpenSandbox;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  sandbox = await openSandbox();
  ({ baseUrl, browser } = sandbox);
}, 180_000);

afterAll(async () => sandbox?.close());

const pane = (page: Page) => page.locator('#pane');

async function open(query: string, width: number, cells?: unknown): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 2400 } });
  const page = await context.newPage();
  if (cells)
    await page.addInitScript((c) => ((window as unknown as Record<string, unknown>).__gbSandboxCells = c), cells);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}/sandbox.html${query}`);
  await page.evaluate((w) => {
    (document.getElementById('pane') as HTMLElement).style.width = `${w}px`;
  }, width);
  await page.getByTestId('check-summary').filter({ hasNotText: 'Reading the workbook' }).waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);
  return page;
}

const primaries = (page: Page) => pane(page).locator('button[data-primary]:visible').count();

describe.each([
  [270, 'light'],
  [270, 'dark'],
  [350, 'light'],
  [350, 'dark'],
] as const)('the officer at %d px (%s theme)', (width, theme) => {
  it('every tab: axe clean, nothing sideways or cut, one primary button', async () => {
    const page = await open(`?preset=budget${theme === 'dark' ? '&theme=dark' : ''}`, width);
    try {
      await pane(page).locator('li[data-code]').first().waitFor({ timeout: 30_000 });
      for (const tab of ['Checks', 'SF-424A', 'Review']) {
        await pane(page).getByRole('tab', { name: tab }).click();
        await page.waitForTimeout(300);
        await pane(page).screenshot({ path: path.join(SHOTS, `30-${width}-${theme}-${tab.toLowerCase()}.png`) });
        expect(await clipped(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        expect(await primaries(page)).toBeLessThanOrEqual(1);
      }
    } finally {
      await page.context().close();
    }
  }, 120_000);
});

describe.each([270, 350])('the reviewer at %d px', (width) => {
  it("opens a published workbook's review on Review, Repair the one primary action", async () => {
    const page = await open('', width, await publishedCells());
    try {
      await pane(page).getByRole('tab', { name: 'Review' }).and(page.locator('[aria-selected="true"]')).waitFor();
      expect(await pane(page).getByRole('button', { name: 'Repair totals' }).getAttribute('data-primary')).toBe('');
      expect(await primaries(page)).toBe(1);
      await pane(page).screenshot({ path: path.join(SHOTS, `30-${width}-reviewer-first-screen.png`) });
      expect(await clipped(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 120_000);
});

it('in forced colours, only the selected tab is underlined', async () => {
  const page = await open('?preset=budget', 350);
  try {
    await page.emulateMedia({ forcedColors: 'active' });
    const borders = await pane(page)
      .getByRole('tab')
      .evaluateAll((tabs) =>
        tabs.map((t) => `${t.getAttribute('aria-selected')}:${getComputedStyle(t).borderBottomStyle}`),
      );
    expect(borders).toEqual(['true:solid', 'false:none', 'false:none']);
    await pane(page).screenshot({ path: path.join(SHOTS, '30-forced-colors.png') });
  } finally {
    await page.context().close();
  }
}, 120_000);

it('keyboard only: focus lands on the result of every action', async () => {
  const page = await open('', 350);
  const at = async (pattern: RegExp) => {
    for (let i = 0; i < 100 && !pattern.test(await focused(page)); i++) await page.waitForTimeout(100);
    expect(await focused(page)).toMatch(pattern);
  };
  const tabTo = async (pattern: RegExp) => {
    for (let i = 0; i < 40 && !pattern.test(await focused(page)); i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(pattern);
  };
  try {
    await pane(page).getByLabel('State', { exact: true }).focus();
    await page.keyboard.type('Kentucky');
    await tabTo(/\|button\|Insert templates$/);
    await page.keyboard.press('Enter');
    await at(/^notice\|/); // the result of Insert
    await tabTo(/\|button\|Change this budget's State$/);
    await page.keyboard.press('Enter');
    await at(/\|select\|/); // the question: which State
    await page.keyboard.press('Escape');
    await at(/\|button\|Insert templates$/); // Esc closes it, back where it was asked
    await tabTo(/\|button\|Insert templates for another State$/);
    await page.keyboard.press('Enter');
    await at(/\|select\|/);
    await page.keyboard.press('Escape');
    await tabTo(/\|tab\|Checks$/);
    await page.keyboard.press('End');
    await at(/\|tab\|Review$/);
    await tabTo(/\|button\|Repair totals$/);
    await page.keyboard.press('Enter');
    await at(/^notice\|/); // the result of the repair
    await tabTo(/\|button\|Review this workbook$/);
    await page.keyboard.press('Enter');
    await at(/^check-summary\|/); // the review's result: the status line
  } finally {
    await page.context().close();
  }
}, 180_000);
