/**
 * Issue 22, item 9: six builds at once to one output. Each writes its own temporary file (a unique
 * name, created exclusively) and puts it in place atomically: with --force the last rename wins, and
 * the output is one whole workbook; without it the first to finish makes the file and the others are
 * told it exists. Every process ends (a jest timeout as the bound), none leaves a temporary file.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLES } from '../support/budgets';
import { REPO, runCli } from '../support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-concurrent-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const BIN = path.join(REPO, 'bin', 'grant-budget.js');
const budget = path.join(EXAMPLES, 'pr-example.budget.json');

function build(out: string, force: boolean): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'build', budget, '-o', out, ...(force ? ['--force'] : [])]);
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

async function totalsOf(file: string): Promise<unknown> {
  const r = await runCli(['review', '--json', file]);
  return (JSON.parse(r.stdout) as { totals: unknown }).totals;
}

it('with --force: all six end with exit 0, the output is one whole workbook, no temporary file left', async () => {
  const out = path.join(dir, 'forced.xlsx');
  const runs = await Promise.all(Array.from({ length: 6 }, () => build(out, true)));
  expect(runs.map((r) => [r.code, r.stderr])).toEqual(Array.from({ length: 6 }, () => [0, '']));
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  const single = path.join(dir, 'single.xlsx');
  expect((await runCli(['build', budget, '-o', single])).code).toBe(0);
  expect(await totalsOf(out)).toEqual(await totalsOf(single));
}, 180_000);

it('without --force: one makes the file, the others are told it exists; no temporary file left', async () => {
  const out = path.join(dir, 'first.xlsx');
  const runs = await Promise.all(Array.from({ length: 6 }, () => build(out, false)));
  expect(runs.filter((r) => r.code === 0)).toHaveLength(1);
  const refused = runs.filter((r) => r.code !== 0);
  expect(refused).toHaveLength(5);
  for (const r of refused) {
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `grant-budget: ${out}: already exists; it is left unchanged (add --force to replace it, or name another output file)\n`,
    );
  }
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}, 180_000);
