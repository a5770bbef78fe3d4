import fc from 'fast-check';
import { budgetToJsonValue } from '../../src/budget';
import { budgetFromJsonValue, parseBudgetJson } from '../../src/budget/budgetJson';
import { exampleJson } from '../support/budgets';
import { english, problemsInEnglish } from '../support/words';

function problems(json: unknown): { path: string; message: string }[] {
  const r = typeof json === 'string' ? parseBudgetJson(json) : budgetFromJsonValue(json);
  if (r.ok) throw new Error('expected a refusal');
  return problemsInEnglish(r.problems);
}

describe('budget JSON', () => {
  it('reads both shared examples', () => {
    expect(budgetFromJsonValue(exampleJson('pr-example')).ok).toBe(true);
    const nc = budgetFromJsonValue(exampleJson('nc-example'));
    expect(nc.ok && nc.budget.state).toBe('NC');
  });

  it('refuses a misspelled key, naming its path and the key it meant', () => {
    const p = problems({ state: 'KY', personnel: [{}, {}, {}, { title: 'x', federl: 10 }] });
    expect(p).toEqual([
      {
        path: 'personnel[3].federl',
        message: expect.stringMatching(/unknown key "federl" \(did you mean "federal"\?\)/),
      },
    ]);
  });

  it('refuses an unknown top-level key', () => {
    expect(problems({ state: 'KY', personel: [] })[0]).toEqual({
      path: 'personel',
      message: expect.stringMatching(/did you mean "personnel"/),
    });
  });

  it('refuses a string amount', () => {
    expect(problems({ state: 'KY', fringe: [{ item: 'x', federal: '100' }] })).toEqual([
      { path: 'fringe[0].federal', message: 'expected an amount in dollars (a JSON number), got the text "100"' },
    ]);
  });

  it('refuses NaN and Infinity spelled as strings', () => {
    expect(problems({ state: 'KY', other: [{ federal: 'NaN', stateMatch: 'Infinity' }] }).map((p) => p.path)).toEqual([
      'other[0].federal',
      'other[0].stateMatch',
    ]);
  });

  it('refuses three decimals', () => {
    expect(problems({ state: 'KY', other: [{ program: 10.005 }] })[0]).toEqual({
      path: 'other[0].program',
      message: expect.stringMatching(/more than two decimals/),
    });
  });

  it('refuses a negative FTE, but accepts negative amounts (they become findings)', () => {
    expect(problems({ state: 'KY', personnel: [{ fte: -1 }] })[0]).toEqual({
      path: 'personnel[0].fte',
      message: 'FTE cannot be negative (got -1)',
    });
    expect(problems({ state: 'KY', staffing: { trainers: { onBoard100: -0.5 } } })[0]!.path).toBe(
      'staffing.trainers.onBoard100',
    );
    expect(budgetFromJsonValue({ state: 'KY', other: [{ program: -5 }] }).ok).toBe(true);
  });

  it('refuses an unknown State, suggesting the nearest', () => {
    const p = problems({ state: 'Kentuky' })[0]!;
    expect(p.path).toBe('state');
    expect(p.message).toMatch(/unknown State "Kentuky" \(did you mean "Kentucky"\?\)/);
    expect(problems({})[0]!.message).toMatch(/required/);
  });

  it('refuses a fiscal year without a rule pack', () => {
    expect(problems({ state: 'KY', fiscalYear: 2013 })[0]).toEqual({
      path: 'fiscalYear',
      message: expect.stringMatching(/no rule pack .* 2013.*available: 2012/),
    });
  });

  it('refuses text that is not JSON, saying where', () => {
    expect(problems('{"state": "KY",, }')[0]!.message).toMatch(/^not valid JSON at line 1, column \d+/);
    expect(problems('')[0]!.message).toMatch(/empty/);
    expect(problems('[1,2]')[0]!.message).toMatch(/expected a budget object/);
  });

  it('accepts a byte-order mark', () => {
    expect(parseBudgetJson('\uFEFF{"state":"KY"}').ok).toBe(true);
  });

  it('refuses deep nesting without exhausting the stack', () => {
    const deep = '{"state":"KY","activities":' + '['.repeat(100000) + ']'.repeat(100000) + '}';
    expect(problems(deep)[0]!.message).toMatch(/nested deeper/);
  });

  it('refuses an unknown program type, suggesting the nearest', () => {
    expect(problems({ state: 'KY', personnel: [{ programType: 'Enforcment (safety)' }] })[0]!.message).toMatch(
      /did you mean "Enforcement \(safety\)"/,
    );
  });

  it('marks private-sector consultation personnel by program type', () => {
    const r = budgetFromJsonValue({
      state: 'KY',
      personnel: [{ programType: '23(g) Consultation (private sector, health)' }],
    });
    expect(r.ok && r.budget.personnel[0]!.privateSectorConsultation).toBe(true);
  });

  it('lists every problem at once', () => {
    expect(problems({ state: 'KY', fringe: [{ federal: 'x' }], other: [{ program: 1.234 }], extra: 1 })).toHaveLength(
      3,
    );
  });

  it('writes a budget back to JSON that reads as the same budget', () => {
    for (const name of ['pr-example', 'nc-example'] as const) {
      const r = budgetFromJsonValue(exampleJson(name));
      if (!r.ok) throw new Error('bad example');
      const again = budgetFromJsonValue(budgetToJsonValue(r.budget));
      expect(again.ok && again.budget).toEqual(r.budget);
    }
  });

  it('never throws on random JSON: it reads a budget or lists problems (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const r = budgetFromJsonValue(v);
        return r.ok || (r.problems.length > 0 && r.problems.every((p) => english(p.message).length > 0));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseBudgetJson(s);
        return r.ok || r.problems.length > 0;
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random budget-shaped objects (property)', () => {
    const anyValue = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant(null));
    const lineArb = fc.dictionary(
      fc.constantFrom(
        'item',
        'administration',
        'program',
        'federal',
        'stateMatch',
        'state100',
        'fte',
        'federl',
        'annualSalary',
      ),
      anyValue,
    );
    fc.assert(
      fc.property(fc.constantFrom('KY', 'XX', 'Washington'), fc.array(lineArb, { maxLength: 5 }), (state, lines) => {
        const r = budgetFromJsonValue({ state, personnel: lines, other: lines });
        return r.ok || r.problems.every((p) => english(p.message).length > 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('JSON syntax errors and duplicate keys', () => {
  it('names the line and column of the first syntax error', () => {
    const p = problems('{\n  "state": "KY",\n  "other": [ {"item": "x" "program": 1} ]\n}');
    expect(p[0]!.message).toBe('not valid JSON at line 3, column 27: expected "," or "}", found ""program": 1"');
  });
  it('refuses a key written twice, naming where', () => {
    const p = problems('{"state":"KY","staffing":{"trainers":{"allocated5050":1,"allocated5050":2}}}');
    expect(p).toEqual([{ path: 'staffing.trainers.allocated5050', message: expect.stringMatching(/written twice/) }]);
  });
  it('does not mistake equal keys in different objects for duplicates', () => {
    expect(parseBudgetJson('{"state":"KY","other":[{"item":"a","program":2},{"item":"b","program":2}]}').ok).toBe(true);
  });
});

describe('duplicate keys with escapes', () => {
  it('sees through escaped quotes and backslashes', () => {
    expect(problems('{"state":"KY","other":[{"item":"a \\"quoted\\" \\\\ name","program":2,"program":3}]}')).toEqual([
      { path: 'other[0].program', message: expect.stringMatching(/written twice/) },
    ]);
    expect(parseBudgetJson('{"state":"KY","other":[{"item":"ends with backslash \\\\","program":2}]}').ok).toBe(true);
    expect(problems('{"st\\u0061te":"KY","state":"KY"}')).toEqual([
      { path: 'state', message: expect.stringMatching(/twice/) },
    ]);
  });
});
