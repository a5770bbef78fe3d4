/**
 * The bad-input corpus, PIPES: `grant-budget review ... | head -1` ended in an unhandled EPIPE with a
 * stack trace. Through the built command and a real pipe into a reader that leaves after one line, the
 * user sees: the first line, nothing on stderr, and the status a shell gives a program ended by a broken
 * pipe (141 = 128 + SIGPIPE), as `yes | head -1` does.
 */
import { spawn } from 'child_process';
import * as path from 'path';
import { EXAMPLES } from '../support/budgets';
import { REPO } from '../support/cli';

interface PipeRun {
  writerCode: number;
  writerStderr: string;
  readerOut: string;
}

/** `grant-budget args | head -n 1` run by bash, which reports the writer's exit status as a shell sees it. */
function pipeIntoHead(args: string[]): Promise<PipeRun> {
  return new Promise((resolve, reject) => {
    const script = '"$@" | head -n 1; echo "writer exit ${PIPESTATUS[0]}"';
    const shell = spawn(
      'bash',
      ['-c', script, 'pipe', process.execPath, path.join(REPO, 'bin', 'grant-budget.js'), ...args],
      { cwd: REPO },
    );
    let out = '';
    let err = '';
    shell.stdout.on('data', (d) => (out += d));
    shell.stderr.on('data', (d) => (err += d));
    shell.on('error', reject);
    shell.on('close', () => {
      const m = /writer exit (\d+)\n$/.exec(out);
      if (!m) return reject(new Error(`no status in ${JSON.stringify(out.slice(-200))}`));
      resolve({ writerCode: Number(m[1]), writerStderr: err, readerOut: out.slice(0, m.index) });
    });
  });
}

// Far more text than a pipe buffers (64 KB), so the writer is still writing when head has gone.
const MANY = Array.from({ length: 400 }, () => path.join(EXAMPLES, 'pr-example.budget.json'));

test('review of 400 files | head -1: the first line, no stack trace, exit 141', async () => {
  const r = await pipeIntoHead(['review', ...MANY]);
  expect(r.readerOut).toMatch(
    /^.*pr-example\.budget\.json: Puerto Rico \(PR\), FY 2012, budget JSON: PASS with 1 warning\..*\n$/,
  );
  expect(r.writerStderr).toBe('');
  expect(r.writerCode).toBe(141);
}, 120_000);

test('review --json of 400 files | head -1: the same', async () => {
  const r = await pipeIntoHead(['review', '--json', ...MANY]);
  expect(r.readerOut).toBe('[\n');
  expect(r.writerStderr).toBe('');
  expect(r.writerCode).toBe(141);
}, 120_000);
