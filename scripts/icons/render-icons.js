#!/usr/bin/env node
/* global require, module, __dirname, process, console */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, run without compiling */
/**
 * Draws the add-in's icons (assets/icon-<size>.png at 16, 32, 64, 80, 128 px) from one SVG, rendered
 * in headless Chromium so the small sizes are anti-aliased like the ribbon expects. The picture is
 * the product: a budget sheet (green header, ruled rows, a dollar column) with a check badge.
 * The small sizes drop detail (fewer rows) so they stay legible at 16 px.
 * Run: node scripts/icons/render-icons.js   (needs /usr/bin/chromium and playwright-core)
 */
const path = require('path');
const { launchChromium } = require('../web/chromium');

const SIZES = [16, 32, 64, 80, 128];

function iconSvg(size) {
  const small = size <= 32;
  const rows = small ? 2 : 4;
  // Everything is drawn on a 128 grid and scaled by the viewBox.
  const lines = [];
  const top = 42;
  const step = small ? 26 : 15;
  for (let i = 0; i < rows; i++) {
    const y = top + i * step;
    lines.push(`<rect x="22" y="${y}" width="${small ? 38 : 44}" height="${small ? 10 : 7}" rx="2" fill="#9fb7c9"/>`);
    lines.push(
      `<rect x="${small ? 66 : 72}" y="${y}" width="${small ? 26 : 22}" height="${small ? 10 : 7}" rx="2" fill="#217346"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="10" y="6" width="94" height="112" rx="10" fill="#ffffff" stroke="#1f4e79" stroke-width="${small ? 8 : 5}"/>
  <rect x="10" y="6" width="94" height="${small ? 26 : 26}" rx="10" fill="#217346"/>
  <rect x="10" y="22" width="94" height="10" fill="#217346"/>
  <text x="57" y="27" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="24" fill="#ffffff" text-anchor="middle">${small ? '' : '$'}</text>
  ${lines.join('\n  ')}
  <circle cx="94" cy="96" r="${small ? 30 : 27}" fill="#0f6cbd" stroke="#ffffff" stroke-width="5"/>
  <path d="M${small ? '79 96 l10 11 l20 -22' : '81 96 l9 10 l18 -20'}" fill="none" stroke="#ffffff" stroke-width="${small ? 10 : 8}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

async function main() {
  const out = path.join(__dirname, '..', '..', 'assets');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`);
      const file = path.join(out, `icon-${size}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
module.exports = { iconSvg, SIZES };
