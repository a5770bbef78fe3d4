/**
 * The State typed into Appendix F!B2 by hand, in the pane (ExcelBackend over the fake Excel), issue 19:
 * - item 2: a State mistyped ("Kentuky") is said at the cell, in the command line's own words, and
 *   nothing is checked against the State the pane was told before;
 * - item 3: another valid State typed over the old one is noticed (the templates' words still name the
 *   old one), and "Change this budget's State" finishes the change: Appendix J, the headings and the
 *   footers follow, as a fresh insert for the new State would have them.
 */
import { english } from '../support/words';
import * as fs from 'fs';
import * as path from 'path';
import { ExcelBackend } from '../../src/excel/excelBackend';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { cliProblem } from '../../src/cli/remedyWords';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { runCli } from '../support/cli';
import { budgetOf, line } from '../support/budgets';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';
import { OUT, writeBudgetWorkbook } from '../layout/support';
import ExcelJS from 'exceljs';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
});
afterEach(() => uninstallFakeOffice());

async function templatesFor(state: string): Promise<ExcelBackend> {
  const backend = new ExcelBackend(DEFAULT_SERVICES);
  await backend.insertTemplates(state, 2012);
  const checked = await backend.check(state);
  expect(checked.status === 'checked' && checked.state).toBe(state);
  return backend;
}

const MISTYPED =
  'Appendix F!B2 should name the State (it holds "Kentuky"): type its Appendix L name or USPS code there';

describe('item 2: a mistyped State in Appendix F!B2', () => {
  it('is said at the cell, and nothing is checked against the State chosen before', async () => {
    const backend = await templatesFor('KY');
    wb.typeInto('Appendix F', 'B2', 'Kentuky');
    const outcome = await backend.check();
    expect(outcome.status).toBe('none');
    if (outcome.status === 'none') {
      expect(english(outcome.problem)).toBe(MISTYPED);
      expect(outcome.at).toEqual({ sheet: 'Appendix F', cell: 'B2' });
    }
    // Choosing a State in the pane does not stand in for what B2 holds.
    expect((await backend.check('KY')).status).toBe('none');
    wb.typeInto('Appendix F', 'B2', ' kentucky ');
    const back = await backend.check();
    expect(back.status === 'checked' && back.state).toBe('KY');
  });

  it('a workbook opened with the mistyped State: correcting the cell checks again', async () => {
    await templatesFor('KY');
    wb.typeInto('Appendix F', 'B2', 'Kentuky');
    // A fresh pane (the workbook opened again), which was never told a State.
    const backend = new ExcelBackend(DEFAULT_SERVICES);
    expect((await backend.check()).status).toBe('none');
    const calls: string[] = [];
    await backend.watch(() => calls.push('recheck'));
    wb.typeInto('Appendix F', 'B2', 'Kentucky');
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual(['recheck']);
    const back = await backend.check();
    expect(back.status === 'checked' && back.state).toBe('KY');
  });

  it('in the same terms as the command line’s refusal', async () => {
    const file = path.join(OUT, 'state-typed', 'kentuky.xlsx');
    await writeBudgetWorkbook(budgetOf({ state: 'KY', other: [line('Rent', 'program', 1000)] }), file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    book.getWorksheet('Appendix F')!.getCell('B2').value = 'Kentuky';
    await book.xlsx.writeFile(file);
    const read = readBudgetFromSnapshot(await readXlsxSnapshot(fs.readFileSync(file), file), { state: 'KY' });
    expect(read).toMatchObject({ ok: false, sheet: 'Appendix F', cell: 'B2' });
    if (read.ok) return;
    expect(english(read.problem)).toBe(MISTYPED);
    const cli = await runCli(['review', file, '--state', 'KY']);
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toContain(english(cliProblem(read)));
    expect(english(cliProblem(read))).toBe(MISTYPED);
  });
});

describe('item 3: another State typed over B2', () => {
  it('is noticed, and Change this budget’s State finishes it as a fresh insert would have it', async () => {
    const backend = await templatesFor('NC');
    wb.typeInto('Appendix F', 'B2', 'Kentucky');
    const typed = await backend.check();
    if (typed.status !== 'checked') throw new Error(english(typed.problem));
    // The award level and the checks follow B2 at once...
    expect(typed.state).toBe('KY');
    // ...the templates' words do not: the pane says so at B2, and offers the change.
    expect(typed.stateInWords).toBe('NC');
    const warning = typed.evaluation.findings.find((f) => f.code === 'STATE_CHANGE_UNFINISHED');
    expect(warning).toMatchObject({ severity: 'warning', sheet: 'Appendix F', cell: 'B2', remedy: 'changeState' });
    expect(english(warning!.message)).toMatch(/says Kentucky, but Appendix D, Appendix E.* still name North Carolina/);
    expect(wb.cellText('Appendix D', 'A2').value).toBe('State: North Carolina');

    const preview = await backend.changeState('KY', { preview: true });
    expect(preview).toMatchObject({ from: 'NC', to: 'KY', addedSheets: ['Appendix J'] });
    expect(english(preview.effects[0]!)).toMatch(/already says Kentucky/);
    await backend.changeState('KY');
    const done = await backend.check();
    if (done.status !== 'checked') throw new Error(english(done.problem));
    expect(done.stateInWords).toBeUndefined();
    expect(done.evaluation.findings.map((f) => f.code)).not.toContain('STATE_CHANGE_UNFINISHED');
    expect(wb.cellText('Appendix D', 'A2').value).toBe('State: Kentucky');
    expect(wb.cellText('Appendix E', 'A2').value).toBe('State: Kentucky');
    expect(wb.sheets.map((s) => s.name)).toContain('Appendix J');
    expect(String(wb.sheet('Appendix D')?.pageLayout.leftFooter)).toMatch(/^Kentucky, FY 2012/);
  });

  it('a State typed by its code or in other case is the same State: nothing to finish', async () => {
    const backend = await templatesFor('KY');
    wb.typeInto('Appendix F', 'B2', 'ky');
    const checked = await backend.check();
    if (checked.status !== 'checked') throw new Error(english(checked.problem));
    expect(checked.stateInWords).toBeUndefined();
    expect(checked.evaluation.findings.map((f) => f.code)).not.toContain('STATE_CHANGE_UNFINISHED');
  });
});
