#!/usr/bin/env node
/* global require, module, __dirname, process, console, URL */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, run without compiling */
/**
 * The browser sandbox: builds the real task pane bundle (production mode) with the sandbox page, then
 * serves it on 127.0.0.1. Used by `npm run sandbox` and by the end-to-end tests (buildSandbox + serve).
 *   node scripts/web/sandbox.js [--port 3001] [--out dist/sandbox] [--build-only]
 */
const fs = require('fs');
const http = require('http');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

function buildSandbox(outDir) {
  const webpack = require('webpack');
  const config = require(path.join(ROOT, 'webpack.config.js'))({ sandbox: true, outDir }, { mode: 'production' });
  config.context = ROOT;
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(path.resolve(ROOT, outDir));
    });
  });
}

/** A static server for the built folder, on 127.0.0.1 only. Resolves to { server, url }. */
function serve(dir, port = 0) {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(dir, urlPath === '/' ? 'sandbox.html' : urlPath);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const out = opt('--out', 'dist/sandbox');
  const port = Number(opt('--port', '3001'));
  console.log('Building the task pane with the sandbox page (production bundle)...');
  const dir = await buildSandbox(out);
  if (args.includes('--build-only')) {
    console.log(`Built ${path.relative(ROOT, dir)}`);
    return;
  }
  const { url } = await serve(dir, port);
  console.log(`Sandbox: ${url}/sandbox.html  (the real pane beside a fake Excel workbook; Ctrl+C to stop)`);
  console.log(`         ${url}/sandbox.html?theme=dark   Office dark theme`);
  console.log(`         ${url}/sandbox.html?preset=clash sheets named like ours, with data`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}
module.exports = { buildSandbox, serve };
