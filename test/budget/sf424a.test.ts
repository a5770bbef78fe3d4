import fc from 'fast-check';
import { computeTotals, evaluateBudget, osha110ToJson, rulePackFor, sf424aToJson, type Budget } from '../../src/budget';
import { budgetOf, exampleExpected, exampleJson } from '../support/budgets';

const pack = rulePackFor(2012)!;

/** Every figure the expected file gives must equal ours to the cent (keys we add on top are ignored). */
function expectSubset(actual: unknown, expected: unknown, path = ''): void {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    for (const [k, v] of Object.entries(expected as Record<string, unknown>)) {
      expectSubset((actual as Record<string, unknown>)?.[k], v, `${path}.${k}`);
    }
  } else if (Array.isArray(expected)) {
    expect({ path, length: (actual as unknown[])?.length }).toEqual({ path, length: expected.length });
    expected.forEach((v, i) => expectSubset((actual as unknown[])[i], v, `${path}[${i}]`));
  } else {
    expect({ path, value: actual }).toEqual({ path, value: expected });
  }
}

describe.each(['pr-example', 'nc-example'] as const)('%s', (name) => {
  const ev = evaluateBudget(budgetOf(exampleJson(name)));
  const expected = exampleExpected(name);

  it('gives the expected SF-424A to the cent', () => {
    expectSubset(sf424aToJson(ev.sf424a), expected.sf424a);
  });

  it('gives the expected OSHA 110 figures', () => {
    expect(osha110ToJson(ev.osha110)).toEqual(expected.osha110);
  });

  it('raises the expected finding codes', () => {
    const codes = new Set(ev.findings.map((f) => f.code));
    for (const code of expected.findingCodes as string[]) expect(codes).toContain(code);
    const budgetCodes = [
      'ADMIN_CAP_EXCEEDED',
      'MATCH_UNEQUAL',
      'FEDERAL_OVER_AWARD',
      'FEDERAL_UNDER_AWARD',
      'LINE_SPLIT_MISMATCH',
      'PSC_NOT_ALLOWED',
      'PERSONNEL_COST_MISMATCH',
      'FTE_MISMATCH',
    ];
    const unexpected = [...codes].filter(
      (c) => budgetCodes.includes(c) && !(expected.findingCodes as string[]).includes(c),
    );
    expect(unexpected).toEqual([]);
  });
});

describe('Section F', () => {
  it('states the indirect rate and base, within 50 characters', () => {
    const b = budgetOf({
      state: 'KY',
      indirect: {
        rate: 0.1234,
        base: 'salaries and wages of every employee of the Labor Cabinet',
        administration: 2,
        federal: 1,
        stateMatch: 1,
      },
    });
    const text = evaluateBudget(b).sf424a.sectionF.indirectCharges;
    expect(text.startsWith('12.34% of salaries')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(50);
  });
});

describe('category appearance', () => {
  it('always shows Administration and Program, others only when they hold money', () => {
    const b = budgetOf({ state: 'KY' });
    expect(evaluateBudget(b).sf424a.categories).toEqual(['administration', 'program']);
  });
});

/* ---------------------------------------------------------------------------------------------
 * Property tests over random budgets.
 * ------------------------------------------------------------------------------------------- */

const cents = fc.integer({ min: 0, max: 50_000_000_00 });
const SECTIONS = [
  'personnel',
  'fringe',
  'travelOutOfState',
  'travelInState',
  'equipment',
  'supplies',
  'contractual',
  'other',
] as const;

/** A line whose split is consistent (Admin + Program = Federal + Match), as a valid budget's lines are. */
const consistentLine = fc
  .record({
    admin: cents,
    program: cents,
    federalShare: fc.integer({ min: 0, max: 100 }),
    state100: cents,
    psc: fc.boolean(),
  })
  .map(({ admin, program, federalShare, state100, psc }) => {
    const funded = admin + program;
    const federal = Math.floor((funded * federalShare) / 100);
    return {
      administration: admin,
      program,
      federal,
      stateMatch: funded - federal,
      state100,
      privateSectorConsultation: psc,
    };
  });

/** Any line at all, consistent or not: the identities of the form must hold even for a wrong budget. */
const anyLine = fc.record({
  administration: cents,
  program: cents,
  federal: cents,
  stateMatch: cents,
  state100: cents,
  privateSectorConsultation: fc.boolean(),
});

function randomBudget(lineArb: fc.Arbitrary<Record<string, unknown>>) {
  return fc
    .record({
      state: fc.constantFrom('KY', 'PR', 'WA', 'NC', 'CA', 'VI'),
      lines: fc.array(fc.tuple(fc.constantFrom(...SECTIONS), lineArb), { maxLength: 30 }),
      indirect: fc.option(fc.record({ fed: cents, s100: cents }), { nil: undefined }),
      programIncome: cents,
    })
    .map(({ state, lines, indirect, programIncome }): Budget => {
      const b = budgetOf({ state, programIncome: 0 });
      for (const [section, l] of lines) {
        const withText = { item: 'x', ...l } as never;
        (b[section] as unknown[]).push(
          section === 'personnel'
            ? { ...(withText as object), programType: '', name: '', annualSalary: null, fte: null }
            : withText,
        );
      }
      if (indirect)
        b.indirect = {
          rate: 0.1,
          base: 'salaries',
          administration: indirect.fed * 2,
          federal: indirect.fed,
          stateMatch: indirect.fed,
          state100: indirect.s100,
        };
      b.programIncome = programIncome;
      return b;
    });
}

describe('SF-424A identities (property)', () => {
  it('hold to the cent for any budget, consistent or not', () => {
    fc.assert(
      fc.property(randomBudget(anyLine), (b) => {
        const f = evaluateBudget(b).sf424a;
        const a = f.sectionA;
        // Section A foots.
        expect(a.lines.reduce((s, l) => s + l.total, 0)).toBe(a.totals.total);
        for (const l of a.lines) expect(l.federal + l.nonFederal).toBe(l.total);
        // B 6k column (n) = A line n (g); B 6k (5) = A line 5 (g).
        f.categories.forEach((k, i) => expect(f.sectionB.categories[k]!.total).toBe(a.lines[i]!.total));
        expect(f.sectionB.totals.total).toBe(a.totals.total);
        // B totals are the sum of the columns, and each column foots.
        for (const k of f.categories) {
          const c = f.sectionB.categories[k]!;
          expect(
            c.personnel +
              c.fringeBenefits +
              c.travel +
              c.equipment +
              c.supplies +
              c.contractual +
              c.construction +
              c.other,
          ).toBe(c.totalDirect);
          expect(c.totalDirect + c.indirect).toBe(c.total);
        }
        // Program income is shown, never added into 6k.
        expect(f.sectionB.totals.programIncome).toBe(b.programIncome);
        // C line 12 (e) = A line 5 (f); D 13 year = A 5 (e); D 14 year = A 5 (f); quarters foot.
        expect(f.sectionC.totals.total).toBe(a.totals.nonFederal);
        expect(f.sectionD.federal.year).toBe(a.totals.federal);
        expect(f.sectionD.nonFederal.year).toBe(a.totals.nonFederal);
        for (const row of [f.sectionD.federal, f.sectionD.nonFederal, f.sectionD.total]) {
          expect(row.q1 + row.q2 + row.q3 + row.q4).toBe(row.year);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('give Federal = Σ Federal Share and Non-Federal = Σ Match + Σ 100% for a consistent budget; proration loses no cent', () => {
    fc.assert(
      fc.property(randomBudget(consistentLine), (b) => {
        const ev = evaluateBudget(b);
        const t = computeTotals(b, pack);
        expect(ev.sf424a.sectionA.totals.federal).toBe(t.federal);
        expect(ev.sf424a.sectionA.totals.nonFederal).toBe(t.stateMatch + t.state100);
        expect(ev.sf424a.sectionA.totals.total).toBe(t.total);
        const s100 = ev.sf424a.sectionA.lines.find((l) => l.category === 'state100');
        expect(s100?.federal ?? 0).toBe(0);
        expect(s100?.total ?? 0).toBe(t.state100);
      }),
      { numRuns: 300 },
    );
  });

  it('OSHA 110 lines add up', () => {
    fc.assert(
      fc.property(randomBudget(anyLine), (b) => {
        const { osha110: o, totals: t } = evaluateBudget(b);
        expect(o.federalBase).toBe(t.federal);
        expect(o.stateBase).toBe(t.stateMatch);
        expect(o.recipient100).toBe(t.state100);
        expect(o.recipientShare).toBe(o.stateBase + o.recipient100);
        expect(o.total).toBe(o.federalBase + o.recipientShare);
        expect(o.total).toBe(t.total);
      }),
      { numRuns: 200 },
    );
  });
});
