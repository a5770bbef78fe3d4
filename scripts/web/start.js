#!/usr/bin/env node
/* global require, __dirname, process, console */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, run without compiling */
/**
 * `npm start`: the add-in's dev server.
 * - Where Excel desktop is installed (Windows, macOS): https://localhost:3000 with the Office dev
 *   certificates (office-addin-dev-certs: it creates a local CA and trusts it, asking once), then
 *   sideloads manifest.xml (Windows: the WEF developer registry key; macOS: Excel's wef folder) and opens
 *   Excel. The add-in's button is on the Home tab.
 * - Elsewhere (Linux, or no Excel): says so, and serves the sandbox on http://127.0.0.1:3000/sandbox.html,
 *   the real pane beside a fake workbook.
 * Flags: --sandbox (always the sandbox), --no-sideload (serve only).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const args = process.argv.slice(2);

function excelInstalled() {
  if (process.platform === 'win32') {
    const r = spawnSync('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe'], {
      encoding: 'utf8',
    });
    return r.status === 0;
  }
  if (process.platform === 'darwin') return fs.existsSync('/Applications/Microsoft Excel.app');
  return false;
}

function manifestId() {
  const m = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(MANIFEST, 'utf8'));
  if (!m) throw new Error('manifest.xml has no <Id>');
  return m[1].trim();
}

/** Registers manifest.xml with Excel desktop the way Office's own sideloading tools do. */
function sideload() {
  if (process.platform === 'win32') {
    const key = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
    const r = spawnSync('reg', ['add', key, '/v', manifestId(), '/t', 'REG_SZ', '/d', MANIFEST, '/f'], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`could not register the manifest under ${key}: ${r.stderr}`);
    spawnSync('cmd', ['/c', 'start', '', 'excel'], { stdio: 'ignore' });
    return `registered under ${key}; Excel is opening`;
  }
  const wef = path.join(os.homedir(), 'Library', 'Containers', 'com.microsoft.Excel', 'Data', 'Documents', 'wef');
  fs.mkdirSync(wef, { recursive: true });
  fs.copyFileSync(MANIFEST, path.join(wef, `${manifestId()}.manifest.xml`));
  spawnSync('open', ['-a', 'Microsoft Excel'], { stdio: 'ignore' });
  return `copied to ${wef}; Excel is opening`;
}

async function devServer(config, options) {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const server = new WebpackDevServer({ ...config.devServer, ...options }, webpack(config));
  await server.start();
  return server;
}

async function main() {
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  const wantSandbox = args.includes('--sandbox') || !excelInstalled();
  if (wantSandbox) {
    if (!args.includes('--sandbox')) {
      console.log(
        `No Excel desktop on this machine (${process.platform}): serving the sandbox instead, the real task pane beside a fake workbook.`,
      );
      console.log(
        'For Excel on the web, serve the add-in over https on a machine with the Office dev certificates and upload manifest.xml (see the README).',
      );
    }
    const config = makeConfig({ sandbox: true, outDir: 'dist/sandbox' }, { mode: 'development' });
    await devServer(config, { host: '127.0.0.1', port: 3000, server: 'http', open: false });
    console.log('Sandbox: http://127.0.0.1:3000/sandbox.html   (?theme=dark, ?preset=clash)');
    return;
  }
  let https;
  try {
    https = await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch (e) {
    console.error(`The Office dev certificates could not be set up: ${e.message ?? e}`);
    console.error(
      'Run `npx office-addin-dev-certs install` (it asks to trust a local CA once), or use `npm start -- --sandbox`.',
    );
    process.exit(1);
  }
  const config = makeConfig({ sandbox: true, outDir: 'dist/dev' }, { mode: 'development' });
  await devServer(config, { host: 'localhost', port: 3000, server: { type: 'https', options: https } });
  console.log('Dev server: https://localhost:3000/taskpane.html (sandbox at /sandbox.html)');
  if (!args.includes('--no-sideload')) {
    try {
      console.log(`Sideloading manifest.xml: ${sideload()}. Open Grant Budget from the Home tab.`);
    } catch (e) {
      console.error(
        `Sideloading failed: ${e.message ?? e}. In Excel: Insert > Add-ins > My Add-ins > Upload My Add-in, and pick manifest.xml.`,
      );
    }
  }
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
