/**
 * A printed workbook is what OSHA receives: it must read completely. Workbooks made by `grant-budget
 * build` (a normal State, North Carolina, and Kentucky with Appendix J, both with long program types,
 * contract items and Appendix J names; Puerto Rico's example) and by `grant-budget new` (blank
 * Washington templates) are printed to PDF by LibreOffice, once for all of them, and read back:
 *
 * (a) no cut text: what every cell of a print area shows (Calc's own text of the cell) stands whole in
 *     the text of its sheet's pages, word after word;
 * (b) no orphan page: no page of a sheet printed on several holds two of its lines or fewer below its
 *     repeated title rows, nor does its last page hold under a fifth of them (a spilt tail); the SF-424A prints as the form,
 *     Sections A and B on one page, C to F on the next (no section split);
 * (c) blank lines print blank: no row whose only figures are zeros (a blank line's Total Cost, FTE or
 *     visits total) shows them, on the cells and on paper.
 *
 * The PDFs, the cells and pictures of the pages stay in test-output/layout/printing (git-ignored).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { exampleJson, line } from '../support/budgets';
import { runCli } from '../support/cli';
import { printWithLibreOffice, type PrintedWorkbook, type ShownCell } from '../support/printed';
import { OUT } from './support';

const DIR = path.join(OUT, 'printing');

const LONG_CONTRACT =
  'Laboratory analysis of 300 air, bulk and wipe samples at $175 each, with chain-of-custody shipping and a written report';
const LONG_CONTRACTOR = 'Salt Lake Technical Center, Industrial Hygiene Chemistry Laboratory';

/** North Carolina's example with lines whose texts are longer than their cells. */
function longNc(): Record<string, unknown> {
  const b = exampleJson('nc-example') as Record<string, unknown[]>;
  return {
    ...b,
    personnel: [
      ...(b.personnel as unknown[]),
      {
        title: 'Public Sector Health Consultant, Occupational Health Nurse',
        programType: '23(g) Consultation (public sector, health)',
        name: 'Vacant (to be filled in the second quarter)',
        annualSalary: 52000,
        fte: 1,
        ...line('', 'program', 52000),
      },
      {
        title: 'Public Sector Safety Consultant',
        programType: '23(g) Consultation (public sector, safety)',
        name: 'Staff',
        annualSalary: 50000,
        fte: 2,
        ...line('', 'program', 100000),
      },
    ].map((l) => ({ ...(l as object), item: undefined })),
    contractual: [{ ...line(LONG_CONTRACT, 'program', 52500), contractor: LONG_CONTRACTOR }],
    other: [
      ...((b.other as unknown[]) ?? []),
      line(
        'Reimbursement to the OSHA Training Institute for course tuition, travel and associated course expenses of 12 compliance officers',
        'program',
        24000,
      ),
    ],
  };
}

/** Kentucky with private-sector consultation and long names in Appendix F and J. */
function longKy(): Record<string, unknown> {
  return {
    state: 'Kentucky',
    fiscalYear: 2012,
    personnel: [
      {
        title: 'Private Sector Safety Consultants',
        programType: '23(g) Consultation (private sector, safety)',
        name: 'Staff',
        annualSalary: 41000,
        fte: 5,
        ...line('', 'program', 205000),
      },
      {
        title: 'Private Sector Health Consultants',
        programType: '23(g) Consultation (private sector, health)',
        name: 'Staff',
        annualSalary: 44000,
        fte: 3,
        ...line('', 'program', 132000),
      },
      {
        title: 'Director',
        programType: 'Managers/Supervisors (Admin)',
        name: 'Staff',
        annualSalary: 84000,
        fte: 1,
        ...line('', 'administration', 84000),
      },
    ].map((l) => ({ ...l, item: undefined })),
    contractual: [
      { ...line(LONG_CONTRACT, 'program', 52500), contractor: LONG_CONTRACTOR, privateSectorConsultation: true },
    ],
    consultation: {
      visits: { construction: { safety: 120, health: 30 }, nonConstruction: { safety: 200, health: 90 } },
      emphasisVisits: { safety: 60, health: 25 },
      emphasisIndustries: [
        {
          name: 'Nursing and residential care facilities (NAICS 623), with an emphasis on resident handling and lifting',
          safety: 20,
          health: 15,
        },
        { name: 'Sawmills and wood preservation (NAICS 3211)', safety: 12 },
      ],
      emphasisHazards: [
        {
          name: 'Falls from roofs, ladders and scaffolds in residential construction and roofing contractors',
          safety: 28,
        },
      ],
      agencyMeasures: [
        {
          name: 'Reduce amputations in manufacturing through machine guarding surveys and follow-up visits',
          total: 40,
        },
      ],
      sharp: { new: 4, current: 22 },
      renewals: 6,
      preSharp: 3,
      interventions: 150,
    },
  };
}

let printed: Record<string, PrintedWorkbook>;

beforeAll(async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  const builds: [string, Record<string, unknown>][] = [
    ['nc-long', longNc()],
    ['ky-long', longKy()],
    ['pr-example', exampleJson('pr-example')],
  ];
  for (const [name, json] of builds) {
    const input = path.join(DIR, `${name}.budget.json`);
    fs.writeFileSync(input, JSON.stringify(json, null, 2));
    const r = await runCli(['build', input, '-o', path.join(DIR, `${name}.xlsx`)]);
    // A budget with error findings is still written (status 1); an unreadable one is not (2).
    expect({ name, code: r.code < 2 ? 'written' : r.stderr }).toEqual({ name, code: 'written' });
  }
  const blank = await runCli(['new', '--state', 'WA', '-o', path.join(DIR, 'wa-blank.xlsx')]);
  expect(blank.code).toBe(0);
  const names = [...builds.map(([n]) => n), 'wa-blank'];
  const out = printWithLibreOffice(
    names.map((n) => path.join(DIR, `${n}.xlsx`)),
    path.join(DIR, 'pdf'),
  );
  printed = Object.fromEntries(names.map((n, i) => [n, out[i] as PrintedWorkbook]));
  // Pictures of the pages, for a person to look at.
  for (const [n, p] of Object.entries(printed))
    spawnSync('pdftoppm', ['-png', '-r', '50', p.pdf, path.join(DIR, 'pdf', n)]);
}, 300000);

const CASES = ['nc-long', 'ky-long', 'pr-example', 'wa-blank'];
const SHEETS = ['Appendix D', 'Appendix E', 'Appendix F', 'Appendix J', 'SF-424A', 'Checks'];

/** The pages of each sheet: every page's footer ends with the sheet's title (context.ts footer). */
function pagesBySheet(p: PrintedWorkbook): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const page of p.pages) {
    const lines = page.split('\n').filter((l) => l.trim());
    const footer = (lines[lines.length - 1] ?? '').trim();
    const sheet = SHEETS.find((s) => footer.endsWith(s) && /Page \d+ of \d+/.test(footer));
    if (!sheet) throw new Error(`a page without our footer: ${footer}`);
    out.set(sheet, [...(out.get(sheet) ?? []), page]);
  }
  return out;
}

/**
 * A page of a sheet printed on several must hold more than two of its lines, and its last page at
 * least this share of them: the six rows of Appendix J, or the last two rules of the Checks sheet,
 * spilt onto a page of their own is what a reader must not get (issue 10). (Lines of text: a page of
 * the blank input rows of Appendix F holds few, and is still a page of the form.)
 */
const MIN_PAGE_SHARE = 0.2;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * Where `word` stands in `tokens` after `pos` (at most `gap` tokens on): a token equal to it, or the
 * word broken over lines as wrapping breaks a word too long for its cell ("Computer-" then "related",
 * "Administration" then ")"): a token that starts it and, further on, the rest. Returns the position
 * of its last piece, or -1 (a word cut at a cell edge leaves a piece that no later token completes).
 */
function findWord(word: string, tokens: string[], pos: number, gap: number): number {
  for (let k = pos + 1; k <= Math.min(tokens.length - 1, pos + 1 + gap); k++) {
    const t = tokens[k] as string;
    if (t === word) return k;
    if (t.length > 0 && t.length < word.length && word.startsWith(t)) {
      const rest = findWord(word.slice(t.length), tokens, k, gap);
      if (rest >= 0) return rest;
    }
  }
  return -1;
}

/**
 * True when the words of `text` stand in `tokens` in order, with at most `gap` other tokens between
 * two of them (the words of a wrapped cell are interleaved with its row's other cells, line by line).
 */
function standsWhole(text: string, tokens: string[], gap = 80): boolean {
  const ws = words(text);
  for (let start = -1; start < tokens.length;) {
    const first = findWord(ws[0] as string, tokens, start, tokens.length);
    if (first < 0) return false;
    let pos = first;
    for (const w of ws.slice(1)) {
      pos = findWord(w, tokens, pos, gap);
      if (pos < 0) break;
    }
    if (pos >= 0) return true;
    start = first;
  }
  return false;
}

describe.each(CASES)('%s printed to PDF', (name) => {
  test('(a) every cell of every print area prints whole: no text cut at a cell edge or a row bottom', () => {
    const p = printed[name] as PrintedWorkbook;
    const bySheet = pagesBySheet(p);
    const cut: string[] = [];
    let checked = 0;
    for (const [sheet, pages] of bySheet) {
      const tokens = words(pages.join('\n'));
      for (const cell of p.cells.filter((c) => c.sheet === sheet)) {
        checked++;
        if (!standsWhole(cell.text, tokens)) cut.push(`${sheet}!${cell.address}: ${cell.text}`);
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(cut).toEqual([]);
  });

  test('(b) no page of a sheet holds only one or two of its lines', () => {
    const p = printed[name] as PrintedWorkbook;
    const orphans: string[] = [];
    for (const [sheet, pages] of pagesBySheet(p)) {
      const lines = pages.map((page) => page.split('\n').filter((l) => l.trim()));
      const first = lines[0] ?? [];
      // The lines of a page below the title rows it repeats (the first page's first lines), above the footer.
      const bodies = lines.map((ls, i) => {
        let titles = 0;
        if (i > 0)
          while (titles < ls.length - 1 && titles < first.length && ls[titles]?.trim() === first[titles]?.trim())
            titles++;
        return ls.slice(titles, -1);
      });
      const total = bodies.reduce((n, b) => n + b.length, 0);
      bodies.forEach((body, i) => {
        const spill = i === pages.length - 1 && body.length < total * MIN_PAGE_SHARE;
        if (pages.length > 1 && (body.length <= 2 || spill))
          orphans.push(
            `${sheet} page ${i + 1} of ${pages.length}: ${body.length} of ${total} lines: ${body.join(' / ').slice(0, 300)}`,
          );
      });
    }
    expect(orphans).toEqual([]);
  });

  test('(c) blank lines print blank, not "$0.00" or "0"', () => {
    const p = printed[name] as PrintedWorkbook;
    const rows = new Map<string, ShownCell[]>();
    for (const c of p.cells) rows.set(`${c.sheet}!${c.row}`, [...(rows.get(`${c.sheet}!${c.row}`) ?? []), c]);
    const zero = /^\$?0(\.00)?%?$/;
    const marker = /^([a-z]|\d{1,2})\.$/;
    const blankLines = [...rows.entries()].filter(
      ([, cs]) => cs.some((c) => zero.test(c.text)) && cs.every((c) => zero.test(c.text) || marker.test(c.text)),
    );
    expect(blankLines.map(([where, cs]) => `${where}: ${cs.map((c) => c.text).join(' ')}`)).toEqual([]);
    // On paper too: no printed line of the appendices made only of zeros and list markers. (On the
    // Checks and SF-424A sheets a figure prints at the foot of its row, below a label of two lines.)
    const appendices = [...pagesBySheet(p)]
      .filter(([sheet]) => sheet.startsWith('Appendix'))
      .flatMap(([, pages]) => pages);
    const zeroLines = appendices
      .flatMap((page) => page.split('\n'))
      .filter((l) => words(l).some((w) => zero.test(w)) && words(l).every((w) => zero.test(w) || marker.test(w)));
    expect(zeroLines).toEqual([]);
  });
});

test('the SF-424A prints as the form: Sections A and B on one page, C to F on the next', () => {
  for (const name of CASES) {
    const pages = pagesBySheet(printed[name] as PrintedWorkbook).get('SF-424A') ?? [];
    expect({ name, pages: pages.length }).toEqual({ name, pages: 2 });
    expect(pages[0]).toMatch(/SECTION A[\s\S]*SECTION B/);
    expect(pages[0]).not.toMatch(/SECTION C/);
    expect(pages[1]).toMatch(/SECTION C[\s\S]*SECTION D[\s\S]*SECTION E[\s\S]*SECTION F/);
  }
});

test('every sheet prints landscape on US Letter, one page wide, with the State and the page in the footer', () => {
  const p = printed['pr-example'] as PrintedWorkbook;
  const info = spawnSync('pdfinfo', [p.pdf], { encoding: 'utf8' }).stdout;
  expect(info).toMatch(/Page size:\s+792 x 612 pts/);
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(p.pages.length).toBe(count);
  p.pages.forEach((page, i) => {
    expect(page).toContain('Puerto Rico');
    expect(page).toContain(`Page ${i + 1} of ${count}`);
  });
  // One page wide: every page of Appendix F holds its first column's heads and its last (Total Cost).
  const fPages = pagesBySheet(p).get('Appendix F') ?? [];
  expect(fPages.length).toBeGreaterThan(0);
  for (const page of fPages) expect(page).toMatch(/Total Cost/);
});
