/**
 * One reading vocabulary (issue 11): a cell holding the same input reads the same in our layout and in
 * OSHA's published one. Snapshots are written here by hand (the published Appendix F) or straight from
 * the layout's write plan (ours), never through a file: the rules of src/workbook/inputCells.ts are pinned
 * by a table of inputs, put in the same budget line of both layouts.
 */
import { english } from '../support/words';
import type { Budget, Finding } from '../../src/budget';
import { planNewWorkbook } from '../../src/layout/planner';
import fc from 'fast-check';
import { plainCents, readInputCell } from '../../src/workbook/inputCells';
import { readOwnLayout } from '../../src/workbook/ownLayoutReader';
import { readPublishedLayout } from '../../src/workbook/publishedLayoutReader';
import {
  type CellSnapshot,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../src/port/workbookPort';
import { budgetOf } from '../support/budgets';
import { snapshotOfPlan, withCell } from '../support/planSnapshot';

const LINE = {
  title: 'Compliance Officer',
  programType: 'Enforcement (safety)',
  name: 'A. Smith',
  annualSalary: 50000,
  fte: 1,
  administration: 0,
  program: 50000,
  federal: 25000,
  stateMatch: 25000,
};

function kentucky(): Budget {
  return budgetOf({ state: 'KY', fiscalYear: 2012, personnel: [LINE] });
}

/** Our layout, from the plan the CLI and the add-in write. */
function ownSnapshot(): WorkbookSnapshot {
  return snapshotOfPlan(planNewWorkbook({ state: 'KY', fiscalYear: 2012, budget: kentucky() }).plan);
}

/** OSHA's published Appendix F, by hand: section titles, heads, one personnel line, empty sections. */
function publishedSnapshot(): WorkbookSnapshot {
  const heads = ['Administration', 'Program', 'Federal Share', 'State Match', 'State 100% Funded', 'Total Cost'];
  const rows: CellValue[][] = [
    ['Appendix F: 23(g) Budget Detail (Kentucky)'],
    ['A. PERSONNEL (Indicate whether position(s) is (are) Enforcement, 23(g) Consultation, ...)'],
    ['Title', 'Program Type', 'Name', 'Annual Salary', '% of Participation in FTE', ...heads],
    [
      LINE.title,
      LINE.programType,
      LINE.name,
      LINE.annualSalary,
      LINE.fte,
      LINE.administration,
      LINE.program,
      LINE.federal,
      LINE.stateMatch,
      null,
      50000,
    ],
    ['Subtotal'],
  ];
  const sections = [
    'B. FRINGE BENEFITS (Include components and cost formula[s] used).',
    'C. TRAVEL (Include travel cost for OTI, ...).',
    'D. EQUIPMENT (Itemize ...)',
    'E SUPPLIES',
    'F. CONTRACTUAL (Itemize ...)',
    'G OTHER (Itemize ...)',
  ];
  for (const title of sections) rows.push([], [title], ['Item', null, null, null, null, ...heads], [], ['Subtotal']);
  rows.push([], ['H TOTAL DIRECT CHARGES'], [null, null, null, null, null, ...heads], ['Sum of A through G']);
  rows.push(
    [],
    ['I. TOTAL INDIRECT CHARGES (Include in Admin. ...)'],
    [null, null, null, null, null, 'Administration', 'Federal Share', 'State Match', 'State 100% Funded', 'Total Cost'],
    [],
  );
  rows.push(
    [],
    ['J. TOTAL CHARGES (DIRECT AND INDIRECT)'],
    [null, null, null, null, null, ...heads],
    ['Sum of H and I'],
  );
  const width = 11;
  const cells: CellSnapshot[][] = rows.map((r) =>
    Array.from({ length: width }, (_, c) => ({ value: r[c] ?? null, formula: null })),
  );
  const sheet: SheetSnapshot = {
    name: 'Appendix F',
    kind: 'worksheet',
    visibility: 'visible',
    origin: { row: 0, col: 0 },
    cells,
    merges: [],
  };
  return { sheetNames: [{ name: sheet.name, kind: 'worksheet', visibility: 'visible' }], sheets: [sheet], names: [] };
}

interface Outcome {
  value: number | null;
  /** What the NOT_A_NUMBER finding at the cell says after the cell and its place: the same words in both layouts. */
  says: string | null;
}

type Read = (s: WorkbookSnapshot) => { budget: Budget; findings: Finding[] };

const LAYOUTS: [string, () => WorkbookSnapshot, Read][] = [
  [
    'our layout',
    ownSnapshot,
    (s) => {
      const r = readOwnLayout(s, { state: 'KY' });
      if (!r) throw new Error('our layout was not read');
      return r;
    },
  ],
  [
    'the published layout',
    publishedSnapshot,
    (s) => {
      const r = readPublishedLayout(s, { state: 'KY' });
      if (!r || !r.ok) throw new Error(`the published layout was not read: ${JSON.stringify(r)}`);
      return r;
    },
  ],
];

function outcome(base: WorkbookSnapshot, read: Read, field: 'federal' | 'fte', cell: CellSnapshot): Outcome {
  const place = read(base).budget.places?.get(`personnel[0].${field}`);
  if (!place) throw new Error(`no place for personnel[0].${field}`);
  const { budget, findings } = read(withCell(base, place.sheet, place.cell, cell));
  const finding = findings.find((f) => f.code === 'NOT_A_NUMBER' && f.sheet === place.sheet && f.cell === place.cell);
  const line = budget.personnel[0];
  const value = field === 'fte' ? (line?.fte ?? null) : (line?.federal ?? null);
  return {
    value: finding && field === 'federal' && value === 0 ? null : value,
    says: finding ? english(finding.message).slice(english(finding.message).indexOf(' holds ')) : null,
  };
}

const value = (v: CellValue): CellSnapshot => ({ value: v, formula: null });
const DATE_SERIAL = 45_292; // 2024-01-01: a date in a cell is its serial number

/** Inputs and what they read as, for an amount (cents) and an FTE figure (ten-thousandths). */
const TABLE: {
  input: CellSnapshot;
  label: string;
  money: number | null;
  fte: number | null;
  says: RegExp | null;
  /** What an FTE cell says, where it differs from an amount cell. */
  fteSays?: RegExp;
}[] = [
  { label: '2.5', input: value(2.5), money: 250, fte: 25000, says: null },
  {
    label: '-0.125 (half away from zero, as Excel shows it)',
    input: value(-0.125),
    money: -13,
    fte: -1250,
    says: null,
  },
  {
    label: '"1,234.50"',
    input: value('1,234.50'),
    money: null,
    fte: null,
    says: /holds the text "1,234.50" \(a number kept as text\) where/,
  },
  {
    label: '"$1,234"',
    input: value('$1,234'),
    money: null,
    fte: null,
    says: /holds the text "\$1,234" \(a number kept as text\) where/,
  },
  { label: '" 12 "', input: value(' 12 '), money: null, fte: null, says: /holds the text "12"/ },
  {
    label: '"12%"',
    input: value('12%'),
    money: null,
    fte: null,
    // A money cell says it wants dollars, not a share (issue 19, item 4); an FTE cell how to type a percentage.
    says: /holds the text "12%" \(a percentage, where this cell wants an amount: .+\) where/,
    fteSays: /holds the text "12%" \(a percentage kept as text: .+\) where/,
  },
  { label: 'TRUE', input: value(true), money: null, fte: null, says: /holds TRUE where/ },
  { label: 'a date', input: value(DATE_SERIAL), money: DATE_SERIAL * 100, fte: DATE_SERIAL * 10000, says: null },
  ...['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!', '#SPILL!', '#CALC!', '#GETTING_DATA'].map(
    (e) => ({
      label: e,
      input: value({ error: e }),
      money: null,
      fte: null,
      says: new RegExp(`holds the error ${e.replace(/[?!#]/g, '\\$&')} where`),
    }),
  ),
  {
    label: 'an error from a formula',
    input: { value: { error: '#DIV/0!' }, formula: '=1/0' },
    money: null,
    fte: null,
    says: /holds the error #DIV\/0! from its formula =1\/0 where/,
  },
  {
    label: 'a formula without its result',
    input: { value: null, formula: '=B5*2' },
    money: null,
    fte: null,
    says: /holds the formula =B5\*2 but the file keeps no result for it/,
  },
  {
    label: '1e16',
    input: value(1e16),
    money: null,
    fte: null,
    says: /holds 1e\+16, more than any (amount|number of FTE)/,
  },
  {
    label: '1e12 dollars: too large, not "text"',
    input: value(1e12),
    money: null,
    fte: null,
    says: /holds 1e\+12, more than any (amount|number of FTE)/,
  },
];

describe.each(LAYOUTS)('%s', (_name, snapshot, read) => {
  const base = snapshot();
  it.each(TABLE)('an amount cell holding $label', ({ input, money, says }) => {
    const o = outcome(base, read, 'federal', input);
    expect(o.value).toBe(money);
    if (says) expect(o.says).toMatch(says);
    else expect(o.says).toBeNull();
    if (says)
      expect(o.says).toMatch(
        /where an amount in dollars belongs|but the file keeps no result|more than any amount of a budget/,
      );
  });
  it.each(TABLE)('an FTE cell holding $label', ({ input, fte, says, fteSays }) => {
    const o = outcome(base, read, 'fte', input);
    expect(o.value).toBe(fte);
    if (says) expect(o.says).toMatch(fteSays ?? says);
    else expect(o.says).toBeNull();
  });
});

describe('both layouts say the same words for the same cell', () => {
  it.each(TABLE)('$label', ({ input }) => {
    const [own, published] = LAYOUTS.map(([, snapshot, read]) => outcome(snapshot(), read, 'federal', input));
    expect(published).toEqual(own);
  });
});

describe('an amount with a third decimal (issue 10, item 7)', () => {
  it.each(LAYOUTS)(
    'in %s: read as the cent Excel shows, and said at its cell as a warning',
    (_name, snapshot, read) => {
      const base = snapshot();
      const place = read(base).budget.places?.get('personnel[0].federal');
      const { budget, findings } = read(withCell(base, place!.sheet, place!.cell, value(1234.567)));
      expect(budget.personnel[0]?.federal).toBe(123457);
      const at = findings.filter((f) => f.cell === place!.cell);
      expect(at.map((f) => [f.code, f.severity])).toEqual([['MORE_THAN_TWO_DECIMALS', 'warning']]);
      expect(english(at[0]!.message)).toMatch(
        /holds 1234\.567, an amount with more than two decimals: it counts as \$1,234\.57, the cent Excel shows.*type 1234\.57, or wrap its formula in ROUND/,
      );
    },
  );

  it.each([
    [0.30000000000000004, 30, false],
    [1234.56, 123456, false],
    [1234.567, 123457, true],
    [-0.125, -13, true],
    [99999999999.99, 9999999999999, false],
  ])('%p: %p cents, said: %p', (n, cents, said) => {
    const r = readInputCell(value(n), 'money');
    expect(r.value).toBe(cents);
    expect(Boolean(r.note)).toBe(said);
  });
});

describe('counts', () => {
  it.each([
    [2.5, null, /holds 2.5 where a count \(a whole number\) belongs; it counts as blank here: type a whole number/],
    [3, 3, null],
    [-0.0, 0, null],
    [2e9, null, /more than any count/],
    ['3', null, /holds the text "3" \(a number kept as text\)/],
  ] as const)('%p reads as %p', (input, expected, says) => {
    const r = readInputCell({ value: input, formula: null }, 'count');
    expect(r.value).toBe(expected);
    if (says) expect(r.problem && english(r.problem)).toMatch(says);
    else expect(r.problem).toBeNull();
  });

  it('a count of 2.5 in Appendix D of our layout is blank with the same words', () => {
    const base = ownSnapshot();
    const read = (s: WorkbookSnapshot) => readOwnLayout(s, { state: 'KY' }) as { budget: Budget; findings: Finding[] };
    const path = 'activities.inspections.privateNonConstruction.actual.safety';
    const place = read(base).budget.places?.get(path);
    expect(place).toBeDefined();
    const { budget, findings } = read(withCell(base, place!.sheet, place!.cell, value(2.5)));
    expect(budget.activities.inspections.privateNonConstruction?.actual?.safety ?? null).toBeNull();
    expect(english(findings.find((f) => f.cell === place!.cell)!.message)).toMatch(
      /holds 2.5 where a count \(a whole number\) belongs; it counts as blank here/,
    );
  });
});

describe('plainCents, the reader of a plain amount without words', () => {
  it('gives what readInputCell reads for a plain amount, and nothing for a cell it would say something of', () => {
    const value = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
      fc.integer({ min: -1e7, max: 1e7 }).map((m) => m / 1000),
      fc.constantFrom(0, -0, 0.1 + 0.2, 1e15, -1e15, 1e16, Infinity),
      fc.string(),
      fc.constant(null),
      fc.boolean(),
    );
    fc.assert(
      fc.property(value, (v) => {
        const cell: CellSnapshot = { value: v as CellValue, formula: null };
        const read = readInputCell(cell, 'money');
        const plain = read.problem === null && !read.note && read.value !== null;
        expect(plainCents(cell)).toBe(plain ? read.value : undefined);
      }),
      { numRuns: 5000 },
    );
  });
});
