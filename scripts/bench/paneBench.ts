/**
 * `pane`: median milliseconds from navigation to the task pane's first rendered check list, in headless
 * Chromium over the sandbox (the production pane's own files) with a workbook that already holds a budget
 * (`?preset=budget`, opened as saved data), 5 runs, each in a fresh browser context (no cache). Taken by
 * the page's own clock; Playwright's view, which adds its round trips (about 250 ms), is printed beside it.
 * `bundle`: the pane's initial JavaScript, gzipped, as the production build prints it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Server } from 'http';
import type { Browser } from 'playwright-core';
import { median, round } from './stats';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sandboxJs = require(path.join(ROOT, 'scripts', 'web', 'sandbox.js')) as {
  serve(dir: string, port?: number): Promise<{ server: Server; url: string }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const chromiumJs = require(path.join(ROOT, 'scripts', 'web', 'chromium.js')) as { launchChromium(): Promise<Browser> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundleJs = require(path.join(ROOT, 'scripts', 'web', 'bundle-size.js')) as {
  measure(dir: string): { initial: { file: string; gzipKb: number }[]; later: { file: string; gzipKb: number }[] };
};

/** Issue 21's targets: the first check list within 700 ms of navigation; the initial JavaScript at most 100 KB gzipped. */
export const PANE_TARGET_MS = 700;
export const BUNDLE_TARGET_KB = 100;

export interface BundleFigures {
  initialGzipBytes: number;
  initialFiles: string[];
  firstCheckChunkGzipBytes: number;
  lazyGzipBytes: number;
}

export function benchBundle(webDir = path.join(ROOT, 'dist', 'web')): BundleFigures {
  if (!fs.existsSync(path.join(webDir, 'taskpane.html')))
    throw new Error(`no production build in ${webDir}: run npm run build`);
  const { initial, later } = bundleJs.measure(webDir);
  const kb = (rows: { gzipKb: number }[]) => Math.round(rows.reduce((n, r) => n + r.gzipKb, 0) * 1024);
  return {
    initialGzipBytes: kb(initial),
    initialFiles: initial.map((r) => r.file),
    firstCheckChunkGzipBytes: kb(later.filter((r) => /^workbook\./.test(r.file))),
    lazyGzipBytes: kb(later),
  };
}

/**
 * Set in the page before any of its scripts: the time, on the page's own clock (milliseconds since the
 * navigation started), of the first frame drawn after the first item of the findings list entered the page.
 */
function markFirstList(): void {
  const w = window as unknown as { __gbFirstList?: number };
  const seen = new MutationObserver(() => {
    if (!document.querySelector('ul[aria-label="Findings"] li')) return;
    seen.disconnect();
    requestAnimationFrame(() => (w.__gbFirstList = performance.now()));
  });
  seen.observe(document, { subtree: true, childList: true });
}

export interface PaneFigures {
  /** Median of the page's own clock: navigation start to the first frame with the list (the target's figure). */
  medianMs: number;
  runsMs: number[];
  /** Median as Playwright sees it: from asking for the page to seeing the list, its round trips included. */
  wallMedianMs: number;
}

export async function benchPane(runs = 5): Promise<PaneFigures> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-bench-sandbox-'));
  const build = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts', 'web', 'sandbox.js'), '--build-only', '--pane-built', '--out', out],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`sandbox build failed: ${build.stderr}`);
  const dir = path.isAbsolute(out) ? out : path.join(ROOT, out);
  const { server, url } = await sandboxJs.serve(dir, 0);
  const browser = await chromiumJs.launchChromium();
  const times: number[] = [];
  const wall: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      await context.addInitScript(markFirstList);
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${url}/sandbox.html?preset=budget`);
      await page.waitForFunction(
        () => (window as unknown as { __gbFirstList?: number }).__gbFirstList !== undefined,
        undefined,
        { timeout: 30_000 },
      );
      const ms = Date.now() - t0;
      const inPage = await page.evaluate(() => (window as unknown as { __gbFirstList: number }).__gbFirstList);
      if (i > 0) {
        // the first run warms Chromium itself, not the pane
        times.push(round(inPage, 0));
        wall.push(ms);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { medianMs: round(median(times), 0), runsMs: times, wallMedianMs: round(median(wall), 0) };
}
