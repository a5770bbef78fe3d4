/**
 * The bad-input corpus, OUTPUT FILES: a careless or hostile `-o` for every command that writes
 * (new, build, repair, sf424a). Each case states what the user sees. The rule is one module
 * (src/cli/outputFile.ts): never an input (device and inode, so links and other spellings count), an
 * existing file only with --force, a temporary file renamed into place and removed on failure.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { outputFileSeams, writeOutputFile } from '../../src/cli/outputFile';
import { EXAMPLES } from '../support/budgets';
import { runCli } from '../support/cli';
import { InputError } from '../../src/cli/exitCodes';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-outputs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (...names: string[]) => path.join(dir, ...names);
const budgetText = fs.readFileSync(path.join(EXAMPLES, 'pr-example.budget.json'), 'utf8');
/** Files a failed write could leave behind in `folder`: none may remain. */
const leftovers = (folder: string) => fs.readdirSync(folder).filter((f) => f.endsWith('.tmp'));

let workbook = '';
beforeAll(async () => {
  fs.writeFileSync(at('budget.json'), budgetText);
  workbook = at('pr.xlsx');
  expect((await runCli(['build', at('budget.json'), '-o', workbook])).code).toBe(0);
});

describe('never the input, even with --force', () => {
  test('sf424a budget.json --format json -o budget.json: exit 2, the budget is untouched', async () => {
    const r = await runCli(['sf424a', at('budget.json'), '--format', 'json', '-o', at('budget.json'), '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `grant-budget: ${at('budget.json')}: is the input file: sf424a never writes over its input; it is left unchanged (name another output file with -o)\n`,
    );
    expect(fs.readFileSync(at('budget.json'), 'utf8')).toBe(budgetText);
  });

  test('the same path spelled differently (./a/../budget.json): refused', async () => {
    fs.mkdirSync(at('a'), { recursive: true });
    const spelled = path.join(dir, '.', 'a', '..', 'budget.json');
    const r = await runCli([
      'sf424a',
      at('budget.json'),
      '--format',
      'csv',
      '-o',
      `${dir}/./a/../budget.json`,
      '--force',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/never writes over its input/);
    expect(path.resolve(spelled)).toBe(at('budget.json'));
    expect(fs.readFileSync(at('budget.json'), 'utf8')).toBe(budgetText);
  });

  test('a hard link to the input as -o: refused, naming the input', async () => {
    fs.linkSync(at('budget.json'), at('hard.json'));
    const r = await runCli(['build', at('budget.json'), '-o', at('hard.json'), '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `grant-budget: ${at('hard.json')}: is the input file ${at('budget.json')} (a link to it or another name for it): build never writes over its input; it is left unchanged (name another output file with -o)\n`,
    );
    expect(fs.readFileSync(at('budget.json'), 'utf8')).toBe(budgetText);
  });

  test('a symbolic link to the input workbook as -o of repair: refused, the workbook unchanged', async () => {
    const before = fs.readFileSync(workbook);
    fs.symlinkSync(workbook, at('link.xlsx'));
    const r = await runCli(['repair', workbook, '-o', at('link.xlsx'), '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /link\.xlsx: is the input file .*pr\.xlsx \(a link to it or another name for it\): repair never writes over its input/,
    );
    expect(fs.readFileSync(workbook).equals(before)).toBe(true);
  });

  test('the input reached through a symlinked folder: refused', async () => {
    fs.symlinkSync(dir, at('same-folder'));
    const r = await runCli(['sf424a', workbook, '--format', 'xml', '-o', at('same-folder', 'pr.xlsx'), '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/never writes over its input/);
    expect(fs.readFileSync(workbook).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('an existing file only with --force', () => {
  test('sf424a -o onto an existing workbook without --force: exit 2, the workbook is not turned into CSV', async () => {
    fs.copyFileSync(workbook, at('other.xlsx'));
    const r = await runCli(['sf424a', at('budget.json'), '--format', 'csv', '-o', at('other.xlsx')]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `grant-budget: ${at('other.xlsx')}: already exists; it is left unchanged (add --force to replace it, or name another output file)\n`,
    });
    expect(fs.readFileSync(at('other.xlsx')).equals(fs.readFileSync(workbook))).toBe(true);
    const forced = await runCli(['sf424a', at('budget.json'), '--format', 'csv', '-o', at('other.xlsx'), '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(at('other.xlsx'), 'utf8')).toMatch(/^section,line,column,label,amount\r\n/);
    expect(leftovers(dir)).toEqual([]);
  });

  test('-o names a folder: exit 2, "is a folder"', async () => {
    const r = await runCli(['new', '--state', 'KY', '-o', at('a'), '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`grant-budget: ${at('a')}: is a folder; name the file to write with -o\n`);
  });

  test('--force through a symbolic link replaces the file it points to and keeps the link', async () => {
    fs.writeFileSync(at('target.csv'), 'old');
    fs.symlinkSync(at('target.csv'), at('current.csv'));
    const r = await runCli(['sf424a', at('budget.json'), '--format', 'csv', '-o', at('current.csv'), '--force']);
    expect(r.code).toBe(0);
    expect(fs.lstatSync(at('current.csv')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(at('target.csv'), 'utf8')).toMatch(/^section,/);
  });
});

describe('a failed write never leaves a truncated file and never destroys the old one', () => {
  const real = outputFileSeams.writeData;
  /** A full disk: half the bytes reach the temporary file, then ENOSPC. */
  const fullDisk = async (handle: fs.promises.FileHandle, data: string | Buffer) => {
    const bytes = Buffer.from(data);
    await handle.write(bytes.subarray(0, bytes.length >> 1));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  afterEach(() => {
    outputFileSeams.writeData = real;
  });

  test('repair --force onto an existing output on a full disk: exit 2, the old output intact, no temporary file', async () => {
    fs.mkdirSync(at('full'));
    fs.writeFileSync(at('full', 'out.xlsx'), 'the old output');
    outputFileSeams.writeData = fullDisk;
    const r = await runCli(['repair', workbook, '-o', at('full', 'out.xlsx'), '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `grant-budget: ${at('full', 'out.xlsx')}: cannot be written: the disk is full; the file that was there is unchanged\n`,
    );
    expect(fs.readFileSync(at('full', 'out.xlsx'), 'utf8')).toBe('the old output');
    expect(fs.readdirSync(at('full'))).toEqual(['out.xlsx']);
  });

  test('build onto a new name on a full disk: exit 2, "nothing was written", no file at all', async () => {
    fs.mkdirSync(at('full2'));
    outputFileSeams.writeData = fullDisk;
    const r = await runCli(['build', at('budget.json'), '-o', at('full2', 'pr.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `grant-budget: ${at('full2', 'pr.xlsx')}: cannot be written: the disk is full; nothing was written\n`,
    );
    expect(fs.readdirSync(at('full2'))).toEqual([]);
  });

  test('the temporary file is a new, uniquely named file in the output folder, gone once the output is in place', async () => {
    fs.mkdirSync(at('seen'));
    const seen: string[] = [];
    outputFileSeams.writeData = async (handle, data) => {
      seen.push(...fs.readdirSync(at('seen')));
      await real(handle, data);
    };
    await writeOutputFile(at('seen', 'x.csv'), 'a,b\r\n', { command: 'test', inputs: [], force: false });
    await writeOutputFile(at('seen', 'y.csv'), 'a,b\r\n', { command: 'test', inputs: [], force: false });
    expect(seen).toHaveLength(3);
    expect(seen.filter((f) => /^\.x\.csv\.\d+\.[0-9a-f]{12}\.tmp$/.test(f))).toHaveLength(1);
    expect(fs.readdirSync(at('seen')).sort()).toEqual(['x.csv', 'y.csv']);
  });

  test('a folder that cannot be written: exit 2 naming the file, nothing left', async () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: make the parent a file instead, so the folder cannot exist.
      fs.writeFileSync(at('plain'), '');
      await expect(
        writeOutputFile(at('plain', 'x.csv'), 'x', { command: 'test', inputs: [], force: false }),
      ).rejects.toThrow(InputError);
      const r = await runCli(['sf424a', at('budget.json'), '-o', at('plain', 'x.csv')]);
      expect(r.stderr).toBe(
        `grant-budget: ${at('plain', 'x.csv')}: cannot be written: a part of its path is a file, not a folder; nothing was written\n`,
      );
      return;
    }
    fs.mkdirSync(at('ro'), { mode: 0o555 });
    const r = await runCli(['sf424a', at('budget.json'), '-o', at('ro', 'x.csv')]);
    expect(r.stderr).toBe(
      `grant-budget: ${at('ro', 'x.csv')}: cannot be written: permission denied; nothing was written\n`,
    );
  });
});
