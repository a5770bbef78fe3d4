import { findState, rulePackFor, stateByCode } from '../../src/budget';

const pack = rulePackFor(2012)!;

describe('FY 2012 rule pack (Appendix L)', () => {
  it('holds the 27 States and territories, whose levels add up to the printed totals', () => {
    expect(pack.states).toHaveLength(27);
    const sum = (k: 'initial' | 'unmatched' | 'final') => pack.states.reduce((s, x) => s + x[k], 0);
    expect(sum('initial')).toBe(pack.printedTotals.initial);
    expect(sum('unmatched')).toBe(pack.printedTotals.unmatched);
    expect(sum('final')).toBe(pack.printedTotals.final);
    for (const s of pack.states) expect(s.initial + s.unmatched).toBe(s.final);
  });

  it('finds States by USPS code or Appendix L name, case-insensitive', () => {
    expect(findState(pack, 'ky')?.name).toBe('Kentucky');
    expect(findState(pack, 'Connecticut (PEO)')?.code).toBe('CT');
    expect(findState(pack, 'connecticut')?.code).toBe('CT');
    expect(findState(pack, '  north   carolina ')?.code).toBe('NC');
    expect(findState(pack, 'Texas')).toBeUndefined();
  });

  it('has the figures RULES.md lists', () => {
    expect(pack.adminCap).toEqual({ numerator: 25, denominator: 100 });
    expect(pack.privateSectorConsultationStates).toEqual(['KY', 'PR', 'WA']);
    expect(pack.equipmentThreshold).toBe(500000);
    expect(pack.cfda).toBe('17.503');
    expect(pack.yearLabels).toEqual({
      actual: 'Actual FY 2010',
      estimated: 'Estimated FY 2011',
      projected: 'Projected FY 2012',
    });
    expect(pack.onBoardDate).toBe('8/15/11');
    expect(pack.sltcPrices.underMoa).toBe(17500);
    expect(pack.sltcPrices.occasional).toBe(22000);
    expect(pack.sltcPrices.special.map((s) => s.price)).toEqual([115000, 71000, 46500, 282000]);
    expect(stateByCode(pack, 'PR').final).toBe(258890000);
  });
});
