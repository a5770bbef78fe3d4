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

/** `env`: the environment the command sees (its LANG, LC_ALL...); none by default, so English. */
export async function runCli(args: string[], env?: Record<string, string>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stderrIsTTY: false,
    ...(env ? { env } : {}),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** The built command, through bin/grant-budget.js (needs `npm run build`, which `npm test` runs first). */
export function runBuiltCli(args: string[], cwd = REPO, env?: Record<string, string>): CliRun {
  const r = spawnSync(process.execPath, [path.join(REPO, 'bin', 'grant-budget.js'), ...args], {
    cwd,
    // English unless a test asks for another language: the machine's own locale never decides a test.
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env },
    encoding: 'utf8',
    timeout: 120000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
