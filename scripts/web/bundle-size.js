#!/usr/bin/env node
/* global require, module, process, console */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, run without compiling */
/**
 * Prints the gzipped size of the JavaScript the pane loads before it can show anything (the scripts of
 * taskpane.html), and of the chunks it loads later (the SF-424A panel, the writers). Run after the web build:
 *   node scripts/web/bundle-size.js [dist/web]
 * The aim is at most 100 KB gzipped for the initial JavaScript; above that it warns (it does not fail).
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const AIM_KB = 100;

function gzipKb(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

function measure(dir) {
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  const initial = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ''));
  const allJs = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  const later = allJs.filter((f) => !initial.includes(f) && !/^(commands|sandbox)\./.test(f));
  const row = (f) => ({ file: f, gzipKb: gzipKb(path.join(dir, f)) });
  return { initial: initial.map(row), later: later.map(row) };
}

function main() {
  const dir = path.resolve(process.argv[2] ?? 'dist/web');
  const { initial, later } = measure(dir);
  const total = initial.reduce((n, r) => n + r.gzipKb, 0);
  for (const r of initial) console.log(`  initial  ${r.file.padEnd(34)} ${r.gzipKb.toFixed(1).padStart(7)} KB gzipped`);
  for (const r of later) console.log(`  lazy     ${r.file.padEnd(34)} ${r.gzipKb.toFixed(1).padStart(7)} KB gzipped`);
  console.log(`Initial JavaScript of the task pane: ${total.toFixed(1)} KB gzipped (aim: at most ${AIM_KB} KB).`);
  // The pane draws with the initial JavaScript, then fetches the workbook chunk for its first check.
  const firstCheck = later.filter((r) => /^workbook\./.test(r.file)).reduce((n, r) => n + r.gzipKb, total);
  if (firstCheck > total)
    console.log(`With the workbook chunk of the first check: ${firstCheck.toFixed(1)} KB gzipped.`);
  if (total > AIM_KB) console.warn(`WARNING: the initial JavaScript is over the ${AIM_KB} KB aim.`);
}

if (require.main === module) main();
module.exports = { measure };
