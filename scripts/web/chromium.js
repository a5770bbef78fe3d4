/* global require, module, process */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, run without compiling */
/**
 * Headless Chromium as every tool here launches it (the end-to-end tests, the pane's benchmark, the icons):
 * Debian's chromium, or CHROMIUM_PATH; no sandbox (CI runs as root), no GPU, nothing that reaches the network
 * on its own (component updates, sync, background requests). launch() gives it a fresh temporary profile,
 * removed when it closes.
 */
const { chromium } = require('playwright-core');

function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

module.exports = { launchChromium };
