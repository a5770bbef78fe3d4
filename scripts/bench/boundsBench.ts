/**
 * `bounds`: the time and peak memory of the command at each bound a file may reach (issue 22, item 8:
 * every bound set so that a file within it stays under 1 GB and 10 s). Each input is made just within
 * its bound, each command runs in a process of its own (adversarialBench.ts's runInChild), once: the
 * figures are for docs/bounds.md's table.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { MAX_BUDGET_LINES } from '../../src/budget';
import { MAX_MERGES } from '../../src/xlsx/readLimits';
import { HOSTILE_CASES } from '../../test/fixtures/bad-input/hostileXml';
import { manyLinesJson, unknownKeysJson } from '../../test/fixtures/bad-input/roundTwo';
import { ownWorkbook, patchZip } from '../../test/fixtures/bad-input/workbooks';
import { runInChild } from './adversarialBench';
import { round } from './stats';

export interface BoundRun {
  bound: string;
  door: string;
  input: string;
  mb: number;
  ms: number;
  maxRssMb: number;
  exit: number;
}

export interface BoundsFigures {
  runs: BoundRun[];
  target: string;
  met: boolean;
}

/** Our workbook with one more sheet of `cells` numbers (20 a row): a sheet at the cell bound. */
async function workbookWithCells(cells: number): Promise<Buffer> {
  const rows: string[] = [];
  for (let r = 0; r < cells / 20; r++) {
    const row = Array.from(
      { length: 20 },
      (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${(r * 20 + c) % 997}</v></c>`,
    );
    rows.push(`<row r="${r + 1}">${row.join('')}</row>`);
  }
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  return patchZip(await ownWorkbook(), async (zip: JSZip) => {
    zip.file('xl/worksheets/big.xml', sheet);
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/big.xml"/></Relationships>',
      ),
    );
    const wb = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file('xl/workbook.xml', wb.replace('</sheets>', '<sheet name="Big" sheetId="99" r:id="rIdBig"/></sheets>'));
  });
}

/** A budget JSON of unknown keys just under `bytes` bytes: at the 20 MB bound of a budget file. */
function jsonOfBytes(bytes: number): string {
  let n = Math.floor(bytes / 12);
  let text = unknownKeysJson(n);
  while (text.length > bytes) {
    n = Math.floor(n * 0.97);
    text = unknownKeysJson(n);
  }
  return text;
}

export async function benchBounds(): Promise<BoundsFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-bench-bounds-'));
  const at = (name: string) => path.join(dir, name);
  const runs: BoundRun[] = [];
  const measure = (bound: string, door: string, argv: string[], input: string) => {
    const r = runInChild(argv);
    const mb = fs.existsSync(input) && fs.statSync(input).isFile() ? fs.statSync(input).size / 2 ** 20 : 0;
    runs.push({
      bound,
      door,
      input: path.basename(input),
      mb: round(mb, 2),
      ms: round(r.ms, 0),
      maxRssMb: round(r.maxRssMb, 0),
      exit: r.exit,
    });
  };
  try {
    const lines = `${MAX_BUDGET_LINES.toLocaleString('en-US')} cost lines`;
    fs.writeFileSync(at('lines.json'), manyLinesJson(MAX_BUDGET_LINES));
    measure(lines, 'budget JSON (review)', ['review', '--json', at('lines.json')], at('lines.json'));
    measure(lines, 'writer (build from JSON)', ['build', at('lines.json'), '-o', at('lines.xlsx')], at('lines.json'));
    measure(lines, 'workbook (review)', ['review', '--json', at('lines.xlsx')], at('lines.xlsx'));
    measure(
      lines,
      'workbook and writer (build from a workbook)',
      ['build', at('lines.xlsx'), '-o', at('again.xlsx')],
      at('lines.xlsx'),
    );

    fs.writeFileSync(at('json20.json'), jsonOfBytes(20 * 2 ** 20 - 1024));
    measure('20 MB a budget JSON', 'budget JSON (sf424a)', ['sf424a', at('json20.json')], at('json20.json'));

    fs.writeFileSync(at('cells.xlsx'), await workbookWithCells(2_000_000));
    measure('2,000,000 cells a sheet', 'workbook (review)', ['review', '--json', at('cells.xlsx')], at('cells.xlsx'));

    const flat = HOSTILE_CASES.find((c) => c.id === 'many-merges');
    if (flat) {
      fs.writeFileSync(at('merges.xlsx'), await flat.make(MAX_MERGES - 10));
      measure(
        `${MAX_MERGES.toLocaleString('en-US')} merged areas`,
        'workbook (review)',
        ['review', '--json', at('merges.xlsx')],
        at('merges.xlsx'),
      );
    }
    measure('50 MB read from a device', 'any input (review /dev/zero)', ['review', '/dev/zero'], '/dev/zero');
    const worst = Math.max(...runs.map((r) => r.maxRssMb));
    return {
      runs,
      target: 'every command at a bound under 10 s and 1 GB',
      met: runs.every((r) => r.ms < 10_000) && worst < 1024,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
