/**
 * The sandbox served and a headless Chromium, for an e2e file: the sandbox is the one production build the
 * e2e project's globalSetup made (e2eSandbox.ts), never built again by a file. `files`: files to serve
 * beside it under files/ (a workbook for `?file=`).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Server } from 'http';
import type { Browser } from 'playwright-core';
import { E2E_SANDBOX } from './e2eSandbox';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/web/sandbox.js') as {
  serve(dir: string, port?: number): Promise<{ server: Server; url: string }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchChromium } = require('../../scripts/web/chromium.js') as { launchChromium(): Promise<Browser> };

export interface OpenSandbox {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSandbox(files: readonly string[] = []): Promise<OpenSandbox> {
  if (files.length) fs.mkdirSync(path.join(E2E_SANDBOX, 'files'), { recursive: true });
  for (const f of files) fs.copyFileSync(f, path.join(E2E_SANDBOX, 'files', path.basename(f)));
  const { server, url } = await serve(E2E_SANDBOX, 0);
  const browser = await launchChromium();
  return {
    baseUrl: url,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
