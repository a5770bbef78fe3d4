/**
 * The bad-input corpus, TEXT THAT OUTPUTS CANNOT HOLD. Each case states what the user sees:
 * - XML 1.0 forbids most control characters, U+FFFE, U+FFFF and lone surrogates: the SF-424A XML and
 *   the .xlsx leave them out, the command says so on stderr naming the field or cell, and the files are
 *   well-formed (the XML valid against the Grants.gov XSD; sharedStrings.xml read by xmllint, by both our
 *   readers and by LibreOffice);
 * - the 50-character cut of Section F counts characters, never half an emoji;
 * - a typed `_x000D_` (Office's own escape syntax) reads back as typed;
 * - review's text output is for terminals: control characters in workbook text are shown escaped
 *   (`\x1b`), and a newline in an item name cannot forge an output line. JSON output stays exact.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import {
  firstCodePoints,
  codePointCount,
  xmlSafeText,
  encodeOoxmlText,
  decodeOoxmlText,
} from '../../src/budget/xmlText';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { readXlsxSnapshotWithExcelJs } from '../support/exceljsSnapshot';
import type { WorkbookSnapshot } from '../../src/port/workbookPort';
import { terminalLine } from '../../src/cli/terminalText';
import { EXAMPLES, SHARED } from '../support/budgets';
import { runCli } from '../support/cli';
import { convertWithLibreOffice } from '../support/libreoffice';
import { xmllintValidate } from '../support/xmllint';

const XSD = path.join(SHARED, 'reference', 'sf424a-xsd', 'SF424A-V1.0.xsd');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-text-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);
const example = () => JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'pr-example.budget.json'), 'utf8'));
const writeBudget = (name: string, edit: (b: ReturnType<typeof example>) => void) => {
  const b = example();
  edit(b);
  fs.writeFileSync(at(name), JSON.stringify(b));
  return at(name);
};

/** Every text cell of a snapshot, by "Sheet!row,col". */
function texts(s: WorkbookSnapshot): string[] {
  return s.sheets.flatMap((sh) =>
    sh.cells.flatMap((row) => row.map((c) => c.value).filter((v): v is string => typeof v === 'string')),
  );
}

// Text no XML can hold: ESC (with a terminal title command), BEL, a vertical tab, U+FFFE, U+FFFF, a lone surrogate.
const HOSTILE = 'Evil\u001b]0;pwned\u0007 \u000b\ufffe\uffff\ud800 line';

describe('the shared rule (src/budget/xmlText.ts)', () => {
  test('removes exactly what XML 1.0 forbids and names each character; keeps tab, newline, CR, emoji', () => {
    expect(xmlSafeText(HOSTILE)).toEqual({
      text: 'Evil]0;pwned  line',
      removed: ['U+001B', 'U+0007', 'U+000B', 'U+FFFE', 'U+FFFF', 'U+D800'],
    });
    expect(xmlSafeText('a\tb\nc\rd 😀 \ud7ff\ue000').removed).toEqual([]);
  });

  test('the cut counts code points: an emoji at the boundary is kept whole or left out', () => {
    expect(firstCodePoints('ab😀c', 3)).toBe('ab😀');
    expect(firstCodePoints('abc😀', 3)).toBe('abc');
    expect(codePointCount('ab😀c')).toBe(4);
  });

  test('a typed _x000D_ and a carriage return survive the Office escape', () => {
    expect(encodeOoxmlText('a_x000D_b\rc')).toBe('a_x005F_x000D_b_x000D_c');
    expect(decodeOoxmlText(encodeOoxmlText('a_x000D_b\rc _x005F_ _x12ab_'))).toBe('a_x000D_b\rc _x005F_ _x12ab_');
  });
});

describe('SF-424A XML', () => {
  test('control characters, U+FFFF and a lone surrogate in the indirect base: left out, a warning naming the field, valid against the XSD', async () => {
    // (The vertical tab is whitespace, which the indirect text already turns into a space.)
    const file = writeBudget('hostile.json', (b) => (b.indirect.base = `direct ${HOSTILE}`));
    const r = await runCli(['sf424a', file, '--format', 'xml', '-o', at('hostile.xml')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `grant-budget: ${file}: warning: Section F line 22 Indirect Charges: removed 5 characters that XML cannot hold (U+001B, U+0007, U+FFFE, U+FFFF, U+D800)\n`,
    );
    const xml = fs.readFileSync(at('hostile.xml'), 'utf8');
    expect(xml).toContain(
      '<SF424A:OtherIndirectChargesExplanation>5% of direct Evil]0;pwned  line</SF424A:OtherIndirectChargesExplanation>',
    );
    const v = xmllintValidate(xml, XSD);
    expect(v.output).toMatch(/validates/);
    expect(v.valid).toBe(true);
  });

  test.each([
    ['an emoji that ends at character 47 is kept whole', 'x'.repeat(40), '😀'],
    ['an emoji that would be character 48 is left out, never half of it', 'x'.repeat(41), ''],
  ])('Section F cut at 50 characters, ending in ASCII "...": %s', async (_name, xs, kept) => {
    const file = writeBudget(`emoji${xs.length}.json`, (b) => (b.indirect.base = `${xs}😀yyyyyy`));
    const r = await runCli(['sf424a', file, '--format', 'xml']);
    const text =
      /<SF424A:OtherIndirectChargesExplanation>(.*)<\/SF424A:OtherIndirectChargesExplanation>/.exec(r.stdout)?.[1] ??
      '';
    expect(text).toBe(`5% of ${xs}${kept}...`);
    expect(codePointCount(text)).toBe(50);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/); // no lone surrogate
    expect(xmllintValidate(r.stdout, XSD).valid).toBe(true);
  });
});

describe('.xlsx written by build', () => {
  const TYPED = 'Typed _x000D_ and _x0041_ as is';
  let workbook = '';
  let build = { code: 0, stdout: '', stderr: '' };
  beforeAll(async () => {
    const file = writeBudget('cells.json', (b) => {
      b.supplies[0].item = HOSTILE;
      b.other[0].item = TYPED;
    });
    workbook = at('cells.xlsx');
    build = await runCli(['build', file, '-o', workbook]);
  });

  test('build says which cell lost which characters, and writes the workbook', () => {
    expect(build.code).toBe(0);
    expect(build.stderr).toMatch(
      new RegExp(
        `^grant-budget: ${workbook.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: warning: Appendix F!A\\d+: removed 6 characters that XML cannot hold \\(U\\+001B, U\\+0007, U\\+000B, U\\+FFFE, U\\+FFFF, \\.\\.\\.\\)\\n$`,
      ),
    );
  });

  test('sharedStrings.xml is well-formed XML (xmllint) and holds the escaped _x005F_x000D_', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(workbook));
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(shared).toContain('Typed _x005F_x000D_ and _x005F_x0041_ as is');
    fs.writeFileSync(at('sharedStrings.xml'), shared);
    const lint = spawnSync('xmllint', ['--noout', at('sharedStrings.xml')], { encoding: 'utf8' });
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
  });

  test('both our readers read the text back as typed (less what XML cannot hold)', async () => {
    const bytes = fs.readFileSync(workbook);
    for (const s of [await readXlsxSnapshot(bytes, workbook), await readXlsxSnapshotWithExcelJs(bytes, workbook)]) {
      expect(texts(s)).toContain(TYPED);
      expect(texts(s)).toContain('Evil]0;pwned  line');
    }
  });

  test('LibreOffice opens it and keeps the typed text (its own save read back by our reader)', async () => {
    const [saved] = convertWithLibreOffice([workbook], at('lo'));
    const s = await readXlsxSnapshot(fs.readFileSync(saved!), saved!);
    expect(texts(s)).toContain(TYPED);
  }, 180_000);
});

describe('review text is for terminals', () => {
  // A line whose split is wrong raises a finding whose message quotes the item name.
  const FORGE = 'Evil\u001b]0;pwned\u0007\n  error   FORGED_CODE: all is well\r';
  let file = '';
  beforeAll(() => {
    file = writeBudget('forge.json', (b) => {
      b.supplies[0].item = FORGE;
      b.supplies[0].program += 1;
    });
  });

  test('review of a budget JSON: no raw control character reaches the terminal; the newline is shown, not obeyed', async () => {
    const r = await runCli(['review', file]);
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    // (Item names are trimmed, so the carriage return at its end is gone.)
    expect(r.stdout).toContain('(Evil\\x1b]0;pwned\\x07\\n  error   FORGED_CODE: all is well)');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  error   FORGED_CODE'))).toEqual([]);
  });

  test('review --json stays exact: the item name is in the message as typed (JSON escapes it itself)', async () => {
    const r = await runCli(['review', file, '--json']);
    const parsed = JSON.parse(r.stdout) as { findings: { message: string }[] };
    expect(parsed.findings.some((f) => f.message.includes(FORGE.trim()))).toBe(true);
    expect(r.stdout).toContain('\\u001b]0;pwned\\u0007\\n');
  });

  test('review of a workbook whose text holds Office escapes of ESC and BEL (as Excel writes them): shown escaped', async () => {
    const built = at('forge.xlsx');
    const clean = writeBudget('mark.json', (b) => {
      b.supplies[0].item = 'MARK';
      b.supplies[0].program += 1;
    });
    expect((await runCli(['build', clean, '-o', built])).code).toBe(1);
    const zip = await JSZip.loadAsync(fs.readFileSync(built));
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    zip.file(
      'xl/sharedStrings.xml',
      shared.replace('>MARK<', '>Evil_x001B_]0;pwned_x0007_\n  error   FORGED_CODE: all is well<'),
    );
    fs.writeFileSync(at('hostile.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await runCli(['review', at('hostile.xlsx')]);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('Evil\\x1b]0;pwned\\x07\\n  error   FORGED_CODE: all is well');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  error   FORGED_CODE'))).toEqual([]);
  });

  test('the escape itself: C0, DEL, C1, bidirectional overrides and lone surrogates become visible; emoji and accents stay', () => {
    expect(terminalLine('a\u001b[2Jb\u009bc\u202ed\u007f\ud800 é 😀')).toBe(
      'a\\x1b[2Jb\\x9bc\\u202ed\\x7f\\ud800 é 😀',
    );
  });
});
