/**
 * Fuzzing the budget JSON reader: whatever comes in, the reader answers with a budget or with its own
 * problems (path + message), never with an exception; a budget it accepts can be checked, written
 * back and read again to the same budget. Goes beyond test/budget/budgetJson.test.ts: budget-shaped
 * objects (the shared examples and the corpus base) with a wrong value at a random path, of a random
 * kind (wrong types, NaN/Infinity spelled as text, huge and tiny numbers, deep nesting, prototypes).
 */
import { english } from '../support/words';
import fc from 'fast-check';
import { budgetToJsonValue, evaluateBudget } from '../../src/budget';
import { budgetFromJsonValue, parseBudgetJson } from '../../src/budget/budgetJson';
import { exampleJson } from '../support/budgets';
import { BASE_BUDGET_JSON } from '../fixtures/bad-input/workbooks';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const BASES: Json[] = [
  exampleJson('pr-example') as Json,
  exampleJson('nc-example') as Json,
  BASE_BUDGET_JSON as unknown as Json,
];

/** Every path of a JSON value: ["personnel", 2, "federal"]. */
function pathsOf(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...at, k]));
  return out;
}

function setAt(v: Json, path: (string | number)[], value: unknown, mode: 'replace' | 'delete' | 'add'): unknown {
  const copy = JSON.parse(JSON.stringify(v)) as Json;
  if (path.length === 0) return value;
  let node: unknown = copy;
  for (const k of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[k];
  const last = path[path.length - 1] as string | number;
  const parent = node as Record<string | number, unknown>;
  if (mode === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (mode === 'add' && parent && typeof parent === 'object' && !Array.isArray(parent))
    parent[`${String(last)}Extra`] = value;
  else parent[last] = value;
  return copy;
}

/** Values a budget officer's tools (or an attacker) put where a figure or a name belongs. */
const strangeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '$1,000.00',
    '(500)',
    '',
    ' ',
    '0x10',
    '1_000',
    'null',
    'true',
    '١٢٣',
    '\u0000',
    '__proto__',
  ),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    1e15,
    1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER + 2,
    0.005,
    1.005,
    -1,
    99_999_999_999.99,
    100_000_000_000,
  ),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}}}')),
  fc.integer({ min: 1, max: 2000 }).map((depth) => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  }),
);

function expectOwnAnswer(result: ReturnType<typeof budgetFromJsonValue>): void {
  if (result.ok) {
    // A budget it accepts is a budget: it can be checked, and written back to the same budget.
    const ev = evaluateBudget(result.budget);
    expect(Number.isSafeInteger(ev.totals.total)).toBe(true);
    const again = budgetFromJsonValue(budgetToJsonValue(result.budget));
    expect(again.ok).toBe(true);
    if (again.ok) expect(budgetToJsonValue(again.budget)).toEqual(budgetToJsonValue(result.budget));
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.path).toBe('string');
      expect(typeof english(p.message)).toBe('string');
      expect(english(p.message).length).toBeGreaterThan(0);
      expect(english(p.message)).not.toMatch(/\[object Object\]|undefined|TypeError/);
    }
  }
}

describe('budget JSON reader under fuzzing: its own answer, never an exception', () => {
  it('any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expectOwnAnswer(budgetFromJsonValue(v));
      }),
      { numRuns: 300 },
    );
  });

  it('any text, and any JSON text with a byte-order mark, comments or trailing garbage', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.fullUnicodeString(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        fc.constantFrom('', '\ufeff', '// x\n', ' '),
        fc.constantFrom('', ',', '}', ' \n'),
        (text, pre, post) => {
          const r = parseBudgetJson(pre + text + post);
          expectOwnAnswer(r);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a real budget with a wrong value at a random path (replaced, deleted, or a stray key beside it)', () => {
    const cases = fc
      .constantFrom(...BASES)
      .chain((base) =>
        fc.tuple(
          fc.constant(base),
          fc.constantFrom(...pathsOf(base)),
          strangeValue,
          fc.constantFrom('replace' as const, 'delete' as const, 'add' as const),
        ),
      );
    fc.assert(
      fc.property(cases, ([base, path, value, mode]) => {
        const mutated = setAt(base, path, value, mode);
        const direct = budgetFromJsonValue(mutated);
        expectOwnAnswer(direct);
        // Through the text door too, as `review budget.json` reads it (NaN and Infinity become null in JSON text).
        let text: string | null = null;
        try {
          text = JSON.stringify(mutated);
        } catch {
          text = null; // a value JSON cannot spell (too deep for the stringifier): the file could not exist
        }
        if (text !== undefined && text !== null) expectOwnAnswer(parseBudgetJson(text));
      }),
      { numRuns: 400 },
    );
  });

  it("a wrong type at a figure of a real budget is refused with that figure's path", () => {
    const base = BASES[0] as Json;
    const figures = pathsOf(base).filter(
      (p) =>
        typeof p[p.length - 1] === 'string' &&
        /^(administration|program|federal|stateMatch|state100|annualSalary|fte)$/.test(String(p[p.length - 1])),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...figures),
        fc.constantFrom('NaN', 'Infinity', 'ten', true, [], {}, null),
        (path, value) => {
          const r = budgetFromJsonValue(setAt(base, path, value, 'replace'));
          expect(r.ok).toBe(false);
          if (!r.ok) {
            const dotted = path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
            expect(r.problems.map((p) => p.path)).toContain(dotted);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
