/**
 * Changing the budget's State from the pane, over the fake Excel (which refuses what Excel refuses: a
 * write to a locked cell of a protected sheet, a formula naming a sheet that does not exist, an
 * unprotect without the password). The plan itself is proven in test/workbook/stateChange.test.ts.
 */
import { english } from '../support/words';
import { ExcelBackend } from '../../src/excel/excelBackend';
import { applyIn } from '../../src/excel/officeWrite';
import { DEFAULT_SERVICES } from '../../src/excel/services';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice, type FakeRequestContext } from '../support/fakeExcel';

let wb: FakeWorkbook;
beforeEach(() => {
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
});
afterEach(() => uninstallFakeOffice());

const run = (f: (ctx: FakeRequestContext) => void) =>
  Excel.run(async (ctx) => {
    f(ctx as unknown as FakeRequestContext);
    await ctx.sync();
  });

async function utahTemplates(): Promise<ExcelBackend> {
  const backend = new ExcelBackend(DEFAULT_SERVICES);
  await backend.insertTemplates('UT', 2012);
  const checked = await backend.check();
  expect(checked.status === 'checked' && checked.state).toBe('UT');
  return backend;
}

/** Every cell of the workbook, to show that nothing was written. */
function everything(): string {
  return JSON.stringify(wb.sheets.map((sh) => [sh.name, [...sh.cells].map(([k, c]) => [k, c.value, c.formula])]));
}

function protectedSheets(): string[] {
  return wb.sheets.filter((s) => s.protected).map((s) => s.name);
}

it('previews without writing, then changes Utah to Washington: Appendix J added, the checks follow, every sheet protected again', async () => {
  const backend = await utahTemplates();
  const before = everything();
  const preview = await backend.changeState('WA', { preview: true });
  expect(preview).toMatchObject({ from: 'UT', to: 'WA', addedSheets: ['Appendix J'] });
  expect(preview.effects.map(english).join(' ')).toMatch(/Appendix J is added/);
  expect(everything()).toBe(before);

  const done = await backend.changeState('WA');
  expect(done.addedSheets).toEqual(['Appendix J']);
  expect(wb.sheets.map((s) => s.name)).toEqual([
    'Sheet1',
    'Appendix D',
    'Appendix E',
    'Appendix F',
    'Appendix J',
    'SF-424A',
    'Checks',
  ]);
  expect(wb.cellText('Appendix F', 'B2').value).toBe('Washington');
  const syncs = wb.syncCount;
  const checked = await backend.check();
  if (checked.status !== 'checked') throw new Error(english(checked.problem));
  // The check after the change reads Appendix J with the set (one sync, no search for the set's sheets),
  // then adds the change handler of the new sheet (one more).
  expect(wb.syncCount - syncs).toBe(2);
  expect(checked.state).toBe('WA');
  expect(checked.sheets).toContain('Appendix J');
  expect(
    checked.evaluation.findings.filter((f) => f.code === 'FORMULA_OVERWRITTEN' || f.code === 'BROKEN_FORMULA'),
  ).toEqual([]);
  expect(protectedSheets().sort()).toEqual([
    'Appendix D',
    'Appendix E',
    'Appendix F',
    'Appendix J',
    'Checks',
    'SF-424A',
  ]);
});

it('a sheet protected with a password the read did not report: nothing is written, the sheets it had unprotected are protected again', async () => {
  const backend = await utahTemplates();
  await run((ctx) => {
    const p = ctx.workbook.worksheets.getItem('Checks').protection;
    p.unprotect();
    p.protect({ allowInsertRows: true } as never, 'their secret');
  });
  const before = everything();
  await expect(backend.changeState('WA')).rejects.toThrow(
    /"Checks" is protected with a password, so the State was not changed \(nothing was written\)/,
  );
  expect(everything()).toBe(before);
  expect(wb.sheets.map((s) => s.name)).not.toContain('Appendix J');
  expect(protectedSheets().sort()).toEqual(['Appendix D', 'Appendix E', 'Appendix F', 'Checks', 'SF-424A']);
});

it('on Excel on the web, a password known from the read is refused before any write', async () => {
  const office = (
    globalThis as unknown as {
      Office: { context: { requirements: { isSetSupported: (n: string, v?: string) => boolean } } };
    }
  ).Office;
  const base = office.context.requirements.isSetSupported;
  office.context.requirements.isSetSupported = (n, v) => n === 'ExcelApiOnline' || base(n, v);
  const backend = await utahTemplates();
  await run((ctx) => {
    const p = ctx.workbook.worksheets.getItem('Appendix D').protection;
    p.unprotect();
    p.protect(undefined, 'their secret');
  });
  const before = everything();
  const syncs = wb.syncCount;
  await expect(backend.changeState('KY')).rejects.toThrow(/"Appendix D" is protected with a password/);
  expect(everything()).toBe(before);
  // Only the read: no unprotect was tried.
  expect(wb.syncCount - syncs).toBeLessThanOrEqual(2);
});

it('the same State, or a workbook without our templates, is refused in words', async () => {
  const backend = await utahTemplates();
  await expect(backend.changeState('Utah')).rejects.toThrow(/already Utah’s/);
  uninstallFakeOffice();
  wb = installFakeOffice(new FakeWorkbook());
  wb.addSheet('Sheet1');
  await expect(new ExcelBackend(DEFAULT_SERVICES).changeState('KY')).rejects.toThrow(
    /no budget in the add-in’s templates/,
  );
});

it('a print setup that gives page breaks replaces the sheet’s manual breaks; one without keeps them', async () => {
  await Excel.run(async (ctx) => {
    await applyIn(ctx, {
      ops: [
        { op: 'addSheet', sheet: 'Long' },
        {
          op: 'print',
          sheet: 'Long',
          setup: { landscape: true, fitToWidth: 1, fitToHeight: 0, breaksBefore: [40, 80] },
        },
      ],
    });
  });
  const breaks = () => wb.sheet('Long')!.pageLayout.horizontalPageBreaks;
  expect(breaks()).toEqual([40, 80]);
  await Excel.run(async (ctx) =>
    applyIn(ctx, {
      ops: [
        {
          op: 'print',
          sheet: 'Long',
          setup: { landscape: true, fitToWidth: 1, fitToHeight: 0, footer: '&LWashington' },
        },
      ],
    }),
  );
  expect(breaks()).toEqual([40, 80]);
  await Excel.run(async (ctx) =>
    applyIn(ctx, {
      ops: [
        { op: 'print', sheet: 'Long', setup: { landscape: true, fitToWidth: 1, fitToHeight: 0, breaksBefore: [55] } },
      ],
    }),
  );
  expect(breaks()).toEqual([55]);
  await Excel.run(async (ctx) =>
    applyIn(ctx, {
      ops: [
        { op: 'print', sheet: 'Long', setup: { landscape: true, fitToWidth: 1, fitToHeight: 0, breaksBefore: [] } },
      ],
    }),
  );
  expect(breaks()).toEqual([]);
});

it('the fake moves a sheet to a position as Excel does, and refuses one past the last sheet', async () => {
  wb.addSheet('Two');
  await run((ctx) => {
    (ctx.workbook.worksheets.getItem('Two') as unknown as { position: number }).position = 0;
  });
  expect(wb.sheets.map((s) => s.name)).toEqual(['Two', 'Sheet1']);
  await expect(
    run((ctx) => {
      (ctx.workbook.worksheets.getItem('Two') as unknown as { position: number }).position = 2;
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
});

it('a write that fails half-way leaves the old State and no Appendix J, and changing the State again finishes the change', async () => {
  const backend = await utahTemplates();
  const { WRITERS } = await import('../../src/excel/writers');
  const { applyStateChange } = await import('../../src/excel/stateChangeApply');
  const { readSnapshotIn } = await import('../../src/excel/officePort');
  const { protectionOfSheets } = await import('../../src/excel/repairProtection');
  const failure = await Excel.run(async (ctx) => {
    const snapshot = await readSnapshotIn(ctx, {});
    const change = WRITERS.planStateChange(snapshot, { state: 'WA' });
    const states = await protectionOfSheets(ctx, null, change.changedSheets);
    let calls = 0;
    // Excel applies the write batch up to the middle of its operations, then refuses the rest.
    const halfThenFail = async (c: Excel.RequestContext, plan: { ops: readonly unknown[] }) => {
      if (++calls === 1) return applyIn(c, plan as never);
      await applyIn(c, { ops: plan.ops.slice(0, Math.floor(plan.ops.length / 2)) } as never);
      throw new Error('GeneralException: something went wrong');
    };
    return applyStateChange(ctx, change, snapshot, states, halfThenFail).then(
      () => null,
      (e: Error) => e.message,
    );
  });
  expect(failure).toMatch(
    /^Changing the State failed: Excel said "GeneralException: something went wrong"\. The budget is still Utah’s\. The sheet it had added \(Appendix J\) was removed\. .*change the State again to finish\.$/,
  );
  expect(wb.cellText('Appendix F', 'B2').value).toBe('Utah');
  expect(wb.sheets.map((s) => s.name)).not.toContain('Appendix J');

  await backend.check();
  await backend.changeState('WA');
  const checked = await backend.check();
  if (checked.status !== 'checked') throw new Error(english(checked.problem));
  expect(checked.state).toBe('WA');
  expect(
    checked.evaluation.findings.filter((f) => f.code === 'FORMULA_OVERWRITTEN' || f.code === 'BROKEN_FORMULA'),
  ).toEqual([]);
  expect(wb.sheets.map((s) => s.name)).toEqual([
    'Sheet1',
    'Appendix D',
    'Appendix E',
    'Appendix F',
    'Appendix J',
    'SF-424A',
    'Checks',
  ]);
});
