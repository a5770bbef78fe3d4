/**
 * A fast-check arbitrary of CONSISTENT budgets as budget JSON: every line balanced (Administration +
 * Program = Federal Share + State Match, the two shares equal), figures in whole cents, FTE in
 * ten-thousandths, texts that a budget officer types (accents, quotes, a leading "=" that must stay
 * text), in any State of Appendix L, with staffing and indirect costs sometimes.
 */
import fc from 'fast-check';
import { PROGRAM_TYPES, STAFFING_FIELDS, STAFFING_KEYS } from '../../src/budget';

const STATES = ['MI', 'KY', 'PR', 'WA', 'NC', 'CA', 'AK', 'CT', 'HI', 'MN', 'VT', 'Oregon'];

const text = fc.oneof(
  fc.constantFrom(
    'Director',
    'Rent',
    'Sampling media',
    'Café & lab "A"',
    "O'Brien",
    '=SUM(A1:A3)',
    '+1 555',
    '-dash',
    'Line\twith tab',
    'Ünïcödé ✓',
    '#REF!',
  ),
  // fc.string() draws printable ASCII: what a keyboard types (a cell keeps no surrounding spaces).
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0 && s.trim() === s),
);

const cents = (max: number) => fc.integer({ min: 0, max });
const dollars = (c: number) => c / 100;

/** A balanced line: shares of `half` cents each, `admin` of the 2*half in Administration, the rest Program. */
const amounts = fc
  .record({
    half: cents(2_000_000_00),
    adminPart: fc.double({ min: 0, max: 1, noNaN: true }),
    state100: fc.oneof(fc.constant(0), cents(500_000_00)),
  })
  .map(({ half, adminPart, state100 }) => {
    const funded = half * 2;
    const admin = adminPart < 0.5 ? 0 : adminPart > 0.9 ? funded : Math.round(funded * adminPart);
    return {
      administration: dollars(admin),
      program: dollars(funded - admin),
      federal: dollars(half),
      stateMatch: dollars(half),
      state100: dollars(state100),
    };
  });

const item = fc.record({ item: text }).chain((base) => amounts.map((a) => ({ ...base, ...a })));
const personnel = fc
  .record({
    title: text,
    programType: fc.constantFrom(...PROGRAM_TYPES),
    name: text,
    annualSalary: cents(20_000_000).map(dollars),
    fte: fc.integer({ min: 0, max: 500_000 }).map((n) => n / 10_000),
  })
  .chain((base) => amounts.map((a) => ({ ...base, ...a })));
const contract = fc.record({ item: text, contractor: text }).chain((base) => amounts.map((a) => ({ ...base, ...a })));

const staffing = fc.dictionary(
  fc.constantFrom(...STAFFING_KEYS),
  fc.record(
    Object.fromEntries(
      STAFFING_FIELDS.map((f) => [f, fc.integer({ min: 0, max: 400_000 }).map((n) => n / 10_000)]),
    ) as Record<(typeof STAFFING_FIELDS)[number], fc.Arbitrary<number>>,
  ),
  { maxKeys: 4 },
);

const indirect = fc
  .record({
    half: cents(500_000_00),
    state100: fc.oneof(fc.constant(0), cents(50_000_00)),
    rate: fc.integer({ min: 0, max: 3000 }).map((n) => n / 10_000),
  })
  .map(({ half, state100, rate }) => ({
    rate,
    base: 'direct salaries',
    administration: dollars(half * 2),
    federal: dollars(half),
    stateMatch: dollars(half),
    state100: dollars(state100),
  }));

const lines = <T>(a: fc.Arbitrary<T>) => fc.array(a, { maxLength: 4 });

export const consistentBudgetJson: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    state: fc.constantFrom(...STATES),
    personnel: lines(personnel),
    fringe: lines(item),
    travelOutOfState: lines(item),
    travelInState: lines(item),
    equipment: lines(item),
    supplies: lines(item),
    contractual: lines(contract),
    other: lines(item),
    indirect: fc.option(indirect, { nil: undefined }),
    staffing: fc.option(staffing, { nil: undefined }),
    awardLevel: fc.option(cents(5_000_000_000).map(dollars), { nil: undefined }),
  })
  .map((b) => {
    const out: Record<string, unknown> = { fiscalYear: 2012 };
    for (const [k, v] of Object.entries(b)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
    return out;
  });
