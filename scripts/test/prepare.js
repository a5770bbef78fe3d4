#!/usr/bin/env node
/* global require, __dirname, process, console */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, run without compiling */
/**
 * What `npm test` runs before jest, side by side: the type check, the lint, the two builds and (once the
 * pane is built) the sandbox the end-to-end tests serve. Each is one process and mostly one core; run one after another
 * they left a core of CI's two idle for a minute and a half (docs/tests.md). Each one's output is
 * printed when it ends, whole, so the logs do not interleave; the first failure is reported and the
 * exit status is 1 if any failed.
 */
const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const npm = (script) => ['npm', ['run', '--silent', script]];

/**
 * [name, command, arguments]. The sandbox is built where the e2e project's globalSetup looks for it: its own
 * bundles side by side with the rest, the production pane's files copied in once the build has made them
 * (it is told on its standard input, below).
 */
const JOBS = [
  ['typecheck', ...npm('typecheck')],
  // `npm run lint` in its parts (eslint, prettier, the module graph), as package.json writes them
  ...require(path.join(ROOT, 'package.json'))
    .scripts.lint.split(' && ')
    .map((part) => [part, 'sh', ['-c', part]]),
  // `npm run build`'s two steps, the command's compile without its type check (--noCheck, the same output):
  // the type check above checks src/ with the tests, and a failure there stops jest as a failed build would.
  ['build', 'sh', ['-c', 'npm run --silent build:cli -- --noCheck && npm run --silent build:web']],
];
const SANDBOX = [
  'e2e sandbox',
  process.execPath,
  [path.join(ROOT, 'scripts/web/sandbox.js'), '--build-only', '--pane-told', '--out', 'test-output/e2e-sandbox'],
];

/** Runs a job; `told`, if given, resolves to what its standard input is to hear before it ends. */
function run([name, command, args], told) {
  const started = Date.now();
  return new Promise((resolve) => {
    const env = {
      ...process.env,
      PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
    };
    const child = spawn(command, args, { cwd: ROOT, env, stdio: [told ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    if (told) {
      child.stdin.on('error', () => undefined); // a job that ended first
      void told.then((line) => child.stdin.end(line));
    }
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => (output += `${e.message}\n`)); // 'close' follows, with no exit code
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`--- ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds} s`);
      if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      resolve({ name, ok: code === 0 });
    });
  });
}

/**
 * `--then-jest [args]`: jest next, told that the command and the e2e sandbox were just built
 * (GB_BUILT_FOR_TESTS), so that its globalSetups do not build them again before the first test.
 */
function jestAfter() {
  const at = process.argv.indexOf('--then-jest');
  if (at < 0) return;
  const jest = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
  const child = spawn(process.execPath, [jest, ...process.argv.slice(at + 1)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, GB_BUILT_FOR_TESTS: '1' },
  });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const runs = JOBS.map((job) => run(job));
const built = runs[JOBS.findIndex(([name]) => name === 'build')];
// The sandbox copies dist/web: told once the build has written it, or that it failed (nothing said).
const sandbox = run(
  SANDBOX,
  built.then((b) => (b.ok ? 'built\n' : '')),
);

Promise.all([...runs, sandbox]).then((results) => {
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  if (failed.length) {
    console.error(`npm test: ${failed.join(', ')} failed; jest was not run`);
    process.exit(1);
  }
  jestAfter();
});
