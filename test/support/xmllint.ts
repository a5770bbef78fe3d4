/** Validates XML against an XSD with xmllint (Debian libxml2-utils, installed by scripts/setup.sh). */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export function xmllintValidate(xml: string, xsd: string): { valid: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-xml-'));
  const file = path.join(dir, 'doc.xml');
  fs.writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.error) throw new Error(`xmllint could not run (${r.error.message}); run scripts/setup.sh`);
  return { valid: r.status === 0, output: (r.stdout ?? '') + (r.stderr ?? '') };
}
