/**
 * The command line starts at once: a command's module, and the libraries it needs, load only when that
 * command runs (src/cli/main.ts). Seen in a real process of the built command, with a hook that records
 * every package required: `--version` and `--help` load none of exceljs, saxes, zod; `review` of a
 * workbook never loads exceljs (nor zod, which reads budget JSON, nor saxes, which reads only XML outside what
 * spreadsheet programs write: src/xlsx/plainXml.ts); `sf424a` of a budget JSON loads zod only; `build` loads
 * exceljs's Workbook without the streaming reader and writer its package's entry loads.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../support/cli';

const HOOK = `
const Module = require('module');
const load = Module._load;
const seen = new Set();
Module._load = function (request, parent) {
  // a package by its name or by a file of it (exceljs's Workbook is required by its own path)
  const name = /^(exceljs|saxes|zod|jszip)([/]|$)/.exec(request);
  if (name) seen.add(name[1]);
  // exceljs's streaming reader and writer, which its package entry loads and src/xlsx never uses
  if (parent && parent.filename && parent.filename.includes('/node_modules/exceljs/')) {
    const file = Module._resolveFilename(request, parent);
    if (file.includes('/node_modules/exceljs/lib/stream/')) seen.add('exceljs streams');
  }
  return load.apply(this, arguments);
};
process.on('exit', () => process.stderr.write('\\npackages:' + [...seen].sort().join(',') + '\\n'));
`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-startup-'));
const hook = path.join(dir, 'packages.js');
fs.writeFileSync(hook, HOOK);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function packagesLoaded(args: string[]): { code: number | null; packages: string[] } {
  const r = spawnSync(process.execPath, ['--require', hook, path.join(REPO, 'bin', 'grant-budget.js'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = /\npackages:(.*)\n$/.exec(r.stderr);
  if (!line) throw new Error(`no record of packages (exit ${r.status}):\n${r.stderr}`);
  return { code: r.status, packages: line[1] ? (line[1] as string).split(',') : [] };
}

const WORKBOOK = path.join(REPO, 'test', 'fixtures', 'published', 'ky-published.xlsx');

test.each([['--version'], ['-V'], ['--help']])('%s loads none of exceljs, saxes, zod', (flag) => {
  expect(packagesLoaded([flag])).toEqual({ code: 0, packages: [] });
});

test('review of a workbook loads neither exceljs nor zod (nor saxes, for XML as spreadsheet programs write it)', () => {
  const r = packagesLoaded(['review', WORKBOOK, '--state', 'KY']);
  expect(r.packages).toEqual([]);
  expect([0, 1]).toContain(r.code);
});

test("build loads exceljs's Workbook, not the streaming reader and writer of exceljs's entry", () => {
  const out = path.join(dir, 'built.xlsx');
  expect(packagesLoaded(['build', path.join(REPO, 'examples', 'pr.budget.json'), '-o', out])).toEqual({
    code: 0,
    packages: ['exceljs', 'jszip', 'saxes', 'zod'], // saxes: exceljs's own reader, loaded with its Workbook
  });
});

test('sf424a of a budget JSON loads zod only', () => {
  expect(packagesLoaded(['sf424a', path.join(REPO, 'examples', 'pr.budget.json')])).toEqual({
    code: 0,
    packages: ['zod'],
  });
});
