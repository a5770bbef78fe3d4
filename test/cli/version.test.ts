/** `grant-budget --version` and `-V` (commander's convention) print package.json's version and exit 0. */
import * as fs from 'fs';
import * as path from 'path';
import { REPO, runBuiltCli } from '../support/cli';

const version = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

test.each(['--version', '-V'])('%s prints the version of package.json, exit 0', (flag) => {
  expect(runBuiltCli([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
});

test('--help lists --version', () => {
  const r = runBuiltCli(['--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/-V, --version\s+print the version of grant-budget/);
});
