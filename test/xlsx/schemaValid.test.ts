/**
 * Every workbook the command line writes (`new`, `build` from a budget JSON and from a published
 * workbook, `repair`, `review --summary`) and the one "move to live templates" makes of a published
 * workbook validates against the ECMA-376 Transitional schemas, part by part, with xmllint
 * (test/support/ooxmlValidate.ts; the schemas: test/fixtures/ooxml-schemas/README.md). Issue 18.
 * Also the values other programs read (issue 18, item 14): every font named, page breaks to column
 * 16,384, the document's author and dates.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { planInsertTemplates } from '../../src/layout/planner';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { entryContent, readZip } from '../../src/xlsx/zipArchive';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';
import { REPO, runCli } from '../support/cli';
import { validatePackage, withoutExtensions } from '../support/ooxmlValidate';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-schema-'));
const file = (n: string) => path.join(dir, n);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let published = '';
beforeAll(async () => {
  const fx = await makePublishedWorkbook({ stateInJ: 'Kentucky' });
  published = file('ky-published.xlsx');
  fs.writeFileSync(published, fx.buffer);
}, 60_000);

function expectValid(bytes: Buffer, name: string): void {
  const v = validatePackage(bytes, name);
  expect({ name, errors: v.errors }).toEqual({ name, errors: [] });
  // The workbook, its sheets, styles, theme, properties, relationships and content types: all validated.
  const schemas = new Set(v.validated.values());
  for (const xsd of ['transitional/sml.xsd', 'opc/opc-contentTypes.xsd', 'opc/opc-relationships.xsd'])
    expect({ name, xsd, validated: schemas.has(xsd) }).toEqual({ name, xsd, validated: true });
}

const partText = (bytes: Buffer, part: string) => {
  const zip = readZip(bytes, part);
  const entry = zip.entries.find((e) => e.name === part);
  return entry ? entryContent(zip, entry, part).toString('utf8') : '';
};

describe('the validator is really checking', () => {
  it('finds an element the schema does not have, a wrong root, and an extension not declared ignorable', async () => {
    const r = await runCli(['new', '--state', 'KY', '-o', file('probe.xlsx')]);
    expect(r.code).toBe(0);
    const zip = readZip(fs.readFileSync(file('probe.xlsx')), 'probe.xlsx');
    const parts = new Map(zip.entries.map((e) => [e.name, entryContent(zip, e, e.name)]));
    const JSZip = (await import('jszip')).default;
    const broken = async (part: string, change: (xml: string) => string) => {
      const z = new JSZip();
      for (const [name, data] of parts) z.file(name, name === part ? change(data.toString('utf8')) : data);
      return validatePackage(Buffer.from(await z.generateAsync({ type: 'nodebuffer' })), 'broken.xlsx').errors;
    };
    expect((await broken('xl/styles.xml', (x) => x.replace('<fonts ', '<fontz/><fonts '))).join('\n')).toMatch(
      /xl\/styles\.xml.*fontz/,
    );
    expect((await broken('xl/styles.xml', (x) => x.replace(/mc:Ignorable="[^"]*"/, ''))).join('\n')).toMatch(
      /knownFonts/,
    );
    expect((await broken('xl/styles.xml', (x) => x.replace(/styleSheet/g, 'sst'))).join('\n')).toMatch(
      /root is <sst>, not <styleSheet>/,
    );
    expect(
      (await broken('docProps/core.xml', (x) => x.replace(/W3CDTF">[^<]*</, 'W3CDTF">yesterday<'))).length,
    ).toBeGreaterThan(0);
  });

  it('reads Markup Compatibility as ECMA-376 says: ignorable extensions left out, AlternateContent as its Fallback', () => {
    const xml =
      '<a xmlns="urn:a" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x="urn:x" mc:Ignorable="x">' +
      '<b x:k="1" c="2"/><x:ext/><mc:AlternateContent><mc:Choice Requires="x"><x:new/></mc:Choice><mc:Fallback><old/></mc:Fallback></mc:AlternateContent></a>';
    expect(withoutExtensions(xml).xml).toBe(
      '<a xmlns="urn:a" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x="urn:x"><b c="2"></b><old></old></a>',
    );
  });
});

describe('every workbook the commands write validates against ECMA-376 Transitional, part by part', () => {
  test.each(['KY', 'PR', 'WA', 'UT'])('new --state %s', async (state) => {
    const out = file(`new-${state}.xlsx`);
    expect((await runCli(['new', '--state', state, '-o', out])).code).toBe(0);
    expectValid(fs.readFileSync(out), out);
  });

  it('build from a budget JSON (examples/pr.budget.json)', async () => {
    const out = file('build-pr.xlsx');
    const r = await runCli(['build', path.join(REPO, 'examples', 'pr.budget.json'), '-o', out]);
    expect(r.code).toBeLessThanOrEqual(1);
    expectValid(fs.readFileSync(out), out);
  });

  it('build from a workbook in the published layout (moving it into live templates)', async () => {
    const out = file('build-published.xlsx');
    const r = await runCli(['build', published, '-o', out]);
    expect(r.code).toBeLessThanOrEqual(1);
    expectValid(fs.readFileSync(out), out);
  });

  it("the pane's move into live templates: the same plan written into the published workbook", async () => {
    const wb = await XlsxWorkbook.open(fs.readFileSync(published), 'ky-published.xlsx');
    const snapshot = await wb.readSnapshot();
    const read = readBudgetFromSnapshot(snapshot, { state: 'KY' });
    if (!read.ok) throw new Error('the published fixture holds no budget');
    const planned = planInsertTemplates(snapshot, {
      state: read.budget.state,
      fiscalYear: read.budget.fiscalYear,
      budget: read.budget,
    });
    await wb.apply(planned.plan);
    expectValid(await wb.toBuffer(), 'moved.xlsx');
  });

  it('repair of a published workbook with broken totals', async () => {
    const out = file('repaired.xlsx');
    const r = await runCli(['repair', published, '-o', out, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).changes.length).toBeGreaterThan(0);
    expectValid(fs.readFileSync(out), out);
  });

  it('review --summary of a region', async () => {
    const out = file('summary.xlsx');
    const ky = file('new-KY.xlsx');
    if (!fs.existsSync(ky)) await runCli(['new', '--state', 'KY', '-o', ky]);
    const r = await runCli(['review', ky, published, '--summary', out]);
    expect(fs.existsSync(out)).toBe(true);
    expect(r.code).toBeLessThanOrEqual(1);
    expectValid(fs.readFileSync(out), out);
  });
});

describe('what other programs read of the files we write (issue 18, item 14)', () => {
  it('every font has a name, page breaks run to column 16,384, the author is Grant Budget and the date today', async () => {
    const out = file('props.xlsx');
    const before = Date.now();
    expect((await runCli(['new', '--state', 'KY', '-o', out])).code).toBe(0);
    const bytes = fs.readFileSync(out);
    const styles = partText(bytes, 'xl/styles.xml');
    const fonts = [...styles.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1] as string);
    expect(fonts.length).toBeGreaterThan(1);
    for (const f of fonts) expect(f).toMatch(/<name val="Calibri"\/>/);
    const sheets = readZip(bytes, out).entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
    const breaks = sheets.flatMap((e) => [...partText(bytes, e.name).matchAll(/<brk [^>]*>/g)].map((m) => m[0]));
    expect(breaks.length).toBeGreaterThan(0);
    for (const b of breaks) expect(b).toMatch(/ max="16383"/);
    const core = partText(bytes, 'docProps/core.xml');
    expect(core).toContain('<dc:creator>Grant Budget</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Grant Budget</cp:lastModifiedBy>');
    const created = /<dcterms:created[^>]*>([^<]+)</.exec(core)?.[1] ?? '';
    expect(Date.parse(created)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(Date.parse(created)).toBeLessThanOrEqual(Date.now());
  });
});
