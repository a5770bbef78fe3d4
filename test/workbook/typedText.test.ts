/**
 * Typed text is read as the templates' own formulas read it (issue 19, item 1), proved with LibreOffice:
 * - the one function (src/budget/excelText.ts) gives, for every text, what LibreOffice gives for
 *   TRIM(A1), TRIM(A1)="…" and UPPER(TRIM(A1))="Y" over the same texts;
 * - a personnel line whose program type is typed in lower case ("23(g) consultation (private sector,
 *   safety)"), typed in LibreOffice as a person would, stays private-sector consultation in the pane,
 *   `review` and `sf424a`, exactly as the workbook's own SF-424A sheet keeps it.
 * One LibreOffice run recalculates the texts; one more types the program type.
 */
import { english } from '../support/words';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  PRIVATE_SECTOR_PROGRAM_TYPES,
  excelTrim,
  findState,
  isYesMark,
  rulePackFor,
  sameAsExcel,
  sf424aToJson,
  type Budget,
} from '../../src/budget';
import { ExcelBackend } from '../../src/excel/excelBackend';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { sf424aSheetCells } from '../../src/layout/sf424aFigureCells';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { budgetOf, line } from '../support/budgets';
import { runCli } from '../support/cli';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';
import { centsAt, editManyWithLibreOffice, hasLibreOffice, readValues, recalculate } from '../support/libreoffice';
import { OUT, writeBudgetWorkbook } from '../layout/support';
import { openXlsxIn } from '../../src/sandbox/openWorkbook';

const DIR = path.join(OUT, 'typed-text');
const it_ = hasLibreOffice() ? it : it.skip;

/** Texts people type or paste: case, spaces inside and around, and what TRIM leaves (tab, no-break space). */
const TEXTS = [
  '23(g) consultation (private sector, safety)',
  ' 23(G)  CONSULTATION (PRIVATE SECTOR,  SAFETY) ',
  '23(g) Consultation (private sector, safety)\u00a0',
  '\t23(g) Consultation (private sector, health)',
  '23(g) Consultation  (private sector, health)',
  '23(g) Consultation (public sector, safety)',
  'y',
  ' Yes ',
  'yES',
  'Y\u00a0',
  'Y\n',
  'N',
  'Yess',
  'kentucky',
  '  KENTUCKY  ',
  'Kentucky\u00a0',
  'Puerto  Rico',
  'puerto rico',
  'ky',
  'Kentuky',
  'ñandú',
  'ÑANDÚ',
  'straße',
  'STRASSE',
  '',
  '   ',
];
/** What each text is compared with, as the templates' formulas compare it. */
const WANTED = [...PRIVATE_SECTOR_PROGRAM_TYPES, 'Kentucky', 'KY', 'Puerto Rico', 'ñandú', 'straße'];

async function textsWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Texts');
  TEXTS.forEach((t, i) => {
    const r = i + 1;
    ws.getCell(r, 1).value = t;
    ws.getCell(r, 2).value = { formula: `LEN(A${r})` } as ExcelJS.CellFormulaValue;
    ws.getCell(r, 3).value = { formula: `"<"&TRIM(A${r})&">"` } as ExcelJS.CellFormulaValue;
    ws.getCell(r, 4).value = {
      formula: `IF(OR(UPPER(TRIM(A${r}))="Y",UPPER(TRIM(A${r}))="YES"),1,0)`,
    } as ExcelJS.CellFormulaValue;
    WANTED.forEach((w, j) => {
      ws.getCell(r, 5 + j).value = { formula: `IF(TRIM(A${r})="${w}",1,0)` } as ExcelJS.CellFormulaValue;
    });
  });
  await wb.xlsx.writeFile(file);
}

const PSC_TYPE = '23(g) Consultation (private sector, safety)';
const TYPED = '23(g) consultation (private sector, safety)';

/** A balanced 50/50 personnel line. */
function person(title: string, programType: string, kind: 'administration' | 'program', total: number) {
  const { item: _item, ...amounts } = line(title, kind, total);
  return { title, programType, name: 'Staff', annualSalary: total, fte: 1, ...amounts };
}

function kentucky(): Budget {
  return budgetOf({
    state: 'KY',
    fiscalYear: 2012,
    personnel: [
      person('Director', 'Managers/Supervisors (Admin)', 'administration', 80000),
      // Typed over in LibreOffice below: its private-sector mark (column L) stays blank, as on a line typed fresh.
      person('Consultant', 'Enforcement (health)', 'program', 60000),
      person('Inspector', 'Enforcement (safety)', 'program', 70000),
    ],
  });
}

let values: Map<string, Map<string, unknown>>;
let edited: string;
let overtyped: string;
let wildcard: string;
let editedValues: Map<string, Map<string, unknown>>;

beforeAll(async () => {
  if (!hasLibreOffice()) return;
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  const texts = path.join(DIR, 'texts.xlsx');
  await textsWorkbook(texts);
  const built = path.join(DIR, 'ky.xlsx');
  await writeBudgetWorkbook(kentucky(), built);
  const read = readBudgetFromSnapshot(await readXlsxSnapshot(fs.readFileSync(built), built));
  if (!read.ok) throw new Error(english(read.problem));
  const at = read.budget.places.get('personnel[1].programType');
  if (!at) throw new Error('no place for the program type');
  edited = path.join(DIR, 'ky-typed.xlsx');
  const nc = path.join(DIR, 'nc.xlsx');
  await writeBudgetWorkbook(budgetOf({ state: 'NC', other: [line('Rent', 'program', 1000)] }), nc);
  overtyped = path.join(DIR, 'nc-typed-ky.xlsx');
  wildcard = path.join(DIR, 'nc-typed-wildcard.xlsx');
  // Typed in Calc as a person types (LibreOffice recalculates and saves each), in one launch:
  editManyWithLibreOffice([
    // the program type, past the drop-down
    { file: built, out: edited, sheet: at.sheet, insertAt: 0, values: { [at.cell]: TYPED } },
    // another State typed over B2 (issue 19, item 3)
    { file: nc, out: overtyped, sheet: 'Appendix F', insertAt: 0, values: { B2: 'Kentucky' } },
    // a State typed with a wildcard: MATCH would find Kentucky by it, the readers do not
    { file: nc, out: wildcard, sheet: 'Appendix F', insertAt: 0, values: { B2: 'Kentuck*' } },
  ]);
  const [recalculated] = recalculate([texts], path.join(DIR, 'recalculated'));
  values = await readValues(recalculated as string);
  editedValues = await readValues(edited);
}, 600000);

describe('one function compares typed text as the templates’ formulas do (LibreOffice)', () => {
  it_('trims as TRIM, and reads Y/Yes marks and equalities as the formulas do, for every text', () => {
    const sheet = values.get('Texts') as Map<string, unknown>;
    const col = (c: number) => String.fromCharCode(64 + c);
    const rows: unknown[] = [];
    const mine: unknown[] = [];
    TEXTS.forEach((t, i) => {
      const r = i + 1;
      // The text reached LibreOffice whole (spaces, tabs and no-break spaces included).
      expect([t, sheet.get(`B${r}`) ?? 0]).toEqual([t, t.length]);
      rows.push([
        t,
        sheet.get(`C${r}`),
        // exceljs reads a cached 0 as no result.
        sheet.get(`D${r}`) ?? 0,
        ...WANTED.map((_, j) => sheet.get(`${col(5 + j)}${r}`) ?? 0),
      ]);
      mine.push([t, `<${excelTrim(t)}>`, isYesMark(t) ? 1 : 0, ...WANTED.map((w) => (sameAsExcel(t, w) ? 1 : 0))]);
    });
    expect(mine).toEqual(rows);
  });

  it_('finds a State exactly where the award level formula (MATCH(TRIM(B2),…)) finds it', () => {
    const pack = rulePackFor(2012);
    if (!pack) throw new Error('no FY 2012 rules');
    const sheet = values.get('Texts') as Map<string, unknown>;
    const kyCol = String.fromCharCode(64 + 5 + WANTED.indexOf('Kentucky'));
    const kyCodeCol = String.fromCharCode(64 + 5 + WANTED.indexOf('KY'));
    const prCol = String.fromCharCode(64 + 5 + WANTED.indexOf('Puerto Rico'));
    TEXTS.forEach((t, i) => {
      const r = i + 1;
      const lo =
        sheet.get(`${kyCol}${r}`) === 1 || sheet.get(`${kyCodeCol}${r}`) === 1
          ? 'KY'
          : sheet.get(`${prCol}${r}`) === 1
            ? 'PR'
            : null;
      const found = findState(pack, t)?.code ?? null;
      expect([t, found === 'KY' || found === 'PR' ? found : null]).toEqual([t, lo]);
    });
  });
});

describe('a program type typed in lower case stays private-sector consultation everywhere', () => {
  const psc = (form: ReturnType<typeof sf424aToJson>) =>
    form.sectionA.lines.find((l) => l.category === 'privateSectorConsultation')?.federal ?? 0;

  it_('the workbook’s own SF-424A sheet keeps the line there (LibreOffice)', () => {
    const cell = sf424aSheetCells().sectionA.privateSectorConsultation?.federal as string;
    expect(centsAt(editedValues as never, 'SF-424A', cell)).toBe(3000000);
  });

  it_('review and sf424a say the same', async () => {
    // (The budget is under its award level: an error finding, so both exit 1; the figures are what count.)
    const form = await runCli(['sf424a', edited, '--format', 'json']);
    expect(psc(JSON.parse(form.stdout))).toBe(30000);
    const review = await runCli(['review', edited, '--json']);
    const report = JSON.parse(review.stdout) as { findings: { code: string }[] };
    expect(report.findings.map((f) => f.code)).not.toContain('PSC_NOT_ALLOWED');
    const read = readBudgetFromSnapshot(await readXlsxSnapshot(fs.readFileSync(edited), edited));
    if (!read.ok) throw new Error(english(read.problem));
    // Kept as the list spells it, so the budget JSON written from it reads back.
    expect(read.budget.personnel[1]).toMatchObject({ programType: PSC_TYPE, privateSectorConsultation: true });
  });

  it_('the pane says the same', async () => {
    const wb = installFakeOffice(new FakeWorkbook());
    try {
      // The file opened as the sandbox opens it (cells, names, validation).
      await openXlsxIn(wb, new Uint8Array(fs.readFileSync(edited)), edited);
      const outcome = await new ExcelBackend(DEFAULT_SERVICES).check();
      if (outcome.status !== 'checked') throw new Error(english(outcome.problem));
      expect(psc(sf424aToJson(outcome.evaluation.sf424a))).toBe(30000);
    } finally {
      uninstallFakeOffice();
    }
  });
});

describe('another State typed over B2 in LibreOffice (issue 19, item 3)', () => {
  it_('the checks follow B2, and review says the templates’ words still name the old State', async () => {
    const read = readBudgetFromSnapshot(await readXlsxSnapshot(fs.readFileSync(overtyped), overtyped));
    if (!read.ok) throw new Error(english(read.problem));
    expect(read.budget.state).toBe('KY');
    expect(read.stateInWords).toBe('NC');
    const review = await runCli(['review', overtyped, '--json']);
    const report = JSON.parse(review.stdout) as { findings: { code: string; cell: string; message: string }[] };
    const unfinished = report.findings.find((f) => f.code === 'STATE_CHANGE_UNFINISHED');
    expect(unfinished?.cell).toBe('B2');
    expect(unfinished?.message).toMatch(/press Change this budget's State in the Grant Budget pane/);
  });
});

describe('a State typed with a wildcard (Kentuck*)', () => {
  it_('finds no award level on the sheet, as the readers find no State', async () => {
    const v = await readValues(wildcard);
    expect(centsAt(v, 'Appendix F', 'E3')).toBe(0);
    const read = readBudgetFromSnapshot(await readXlsxSnapshot(fs.readFileSync(wildcard), wildcard));
    expect(read.ok).toBe(false);
  });
});
