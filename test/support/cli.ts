/** Runs `grant-budget` in-process (fast) or as the built command (as a user would), capturing its output. */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';

export const REPO = path.resolve(__dirname, '..', '..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** The built command, through bin/grant-budget.js (needs `npm run build`, which `npm test` runs first). */
export function runBuiltCli(args: string[], cwd = REPO): CliRun {
  const r = spawnSync(process.execPath, [path.join(REPO, 'bin', 'grant-budget.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
