/**
 * The add-in manifest validates offline against Microsoft's published schemas (xmllint), both as written
 * for the dev server and as the production build rewrites it; every icon it names exists at its size.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest, normalizeBaseUrl } = require('../scripts/web/manifestUrls.js') as {
  rewriteManifest: (xml: string, base: string) => string;
  normalizeBaseUrl: (raw: string) => string;
};

const ROOT = path.join(__dirname, '..');
const XSD = path.join(ROOT, '..', 'shared', 'reference', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');
const OUT = path.join(ROOT, 'test-output', 'manifest');

function xmllint(file: string): { status: number | null; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  beforeAll(() => fs.mkdirSync(OUT, { recursive: true }));

  it('validates against the OfficeApp 1.1 schema', () => {
    const r = xmllint(path.join(ROOT, 'manifest.xml'));
    expect(r.output).toContain('validates');
    expect(r.status).toBe(0);
  });

  it('speaks Spanish where Office does (es-ES, es-MX, es-US): every name, description and ribbon word has an Override', () => {
    const localized = [
      ...xml.matchAll(/<(DisplayName|Description|bt:String)\b[^>]*DefaultValue="([^"]*)"[^/]*?>([\s\S]*?)<\/\1>/g),
    ];
    const plain = [...xml.matchAll(/<(DisplayName|Description|bt:String)\b[^>]*DefaultValue="[^"]*"\s*\/>/g)];
    expect(plain.map((m) => m[0])).toEqual([]);
    expect(localized.length).toBe(7);
    for (const [, , english, body] of localized) {
      const overrides = new Map(
        [...(body ?? '').matchAll(/Override Locale="([^"]+)" Value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
      );
      expect([...overrides.keys()].sort()).toEqual(['es-ES', 'es-MX', 'es-US']);
      const spanish = new Set(overrides.values());
      expect(spanish.size).toBe(1);
      // The brand stays the brand; every sentence is in Spanish.
      if (!/^Grant Budget( \(23\(g\)\))?$/.test(english ?? '')) expect([...spanish][0]).not.toBe(english);
    }
  });

  it('validates after the production rewrite, with no localhost left', () => {
    const prod = rewriteManifest(xml, 'https://addins.example.gov/grant-budget/');
    expect(prod).not.toContain('localhost');
    expect(prod).toContain('https://addins.example.gov/grant-budget/taskpane.html');
    const file = path.join(OUT, 'manifest.production.xml');
    fs.writeFileSync(file, prod);
    const r = xmllint(file);
    expect(r.status).toBe(0);
  });

  it('is rewritten by the web build itself (the copy plugin transform, URL from ADDIN_BASE_URL)', async () => {
    const saved = process.env.ADDIN_BASE_URL;
    process.env.ADDIN_BASE_URL = 'https://budget.example.gov/addin';
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const makeConfig = require('../webpack.config.js') as (
        env: object,
        argv: object,
      ) => {
        plugins: {
          constructor: { name: string };
          patterns?: { to: string; transform?: (c: Buffer) => Buffer | string }[];
        }[];
      };
      const copy = makeConfig({}, { mode: 'production' }).plugins.find((p) => p.constructor.name === 'CopyPlugin');
      const pattern = copy?.patterns?.find((p) => p.to === 'manifest.xml');
      expect(pattern?.transform).toBeDefined();
      const out = String(await pattern!.transform!(Buffer.from(xml)));
      expect(out).toContain('<SourceLocation DefaultValue="https://budget.example.gov/addin/taskpane.html"/>');
      expect(out).not.toContain('localhost');
      const file = path.join(OUT, 'manifest.webpack.xml');
      fs.writeFileSync(file, out);
      expect(xmllint(file).status).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  });

  it('a production build without ADDIN_BASE_URL writes no manifest.xml: only manifest.dev-localhost.xml (issue 18, item 8)', () => {
    const saved = process.env.ADDIN_BASE_URL;
    delete process.env.ADDIN_BASE_URL;
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const makeConfig = require('../webpack.config.js') as (
        env: object,
        argv: object,
      ) => { plugins: { constructor: { name: string }; patterns?: { to: string }[] }[] };
      const targets = (env: object, mode: string) =>
        makeConfig(env, { mode })
          .plugins.flatMap((p) => (p.constructor.name === 'CopyPlugin' ? (p.patterns ?? []) : []))
          .map((p) => p.to);
      expect(targets({}, 'production')).toContain('manifest.dev-localhost.xml');
      expect(targets({}, 'production')).not.toContain('manifest.xml');
      expect(warn.mock.calls.join(' ')).toMatch(/no dist\/web\/manifest\.xml is written/);
      // Development and the sandbox keep the dev manifest under its own name.
      expect(targets({}, 'development')).toContain('manifest.xml');
      expect(targets({ sandbox: true }, 'production')).toContain('manifest.xml');
    } finally {
      warn.mockRestore();
      if (saved !== undefined) process.env.ADDIN_BASE_URL = saved;
    }
  });

  it('is really checked: a manifest missing its Permissions fails the schema', () => {
    const file = path.join(OUT, 'manifest.broken.xml');
    fs.writeFileSync(file, xml.replace('<Permissions>ReadWriteDocument</Permissions>', ''));
    const r = xmllint(file);
    expect(r.status).not.toBe(0);
  });

  it('refuses a base URL that Office could not load', () => {
    expect(() => normalizeBaseUrl('http://example.org')).toThrow(/https/);
    expect(() => normalizeBaseUrl('not a url')).toThrow(/not a URL/);
  });

  it('asks for ExcelApi 1.7 and ReadWriteDocument, with a Home tab button', () => {
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toMatch(/<Control xsi:type="Button"/);
  });

  it('names icons that exist at the sizes it claims', () => {
    const urls = [...xml.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/g)];
    expect(urls.length).toBeGreaterThan(0);
    for (const m of urls) {
      const size = Number(m[1]);
      expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});
