/**
 * The README's command-line examples, run as written (between its `cli-examples` markers), in order, in
 * a scratch folder that has the repository's `examples` and `test` folders: each must exit 0 and use only
 * files the repository has or an earlier example wrote. `npx grant-budget` is the built bin/grant-budget.js.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../support/cli';

const README = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const BIN = path.join(REPO, 'bin', 'grant-budget.js');

/** The command lines between the markers, each without its trailing comment (two spaces, then #). */
function readmeExamples(): string[] {
  const start = README.indexOf('<!-- cli-examples:start -->');
  const end = README.indexOf('<!-- cli-examples:end -->');
  if (start < 0 || end < start)
    throw new Error('README.md has no <!-- cli-examples:start --> ... <!-- cli-examples:end --> block');
  return README.slice(start, end)
    .split('\n')
    .filter((l) => l.startsWith('npx grant-budget '))
    .map((l) => l.replace(/\s{2,}#.*$/, '').trim());
}

const examples = readmeExamples();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-readme-'));
beforeAll(() => {
  fs.symlinkSync(path.join(REPO, 'examples'), path.join(scratch, 'examples'));
  fs.symlinkSync(path.join(REPO, 'test'), path.join(scratch, 'test'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

test('the README shows the examples of every command', () => {
  expect(examples.length).toBeGreaterThanOrEqual(8);
  for (const command of ['new', 'build', 'review', 'repair', 'sf424a'])
    expect(examples.some((e) => e.startsWith(`npx grant-budget ${command} `))).toBe(true);
});

test('the files the examples read are in the repository', () => {
  for (const e of examples) {
    for (const word of e.split(/\s+/).filter((w) => /^(examples|test)\//.test(w)))
      expect({ word, exists: fs.existsSync(path.join(REPO, word)) }).toEqual({ word, exists: true });
  }
});

// In order: later examples read what earlier ones wrote (pr.xlsx, ky.xlsx, ky-repaired.xlsx).
test.each(examples.map((e, i) => [i + 1, e]))('example %i exits 0: %s', (_i, example) => {
  const command = String(example).replace(/^npx grant-budget /, `'${process.execPath}' '${BIN}' `);
  const r = spawnSync('sh', ['-c', command], { cwd: scratch, encoding: 'utf8', timeout: 120000 });
  expect({ example, code: r.status, stderr: r.stderr }).toEqual({
    example,
    code: 0,
    stderr: expect.not.stringMatching(/Error|grant-budget: (?!.*: warning)/),
  });
  // `-o -` is standard output: no example leaves a file named "-".
  expect(fs.existsSync(path.join(scratch, '-'))).toBe(false);
});

test('what the examples wrote through a redirection is a workbook', () => {
  for (const e of examples.filter((x) => / -o - > \S+\.xlsx$/.test(x))) {
    const file = path.join(scratch, e.slice(e.lastIndexOf(' ') + 1));
    expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  }
});
