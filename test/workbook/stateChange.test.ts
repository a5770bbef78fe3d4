/**
 * Changing a budget's State in place (src/workbook/stateChange.ts): the State cell and every cell that
 * follows the State change, Appendix J is added for KY, PR and WA and never removed, nothing typed
 * changes, and the recalculated workbook (LibreOffice) checks the budget as the new State's.
 */
import { english } from '../support/words';
import * as fs from 'fs';
import * as path from 'path';
import {
  allowsPrivateSectorConsultation,
  evaluateBudget,
  rulePackFor,
  stateByCode,
  type Budget,
} from '../../src/budget';
import { F_HEADER } from '../../src/layout/appendixF';
import { findOwnLayouts, TEMPLATE_KEYS, type TemplateKey } from '../../src/layout/names';
import { buildTemplateModels, planNewWorkbook } from '../../src/layout/planner';
import { cellAt, type WorkbookSnapshot, type WriteOp } from '../../src/port/workbookPort';
import { planStateChange, StateChangeError } from '../../src/workbook/stateChange';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import * as ownLayoutReader from '../../src/workbook/ownLayoutReader';
import { readOwnLayout } from '../../src/workbook/ownLayoutReader';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { budgetOf } from '../support/budgets';
import { syntheticBudgetJson } from '../support/syntheticBudget';
import { errorCells, hasLibreOffice, readValues, recalculate } from '../support/libreoffice';
import { edgeBudget } from '../layout/budgets';
import { OUT } from '../layout/support';

const DIR = path.join(OUT, 'state-change');
const pack = rulePackFor(2012)!;

async function workbookOf(budget: Budget): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create(`${budget.state}.xlsx`);
  await wb.apply(planNewWorkbook({ state: budget.state, fiscalYear: budget.fiscalYear, budget }).plan);
  return wb;
}

function read(snapshot: WorkbookSnapshot) {
  const r = readBudgetFromSnapshot(snapshot);
  if (!r.ok) throw new Error(english(r.problem));
  return r;
}

/** Every cell of every sheet, as "Sheet!A1" → value|formula, for before/after comparisons. */
function cellsOf(snapshot: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const sh of snapshot.sheets) {
    sh.cells.forEach((row, r) =>
      row.forEach((c, k) => {
        if (c.value === null && c.formula === null) return;
        out.set(
          `${sh.name}!${r + sh.origin.row},${k + sh.origin.col}`,
          `${JSON.stringify(c.value)}|${c.formula ?? ''}`,
        );
      }),
    );
  }
  return out;
}

function cellOps(ops: readonly WriteOp[]) {
  return ops.filter((o): o is Extract<WriteOp, { op: 'cells' }> => o.op === 'cells');
}

/** A Utah budget whose award level is Appendix L's (no level typed). */
function utah(): Budget {
  const json = syntheticBudgetJson({ lines: 12, state: 'UT', seed: 5 });
  delete json.awardLevel;
  return budgetOf(json);
}

describe('changing the State of a budget in place', () => {
  it('Utah to Washington: the State cell, Appendix J added, the award level and footers follow; nothing typed changes', async () => {
    const wb = await workbookOf(utah());
    const before = await wb.readSnapshot();
    const change = planStateChange(before, { state: 'WA' });
    expect(change.from.code).toBe('UT');
    expect(change.to.code).toBe('WA');
    expect(change.addedSheets).toEqual(['Appendix J']);
    expect(change.effects.map(english).join(' ')).toMatch(/Appendix J is added/);
    expect(change.effects.map(english).join(' ')).toMatch(
      /award level becomes \$[\d,]+\.\d\d, Washington’s Appendix L level/,
    );
    // Appendix J is added before any formula refers to it.
    const firstAdd = change.plan.ops.findIndex((o) => o.op === 'addSheet');
    const firstJRef = change.plan.ops.findIndex(
      (o) =>
        o.op === 'cells' && o.rows.some((r) => r.some((w) => w.kind === 'formula' && /Appendix J/.test(w.formula))),
    );
    expect(firstAdd).toBeGreaterThanOrEqual(0);
    expect(firstJRef).toBeGreaterThan(firstAdd);

    await wb.apply(change.plan);
    const after = await wb.readSnapshot();
    const r = read(after);
    expect(r.budget.state).toBe('WA');
    // No template cell is broken or overwritten: the set is the Washington template, to the cell.
    expect(r.findings.filter((f) => f.code === 'FORMULA_OVERWRITTEN' || f.code === 'BROKEN_FORMULA')).toEqual([]);
    expect(findOwnLayouts(after)[0]?.sheets.appendixJ).toBe('Appendix J');
    // Appendix J stands where a fresh insert puts it: after Appendix F.
    expect(after.sheetNames.map((x) => x.name)).toEqual([
      'Appendix D',
      'Appendix E',
      'Appendix F',
      'Appendix J',
      'SF-424A',
      'Checks',
    ]);
    // Every figure the budget holds is the one typed: the budget read back is Utah's, but for its State.
    expect(evaluateBudget(r.budget).totals).toEqual(evaluateBudget({ ...utah(), state: 'WA' }).totals);

    // Cells of the old sheets: only those the plan writes changed.
    const written = new Set(cellOps(change.plan.ops).map((o) => `${o.sheet}!${o.address}`));
    const was = cellsOf(before);
    const now = cellsOf(after);
    const moved = [...was].filter(([k, v]) => now.get(k) !== v).map(([k]) => k);
    const toA1 = (k: string) => {
      const [sheet, rc] = k.split('!') as [string, string];
      const [row, col] = rc.split(',').map(Number) as [number, number];
      return `${sheet}!${String.fromCharCode(65 + col)}${row + 1}`;
    };
    expect(moved.map(toA1).filter((k) => !written.has(k))).toEqual([]);
    expect(moved.map(toA1)).toContain(`Appendix F!${F_HEADER.state}`);
    // The footers name Washington.
    const prints = change.plan.ops.filter((o): o is Extract<WriteOp, { op: 'print' }> => o.op === 'print');
    expect(prints.length).toBeGreaterThanOrEqual(5);
    for (const p of prints) expect(p.setup.footer ?? '').toMatch(/Washington/);
    // Breaks are rewritten only where they move: Washington's Checks sheet holds Appendix J's rule rows
    // too, and breaks where Utah's fitted on one page less; the other sheets' pages fall where they fell.
    const fresh424 = planNewWorkbook({ state: 'WA', fiscalYear: 2012, budget: { ...utah(), state: 'WA' } });
    const freshBreaks = new Map(
      fresh424.plan.ops.flatMap((o) => (o.op === 'print' ? [[o.sheet, o.setup.breaksBefore] as const] : [])),
    );
    for (const p of prints)
      if (p.setup.breaksBefore !== undefined)
        expect([p.sheet, p.setup.breaksBefore]).toEqual([p.sheet, freshBreaks.get(p.sheet)]);
    expect(prints.filter((p) => p.setup.breaksBefore !== undefined).map((p) => p.sheet)).toEqual(['Checks']);

    // Cell for cell, the changed workbook is the one inserting Washington's templates would have made.
    const fresh = await (await workbookOf({ ...utah(), state: 'WA' })).readSnapshot();
    expect(Object.fromEntries(cellsOf(after))).toEqual(Object.fromEntries(cellsOf(fresh)));
  });

  it('Kentucky to Utah: Appendix J stays with its figures, which become errors at their cells; the private-sector rows grey', async () => {
    const ky = edgeBudget();
    const wb = await workbookOf(ky);
    const before = await wb.readSnapshot();
    const change = planStateChange(before, { state: 'Utah' });
    expect(change.addedSheets).toEqual([]);
    expect(change.effects.map(english).join(' ')).toMatch(/Appendix J stays, with its \d+ typed cells/);
    expect(change.effects.map(english).join(' ')).toMatch(/greyed: Utah leaves them blank/);
    expect(change.effects.map(english).join(' ')).toMatch(/new: .*PSC_NOT_ALLOWED/);
    // No input cell is given a value: only the State cell.
    const valueWrites = cellOps(change.plan.ops).filter(
      (o) => o.rows[0]?.[0]?.kind === 'value' && (o.rows[0][0] as { value: unknown }).value !== null,
    );
    expect(valueWrites.every((o) => o.sheet !== 'Appendix F' || o.address === F_HEADER.state)).toBe(true);

    await wb.apply(change.plan);
    const after = await wb.readSnapshot();
    expect(findOwnLayouts(after)[0]?.sheets.appendixJ).toBe('Appendix J');
    const r = read(after);
    expect(r.budget.state).toBe('UT');
    expect(r.findings.filter((f) => f.code === 'FORMULA_OVERWRITTEN' || f.code === 'BROKEN_FORMULA')).toEqual([]);
    const psc = evaluateBudget(r.budget, r.findings).findings.filter((f) => f.code === 'PSC_NOT_ALLOWED');
    expect(psc.some((f) => f.sheet === 'Appendix J' && f.cell)).toBe(true);
    // Appendix J's figures are still there, as typed.
    expect(r.budget.consultation).toEqual(ky.consultation);
    // The note beside Appendix D's private-sector row names Utah.
    const d = after.sheets.find((s) => s.name === 'Appendix D')!;
    const texts = d.cells
      .flat()
      .map((c) => c.value)
      .filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('State: Utah');
    expect(texts.some((t) => /leave blank for Utah/.test(t))).toBe(true);
    expect(cellAt(d, 1, 0).value).toBe('State: Utah');
    // Outside Appendix J and the Checks sheet that reads it, the set is Utah's template, cell for cell.
    const fresh = await (await workbookOf({ ...ky, state: 'UT' })).readSnapshot();
    const outsideJ = (m: Map<string, string>) =>
      Object.fromEntries([...m].filter(([k]) => !/^(Appendix J|Checks)!/.test(k)));
    expect(outsideJ(cellsOf(after))).toEqual(outsideJ(cellsOf(fresh)));
  });

  it('given the check’s read of the set, it reads the workbook no more; the plan is the same', async () => {
    const snap = await (await workbookOf(utah())).readSnapshot();
    const read = readBudgetFromSnapshot(snap);
    const alone = planStateChange(snap, { state: 'WA' });
    const spy = jest.spyOn(ownLayoutReader, 'readOwnLayout');
    try {
      const given = planStateChange(snap, { state: 'WA' }, read);
      expect(spy).not.toHaveBeenCalled();
      expect(given.plan).toEqual(alone.plan);
      expect(given.effects).toEqual(alone.effects);
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses what it cannot do, in words', async () => {
    const wb = await workbookOf(utah());
    const snap = await wb.readSnapshot();
    expect(() => planStateChange(snap, { state: 'UT' })).toThrow(/already Utah’s/);
    expect(() => planStateChange(snap, { state: 'Atlantis' })).toThrow(/not one of the 27 States/);
    expect(() => planStateChange({ sheetNames: [], sheets: [], names: [] }, { state: 'KY' })).toThrow(StateChangeError);
    // A name the new Appendix J needs, already taken: refused before anything is written.
    const taken = { ...snap, names: [...snap.names, { name: 'GB_J_Visits', ref: "='Appendix F'!$A$1" }] };
    expect(() => planStateChange(taken, { state: 'KY' })).toThrow(/already has the name GB_J_Visits/);
  });

  (hasLibreOffice() ? it : it.skip)(
    'recalculated in LibreOffice, the changed workbooks check the budget as the new State’s',
    async () => {
      fs.mkdirSync(DIR, { recursive: true });
      const cases: { file: string; budget: Budget; to: string }[] = [
        { file: path.join(DIR, 'ut-to-wa.xlsx'), budget: utah(), to: 'WA' },
        { file: path.join(DIR, 'ky-to-ut.xlsx'), budget: edgeBudget(), to: 'UT' },
      ];
      for (const c of cases) {
        const wb = await workbookOf(c.budget);
        const change = planStateChange(await wb.readSnapshot(), { state: c.to });
        await wb.apply(change.plan);
        fs.writeFileSync(c.file, await wb.toBuffer());
      }
      const recalced = recalculate(
        cases.map((c) => c.file),
        path.join(DIR, 'recalculated'),
      );
      for (const [i, file] of recalced.entries()) {
        const c = cases[i]!;
        const values = await readValues(file);
        expect(errorCells(values)).toEqual([]);
        // The Appendix L level the sheet looks up is the new State's.
        expect(values.get('Appendix F')?.get(F_HEADER.appendixLLevel)).toBe(stateByCode(pack, c.to).final / 100);
        // The Checks sheet's verdicts are those of `review` on the recalculated file.
        const snap = await XlsxWorkbook.open(fs.readFileSync(file), file).then((w) => w.readSnapshot());
        const r = read(snap);
        expect(r.budget.state).toBe(c.to);
        const findings = evaluateBudget(r.budget, r.findings).findings;
        // Where the verdicts stand: the set's templates for the new State, at the workbook's block sizes.
        const set = findOwnLayouts(snap)[0]!;
        const sheets = Object.fromEntries(TEMPLATE_KEYS.map((k) => [k, set.sheets[k] ?? ''])) as Record<
          TemplateKey,
          string
        >;
        const state = stateByCode(pack, c.to);
        const ctx = {
          pack,
          state,
          sheets,
          budget: null,
          allowsPsc: allowsPrivateSectorConsultation(pack, c.to),
          rowCounts: readOwnLayout(snap)!.context.rowCounts,
        };
        const verdicts = buildTemplateModels(
          ctx,
          TEMPLATE_KEYS.filter((k) => set.sheets[k]),
        ).checks.verdicts;
        const checks = values.get('Checks')!;
        const codes = [...new Set(verdicts.map((v) => v.code))];
        const seen = codes.map((code) => [
          code,
          verdicts.some((v) => v.code === code && checks.get(v.result) === 'FAIL'),
        ]);
        const said = codes.map((code) => [code, findings.some((f) => f.code === code && f.severity === 'error')]);
        expect(seen).toEqual(said);
        if (c.to === 'UT') expect(seen).toContainEqual(['PSC_NOT_ALLOWED', true]);
      }
    },
  );
});
