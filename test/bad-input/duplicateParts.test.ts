/**
 * Issue 22, item 2: a package with two entries of one part name (or a part whose local header names
 * another) is damaged: every door refuses it in words, exit 2, and nothing is written.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { patchPackage, PackageError } from '../../src/xlsx/patchPackage';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { runCli } from '../support/cli';
import { expectNoCrash, sha256 } from '../support/crash';
import { duplicatePart } from '../fixtures/bad-input/roundTwo';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-duplicate-parts-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SAID: Record<string, RegExp> = {
  same: /is a damaged zip file: it holds the part xl\/worksheets\/\w+\.xml twice, and programs disagree/,
  case: /is a damaged zip file: it holds the part xl\/worksheets\/\w+\.xml \(also as XL\/WORKSHEETS\/\w+\.XML\) twice/,
  'local-name':
    /is a damaged zip file \(its table of contents names the part xl\/worksheets\/\w+\.xml where the part xl\/worksheets\/other\.xml is stored\)/,
};

describe.each(['same', 'case', 'local-name'] as const)('a part stored twice (%s)', (how) => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, `${how}.xlsx`);
    fs.writeFileSync(file, await duplicatePart(how));
  });

  it.each([
    ['review', (f: string) => ['review', f]],
    ['review --json', (f: string) => ['review', '--json', f]],
    ['repair', (f: string) => ['repair', f, '-o', path.join(dir, `${how}-repaired.xlsx`)]],
    ['build', (f: string) => ['build', f, '-o', path.join(dir, `${how}-built.xlsx`)]],
    ['sf424a', (f: string) => ['sf424a', f, '--format', 'json']],
  ])('%s refuses it in words, exit 2, nothing written', async (_, args) => {
    const before = sha256(file);
    const r = await runCli(args(file));
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(SAID[how] as RegExp);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith(`${how}-`))).toEqual([]);
    expect(sha256(file)).toBe(before);
  });

  it('the package patcher refuses it too, whatever the reader did', async () => {
    const bytes = fs.readFileSync(file);
    await expect(readXlsxSnapshot(bytes, file)).rejects.toThrow(SAID[how] as RegExp);
    if (how === 'local-name') return; // one entry per name: the patcher copies it whole, as it is
    const plan = {
      ops: [
        {
          op: 'cells' as const,
          sheet: 'Appendix F',
          address: 'K97',
          rows: [[{ kind: 'formula' as const, formula: '=1' }]],
        },
      ],
    };
    expect(() => patchPackage(bytes, file, plan)).toThrow(PackageError);
    expect(() => patchPackage(bytes, file, plan)).toThrow(/holds the part .* twice/);
  });
});
