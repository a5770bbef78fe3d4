/**
 * The sandbox's production build the end-to-end tests share (pane, platforms, reviewer's desk): built once
 * per jest run, by the `e2e` project's globalSetup (this module's default export), not once per file. The
 * build runs in a child process (webpack's plugins load ES modules, which jest's VM refuses) and reuses
 * webpack's cache (node_modules/.cache/webpack), so a run after `npm run build` of unchanged sources takes
 * seconds. A test file run alone (`npx jest test/e2e/pane.test.ts`) still gets its build: jest runs the
 * globalSetup of every project it runs a test of.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
export const E2E_SANDBOX = path.join(ROOT, 'test-output', 'e2e-sandbox');

export default function buildE2eSandbox(): void {
  if (process.env.GB_BUILT_FOR_TESTS === '1') return; // npm test built it a moment ago (scripts/test/prepare.js)
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts', 'web', 'sandbox.js'), '--build-only', '--out', path.relative(ROOT, E2E_SANDBOX)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`sandbox build failed:\n${r.stdout}\n${r.stderr}`);
}
