import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runBuiltCli, runCli } from '../support/cli';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-repair-cli-'));
const file = (name: string) => path.join(dir, name);
const hash = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
let errorCells: string[] = [];
let subtotalCell = '';

beforeAll(async () => {
  const fx = await makePublishedWorkbook({
    stateInJ: 'Kentucky',
    edit: ({ sheet, rowF }) => {
      sheet('F').getCell(`H${rowF('A.sub')}`).value = 150000;
    },
  });
  errorCells = fx.errorCells;
  subtotalCell = `Appendix F!H${fx.rowF('A.sub')}`;
  fs.writeFileSync(file('in.xlsx'), fx.buffer);
  fs.writeFileSync(file('not-a-zip.xlsx'), 'hello');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('grant-budget repair', () => {
  it('writes a new file, lists every cell changed, and leaves the input untouched', async () => {
    const before = hash(file('in.xlsx'));
    const r = await runCli(['repair', file('in.xlsx'), '-o', file('out.xlsx'), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json.layout).toBe('published');
    const changed = json.changes.map((c: { sheet: string; cell: string }) => `${c.sheet}!${c.cell}`);
    expect(changed.sort()).toEqual([...errorCells, subtotalCell].sort());
    expect(
      json.changes.find((c: { sheet: string; cell: string }) => `${c.sheet}!${c.cell}` === subtotalCell),
    ).toMatchObject({ before: '150000', reason: 'typed constant', after: expect.stringMatching(/^=SUM\(H5:H18\)$/) });
    expect(hash(file('in.xlsx'))).toBe(before);
    expect(fs.existsSync(file('out.xlsx'))).toBe(true);
    // The repaired file reviews without workbook findings.
    const review = await runCli(['review', file('out.xlsx'), '--json']);
    const codes = JSON.parse(review.stdout).findings.map((f: { code: string }) => f.code);
    expect(codes).not.toContain('BROKEN_FORMULA');
    expect(codes).not.toContain('FORMULA_OVERWRITTEN');
  });

  it('refuses to overwrite an existing output unless --force, and never writes over its input', async () => {
    fs.writeFileSync(file('exists.xlsx'), 'keep me');
    const r = await runCli(['repair', file('in.xlsx'), '-o', file('exists.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `grant-budget: ${file('exists.xlsx')}: already exists; it is left unchanged (add --force to replace it, or name another output file)\n`,
    );
    expect(fs.readFileSync(file('exists.xlsx'), 'utf8')).toBe('keep me');
    const forced = await runCli(['repair', file('in.xlsx'), '-o', file('exists.xlsx'), '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(
      /16 cells repaired, written to .*exists\.xlsx:\n {2}Appendix F!H19: 150000 -> =SUM\(H5:H18\) \(typed constant\)/,
    );
    const same = await runCli(['repair', file('in.xlsx'), '-o', path.join(dir, '.', 'in.xlsx'), '--force']);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/is the input file: repair never writes over its input/);
  });

  it('an unreadable input: exit 2, a message naming it, no output written', async () => {
    const r = await runCli(['repair', file('not-a-zip.xlsx'), '-o', file('never.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `grant-budget: ${file('not-a-zip.xlsx')}: is not an Excel workbook (.xlsx): it is not a zip file\n`,
    );
    expect(fs.existsSync(file('never.xlsx'))).toBe(false);
  });

  it('the built command repairs too', () => {
    const r = runBuiltCli(['repair', file('in.xlsx'), '-o', file('built.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`${file('in.xlsx')}: 16 cells repaired, written to ${file('built.xlsx')}:`);
    const again = runBuiltCli(['repair', file('built.xlsx'), '-o', file('built2.xlsx')]);
    expect(again.stdout).toMatch(/nothing to repair/);
  });
});
