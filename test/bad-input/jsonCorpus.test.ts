/**
 * The budget JSON half of the bad-input corpus (test/fixtures/bad-input/json): for each file, what the
 * user sees. Nothing crashes (no stack trace), nothing hangs (each case is bounded by the 10 s timeout
 * below), and the input file is never changed.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli';

const DIR = path.join(__dirname, '..', 'fixtures', 'bad-input', 'json');
const BOUND_MS = 10_000;

const CASES: [file: string, exit: number, seen: RegExp][] = [
  [
    'string-amount.json',
    2,
    /other\[0\]\.federal: expected an amount in dollars \(a JSON number\), got the text "1,000"/,
  ],
  ['object-instead-of-list.json', 2, /personnel: expected a list, got object/],
  ['huge-number.json', 2, /other\[0\]\.federal: 1e\+300 is too large for an amount/],
  ['nan-string.json', 2, /other\[0\]\.federal: expected an amount .* got the text "NaN"/],
  ['infinity-string.json', 2, /other\[0\]\.stateMatch: expected an amount .* got the text "Infinity"/],
  ['duplicate-key.json', 2, /other\[0\]\.federal: the key "federal" is written twice/],
  ['three-decimals.json', 2, /other\[0\]\.program: 10\.005 has more than two decimals/],
  ['negative-fte.json', 2, /personnel\[0\]\.fte: FTE cannot be negative/],
  ['unknown-state.json', 2, /state: unknown State "Texas"/],
  ['misspelled-key.json', 2, /fringe\[0\]\.stateMach: unknown key "stateMach" \(did you mean "stateMatch"\?\)/],
  ['csv-not-json.json', 2, /not valid JSON at line 1, column 1: unexpected "State,Federa"/],
  ['empty.json', 2, /the file is empty/],
  ['list-at-top.json', 2, /expected a budget object/],
  ['null-state.json', 2, /state: expected a State's USPS code or Appendix L name, got null/],
  ['trailing-comma.json', 2, /not valid JSON at line 1, column 48: a comma before "}"; remove it/],
  ['comments.json', 2, /not valid JSON at line 2, column 3: a comment; JSON has no comments/],
  ['fiscal-year-as-text.json', 2, /fiscalYear: no rule pack for fiscal year "2012"/],
  [
    'fractional-count.json',
    2,
    /activities\.inspections\.publicSector\.projected\.safety: expected a whole number, got 2\.5/,
  ],
  ['rate-as-percent.json', 2, /indirect\.rate: expected a rate between 0 and 1 \(0\.1 for 10%\), got number 10/],
  // Accepted: a byte-order mark, UTF-16 as Notepad saves it; negative amounts are findings (exit 1).
  ['byte-order-mark.json', 0, /^$/],
  ['utf16-notepad.json', 0, /^$/],
  ['negative-amount.json', 1, /1 error finding|error findings/],
];

const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('bad budget JSON: what the user sees', () => {
  it('covers every file of the corpus', () => {
    expect(fs.readdirSync(DIR).sort()).toEqual(CASES.map(([f]) => f).sort());
  });

  it.each(CASES)(
    '%s -> exit %i',
    async (file, exit, seen) => {
      const f = path.join(DIR, file);
      const before = sha(f);
      const r = await runCli(['sf424a', f, '--format', 'json']);
      expect(r.code).toBe(exit);
      expect(r.stderr).toMatch(seen);
      if (exit === 2) {
        expect(r.stderr).toContain(file);
        expect(r.stdout).toBe('');
      }
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(sha(f)).toBe(before);
    },
    BOUND_MS,
  );

  it(
    'a 50 MB file is refused before it is read',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-big-'));
      const f = path.join(dir, 'big.json');
      const line = JSON.stringify({ item: 'x'.repeat(80), program: 2, federal: 1, stateMatch: 1 });
      const fd = fs.openSync(f, 'w');
      fs.writeSync(fd, '{"state":"KY","other":[');
      const chunk = Array.from({ length: 10_000 }, () => line).join(',');
      while (fs.fstatSync(fd).size < 50 * 1024 * 1024) fs.writeSync(fd, chunk + ',');
      fs.writeSync(fd, line + ']}');
      fs.closeSync(fd);
      const r = await runCli(['sf424a', f]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/big\.json: is 5\d\.\d MB, more than the 20 MB a budget file can be/);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    BOUND_MS * 3,
  );

  it(
    'nesting 100,000 deep is refused without exhausting the stack',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-deep-'));
      const f = path.join(dir, 'deep.json');
      fs.writeFileSync(f, '{"state":"KY","activities":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}');
      const r = await runCli(['sf424a', f]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/nested deeper than 64 levels/);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    BOUND_MS,
  );
});
