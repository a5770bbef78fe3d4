/**
 * Issue 8, point 5 (writes): a plan whose request would come near Excel on the web's 5 MB is applied in
 * parts (a 10,000-line budget written into the templates); a small plan stays one sync. The parts give
 * the workbook exactly what one batch would.
 */
import type { Budget } from '../../src/budget';
import { applyIn, queuePlan } from '../../src/excel/officeWrite';
import { estimateOpBytes, planParts, REQUEST_ALLOWANCE_BYTES } from '../../src/excel/planParts';
import { planNewWorkbook } from '../../src/layout/planner';
import { budgetOf } from '../support/budgets';
import { FakeWorkbook, installFakeOffice, uninstallFakeOffice } from '../support/fakeExcel';

afterEach(() => uninstallFakeOffice());

function budgetWith(lines: number): Budget {
  const personnel = Array.from({ length: lines }, (_, i) => ({
    title: `Safety compliance officer ${i + 1}`,
    programType: 'Enforcement (safety)',
    name: `Staff member ${i + 1}`,
    annualSalary: 61000.5,
    fte: 1,
    administration: 0,
    program: 61000.5,
    federal: 30500.25,
    stateMatch: 30500.25,
  }));
  return budgetOf({ state: 'KY', personnel });
}

const bytesOf = (ops: Parameters<typeof estimateOpBytes>[0][]) => ops.reduce((n, op) => n + estimateOpBytes(op), 0);

it('keeps blank templates in one sync of writes', async () => {
  const { plan } = planNewWorkbook({ state: 'KY', fiscalYear: 2012 });
  expect(planParts(plan)).toHaveLength(1);
  expect(bytesOf(plan.ops)).toBeLessThan(REQUEST_ALLOWANCE_BYTES);
  const wb = installFakeOffice(new FakeWorkbook());
  await Excel.run((ctx) => applyIn(ctx, plan));
  // One request of writes; Appendix F is activated in one of its own after it (office-js #930).
  expect(wb.syncCount).toBe(2);
});

it('cuts a 10,000-line budget into parts, each well under 5 MB', () => {
  const { plan } = planNewWorkbook({ state: 'KY', fiscalYear: 2012, budget: budgetWith(10_000) });
  expect(bytesOf(plan.ops)).toBeGreaterThan(5_000_000);
  const parts = planParts(plan);
  expect(parts.length).toBeGreaterThan(2);
  for (const part of parts) expect(bytesOf(part.ops)).toBeLessThanOrEqual(REQUEST_ALLOWANCE_BYTES);
  // Nothing lost, nothing reordered: the parts hold every cell of the plan, in order.
  const cells = (ops: typeof plan.ops) =>
    ops.flatMap((o) => (o.op === 'cells' ? o.rows.map((r) => `${r.length}`) : [o.op]));
  expect(cells(parts.flatMap((p) => p.ops)).length).toBe(cells(plan.ops).length);
}, 60_000);

it('gives the workbook in parts exactly what one batch gives it', async () => {
  const { plan } = planNewWorkbook({ state: 'KY', fiscalYear: 2012, budget: budgetWith(300) });
  const allowance = 60_000;
  const parts = planParts(plan, allowance);
  expect(parts.length).toBeGreaterThan(3);
  const split = installFakeOffice(new FakeWorkbook());
  await Excel.run((ctx) => applyIn(ctx, plan, allowance));
  expect(split.syncCount).toBe(parts.length + 1); // and the activation, after the writes

  const one = installFakeOffice(new FakeWorkbook());
  await Excel.run(async (ctx) => {
    queuePlan(ctx, plan);
    await ctx.sync();
  });
  // The fake keeps border commands per cell; a band's edge replaces an inside line, so those are left out
  // (and a blank cell it made while setting formats is no cell).
  const styleOf = (style: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(style)
        .filter(([k]) => !k.startsWith('borderInside'))
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  const cellsOf = (wb: FakeWorkbook) =>
    wb.sheets.flatMap((s) =>
      [...s.cells.entries()]
        .filter(([, c]) => c.value !== null || c.formula !== null || Object.keys(c.style).length > 0)
        .map(([k, c]) => `${s.name}!${k} ${JSON.stringify([c.value, c.formula, styleOf(c.style)])}`)
        .sort(),
    );
  const a = cellsOf(split);
  const b = cellsOf(one);
  expect(
    a
      .map((x, i) => [x, b[i]])
      .filter(([x, y]) => x !== y)
      .slice(0, 2),
  ).toEqual([]);
  expect(a).toHaveLength(b.length);
  expect(split.names).toEqual(one.names);
  expect(split.sheets.map((s) => [s.name, s.protected, s.validations, s.merges])).toEqual(
    one.sheets.map((s) => [s.name, s.protected, s.validations, s.merges]),
  );
}, 60_000);
