/**
 * Issue 18, item 10: the Checks sheet reads the same in a comma-decimal Excel. A formula's own numbers
 * travel in the file in one notation, but text handed to Excel at run time is read in the user's
 * locale: TEXT(x,"$#,##0.00") garbles ("$75.000,00000" in German), and a COUNTIF criterion "<-1.5"
 * means another number. So no note writes an amount into its words (each stands in column B, a number
 * in its cell's format) and no criterion holds a number in text.
 * Proven with LibreOffice recalculating in de-DE, and by reading every formula of every template.
 */
import * as fs from 'fs';
import * as path from 'path';
import { evaluateBudget, type Budget } from '../../src/budget';
import { loadWorkbookBudget } from '../../src/cli/workbookInput';
import { planNewWorkbook } from '../../src/layout/planner';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { budgetOf } from '../support/budgets';
import { errorCells, recalculate } from '../support/libreoffice';
import { OUT, checksAgainstFindings, valuesOf, writeBudgetWorkbook } from './support';

const DIR = path.join(OUT, 'checks-locale');

const person = (administration: number, program: number, federal: number, stateMatch: number) => ({
  title: 'Director',
  programType: 'Managers/Supervisors (Admin)',
  name: 'Staff',
  administration,
  program,
  federal,
  stateMatch,
  state100: 0,
});

const CASES: Record<string, Budget> = {
  'over-the-cap': budgetOf({ state: 'NC', personnel: [person(100000, 0, 50000, 50000)] }),
  'match-short': budgetOf({ state: 'NC', personnel: [person(10000.5, 90000, 50000.25, 50000.25)] }),
  'quarters-off': budgetOf({
    state: 'NC',
    personnel: [person(20000, 80000, 50000, 50000)],
    cashForecast: { federal: [12500, 12500, 12500, 12500.01], nonFederal: [12500, 12500, 12500, 12500] },
  }),
};

test('recalculated in a German LibreOffice, every verdict is review’s and no note writes an amount', async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  const files: string[] = [];
  const layouts = new Map<string, Awaited<ReturnType<typeof writeBudgetWorkbook>>>();
  for (const [name, budget] of Object.entries(CASES)) {
    const file = path.join(DIR, `${name}.xlsx`);
    layouts.set(name, await writeBudgetWorkbook(budget, file));
    files.push(file);
  }
  const outs = recalculate(files, path.join(DIR, 'de-DE'), 'de-DE');
  for (const [i, [name]] of Object.entries(CASES).entries()) {
    const file = files[i] as string;
    const out = outs[i] as string;
    const values = valuesOf(await readXlsxSnapshot(fs.readFileSync(out), out));
    expect([name, errorCells(values)]).toEqual([name, []]);
    const loaded = await loadWorkbookBudget(file, {});
    const findings = evaluateBudget(loaded.budget, loaded.workbookFindings).findings;
    const layout = layouts.get(name)!.layout;
    const { seen, said, notVerdicts } = checksAgainstFindings(values, layout, findings);
    expect([name, notVerdicts]).toEqual([name, []]);
    expect([name, seen]).toEqual([name, said]);
    // Some verdict fails in each case, and its note names a cell instead of writing the amount.
    const checks = values.get(layout.sheetOf.checks as string)!;
    const notes = [...checks].filter(([cell]) => /^D\d+$/.test(cell)).map(([, v]) => String(v));
    expect(notes.some((n) => /amount in B\d+/.test(n))).toBe(true);
    expect([name, notes.filter((n) => /\$\s?[\d.,]+\d/.test(n))]).toEqual([name, []]);
  }
});

test('no template formula hands Excel a number as text: no TEXT() format, no criterion with a number in it', () => {
  const offending: string[] = [];
  for (const state of ['KY', 'NC']) {
    const { plan } = planNewWorkbook({ state, fiscalYear: 2012 });
    for (const op of plan.ops) {
      if (op.op !== 'cells') continue;
      for (const row of op.rows)
        for (const w of row) {
          if (w.kind !== 'formula') continue;
          if (/\bTEXT\(/i.test(w.formula.replace(/\bIS(TEXT)\(/gi, ''))) offending.push(`${op.sheet}: ${w.formula}`);
          // A criterion comparing with a decimal number written as text: "<-99.5" (a result such as the
          // CFDA number "17.503" is text shown as it is, never read as a number).
          for (const lit of w.formula.match(/"(?:[^"]|"")*"/g) ?? [])
            if (/^"[<>=]+[^"]*\d[.,]\d/.test(lit)) offending.push(`${op.sheet}: ${lit} in ${w.formula.slice(0, 80)}`);
        }
    }
  }
  expect(offending).toEqual([]);
});
