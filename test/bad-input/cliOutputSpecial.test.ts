/**
 * The bad-input corpus, OUTPUTS THAT ARE NOT REGULAR FILES (issue 22, items 3 and 15): a device, a
 * pipe, a link to standard output, a dangling link, standard output redirected onto the input, a full
 * device, a name near the file system's 255 bytes. Devices are made with mknod in a temporary folder
 * (the machine's own /dev/null and /dev/full are never the test's output: a failing run would
 * replace them), so the device cases run as root only, as CI does.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLES } from '../support/budgets';
import { REPO, runCli } from '../support/cli';
import { expectNoCrash, sha256 } from '../support/crash';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-special-outputs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (...names: string[]) => path.join(dir, ...names);
const budget = path.join(EXAMPLES, 'pr-example.budget.json');
const BIN = path.join(REPO, 'bin', 'grant-budget.js');

/** A character device node in the temporary folder (major, minor), or null when this user cannot make one. */
function device(name: string, major: number, minor: number): string | null {
  const file = at(name);
  const r = spawnSync('mknod', [file, 'c', String(major), String(minor)]);
  return r.status === 0 ? file : null;
}
const asRoot = process.getuid?.() === 0 ? it : it.skip;

describe('a device as the output is written to, never replaced', () => {
  asRoot('-o null.xlsx --force, a /dev/null node: the node stays a device, exit 0', async () => {
    const node = device('null.xlsx', 1, 3) as string;
    const r = await runCli(['new', '--state', 'KY', '-o', node, '--force']);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(fs.lstatSync(node).isCharacterDevice()).toBe(true);
  });

  asRoot('-o full.json, a /dev/full node: the full disk said in words, exit 2, the node stays', async () => {
    const node = device('full.json', 1, 7) as string;
    const r = await runCli(['sf424a', budget, '--format', 'json', '-o', node, '--force']);
    expectNoCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`grant-budget: ${node}: cannot be written: the disk is full\n`);
    expect(fs.lstatSync(node).isCharacterDevice()).toBe(true);
  });
});

describe('a pipe as the output', () => {
  it('a FIFO with a reader gets the bytes and stays a FIFO', async () => {
    const fifo = at('pipe.xlsx');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    const chunks: Buffer[] = [];
    reader.stdout.on('data', (b: Buffer) => chunks.push(b));
    const ended = new Promise<void>((resolve) => reader.on('close', () => resolve()));
    // The reader opens the FIFO when it runs: wait until it has.
    await new Promise((r) => setTimeout(r, 200));
    const r = await runCli(['new', '--state', 'KY', '-o', fifo, '--force']);
    expect(r.code).toBe(0);
    const timer = setTimeout(() => reader.kill(), 5000);
    await ended;
    clearTimeout(timer);
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    expect(Buffer.concat(chunks).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('a FIFO nobody reads: refused at once in words, exit 2', async () => {
    const fifo = at('lonely.json');
    spawnSync('mkfifo', [fifo]);
    const r = await runCli(['sf424a', budget, '--format', 'json', '-o', fifo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`grant-budget: ${fifo}: is a pipe that no program reads; nothing was written\n`);
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a link to /proc/self/fd/1 (what /dev/stdout is) into a pipe: the text goes down the pipe, the link stays', () => {
    const link = at('stdout.csv');
    fs.symlinkSync('/proc/self/fd/1', link);
    const r = spawnSync(process.execPath, [BIN, 'sf424a', budget, '--format', 'csv', '-o', link, '--force'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^section,line,column,label,amount/);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });
});

it('a dangling symbolic link keeps its link: the file it names is made', async () => {
  const link = at('dangling.xlsx');
  const target = at('made-through-link.xlsx');
  fs.symlinkSync(target, link);
  const r = await runCli(['new', '--state', 'KY', '-o', link, '--force']);
  expect(r.code).toBe(0);
  expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  expect(fs.readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
});

it('repair x -o - >> x: standard output is the input by fstat, refused, the input unchanged', async () => {
  const input = at('appended.xlsx');
  expect((await runCli(['build', budget, '-o', input])).code).toBe(0);
  const before = sha256(input);
  const fd = fs.openSync(input, 'a');
  const r = spawnSync(process.execPath, [BIN, 'repair', input, '-o', '-'], {
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
    timeout: 60_000,
  });
  fs.closeSync(fd);
  expect(r.status).toBe(2);
  expect(r.stderr).toBe(
    `grant-budget: -: is standard output, which is redirected to the input file ${input}: repair never writes over its input; it is left unchanged (redirect to another file)\n`,
  );
  expect(sha256(input)).toBe(before);
});

it('review x >> x: the same for a command that prints its report', async () => {
  const input = at('reviewed.xlsx');
  expect((await runCli(['build', budget, '-o', input])).code).toBe(0);
  const before = sha256(input);
  const fd = fs.openSync(input, 'a');
  const r = spawnSync(process.execPath, [BIN, 'review', input], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  fs.closeSync(fd);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(
    /is standard output, which is redirected to the input file .*: review never writes over its input/,
  );
  expect(sha256(input)).toBe(before);
});

it('standard output on a full device (ENOSPC): said in words, exit 2, no stack trace', () => {
  const fd = fs.openSync('/dev/full', 'w');
  const r = spawnSync(process.execPath, [BIN, 'sf424a', budget, '--format', 'json'], {
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
  });
  fs.closeSync(fd);
  expect(r.stderr).toBe('grant-budget: standard output cannot be written: the disk is full\n');
  expect(r.status).toBe(2);
});

it('an output named with 245 characters: written (the temporary name stays short)', async () => {
  const long = at(`${'b'.repeat(240)}.xlsx`);
  const r = await runCli(['new', '--state', 'KY', '-o', long]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  expect(fs.existsSync(long)).toBe(true);
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});
