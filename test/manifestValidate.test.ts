/**
 * `npm run validate` (scripts/web/validate.js): office-addin-manifest's check by Microsoft's validation
 * service. No test reaches the network: offline is made by construction (a preload refuses every socket),
 * and the service's answers are given by a stand-in for the validate function.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

interface Outcome {
  exitCode: number;
  lines: string[];
}
type Validate = (manifest: string, production: boolean) => Promise<unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runValidation, OFFLINE_TEST } = require('../scripts/web/validate.js') as {
  runValidation: (manifest: string, options?: { validate?: Validate; production?: boolean }) => Promise<Outcome>;
  OFFLINE_TEST: string;
};

const ROOT = path.join(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');

/** The script as `npm run validate` runs it, in a child process whose sockets all refuse to connect. */
function validateOffline(...args: string[]) {
  const script = path.join(ROOT, 'scripts', 'web', 'validate.js');
  return spawnSync(process.execPath, ['--require', path.join(__dirname, 'support', 'noNetwork.js'), script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60000,
  });
}

describe('npm run validate', () => {
  it('is the package script', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pkg = require('../package.json') as { scripts: Record<string, string> };
    expect(pkg.scripts.validate).toBe('node scripts/web/validate.js');
  });

  it('offline, says so plainly, points to the offline XSD test and exits 0 (real tool, network cut off)', () => {
    const r = validateOffline();
    const out = `${r.stdout}${r.stderr}`;
    expect(out).toContain("Could not reach Microsoft's manifest validation service");
    expect(out).toContain('ECONNREFUSED');
    expect(out).toContain('manifest.xml was NOT checked by the service');
    expect(out).toContain(OFFLINE_TEST);
    expect(out).not.toMatch(/^\s+at /m); // no stack trace
    expect(r.status).toBe(0);
  });

  it('exits 1 and lists the errors when the service answers that the manifest is not valid', async () => {
    const validate: Validate = async () => ({
      isValid: false,
      status: 200,
      report: {
        status: 'Rejected',
        errors: [{ title: 'Invalid URL', code: 'E001', content: 'SourceLocation must be https.', line: 42 }],
      },
    });
    const r = await runValidation(MANIFEST, { validate });
    expect(r.exitCode).toBe(1);
    expect(r.lines.join('\n')).toContain('Invalid URL [E001]: SourceLocation must be https. (line 42)');
    expect(r.lines.at(-1)).toContain('is NOT valid');
  });

  it('exits 0 when the service accepts it, and says so', async () => {
    const validate: Validate = async () => ({
      isValid: true,
      status: 200,
      report: { status: 'Accepted', addInDetails: { supportedProducts: [{ title: 'Excel', version: '2019' }] } },
    });
    const r = await runValidation(MANIFEST, { validate });
    expect(r.exitCode).toBe(0);
    expect(r.lines.join('\n')).toContain('Supported: Excel 2019');
    expect(r.lines.at(-1)).toContain('is valid');
  });

  it('a service that gives no verdict (HTTP 503) is not an invalid manifest: exit 0, said plainly', async () => {
    const validate: Validate = async () => ({ isValid: false, status: 503, statusText: 'Service Unavailable' });
    const r = await runValidation(MANIFEST, { validate });
    expect(r.exitCode).toBe(0);
    expect(r.lines.join('\n')).toContain('answered HTTP 503 Service Unavailable: it gave no verdict');
    expect(r.lines.join('\n')).toContain(OFFLINE_TEST);
  });

  it('a manifest that cannot be read exits 2 with the reason', () => {
    const r = validateOffline('no-such-manifest.xml');
    expect(r.stdout).toContain('Could not validate no-such-manifest.xml');
    expect(r.status).toBe(2);
  });
});
