/**
 * For every finding code the budget alone decides: a budget that raises it, and one at the edge that does not.
 */
import { evaluateBudget, type FindingCode, type RenderedFinding } from '../../src/budget';
import { budgetOf, line } from '../support/budgets';
import { inEnglish, plain } from '../support/words';

type Finding = RenderedFinding;
function findings(json: Record<string, unknown>): Finding[] {
  return inEnglish(evaluateBudget(budgetOf(json)).findings);
}
function codes(json: Record<string, unknown>): FindingCode[] {
  return findings(json).map((f) => f.code);
}
function only(json: Record<string, unknown>, code: FindingCode): Finding[] {
  return findings(json).filter((f) => f.code === code);
}

/** Kentucky at exactly its award level ($3,505,100 federal), admin as given, everything else balanced. */
function ky(adminTotal: number, extra: Record<string, unknown> = {}) {
  const fundedTotal = 3505100 * 2;
  return {
    state: 'KY',
    other: [line('Admin', 'administration', adminTotal), line('Program', 'program', fundedTotal - adminTotal)],
    consultation: { renewals: 1 },
    ...extra,
  };
}

describe('ADMIN_CAP_EXCEEDED', () => {
  it('passes at exactly 25% of the 50/50 funding', () => {
    expect(codes(ky(1752550))).toEqual(['APPENDIX_E_EMPTY']);
  });

  it('fails just over the cap, with both amounts, the share and the dollars over', () => {
    const budget = ky(1752550.02); // admin must move in whole pairs of cents to keep the 50/50 halves exact
    const f = only(budget, 'ADMIN_CAP_EXCEEDED');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.amount).toBe(2);
    expect(f[0]!.message).toContain('$1,752,550.02');
    expect(f[0]!.message).toContain('$7,010,200.00');
    expect(f[0]!.message).toContain('25.00%');
    expect(f[0]!.message).toContain('$0.02 over');
    expect(f[0]!.path).toBe('totals.administration');
  });

  it('fails exactly one cent over the cap', () => {
    const b = {
      state: 'KY',
      other: [
        { item: 'Admin', administration: 1752550.01, federal: 876275.01, stateMatch: 876275 },
        { item: 'Program', program: 5257649.99, federal: 2628824.99, stateMatch: 2628825 },
      ],
      consultation: { renewals: 1 },
    };
    const f = only(b, 'ADMIN_CAP_EXCEEDED');
    expect(f.map((x) => x.amount)).toEqual([1]);
    expect(codes(b).filter((c) => c !== 'ADMIN_CAP_EXCEEDED')).toEqual(['APPENDIX_E_EMPTY']);
  });

  it('leaves State overmatch out of the base', () => {
    const b = ky(1752550, { fringe: [{ item: 'State-only', state100: 1000000 }] });
    expect(codes(b)).not.toContain('ADMIN_CAP_EXCEEDED');
    const b2 = ky(1752552, { fringe: [{ item: 'State-only', state100: 1000000 }] });
    expect(codes(b2)).toContain('ADMIN_CAP_EXCEEDED');
  });

  it('counts indirect charges as administration', () => {
    const b = ky(1752550, { indirect: { rate: 0.1, base: 'salaries', administration: 2, federal: 1, stateMatch: 1 } });
    expect(codes(b)).toContain('ADMIN_CAP_EXCEEDED');
  });

  it('is a warning when the budget records an approved justification', () => {
    const f = only(ky(2000000, { adminCapJustification: 'Approved by the RA on 7/1/2011' }), 'ADMIN_CAP_EXCEEDED');
    expect(f[0]!.severity).toBe('warning');
  });
});

describe('MATCH_UNEQUAL', () => {
  it('passes when the match equals the federal share', () => {
    expect(codes(ky(100000))).not.toContain('MATCH_UNEQUAL');
  });
  it('reports a shortfall', () => {
    const b = { state: 'KY', other: [{ item: 'x', program: 100, federal: 60, stateMatch: 40 }] };
    const f = only(b, 'MATCH_UNEQUAL')[0]!;
    expect(f.message).toMatch(/\$20\.00 short/);
    expect(f.amount).toBe(2000);
  });
  it('reports an overmatch as belonging under State 100% Funded', () => {
    const b = { state: 'KY', other: [{ item: 'x', program: 100, federal: 49.99, stateMatch: 50.01 }] };
    const f = only(b, 'MATCH_UNEQUAL')[0]!;
    expect(f.message).toMatch(/State 100% Funded/);
    expect(f.amount).toBe(2);
  });
});

describe('FEDERAL_OVER_AWARD / FEDERAL_UNDER_AWARD', () => {
  it('passes at exactly the award level', () => {
    const c = codes(ky(100000));
    expect(c).not.toContain('FEDERAL_OVER_AWARD');
    expect(c).not.toContain('FEDERAL_UNDER_AWARD');
  });
  it('fails one cent over', () => {
    const b = { state: 'KY', other: [{ item: 'x', program: 7010200.02, federal: 3505100.01, stateMatch: 3505100.01 }] };
    expect(only(b, 'FEDERAL_OVER_AWARD')[0]!.amount).toBe(1);
  });
  it('warns one cent under, saying how much is left unclaimed', () => {
    const b = { state: 'KY', other: [{ item: 'x', program: 7010199.98, federal: 3505099.99, stateMatch: 3505099.99 }] };
    const f = only(b, 'FEDERAL_UNDER_AWARD')[0]!;
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/\$0\.01 of/);
  });
  it("uses the budget's own award level when it sets one", () => {
    const b = { state: 'KY', awardLevel: 50, other: [{ item: 'x', program: 200, federal: 100, stateMatch: 100 }] };
    expect(codes(b)).toContain('FEDERAL_OVER_AWARD');
  });
});

describe('LINE_SPLIT_MISMATCH', () => {
  it('passes when Administration + Program = Federal + Match', () => {
    expect(
      codes({
        state: 'KY',
        fringe: [{ item: 'f', administration: 30, program: 70, federal: 50, stateMatch: 50, state100: 25 }],
      }),
    ).not.toContain('LINE_SPLIT_MISMATCH');
  });
  it('fails a cent off, pointing at the line', () => {
    const f = only(
      {
        state: 'KY',
        fringe: [{ item: 'Health insurance', administration: 30, program: 70.01, federal: 50, stateMatch: 50 }],
      },
      'LINE_SPLIT_MISMATCH',
    )[0]!;
    expect(f.where).toBe('B. Fringe Benefits, line 1 (Health insurance)');
    expect(f.path).toBe('fringe[0].administration');
    expect(f.amount).toBe(1);
  });
  it('explains that 100% State money is a category of its own', () => {
    const f = only(
      { state: 'KY', fringe: [{ item: 'f', program: 125, federal: 50, stateMatch: 50, state100: 25 }] },
      'LINE_SPLIT_MISMATCH',
    )[0]!;
    expect(f.message).toMatch(/category of their own/);
  });
  it('checks indirect charges as administration only', () => {
    expect(
      codes({ state: 'KY', indirect: { administration: 100, federal: 50, stateMatch: 50, state100: 10 } }),
    ).not.toContain('LINE_SPLIT_MISMATCH');
    expect(
      only(
        { state: 'KY', indirect: { administration: 110, federal: 50, stateMatch: 50, state100: 10 } },
        'LINE_SPLIT_MISMATCH',
      )[0]!.path,
    ).toBe('indirect.administration');
  });
});

describe('PSC_NOT_ALLOWED', () => {
  const psc = {
    title: 'Consultant',
    programType: '23(g) Consultation (private sector, safety)',
    program: 100,
    federal: 50,
    stateMatch: 50,
  };
  it('allows private-sector consultation in KY, PR and WA', () => {
    for (const state of ['KY', 'PR', 'WA']) expect(codes({ state, personnel: [psc] })).not.toContain('PSC_NOT_ALLOWED');
  });
  it('refuses it elsewhere: money, consultant FTE, Appendix D visits and SHARP, Appendix J', () => {
    expect(only({ state: 'NC', personnel: [psc] }, 'PSC_NOT_ALLOWED')[0]!.path).toBe('personnel[0].programType');
    expect(
      only(
        { state: 'NC', other: [{ item: 'x', program: 2, federal: 1, stateMatch: 1, privateSectorConsultation: true }] },
        'PSC_NOT_ALLOWED',
      ),
    ).toHaveLength(1);
    expect(
      only({ state: 'NC', staffing: { privateSectorHealthConsultants: { allocated5050: 1 } } }, 'PSC_NOT_ALLOWED'),
    ).toHaveLength(1);
    expect(
      only(
        { state: 'NC', activities: { consultationVisits: { privateSector: { projected: { safety: 10 } } } } },
        'PSC_NOT_ALLOWED',
      )[0]!.path,
    ).toBe('activities.consultationVisits.privateSector.projected.safety');
    expect(
      only(
        { state: 'NC', activities: { consultationVisits: { privateSector: { projected: { safety: 10 } } } } },
        'PSC_NOT_ALLOWED',
      )[0]!.message,
    ).toBe(
      'Appendix D, Private Sector Consultation Visits: only KY, PR, WA project private-sector 23(g) visits; clear the row for North Carolina.',
    );
    const sharp = only(
      { state: 'NC', activities: { complianceAssistance: { privateSectorSharp: { actual: { new: 1, total: 2 } } } } },
      'PSC_NOT_ALLOWED',
    );
    expect(sharp.map((f) => f.path)).toEqual([
      'activities.complianceAssistance.privateSectorSharp.actual.new',
      'activities.complianceAssistance.privateSectorSharp.actual.total',
    ]);
    expect(sharp[0]!.message).toBe(
      'Appendix D, Private Sector SHARP Participants: only KY, PR, WA have 23(g) private-sector SHARP; clear the row for North Carolina.',
    );
    expect(
      only({ state: 'NC', consultation: { visits: { construction: { safety: 3 } } } }, 'PSC_NOT_ALLOWED'),
    ).toHaveLength(1);
  });
  it('does not flag a marked line with no money, nor zero figures', () => {
    expect(
      codes({
        state: 'NC',
        personnel: [{ ...psc, program: 0, federal: 0, stateMatch: 0 }],
        staffing: { privateSectorSafetyConsultants: { allocated5050: 0 } },
      }),
    ).not.toContain('PSC_NOT_ALLOWED');
  });
});

describe('NEGATIVE_AMOUNT', () => {
  it('reports each negative amount, count and FTE at its path', () => {
    const b = {
      state: 'KY',
      supplies: [{ item: 'refund', program: -10, federal: -5, stateMatch: -5, quantity: -1 }],
      activities: { inspections: { publicSector: { actual: { safety: -3 } } } },
      programIncome: -1,
    };
    const paths = only(b, 'NEGATIVE_AMOUNT').map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'supplies[0].program',
        'supplies[0].federal',
        'supplies[0].stateMatch',
        'supplies[0].quantity',
        'activities.inspections.publicSector.actual.safety',
        'programIncome',
      ]),
    );
  });
  it('reports a line whose amounts are all zero but another figure is below zero', () => {
    const b = budgetOf({
      state: 'KY',
      personnel: [{ title: 'Clerk', programType: 'Managers/Supervisors (Admin)', annualSalary: -1000, fte: 0.5 }],
      equipment: [{ item: 'Van', unitCost: -2, quantity: 1 }],
    });
    // A negative FTE comes only from a workbook (the budget JSON refuses it).
    (b.personnel[0] as { fte: number }).fte = -5000;
    const found = inEnglish(evaluateBudget(b).findings).filter((f) => f.code === 'NEGATIVE_AMOUNT');
    expect(found.map((f) => [f.path, f.amount])).toEqual([
      ['personnel[0].annualSalary', -100000],
      ['personnel[0].fte', null],
      ['equipment[0].unitCost', -200],
    ]);
    expect(found[1]?.message).toMatch(/-0\.5/);
  });
  it('does not flag zero', () => {
    expect(codes({ state: 'KY', supplies: [{ item: 'x', program: 0 }] })).not.toContain('NEGATIVE_AMOUNT');
  });
});

describe('PERSONNEL_COST_MISMATCH', () => {
  const p = (extra: Record<string, unknown>) => ({
    state: 'KY',
    personnel: [
      { title: 'CSHO', annualSalary: 42000, fte: 0.5, program: 21000, federal: 10500, stateMatch: 10500, ...extra },
    ],
  });
  it('passes when Total Cost = salary × FTE', () => expect(codes(p({}))).not.toContain('PERSONNEL_COST_MISMATCH'));
  it('warns a cent apart', () => {
    const f = only(p({ program: 21000.02, federal: 10500.01, stateMatch: 10500.01 }), 'PERSONNEL_COST_MISMATCH')[0]!;
    expect(f.severity).toBe('warning');
    expect(f.amount).toBe(2);
  });
  it('rounds salary × FTE half up to the cent', () => {
    // $10,000.01 × 0.5 = $5,000.005 -> $5,000.01
    expect(
      codes({
        state: 'KY',
        personnel: [
          { title: 'x', annualSalary: 10000.01, fte: 0.5, program: 5000.01, federal: 2500.01, stateMatch: 2500 },
        ],
      }),
    ).not.toContain('PERSONNEL_COST_MISMATCH');
  });
  it('is silent when salary or FTE is not given', () =>
    expect(codes(p({ annualSalary: undefined, program: 5 }))).not.toContain('PERSONNEL_COST_MISMATCH'));
});

describe('Appendix E: APPENDIX_E_EMPTY, FTE_MISMATCH, ONBOARD_EXCEEDS_ALLOCATED', () => {
  const personnel = [{ title: 'CSHO', fte: 2.5, program: 2, federal: 1, stateMatch: 1 }];
  it('tells when Appendix E is blank, and then does not compare FTE', () => {
    const c = codes({ state: 'KY', personnel });
    expect(c).toContain('APPENDIX_E_EMPTY');
    expect(c).not.toContain('FTE_MISMATCH');
  });
  it('accepts a difference of exactly 0.005 FTE', () => {
    expect(
      codes({
        state: 'KY',
        personnel,
        staffing: { safetyComplianceOfficers: { allocated5050: 2, allocated100: 0.495 } },
      }),
    ).not.toContain('FTE_MISMATCH');
  });
  it('warns past 0.005 FTE', () => {
    expect(
      codes({
        state: 'KY',
        personnel,
        staffing: { safetyComplianceOfficers: { allocated5050: 2, allocated100: 0.4949 } },
      }),
    ).toContain('FTE_MISMATCH');
  });
  it('warns when more FTE are on board than allocated, for either funding', () => {
    expect(
      codes({ state: 'KY', personnel, staffing: { trainers: { allocated5050: 2.5, onBoard5050: 2.5 } } }),
    ).not.toContain('ONBOARD_EXCEEDS_ALLOCATED');
    expect(
      only(
        { state: 'KY', personnel, staffing: { trainers: { allocated5050: 2.5, onBoard5050: 2.51 } } },
        'ONBOARD_EXCEEDS_ALLOCATED',
      )[0]!.path,
    ).toBe('staffing.trainers.onBoard5050');
    expect(
      only(
        { state: 'KY', personnel, staffing: { trainers: { allocated5050: 2.5, onBoard100: 1 } } },
        'ONBOARD_EXCEEDS_ALLOCATED',
      )[0]!.path,
    ).toBe('staffing.trainers.onBoard100');
  });
});

describe('APPENDIX_J_REQUIRED', () => {
  const psc = {
    title: 'Consultant',
    programType: '23(g) Consultation (private sector, health)',
    program: 2,
    federal: 1,
    stateMatch: 1,
  };
  it('warns when KY, PR or WA budget consultation with Appendix J blank', () => {
    expect(codes({ state: 'WA', personnel: [psc] })).toContain('APPENDIX_J_REQUIRED');
  });
  it('is satisfied by any Appendix J figure, and silent without consultation money', () => {
    expect(codes({ state: 'WA', personnel: [psc], consultation: { interventions: 0 } })).not.toContain(
      'APPENDIX_J_REQUIRED',
    );
    expect(codes({ state: 'WA' })).not.toContain('APPENDIX_J_REQUIRED');
  });
});

describe('EQUIPMENT_UNDER_THRESHOLD / SUPPLIES_OVER_THRESHOLD', () => {
  it('flags equipment under $5,000 a unit unless computer-related', () => {
    expect(codes({ state: 'KY', equipment: [{ item: 'meter', unitCost: 5000 }] })).not.toContain(
      'EQUIPMENT_UNDER_THRESHOLD',
    );
    expect(codes({ state: 'KY', equipment: [{ item: 'meter', unitCost: 4999.99 }] })).toContain(
      'EQUIPMENT_UNDER_THRESHOLD',
    );
    expect(
      codes({ state: 'KY', equipment: [{ item: 'laptop', unitCost: 1200, computerRelated: true }] }),
    ).not.toContain('EQUIPMENT_UNDER_THRESHOLD');
  });
  it('flags supplies of $5,000 or more a unit', () => {
    expect(codes({ state: 'KY', supplies: [{ item: 'tubes', unitCost: 4999.99 }] })).not.toContain(
      'SUPPLIES_OVER_THRESHOLD',
    );
    expect(codes({ state: 'KY', supplies: [{ item: 'pump', unitCost: 5000 }] })).toContain('SUPPLIES_OVER_THRESHOLD');
  });
});

describe('NEW_EXCEEDS_TOTAL', () => {
  it('warns when new participants exceed the total, not when equal', () => {
    expect(
      codes({
        state: 'KY',
        activities: { complianceAssistance: { vppConstruction: { projected: { new: 4, total: 4 } } } },
      }),
    ).not.toContain('NEW_EXCEEDS_TOTAL');
    const f = only(
      { state: 'KY', activities: { complianceAssistance: { vppConstruction: { projected: { new: 5, total: 4 } } } } },
      'NEW_EXCEEDS_TOTAL',
    )[0]!;
    expect(f.where).toContain('Projected FY 2012');
  });
});

describe('QUARTERS_DO_NOT_FOOT (typed Section D quarters)', () => {
  const base = { state: 'KY', other: [{ item: 'x', program: 200, federal: 100, stateMatch: 100 }] };
  it('accepts typed quarters that foot, and uses them', () => {
    const ev = evaluateBudget(budgetOf({ ...base, cashForecast: { federal: [40, 20, 20, 20] } }));
    expect(ev.findings.map((f) => f.code)).not.toContain('QUARTERS_DO_NOT_FOOT');
    expect(ev.sf424a.sectionD.federal.q1).toBe(4000);
    expect(ev.sf424a.sectionD.nonFederal.q1).toBe(2500);
  });
  it('refuses quarters a cent off the year', () => {
    expect(codes({ ...base, cashForecast: { nonFederal: [25, 25, 25, 25.01] } })).toContain('QUARTERS_DO_NOT_FOOT');
  });
});

describe('every finding', () => {
  it('has one sentence that says what to do, and a place', () => {
    const all = findings({
      state: 'NC',
      personnel: [
        {
          title: 'x',
          programType: '23(g) Consultation (private sector, safety)',
          annualSalary: 1,
          fte: 1,
          program: -2,
          federal: 5,
          stateMatch: 1,
        },
      ],
      equipment: [{ item: 'e', unitCost: 1 }],
      staffing: { trainers: { allocated5050: 1, onBoard5050: 2 } },
    });
    expect(all.length).toBeGreaterThan(5);
    for (const f of all) {
      expect(f.message.length).toBeGreaterThan(30);
      expect(f.where.length).toBeGreaterThan(0);
      expect(f.sheet).toBeNull(); // a JSON budget has no cells
    }
  });
});

describe('each finding once, whichever door shows it', () => {
  it('the same finding from a reader and again from the checks is listed once; two cells with the same words stay two', () => {
    const budget = budgetOf({ state: 'KY', fiscalYear: 2012 });
    const at = (cell: string) => ({
      code: 'NOT_A_NUMBER' as const,
      severity: 'error' as const,
      message: plain('Appendix F!H12 holds the text "x"'),
      sheet: 'Appendix F',
      cell,
      path: null,
      where: plain(cell),
      amount: null,
    });
    const findings = evaluateBudget(budget, [at('H12'), at('H12'), at('H13')]).findings.filter(
      (f) => f.code === 'NOT_A_NUMBER',
    );
    expect(findings.map((f) => f.cell)).toEqual(['H12', 'H13']);
  });
});

describe("the instructions' words, written once", () => {
  it('a printed label without its notes is the label a message uses', async () => {
    const { COMPLIANCE_ASSISTANCE_LABELS, labelWithoutNotes } = await import('../../src/budget');
    expect(Object.values(COMPLIANCE_ASSISTANCE_LABELS).map(labelWithoutNotes)).toEqual([
      'VPP Participants - General Industry',
      'VPP Participants - Construction',
      'VPP Participants - Public Sector',
      'Participants in Cooperative Programs with Enforcement Incentives',
      'Participants in Cooperative Programs without Enforcement Incentives',
      'Private Sector SHARP Participants',
      'Public Sector SHARP',
      'Outreach Participants',
    ]);
  });
});
