/**
 * The `integration` project's globalSetup: the built command its tests run (`bin/grant-budget.js` loads
 * dist/node), compiled once per jest run, incrementally (tsconfig.build.json keeps its build info in
 * dist/node: after `npm run build` of unchanged sources it only checks), so a test never runs a stale build.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

export default function buildCli(): void {
  if (process.env.GB_BUILT_FOR_TESTS === '1') return; // npm test built it a moment ago (scripts/test/prepare.js)
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the command's build failed:\n${r.stdout}\n${r.stderr}`);
}
