#!/usr/bin/env node
/* global require, module, __dirname, __filename, process, console, URL */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, run without compiling */
/**
 * The browser sandbox: the production task pane (dist/web, the very files an add-in serves) beside the
 * sandbox page, a fake Excel workbook; served on 127.0.0.1. Used by `npm run sandbox`, the end-to-end tests
 * and the benchmark.
 *   node scripts/web/sandbox.js [--port 3001] [--out dist/sandbox] [--build-only] [--pane-built | --pane-told]
 * --pane-built: dist/web was built a moment ago, so it is not built again here.
 * --pane-told: dist/web is being built by another process (npm test's, scripts/test/prepare.js): the
 *   sandbox's own bundles are compiled meanwhile, and the pane copied once a line "built" comes on standard
 *   input (its end without it: the pane's build failed, and so does this).
 */
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const PANE_DIR = path.join(ROOT, 'dist', 'web');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

function compile(config) {
  const webpack = require('webpack');
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

const makeConfig = (env) => {
  const config = require(path.join(ROOT, 'webpack.config.js'))(env, { mode: 'production' });
  config.context = ROOT;
  return config;
};

/**
 * The preset workbook's writer (src/sandbox/presetSnapshot.node.ts) bundled for Node, with the web build's
 * loaders and resolution, into `dir`.
 */
function presetConfig(dir) {
  const web = makeConfig({ sandboxOnly: true, outDir: dir });
  return {
    name: 'sandbox-preset',
    mode: 'production',
    target: 'node',
    context: ROOT,
    entry: { preset: './src/sandbox/presetSnapshot.node.ts' },
    output: { path: dir, filename: '[name].js', library: { type: 'commonjs2' } },
    resolve: web.resolve,
    module: web.module,
    optimization: { minimize: false },
    performance: { hints: false },
    cache: { ...web.cache, name: 'production-sandbox-preset', buildDependencies: { config: [__filename] } },
  };
}

/** The pane's own script tag, from its page in dist/web, put after the sandbox's in sandbox.html. */
function addPaneScript(out) {
  const paneHtml = fs.readFileSync(path.join(PANE_DIR, 'taskpane.html'), 'utf8');
  const tag = /<script defer src="?(taskpane\.[0-9a-f]+\.js)"?><\/script>/.exec(paneHtml);
  if (!tag) throw new Error(`no pane script in ${path.join(PANE_DIR, 'taskpane.html')}`);
  const file = path.join(out, 'sandbox.html');
  const html = fs.readFileSync(file, 'utf8');
  if (!html.includes('</head>')) throw new Error(`${file} has no </head>`);
  fs.writeFileSync(file, html.replace('</head>', `<script defer src="${tag[1]}"></script></head>`));
}

/**
 * Builds the sandbox into `outDir`: the production pane (built here, or `built` already, or `told` when built
 * by another process) copied whole, the
 * sandbox's own script and page (webpack.config.js's sandboxOnly), and the preset workbook the page opens
 * (`?preset=budget`), written once here in Node through the add-in's own path.
 */
async function buildSandbox(outDir, { pane = 'build' } = {}) {
  const out = path.resolve(ROOT, outDir);
  if (pane === 'build') await compile(makeConfig({}));
  const presetDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-sandbox-preset-'));
  try {
    await compile([makeConfig({ sandboxOnly: true, outDir: out }), presetConfig(presetDir)]);
    if (pane === 'told') await toldPaneBuilt();
    if (!fs.existsSync(path.join(PANE_DIR, 'taskpane.html'))) throw new Error(`no pane in ${PANE_DIR}: npm run build`);
    fs.cpSync(PANE_DIR, out, { recursive: true });
    addPaneScript(out);
    const { presetSnapshot, PRESET_FILE } = require(path.join(presetDir, 'preset.js'));
    fs.writeFileSync(path.join(out, PRESET_FILE), JSON.stringify(await presetSnapshot()));
  } finally {
    fs.rmSync(presetDir, { recursive: true, force: true });
  }
  return out;
}

/** Resolves at a line "built" on standard input; fails at its end without one. */
function toldPaneBuilt() {
  return new Promise((resolve, reject) => {
    let heard = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => {
      heard += d;
      if (heard.split('\n').includes('built')) resolve();
    });
    process.stdin.on('end', () => reject(new Error("the pane's build failed: the sandbox is not built")));
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
  const pane = args.includes('--pane-told') ? 'told' : args.includes('--pane-built') ? 'built' : 'build';
  const dir = await buildSandbox(out, { pane });
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
