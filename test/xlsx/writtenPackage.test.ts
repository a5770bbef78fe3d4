/**
 * What the writer's package is made of: exceljs writes it stored and Node's zlib deflates every entry
 * (deflateStoredEntries), each saying that version 2.0 is needed to extract it, with no data descriptor;
 * the package reads back, and is a fraction of its stored size.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readZip } from '../../src/xlsx/zipArchive';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { runCli } from '../support/cli';

test('every entry of a written workbook is deflated, and the workbook reads back', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-written-'));
  try {
    const file = path.join(dir, 'ky.xlsx');
    expect((await runCli(['new', '--state', 'KY', '-o', file])).code).toBe(0);
    const bytes = fs.readFileSync(file);
    const zip = readZip(bytes, file);
    expect(zip.entries.length).toBeGreaterThan(5);
    for (const e of zip.entries) {
      expect({ entry: e.name, method: e.method, descriptor: e.flags & 8 }).toEqual({
        entry: e.name,
        method: 8,
        descriptor: 0,
      });
      expect(e.central.readUInt16LE(6)).toBeGreaterThanOrEqual(20);
      expect(bytes.readUInt16LE(e.start + 4)).toBeGreaterThanOrEqual(20);
    }
    const unpacked = zip.entries.reduce((n, e) => n + e.central.readUInt32LE(24), 0);
    expect(bytes.length).toBeLessThan(unpacked / 3);
    const snapshot = await readXlsxSnapshot(bytes, file);
    expect(snapshot.sheetNames.map((s) => s.name)).toContain('Appendix F');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
