/**
 * Budget lines added and removed the way a person does it, with the spreadsheet's own row commands on
 * the templates as we ship them (protected), without the add-in: LibreOffice Calc's Insert Rows Above
 * and Delete Rows through its dispatcher over UNO (test/support/calcRows.py), never our writer. On the
 * workbooks of two States (Puerto Rico, with Appendix J and private-sector consultation; North
 * Carolina), in one LibreOffice run:
 * - inside every block of Appendix F a line is deleted and a row inserted and typed (a private-sector
 *   consultation line among them); then every total, the SF-424A sheet (Sections A to F) and every
 *   Checks verdict equal `review` of the same file to the cent, and no cell shows an error value;
 * - the same with rows inserted at the first line of a block (right under its heads) and after its last;
 * - Calc refuses to delete the rows that hold the block together (heads, spare row, subtotal), and the
 *   reader raises nothing about the inserted rows' blank Total Cost.
 */
import * as fs from 'fs';
import * as path from 'path';
import { COST_SECTIONS, evaluateBudget, sf424aToJson, type Budget, type CostSection } from '../../src/budget';
import { loadWorkbookBudget } from '../../src/cli/workbookInput';
import { buildTemplateModels, type InsertResult } from '../../src/layout/planner';
import { N, TEMPLATE_KEYS } from '../../src/layout/names';
import { readOwnLayout } from '../../src/workbook/ownLayoutReader';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { budgetOf, exampleJson } from '../support/budgets';
import { edgeBudget } from './budgets';
import {
  editWithCalcCommands,
  errorCells,
  type CalcJob,
  type CalcStep,
  type CalcStepResult,
} from '../support/libreoffice';
import {
  OUT,
  checksAgainstFindings,
  figurePairs,
  sf424aSheetAgainstJson,
  valuesOf,
  writeBudgetWorkbook,
  type Values,
} from './support';

const DIR = path.join(OUT, 'row-commands');
const F = 'Appendix F';

/** A line typed into a new row of `section`: amounts that split (Federal spread over Admin and Program). */
function typedLine(section: CostSection, row: number, name: string, psc: boolean): Record<string, string | number> {
  const cells: Record<string, string | number> = { [`A${row}`]: name };
  if (section === 'personnel') {
    Object.assign(cells, {
      [`B${row}`]: psc ? '23(g) Consultation (private sector, safety)' : 'Enforcement (safety)',
      [`C${row}`]: 'New hire',
      [`D${row}`]: 48000,
      [`E${row}`]: 1,
      [`F${row}`]: 12000.01,
      [`G${row}`]: 35999.99,
      [`H${row}`]: 24000,
      [`I${row}`]: 24000,
    });
  } else {
    Object.assign(cells, { [`F${row}`]: 300.05, [`G${row}`]: 699.95, [`H${row}`]: 500.01, [`I${row}`]: 499.99 });
    if (psc) cells[`L${row}`] = 'Y';
  }
  return cells;
}

interface Case {
  name: string;
  state: string;
  budget: Budget;
  rows: CalcJob['rows'];
  /** Steps from the built workbook's layout. */
  steps: (layout: InsertResult['layout'], budget: Budget) => CalcStep[];
  /** The steps Calc must refuse; every other must be done. */
  refused?: number[];
  /** Lines deleted by the steps. */
  deleted: (budget: Budget) => number;
}

/** Blocks from the bottom up, so that each block's rows are still those the layout gave. */
const bottomUp = (layout: InsertResult['layout']) =>
  [...COST_SECTIONS].sort((a, b) => layout.appendixF.sections[b].first - layout.appendixF.sections[a].first);

/** In every block: delete its last line (when it has two), insert a row above its second line and type a line. */
function insideEveryBlock(psc: boolean) {
  return (layout: InsertResult['layout'], budget: Budget): CalcStep[] =>
    bottomUp(layout).flatMap((s) => {
      const b = layout.appendixF.sections[s];
      const lines = budget[s].length;
      const steps: CalcStep[] = [];
      if (lines >= 2) steps.push({ sheet: F, deleteRow: b.first + lines - 1 });
      steps.push({ sheet: F, insertAbove: b.first + 1 });
      steps.push({ sheet: F, type: typedLine(s, b.first + 1, `Typed in a new row, ${s}`, psc && s !== 'fringe') });
      return steps;
    });
}

/** Rows inserted under the heads of blocks and after their last lines, and lines typed there. */
function atTheEdges(sections: CostSection[], psc: boolean) {
  return (layout: InsertResult['layout']): CalcStep[] => {
    return bottomUp(layout)
      .filter((s) => sections.includes(s))
      .flatMap((s): CalcStep[] => {
        const b = layout.appendixF.sections[s];
        return [
          { sheet: F, insertAbove: b.spare },
          { sheet: F, type: typedLine(s, b.spare, `Typed after the last line, ${s}`, false) },
          { sheet: F, insertAbove: b.first },
          { sheet: F, type: typedLine(s, b.first, `Typed under the heads, ${s}`, psc) },
        ];
      });
  };
}

/** Calc's row commands on the protected sheet, a few at a time (see CalcJob): what Calc allows and refuses. */
function commands(which: 'refusals' | 'delete' | 'underHeads' | 'inside') {
  return (layout: InsertResult['layout']): CalcStep[] => {
    const p = layout.appendixF.sections.personnel;
    switch (which) {
      case 'refusals':
        return [p.head, p.spare, p.subtotal].map((row) => ({ sheet: F, deleteRow: row }));
      case 'delete':
        return [{ sheet: F, deleteRow: p.first + 1 }];
      case 'underHeads':
        return [
          { sheet: F, insertAbove: p.first },
          { sheet: F, type: typedLine('personnel', p.first, 'Typed under the heads, personnel', true) },
        ];
      case 'inside':
        return [
          { sheet: F, insertAbove: p.first + 2 },
          { sheet: F, type: typedLine('personnel', p.first + 2, 'Typed in a new row, personnel', false) },
        ];
    }
  };
}

const pr = budgetOf(exampleJson('pr-example'));
const nc = budgetOf(exampleJson('nc-example'));
const blocksWithTwo = (b: Budget) => COST_SECTIONS.filter((s) => b[s].length >= 2).length;
const none = () => 0;
const CASES: Case[] = [
  { name: 'pr-inside', state: 'PR', budget: pr, rows: 'model', steps: insideEveryBlock(true), deleted: blocksWithTwo },
  { name: 'nc-inside', state: 'NC', budget: nc, rows: 'model', steps: insideEveryBlock(false), deleted: blocksWithTwo },
  {
    name: 'pr-edges',
    state: 'PR',
    budget: pr,
    rows: 'model',
    steps: atTheEdges(['personnel', 'travelInState', 'other'], true),
    deleted: none,
  },
  {
    name: 'nc-edges',
    state: 'NC',
    budget: nc,
    rows: 'model',
    steps: atTheEdges(['personnel', 'contractual'], false),
    deleted: none,
  },
  // Calc's own commands on the sheet as we ship it, protected.
  {
    name: 'pr-command-refusals',
    state: 'PR',
    budget: pr,
    rows: 'commands',
    steps: commands('refusals'),
    refused: [0, 1, 2],
    deleted: none,
  },
  { name: 'pr-command-delete', state: 'PR', budget: pr, rows: 'commands', steps: commands('delete'), deleted: () => 1 },
  {
    name: 'pr-command-under-heads',
    state: 'PR',
    budget: pr,
    rows: 'commands',
    steps: commands('underHeads'),
    deleted: none,
  },
  { name: 'nc-command-inside', state: 'NC', budget: nc, rows: 'commands', steps: commands('inside'), deleted: none },
];

interface Edited {
  results: CalcStepResult[];
  values: Values;
  budget: Budget;
  layout: InsertResult['layout'];
  readFindings: string[];
  reviewFindings: ReturnType<typeof evaluateBudget>['findings'];
  sf: ReturnType<typeof sf424aToJson>;
}
const edited = new Map<string, Edited>();
/** How many lines each case types. */
const typedLines = new Map<string, number>();

beforeAll(async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  const jobs: CalcJob[] = [];
  for (const c of CASES) {
    const input = path.join(DIR, `${c.name}.xlsx`);
    const built = await writeBudgetWorkbook(c.budget, input, c.state);
    jobs.push({
      input,
      output: path.join(DIR, 'edited', `${c.name}.xlsx`),
      rows: c.rows,
      steps: c.steps(built.layout, c.budget),
    });
    typedLines.set(c.name, jobs[jobs.length - 1]?.steps.filter((x) => 'type' in x).length ?? 0);
  }
  fs.mkdirSync(path.join(DIR, 'edited'), { recursive: true });
  // Kept beside the files, to replay by hand.
  fs.writeFileSync(path.join(DIR, 'jobs.json'), JSON.stringify(jobs, null, 1));
  const results = editWithCalcCommands(jobs);
  for (const [i, c] of CASES.entries()) {
    const file = (jobs[i] as CalcJob).output;
    const snapshot = await readXlsxSnapshot(fs.readFileSync(file), file);
    const read = readOwnLayout(snapshot);
    if (!read) throw new Error(`${file}: our layout was not read back`);
    // `review` of the file: the command line's workbook door, then the domain.
    const loaded = await loadWorkbookBudget(file, {});
    const ev = evaluateBudget(loaded.budget, loaded.workbookFindings);
    // Where the figures stand now: the layout rebuilt at the edited workbook's own block sizes.
    const keys = TEMPLATE_KEYS.filter((k) => read.context.sheets[k]);
    const t = buildTemplateModels(read.context, keys);
    const sheetOf = Object.fromEntries(keys.map((k) => [k, read.context.sheets[k]]));
    edited.set(c.name, {
      results: results[i] as CalcStepResult[],
      values: valuesOf(snapshot),
      budget: loaded.budget,
      layout: { appendixF: t.appendixF, sf424a: t.sf424a, checks: t.checks, sheetOf },
      readFindings: read.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`),
      reviewFindings: ev.findings,
      sf: sf424aToJson(ev.sf424a),
    });
  }
}, 600000);

describe.each(CASES.map((c) => c.name))('%s', (name) => {
  const get = () => edited.get(name) as Edited;
  const c = CASES.find((x) => x.name === name) as Case;

  test("Calc did every row command and every typing, and refused only to delete the blocks' own rows", () => {
    const refused = get().results.filter((r) => !r.done);
    expect(refused.map((r) => r.step)).toEqual(c.refused ?? []);
  });

  test('no cell anywhere shows an error value', () => {
    expect(errorCells(get().values)).toEqual([]);
  });

  test('the lines read back are the typed ones, the deleted ones gone; nothing is said of a blank Total Cost', () => {
    const { budget, readFindings } = get();
    const typed = COST_SECTIONS.flatMap((s) => budget[s].filter((l) => /^Typed /.test(l.item)));
    expect(typed.length).toBe(typedLines.get(name));
    const before = COST_SECTIONS.reduce((n, s) => n + c.budget[s].length, 0);
    const after = COST_SECTIONS.reduce((n, s) => n + budget[s].length, 0);
    expect(after).toBe(before + typed.length - c.deleted(c.budget));
    expect(readFindings).toEqual([]);
  });

  test('every total of Appendix F and of the Checks sheet equals the domain to the cent', () => {
    const { values, budget, layout } = get();
    const wrong = figurePairs(values, budget, { layout } as InsertResult).filter(([, s, d]) => s !== d);
    expect(wrong).toEqual([]);
  });

  test('the SF-424A sheet, Sections A to F, shows what `sf424a` shows', () => {
    const { values, layout, sf } = get();
    const { sheet, json } = sf424aSheetAgainstJson(values, layout, sf);
    expect(sheet).toEqual(json);
  });

  test('each Checks verdict is FAIL exactly when `review` reports that error', () => {
    const { values, layout, reviewFindings } = get();
    const { seen, said, notVerdicts } = checksAgainstFindings(values, layout, reviewFindings);
    expect(notVerdicts).toEqual([]);
    expect(seen).toEqual(said);
  });
});

test("a private-sector consultation line typed into a new row is one in `review`, so in the SF-424A sheet's category", () => {
  // The sheet agreeing with `review` (above) then shows the line in its private-sector figures.
  for (const [name, item] of [
    ['pr-inside', 'Typed in a new row, personnel'],
    ['pr-command-under-heads', 'Typed under the heads, personnel'],
  ] as const) {
    const { budget, sf } = edited.get(name) as Edited;
    expect([name, budget.personnel.find((l) => l.item === item)?.privateSectorConsultation]).toEqual([name, true]);
    const psc = sf.sectionA.lines.find((l) => l.category === 'privateSectorConsultation');
    expect(psc?.total ?? 0).toBeGreaterThanOrEqual(48000);
  }
});

test("Appendix J's lists take inserted rows and drop deleted ones the same way: their totals equal review's", async () => {
  const dir = path.join(DIR, 'j');
  fs.mkdirSync(dir, { recursive: true });
  const input = path.join(dir, 'ky.xlsx');
  const ky = edgeBudget();
  await writeBudgetWorkbook(ky, input, ky.state);
  const before = readOwnLayout(await readXlsxSnapshot(fs.readFileSync(input), input))!;
  const j = buildTemplateModels(before.context, ['appendixJ']).models.appendixJ!;
  const headOf = (base: string) => Number(/^A(\d+)/.exec(j.names.find((n) => n.base === base)!.range)![1]);
  const industries = headOf(N.jIndustries);
  const hazards = headOf(N.jHazards);
  const output = path.join(dir, 'pr-edited.xlsx');
  const [results] = editWithCalcCommands([
    {
      input,
      output,
      rows: 'model',
      steps: [
        // The hazard (Falls), then a row inside the industries: the lists' totals follow both.
        { sheet: 'Appendix J', deleteRow: hazards + 1 },
        { sheet: 'Appendix J', insertAbove: industries + 2 },
        {
          sheet: 'Appendix J',
          type: { [`B${industries + 2}`]: 'Typed industry', [`C${industries + 2}`]: 7, [`D${industries + 2}`]: 5 },
        },
      ],
    },
  ]);
  expect(results?.every((r) => r.done)).toBe(true);
  const snapshot = await readXlsxSnapshot(fs.readFileSync(output), output);
  const values = valuesOf(snapshot);
  expect(errorCells(values)).toEqual([]);
  const read = readOwnLayout(snapshot)!;
  const c = read.budget.consultation;
  expect(c.emphasisIndustries.map((x) => x.name)).toContain('Typed industry');
  expect(c.emphasisIndustries).toHaveLength(ky.consultation.emphasisIndustries.length + 1);
  expect(c.emphasisHazards).toHaveLength(ky.consultation.emphasisHazards.length - 1);
  const jv = values.get('Appendix J')!;
  const sum = (list: typeof c.emphasisIndustries, k: 'safety' | 'health') => list.reduce((n, x) => n + (x[k] ?? 0), 0);
  for (const [head, list] of [
    [industries, c.emphasisIndustries],
    [hazards + 1, c.emphasisHazards], // one row lower: the industries grew by one
  ] as const) {
    expect([head, jv.get(`C${head}`) ?? 0, jv.get(`D${head}`) ?? 0, jv.get(`E${head}`) ?? 0]).toEqual([
      head,
      sum(list, 'safety'),
      sum(list, 'health'),
      sum(list, 'safety') + sum(list, 'health'),
    ]);
  }
  expect(read.findings.filter((f) => f.code === 'FORMULA_OVERWRITTEN')).toEqual([]);
});
