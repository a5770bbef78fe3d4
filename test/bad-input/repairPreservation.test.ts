/**
 * Repair changes only the cells it repairs. Workbooks in both layouts (ours, as `build` writes it; the
 * published OSHA layout, the Kentucky fixture) are saved by openpyxl with a chart, a comment, a table,
 * a sheet password, print settings (print area, fit to page, page numbers in the footer), a data
 * validation, a custom document property and the damaged sheet stored as `xl/worksheets/notes.xml`;
 * then the same files are saved again by LibreOffice. Each has totals damaged (a formula over #REF!,
 * a deleted formula, and in the published layout its own #REF! rows). `grant-budget repair` writes a
 * new file, and, unzipped before and after:
 * - every entry is byte-identical, in the same order, except the sheet parts holding a repaired cell and
 *   the workbook part (whose only change is fullCalcOnLoad);
 * - within those sheet parts, the text outside the repaired `<c>` elements is identical.
 * After LibreOffice recalculates the repaired files, `review` finds no BROKEN_FORMULA and the totals
 * are right again (no cell needs repair; ours equal the domain's totals to the cent).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { centsToDollars, evaluateBudget } from '../../src/budget';
import { cellAt, parseA1 } from '../../src/port/workbookPort';
import { planRepair } from '../../src/workbook/repair';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { runCli } from '../support/cli';
import { convertWithLibreOffice, readValues, recalculate } from '../support/libreoffice';
import { saveWithOpenpyxl } from '../support/savedByOthers';
import { baseBudget, ownPlaces, ownWorkbook } from '../fixtures/bad-input/workbooks';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';

interface Case {
  id: string;
  /** The workbook before other programs and the damage: every cell repair changes was a formula there. */
  original: string;
  input: string;
  output: string;
  /** "Sheet!A1" of the cells the test damaged (the repair may find more: the published #REF! rows). */
  damaged: string[];
  savedBy: 'openpyxl' | 'LibreOffice';
  changes: { sheet: string; cell: string }[];
  stderr: string;
  code: number;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-repair-keep-'));
const cases: Case[] = [];
let recalculated: string[] = [];
let totalChargesRow = 0;

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function makeInputs(): Promise<void> {
  fs.mkdirSync(path.join(dir, 'in'));
  const own = await ownWorkbook();
  const p = await ownPlaces(own);
  totalChargesRow = p.totalChargesRow;
  fs.writeFileSync(path.join(dir, 'own.xlsx'), own);
  const ownDamage: [string, string, string | null][] = [
    [p.fSheet, `F${p.totalChargesRow}`, '=SUM(#REF!)'],
    [p.fSheet, `K${p.totalChargesRow}`, null],
  ];
  await saveWithOpenpyxl(path.join(dir, 'own.xlsx'), path.join(dir, 'in', 'own.xlsx'), {
    sheet: p.fSheet,
    damage: ownDamage,
    commentCell: `A${p.personnelRow}`,
    printArea: `A1:K${p.totalChargesRow}`,
    validationRange: 'L2:L5',
  });
  const pub = await makePublishedWorkbook({ stateInJ: 'Kentucky' });
  fs.writeFileSync(path.join(dir, 'published.xlsx'), pub.buffer);
  const f = pub.sheetName('F');
  const pubDamage: [string, string, string | null][] = [[f, `H${pub.rowF('A.sub')}`, null]];
  await saveWithOpenpyxl(path.join(dir, 'published.xlsx'), path.join(dir, 'in', 'published.xlsx'), {
    sheet: f,
    damage: pubDamage,
    commentCell: 'A1',
    printArea: 'A1:K60',
    validationRange: 'L2:L5',
  });
  const keys = (d: [string, string, string | null][]) => d.map(([s, c]) => `${s}!${c}`);
  // LibreOffice opens the files openpyxl saved and saves them again as .xlsx, its own way.
  const lo = convertWithLibreOffice(
    [path.join(dir, 'in', 'own.xlsx'), path.join(dir, 'in', 'published.xlsx')],
    path.join(dir, 'lo'),
  );
  const add = (id: string, input: string, damaged: string[], savedBy: Case['savedBy']) =>
    cases.push({
      id,
      original: path.join(dir, id.endsWith('-own') ? 'own.xlsx' : 'published.xlsx'),
      input,
      output: path.join(dir, 'out', `${id}.xlsx`),
      damaged,
      savedBy,
      changes: [],
      stderr: '',
      code: -1,
    });
  add('openpyxl-own', path.join(dir, 'in', 'own.xlsx'), keys(ownDamage), 'openpyxl');
  add('openpyxl-published', path.join(dir, 'in', 'published.xlsx'), keys(pubDamage), 'openpyxl');
  add('libreoffice-own', lo[0] as string, keys(ownDamage), 'LibreOffice');
  add('libreoffice-published', lo[1] as string, keys(pubDamage), 'LibreOffice');
}

beforeAll(async () => {
  await makeInputs();
  for (const c of cases) {
    const r = await runCli(['repair', c.input, '-o', c.output, '--json']);
    c.code = r.code;
    c.stderr = r.stderr;
    if (r.code === 0) c.changes = JSON.parse(r.stdout).changes;
  }
  recalculated = recalculate(
    cases.filter((c) => c.code === 0).map((c) => c.output),
    path.join(dir, 'recalculated'),
  );
}, 600_000);

async function unzip(file: string): Promise<{ name: string; bytes: Buffer }[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file), { checkCRC32: true });
  return Promise.all(Object.values(zip.files).map(async (f) => ({ name: f.name, bytes: await f.async('nodebuffer') })));
}

/** The part of each sheet, as the workbook's relationships say. */
async function sheetParts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"/g)) {
    const rel = new RegExp(`<Relationship\\b[^>]*?Id="${m[2]}"[^>]*>`).exec(rels)?.[0] ?? '';
    const target = /Target="([^"]*)"/.exec(rel)?.[1] ?? '';
    out.set((m[1] as string).replace(/&amp;/g, '&'), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** The part's text with each named cell's `<c>` element replaced by a marker (in place). */
function cutCells(xml: string, cells: string[]): string {
  let out = xml;
  for (const cell of cells) {
    const open = new RegExp(`<((?:\\w+:)?c)\\b[^>]*?\\sr="${cell}"[^>]*?(/?)>`).exec(out);
    if (!open) continue;
    const close = `</${open[1]}>`;
    const end = open[2] ? open.index + open[0].length : out.indexOf(close, open.index) + close.length;
    out = `${out.slice(0, open.index)}<CUT ${cell}/>${out.slice(end)}`;
  }
  return out;
}

const withoutCalcFlag = (xml: string) => xml.replace(/\s*fullCalcOnLoad="[^"]*"/g, '').replace(/<calcPr\/>/g, '');

describe.each(['openpyxl-own', 'openpyxl-published', 'libreoffice-own', 'libreoffice-published'])('%s', (id) => {
  const c = () => cases.find((x) => x.id === id) as Case;

  it('the input holds what other programs add: a chart, a comment, a table, a custom property, a sheet password, print settings', async () => {
    const names = (await unzip(c().input)).map((e) => e.name);
    const kept = {
      chart: names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)),
      comment: names.some((n) => /comments?\d*\.xml$/.test(n)),
      table: names.some((n) => /^xl\/tables\/table\d+\.xml$/.test(n)),
      custom: names.includes('docProps/custom.xml'),
    };
    expect(kept).toEqual({ chart: true, comment: true, table: true, custom: true });
    const parts = await sheetParts(c().input);
    const damagedSheet = (c().damaged[0] as string).split('!')[0] as string;
    const part = parts.get(damagedSheet) as string;
    if (c().savedBy === 'openpyxl') expect(part).toBe('xl/worksheets/notes.xml');
    const zip = await JSZip.loadAsync(fs.readFileSync(c().input));
    const xml = await zip.file(part)!.async('string');
    expect(xml).toMatch(/<sheetProtection\b[^>]*\bpassword="[0-9A-Fa-f]+"/);
    expect(xml).toMatch(/<pageSetUpPr\b[^>]*fitToPage="(1|true)"/);
    expect(xml).toMatch(/<oddFooter>[^<]*&amp;P/);
    expect(xml).toMatch(/<dataValidation\b/);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/_xlnm\.Print_Area/);
  });

  it('repairs the damaged totals, and writes only cells that were formulas before the damage', async () => {
    expect({ code: c().code, stderr: c().stderr }).toEqual({ code: 0, stderr: '' });
    const changed = c().changes.map((x) => `${x.sheet}!${x.cell}`);
    expect(changed).toEqual(expect.arrayContaining(c().damaged));
    const original = await readXlsxSnapshot(fs.readFileSync(c().original), c().original);
    const notFormulas = c().changes.filter((x) => {
      const s = original.sheets.find((y) => y.name === x.sheet);
      const at = parseA1(x.cell);
      return !s || cellAt(s, at.row, at.col).formula === null;
    });
    expect(notFormulas).toEqual([]);
  });

  it("every zip entry is byte-identical but the repaired cells' elements and fullCalcOnLoad", async () => {
    const before = await unzip(c().input);
    const after = await unzip(c().output);
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    const parts = await sheetParts(c().input);
    const bySheet = new Map<string, string[]>();
    for (const x of c().changes)
      bySheet.set(parts.get(x.sheet) as string, [...(bySheet.get(parts.get(x.sheet) as string) ?? []), x.cell]);
    const differing: string[] = [];
    for (const [i, b] of before.entries()) {
      const a = after[i] as { name: string; bytes: Buffer };
      if (a.bytes.equals(b.bytes)) continue;
      differing.push(b.name);
      // The edited part is well-formed XML, as libxml2 reads it.
      const lint = spawnSync('xmllint', ['--noout', '-'], { input: a.bytes, encoding: 'utf8' });
      expect({ part: b.name, status: lint.status, errors: lint.stderr }).toEqual({
        part: b.name,
        status: 0,
        errors: '',
      });
      const cells = bySheet.get(b.name);
      if (cells)
        expect({ part: b.name, text: cutCells(a.bytes.toString('utf8'), cells) }).toEqual({
          part: b.name,
          text: cutCells(b.bytes.toString('utf8'), cells),
        });
      else if (b.name === 'xl/workbook.xml')
        expect(withoutCalcFlag(a.bytes.toString('utf8'))).toBe(withoutCalcFlag(b.bytes.toString('utf8')));
      else throw new Error(`${b.name} changed, and it holds no repaired cell`);
    }
    expect(differing.filter((n) => n !== 'xl/workbook.xml').sort()).toEqual([...bySheet.keys()].sort());
  });

  it('after LibreOffice recalculates the repaired file: no BROKEN_FORMULA, and the totals are right', async () => {
    const file = recalculated[cases.filter((x) => x.code === 0).indexOf(c())] as string;
    const review = await runCli(['review', file, '--json']);
    const codes = JSON.parse(review.stdout).findings.map((f: { code: string }) => f.code);
    expect(codes).not.toContain('BROKEN_FORMULA');
    expect(codes).not.toContain('FORMULA_OVERWRITTEN');
    // Every total's figure is what the typed cells give: nothing is left to repair.
    expect(planRepair(await readXlsxSnapshot(fs.readFileSync(file), file)).changes).toEqual([]);
    if (id.endsWith('-own')) {
      const t = evaluateBudget(baseBudget()).totals;
      const values = await readValues(file);
      const row = ['F', 'G', 'H', 'I', 'J', 'K'].map(
        (col) => Math.round(Number(values.get('Appendix F')?.get(`${col}${totalChargesRow}`) ?? 0) * 100) / 100,
      );
      expect(row).toEqual(
        [t.administration, t.program, t.federal, t.stateMatch, t.state100, t.total].map(centsToDollars),
      );
    }
  });
});

describe('typed values that are not plain numbers', () => {
  it('are left as they were, byte for byte: 0x10, 1e400, 2^53+1 and a date stay in their cells', async () => {
    const own = await ownWorkbook();
    const p = await ownPlaces(own);
    const zip = await JSZip.loadAsync(own);
    fs.writeFileSync(path.join(dir, 'typed-src.xlsx'), own);
    const part = (await sheetParts(path.join(dir, 'typed-src.xlsx'))).get(p.fSheet) as string;
    let xml = await zip.file(part)!.async('string');
    const typed: Record<string, string> = {
      [`F${p.personnelRow}`]: '0x10',
      [`G${p.personnelRow}`]: '1e400',
      [`H${p.personnelRow}`]: '9007199254740993',
      [`I${p.personnelRow}`]: '2011-08-15T00:00:00',
    };
    const setCell = (cell: string, inner: string, type = '') => {
      const m = new RegExp(`<c r="${cell}"( s="\\d+")?[^>]*?(/>|>.*?</c>)`).exec(xml);
      if (!m) throw new Error(`no cell ${cell}`);
      xml = `${xml.slice(0, m.index)}<c r="${cell}"${m[1] ?? ''}${type}>${inner}</c>${xml.slice(m.index + m[0].length)}`;
    };
    for (const [cell, v] of Object.entries(typed)) setCell(cell, `<v>${v}</v>`, v.includes('T') ? ' t="d"' : '');
    setCell(`F${p.totalChargesRow}`, '<f>SUM(#REF!)</f><v>#REF!</v>', ' t="e"');
    zip.file(part, xml);
    const input = path.join(dir, 'typed.xlsx');
    fs.writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const out = path.join(dir, 'typed-repaired.xlsx');
    const r = await runCli(['repair', input, '-o', out, '--json']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const changes = (JSON.parse(r.stdout) as { changes: { sheet: string; cell: string }[] }).changes;
    expect(changes.map((x) => `${x.sheet}!${x.cell}`)).toContain(`${p.fSheet}!F${p.totalChargesRow}`);
    expect(changes.filter((x) => x.sheet === p.fSheet && x.cell in typed)).toEqual([]);
    const after = await (await JSZip.loadAsync(fs.readFileSync(out))).file(part)!.async('string');
    for (const [cell, v] of Object.entries(typed))
      expect(after).toMatch(new RegExp(`<c r="${cell}"[^>]*><v>${v}</v></c>`));
    const cut = (s: string) =>
      cutCells(
        s,
        changes.filter((x) => x.sheet === p.fSheet).map((x) => x.cell),
      );
    expect(cut(after)).toBe(cut(xml));
  });
});

describe('a workbook repair cannot edit without changing other cells', () => {
  it('is refused: exit 2, the file named, why in words and the formula to type; no output written', async () => {
    const pub = await makePublishedWorkbook({ stateInJ: 'Kentucky' });
    const src = path.join(dir, 'shared-src.xlsx');
    fs.writeFileSync(src, pub.buffer);
    const part = (await sheetParts(src)).get(pub.sheetName('F')) as string;
    const zip = await JSZip.loadAsync(pub.buffer);
    const row = pub.rowF('A.sub');
    // As Excel saves a total filled right from H to I: H holds the formula, I uses it. H's cached
    // figure is wrong, so H needs repair; I is sound and stays.
    const xml = (await zip.file(part)!.async('string'))
      .replace(
        new RegExp(`(<c r="H${row}"[^>]*>)<f>(SUM\\(H\\d+:H\\d+\\))</f><v>[^<]*</v>`),
        `$1<f t="shared" ref="H${row}:I${row}" si="0">$2</f><v>1</v>`,
      )
      .replace(new RegExp(`(<c r="I${row}"[^>]*>)<f>SUM\\(I\\d+:I\\d+\\)</f>`), '$1<f t="shared" si="0"/>');
    expect(xml).toContain(`<f t="shared" si="0"/>`);
    zip.file(part, xml);
    const input = path.join(dir, 'shared.xlsx');
    fs.writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const out = path.join(dir, 'shared-out.xlsx');
    const r = await runCli(['repair', input, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `grant-budget: ${input}: cannot be repaired without changing other cells (repair changes only the cells it repairs): sheet "${pub.sheetName('F')}" (${part}): H${row} holds the formula that I${row} share (they were filled from it): rewriting it would change those cells too; type =SUM(H5:H18) into H${row} in Excel instead\n`,
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});
