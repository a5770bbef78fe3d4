/**
 * The pane's actions in "Excel" (the fake object model), with the CLI's own planner, reader and repairer:
 * round trips counted, nothing of the user's ever overwritten.
 */
import { english } from '../support/words';
import * as path from 'path';
import { evaluateBudget, type Budget } from '../../src/budget';
import { ExcelBackend } from '../../src/excel/excelBackend';
import { CellEditModeError } from '../../src/excel/excelRun';
import { applyIn, readSnapshotIn } from '../../src/excel/officePort';
import { ExcelTooOldError } from '../../src/excel/requirements';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { WRITERS } from '../../src/excel/writers';
import type { CheckedBudget } from '../../src/addin/paneBackend';
import { budgetOf, exampleJson } from '../support/budgets';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice, openXlsxIn } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
});
afterEach(() => uninstallFakeOffice());

function syncsOf<T>(f: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = wb.syncCount;
  return f().then((result) => ({ result, syncs: wb.syncCount - before }));
}

/** Writes a budget into the fake workbook with the CLI's own planner (as `grant-budget build` would). */
async function workbookWith(budget: Budget): Promise<void> {
  await Excel.run(async (ctx) => {
    const snap = await readSnapshotIn(ctx, { sheets: [] });
    await applyIn(
      ctx,
      WRITERS.planInsertTemplates(snap, { state: budget.state, fiscalYear: budget.fiscalYear, budget }).plan,
    );
  });
}

function bigBudget(lines: number): Budget {
  const personnel = Array.from({ length: lines }, (_, i) => ({
    title: `Officer ${i + 1}`,
    programType: i % 10 === 0 ? 'Managers/Supervisors (Admin)' : 'Enforcement (safety)',
    name: 'Staff',
    annualSalary: 60000 + (i % 7) * 1000.5,
    fte: 1,
    administration: i % 10 === 0 ? 60000 + (i % 7) * 1000.5 : 0,
    program: i % 10 === 0 ? 0 : 60000 + (i % 7) * 1000.5,
    federal: (60000 + (i % 7) * 1000.5) / 2,
    stateMatch: (60000 + (i % 7) * 1000.5) / 2,
  }));
  return budgetOf({ state: 'KY', personnel });
}

describe('insert templates', () => {
  it('inserts the State templates in at most 3 syncs (read, write, activate), then a check reads them in 1', async () => {
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const { result, syncs } = await syncsOf(() => backend.insertTemplates('KY', 2012));
    // The read, the writes, then Appendix F activated in a request of its own (office-js #930).
    expect(syncs).toBeLessThanOrEqual(3);
    expect(result.sheets).toEqual(['Appendix D', 'Appendix E', 'Appendix F', 'Appendix J', 'SF-424A', 'Checks']);
    expect(result.notes).toEqual([]);
    for (const s of result.sheets) expect(wb.sheet(s)).toBeDefined();
    // The first check after the insert also registers the change handlers of the new sheets (1 more sync).
    const first = await syncsOf(() => backend.check());
    expect(first.syncs).toBe(2);
    expect(wb.handlerCount('Appendix F')).toBe(1);
    const check = await syncsOf(() => backend.check());
    expect(check.syncs).toBe(1);
    expect(check.result.status).toBe('checked');
    const checked = check.result as CheckedBudget;
    expect(checked.state).toBe('KY');
    expect(checked.evaluation.findings.map((f) => f.code)).toContain('FEDERAL_UNDER_AWARD');
  });

  it('changes nothing of a workbook that already has sheets and names like ours, with data', async () => {
    wb.setCells('Appendix F', 'A1', [['My own Appendix F notes'], ['Rent', 1234.56, '=B2*2']]);
    wb.setCells('Checks', 'C3', [['Reviewer memo: do not touch']]);
    wb.setCells('SF-424A', 'A1', [[42]]);
    wb.addName('GB_State', "='Appendix F'!$A$1");
    wb.sheet('Checks')!.protected = true;
    const before = JSON.parse(wb.dump()) as { sheets: { name: string }[]; names: unknown[] };

    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const { result, syncs } = await syncsOf(() => backend.insertTemplates('Kentucky', 2012));
    expect(syncs).toBeLessThanOrEqual(3);

    const after = JSON.parse(wb.dump()) as { sheets: { name: string }[]; names: { name: string }[] };
    for (const sheet of before.sheets) expect(after.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
    expect(after.names.slice(0, before.names.length)).toEqual(before.names);
    expect(result.sheets).toEqual(expect.arrayContaining(['Appendix F (2)', 'Checks (2)', 'SF-424A (2)']));
    expect(result.notes.map(english).join(' ')).toMatch(
      /"Appendix F" was taken, so the template went to "Appendix F \(2\)"/,
    );

    const check = await backend.check();
    expect(check.status).toBe('checked');
    expect((check as CheckedBudget).sheets).toEqual(expect.arrayContaining(['Appendix F (2)']));
    expect((check as CheckedBudget).sheets).not.toContain('Appendix F');
  });

  it('says clearly when Excel is too old, and writes nothing', async () => {
    wb.excelApiMinor = 6;
    const before = wb.dump();
    await expect(new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012)).rejects.toBeInstanceOf(
      ExcelTooOldError,
    );
    await expect(new ExcelBackend(DEFAULT_SERVICES).insertTemplates('KY', 2012)).rejects.toThrow(/ExcelApi 1\.7/);
    expect(wb.dump()).toBe(before);
  });

  it('waits out cell-edit mode, then tells the user what to do (an Excel without delayForCellEdit)', async () => {
    wb.excelApiMinor = 10;
    wb.cellEditMode = true;
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    await expect(backend.insertTemplates('KY', 2012)).rejects.toBeInstanceOf(CellEditModeError);
    expect(wb.sheet('Appendix F')).toBeUndefined();
    wb.cellEditMode = false;
    await backend.insertTemplates('KY', 2012);
    expect(wb.sheet('Appendix F')).toBeDefined();
  }, 20_000);
});

describe('re-check', () => {
  it.each([
    ['a small budget (the PR example)', () => budgetOf(exampleJson('pr-example'))],
    ['a 2,000-line budget', () => bigBudget(2000)],
  ])('reads %s in exactly 1 sync, with the figures of the domain', async (_label, make) => {
    const budget = make();
    await workbookWith(budget);
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const first = await backend.check(); // opening the workbook: it does not know the sheets yet
    expect(first.status).toBe('checked');
    const { result, syncs } = await syncsOf(() => backend.check());
    expect(syncs).toBe(1);
    const checked = result as CheckedBudget;
    const expected = evaluateBudget(budget);
    expect(checked.evaluation.totals).toEqual(expected.totals);
    expect(checked.evaluation.sf424a).toEqual(expected.sf424a);
    expect(new Set(checked.evaluation.findings.map((f) => f.code))).toEqual(
      new Set(expected.findings.map((f) => f.code)),
    );
  });

  it('finds the budget on opening a workbook that already holds one, and tells the pane about edits', async () => {
    await workbookWith(budgetOf(exampleJson('nc-example')));
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const outcome = (await backend.check()) as CheckedBudget;
    expect(outcome.status).toBe('checked');
    expect(outcome.evaluation.findings.map((f) => f.code)).toContain('ADMIN_CAP_EXCEEDED');
    const hints: number[] = [];
    await backend.watch(() => hints.push(Date.now()));
    expect(wb.handlerCount('Appendix F')).toBe(1);
    wb.typeInto('Sheet1', 'A1', 'not a budget sheet');
    await new Promise((r) => setTimeout(r, 10));
    expect(hints).toHaveLength(0);
    const admin = outcome.evaluation.findings.find((f) => f.code === 'ADMIN_CAP_EXCEEDED')!;
    expect(admin.sheet).toBe('Appendix F');
    wb.typeInto('Appendix F', 'F12', '1');
    await new Promise((r) => setTimeout(r, 10));
    expect(hints).toHaveLength(1);
    // Watching again does not add a second handler.
    await backend.check();
    expect(wb.handlerCount('Appendix F')).toBe(1);
  });

  it('reports a workbook without a budget in words', async () => {
    wb.setCells('Sheet1', 'A1', [['shopping list']]);
    const outcome = await new ExcelBackend(DEFAULT_SERVICES).check();
    expect(outcome).toMatchObject({ status: 'none' });
    expect(outcome.status === 'none' && english(outcome.problem)).toMatch(/holds no budget/);
  });
});

describe('reviewer actions', () => {
  it('selects a finding cell', async () => {
    await workbookWith(budgetOf(exampleJson('nc-example')));
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const outcome = (await backend.check()) as CheckedBudget;
    const f = outcome.evaluation.findings.find((x) => x.cell)!;
    const { syncs } = await syncsOf(() => backend.goTo(f.sheet!, f.cell!));
    expect(syncs).toBe(1);
    expect(wb.selection).toEqual({ sheet: f.sheet, address: f.cell });
  });

  it('writes a Review sheet with linked findings, never over an existing one', async () => {
    await workbookWith(budgetOf(exampleJson('nc-example')));
    wb.setCells('Review', 'A1', [['my own review, keep']]);
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    await backend.check();
    const { result: name, syncs } = await syncsOf(() => backend.writeReviewSheet());
    expect(syncs).toBe(3);
    expect(name).toBe('Review (2)');
    expect(wb.cellText('Review', 'A1').value).toBe('my own review, keep');
    const sheet = wb.sheet('Review (2)')!;
    const texts = [...sheet.cells.values()].map((c) => c.formula ?? c.value);
    expect(texts).toContain('ADMIN_CAP_EXCEEDED');
    expect(
      texts.some((t) => typeof t === 'string' && /^=HYPERLINK\("#'Appendix F'!F\d+","Appendix F!F\d+"\)$/.test(t)),
    ).toBe(true);
    expect(texts.some((t) => typeof t === 'string' && /^Reviewed \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/.test(t))).toBe(
      true,
    );
    expect(await backend.writeReviewSheet()).toBe('Review (3)');
  });

  it('repairs an overwritten total in place with the CLI repairer, leaving typed values alone', async () => {
    const budget = budgetOf(exampleJson('nc-example'));
    await workbookWith(budget);
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const before = (await backend.check()) as CheckedBudget;
    const total = before.evaluation.findings.find((f) => f.code === 'ADMIN_CAP_EXCEEDED')!;
    const formula = wb.cellText(total.sheet!, total.cell!).formula;
    expect(formula).toMatch(/^=/);
    const inputs = JSON.stringify([...wb.sheet('Appendix F')!.cells.entries()].filter(([, c]) => c.formula === null));
    // A user (with the sheet unprotected) typed a number over the total.
    wb.setCells(total.sheet!, total.cell!, [[1]]);
    const broken = (await backend.check()) as CheckedBudget;
    expect(broken.evaluation.findings.map((f) => f.code)).toContain('FORMULA_OVERWRITTEN');

    const repaired = await backend.repairTotals();
    expect(repaired.changes.map((c) => `${c.sheet}!${c.cell}`).join('\n')).toContain(`${total.sheet}!${total.cell}`);
    expect(wb.cellText(total.sheet!, total.cell!).formula).toBe(formula);
    const inputsAfter = JSON.stringify(
      [...wb.sheet('Appendix F')!.cells.entries()].filter(
        ([k, c]) => c.formula === null && k !== cellKeyOf(total.cell!),
      ),
    );
    expect(inputsAfter).toBe(
      JSON.stringify(JSON.parse(inputs).filter(([k]: [string]) => k !== cellKeyOf(total.cell!))),
    );
    const after = (await backend.check()) as CheckedBudget;
    expect(after.evaluation.findings.map((f) => f.code)).not.toContain('FORMULA_OVERWRITTEN');
  });
});

function cellKeyOf(address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return `${Number(m[2]) - 1},${col}`;
}

describe('a reviewer on a workbook in the published OSHA layout', () => {
  const openXlsx = (file: string) => openXlsxIn(wb, file);

  it('asks for the State, then finds the broken totals, repairs them in place and leaves every typed cell alone', async () => {
    await openXlsx(path.join(__dirname, '..', 'fixtures', 'published', 'ky-published.xlsx'));
    const typedBefore = typedCells();
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const none = await backend.check();
    expect(none.status).toBe('none');
    expect(none.status === 'none' && english(none.problem)).toMatch(/\. Choose the State above and the checks run\.$/);

    const checked = (await backend.check('KY')) as CheckedBudget;
    expect(checked.status).toBe('checked');
    const broken = checked.evaluation.findings.filter((f) => f.code === 'BROKEN_FORMULA');
    expect(broken.length).toBeGreaterThan(0);
    for (const f of broken) expect(f.sheet && f.cell).toBeTruthy();

    const { result: repaired, syncs } = await syncsOf(() => backend.repairTotals());
    expect(syncs).toBe(2);
    expect(repaired.changes.length).toBeGreaterThan(0);
    for (const f of broken.filter((x) => x.sheet === 'Appendix F')) {
      expect(repaired.changes.map((c) => `${c.sheet}!${c.cell}`).join('\n')).toContain(`${f.sheet}!${f.cell}`);
      expect(wb.cellText(f.sheet!, f.cell!).formula).not.toMatch(/#REF!/);
    }
    expect(typedCells()).toEqual(typedBefore);
    const after = (await backend.check('KY')) as CheckedBudget;
    expect(after.evaluation.findings.filter((f) => f.code === 'BROKEN_FORMULA' && f.sheet === 'Appendix F')).toEqual(
      [],
    );
    expect(after.evaluation.totals).toEqual(checked.evaluation.totals);
  });

  it("moves the budget into live templates on new sheets: the same SF-424A to the cent, the user's sheets unchanged", async () => {
    await openXlsx(path.join(__dirname, '..', 'fixtures', 'published', 'ky-published.xlsx'));
    const own = wb.sheets.map((s) => s.name);
    const typedBefore = typedCells();
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    const source = (await backend.check('KY')) as CheckedBudget;
    expect(source.layout).toBe('published');
    const { result: moved, syncs } = await syncsOf(() => backend.moveToLiveTemplates());
    expect(syncs).toBe(4);
    expect(moved.sheets).toEqual([
      'Appendix D (2)',
      'Appendix E (2)',
      'Appendix F (2)',
      'Appendix J (2)',
      'SF-424A',
      'Checks',
    ]);
    expect(moved.notes.map(english).join(' ')).toMatch(/"Appendix F" was taken/);
    expect(moved.notes.map(english).join(' ')).not.toMatch(/Not moved/);
    expect(JSON.parse(typedCells()).slice(0, own.length)).toEqual(JSON.parse(typedBefore));
    const live = (await backend.check('KY')) as CheckedBudget;
    expect(live.layout).toBe('own');
    expect(live.evaluation.sf424a).toEqual(source.evaluation.sf424a);
    expect(live.evaluation.totals).toEqual(source.evaluation.totals);
    await expect(backend.moveToLiveTemplates()).rejects.toThrow(/already in live templates/);
  });

  /** Every cell without a formula, on every sheet: what the user typed. */
  function typedCells(): string {
    return JSON.stringify(
      wb.sheets.map((s) => [
        s.name,
        [...s.cells.entries()].filter(([, c]) => c.formula === null).map(([k, c]) => [k, c.value]),
      ]),
    );
  }
});
