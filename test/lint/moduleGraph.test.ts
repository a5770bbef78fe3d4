/**
 * The import rule `npm run lint` enforces (scripts/lint/moduleGraph.mjs) is itself tested: it sees a
 * folder importing one above it, a runtime cycle, and lets a type-only cycle and the composition root be.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/lint/moduleGraph.mjs');

/**
 * Runs the rule on a folder of `files` (never on the real tree, which other tests read): the real src/ copied
 * when `onCopyOfSrc`, else only the files given, each in its folder (a rule's case needs no more, and the
 * parse of 190 modules per case cost seconds).
 */
function lintWith(files: Record<string, string>, onCopyOfSrc = false): { code: number; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'module-graph-'));
  try {
    if (onCopyOfSrc) fs.cpSync(path.join(ROOT, 'src'), path.join(dir, 'src'), { recursive: true });
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    const out = execFileSync('node', [SCRIPT, path.join(dir, 'src')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, out: err.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the import graph of src/', () => {
  it('is clean today: folders in one direction, no cycles', () => {
    expect(lintWith({}, true)).toEqual({ code: 0, out: expect.stringContaining('no cycles') });
  });

  it('refuses a folder importing one above it (layout -> workbook)', () => {
    const r = lintWith({
      'src/layout/zzUpward.ts':
        "import { readBudgetFromSnapshot } from '../workbook/readBudget';\nexport const x = readBudgetFromSnapshot;\n",
      'src/workbook/readBudget.ts': 'export const readBudgetFromSnapshot = 1;\n',
    });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /src\/layout\/zzUpward\.ts imports src\/workbook\/readBudget\.ts: "layout" may not depend on "workbook"/,
    );
  });

  it('refuses a cycle of runtime imports, not one of types only', () => {
    const cyc = lintWith({
      'src/budget/zzA.ts': "import { b } from './zzB';\nexport const a = () => b;\n",
      'src/budget/zzB.ts': "import { a } from './zzA';\nexport const b = () => a;\n",
    });
    expect(cyc.code).toBe(1);
    expect(cyc.out).toMatch(/a cycle of imports: src\/budget\/zzA\.ts -> src\/budget\/zzB\.ts/);
    const types = lintWith({
      'src/budget/zzA.ts': "import type { B } from './zzB';\nexport type A = { b?: B };\n",
      'src/budget/zzB.ts': "import type { A } from './zzA';\nexport type B = { a?: A };\n",
    });
    expect(types.code).toBe(0);
  });
});
