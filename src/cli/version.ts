/**
 * The version `grant-budget --version` prints: package.json's, found by walking up from this module
 * (src/cli under ts-jest, dist/node/cli when built), so it is written once, in package.json.
 */
import * as fs from 'fs';
import * as path from 'path';

export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'grant-budget' && pkg.version) return pkg.version;
    } catch {
      // no package.json here (or not ours): look one folder up
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
