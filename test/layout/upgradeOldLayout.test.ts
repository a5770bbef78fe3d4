/**
 * Issue 17, item 5: a workbook built before Appendix F's figures became block formulas (the fixture
 * test/fixtures/old-layout/pr-built-2026-12-06.xlsx, Puerto Rico's example written by the command line
 * of 2026-12-06) still reads, says it is outdated (TEMPLATE_OUTDATED, a warning `repair` puts right),
 * and `repair` upgrades it: the block figures become totals over each block's rows, saying so, and no
 * typed cell changes. Then a line inserted in LibreOffice Calc and typed counts in the SF-424A and
 * Checks sheets as `review` counts it.
 */
import { english } from '../support/words';
import * as fs from 'fs';
import * as path from 'path';
import { evaluateBudget, sf424aToJson } from '../../src/budget';
import { loadWorkbookBudget } from '../../src/cli/workbookInput';
import { buildTemplateModels } from '../../src/layout/planner';
import { TEMPLATE_KEYS } from '../../src/layout/names';
import { readOwnLayout } from '../../src/workbook/ownLayoutReader';
import { planRepair } from '../../src/workbook/repair';
import { patchPackage } from '../../src/xlsx/patchPackage';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { editWithCalcCommands, errorCells } from '../support/libreoffice';
import { OUT, checksAgainstFindings, sf424aSheetAgainstJson, valuesOf } from './support';

const OLD = path.join(__dirname, '..', 'fixtures', 'old-layout', 'pr-built-2026-12-06.xlsx');
const DIR = path.join(OUT, 'upgrade');

test('an outdated workbook reads, says so once, and repair upgrades its block figures without touching a typed cell', async () => {
  const bytes = fs.readFileSync(OLD);
  const snapshot = await readXlsxSnapshot(bytes, OLD);
  const read = readOwnLayout(snapshot);
  const outdated = read?.findings.filter((f) => f.code === 'TEMPLATE_OUTDATED') ?? [];
  expect(outdated.map((f) => [f.severity, f.remedy, f.sheet])).toEqual([['warning', 'repair', 'Appendix F']]);
  const { changes } = planRepair(snapshot);
  const upgraded = changes.filter((c) => english(c.reason).startsWith('upgraded'));
  // Seven figures (M to S) of each of the eight blocks.
  expect(upgraded).toHaveLength(7 * 8);
  expect(upgraded.every((c) => c.after.startsWith('=SUMPRODUCT('))).toBe(true);
  // Only formula cells are written: every cell that held a typed value keeps it.
  const typed = new Set<string>();
  for (const s of snapshot.sheets)
    s.cells.forEach((row, i) =>
      row.forEach((c, j) => {
        if (c.formula === null && c.value !== null) typed.add(`${s.name}!${s.origin.row + i},${s.origin.col + j}`);
      }),
    );
  for (const c of changes) {
    const sheet = snapshot.sheets.find((s) => s.name === c.sheet)!;
    const m = /^([A-Z]+)(\d+)$/.exec(c.cell)!;
    const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    expect(typed.has(`${sheet.name}!${Number(m[2]) - 1},${col}`)).toBe(false);
  }
});

test('upgraded, it counts a line inserted in LibreOffice as review does', async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  const bytes = fs.readFileSync(OLD);
  const snapshot = await readXlsxSnapshot(bytes, OLD);
  const upgradedFile = path.join(DIR, 'upgraded.xlsx');
  fs.writeFileSync(upgradedFile, patchPackage(bytes, OLD, planRepair(snapshot).plan));
  const p = readOwnLayout(snapshot)!;
  const personnel = buildTemplateModels(p.context, ['appendixF']).appendixF.sections.personnel;
  const row = personnel.first + 1;
  const edited = path.join(DIR, 'edited.xlsx');
  const steps = [
    { sheet: 'Appendix F', insertAbove: row },
    {
      sheet: 'Appendix F',
      type: {
        [`A${row}`]: 'Inserted consultant',
        [`B${row}`]: '23(g) Consultation (private sector, health)',
        [`G${row}`]: 60000,
        [`H${row}`]: 30000,
        [`I${row}`]: 30000,
      },
    },
  ];
  // The same edit of the file as it was, not upgraded: the bug the upgrade mends.
  const notUpgraded = path.join(DIR, 'edited-not-upgraded.xlsx');
  const [results] = editWithCalcCommands([
    { input: upgradedFile, output: edited, rows: 'model', steps },
    { input: OLD, output: notUpgraded, rows: 'model', steps },
  ]);
  expect(results?.every((r) => r.done)).toBe(true);
  const after = await readXlsxSnapshot(fs.readFileSync(edited), edited);
  const values = valuesOf(after);
  expect(errorCells(values)).toEqual([]);
  const back = readOwnLayout(after)!;
  expect(back.findings.map((f) => f.code)).not.toContain('TEMPLATE_OUTDATED');
  const loaded = await loadWorkbookBudget(edited, {});
  const ev = evaluateBudget(loaded.budget, loaded.workbookFindings);
  const keys = TEMPLATE_KEYS.filter((k) => back.context.sheets[k]);
  const t = buildTemplateModels(back.context, keys);
  const layout = {
    appendixF: t.appendixF,
    sf424a: t.sf424a,
    checks: t.checks,
    sheetOf: Object.fromEntries(keys.map((k) => [k, back.context.sheets[k]])),
  };
  const { sheet, json } = sf424aSheetAgainstJson(values, layout, sf424aToJson(ev.sf424a));
  expect(sheet).toEqual(json);
  const { seen, said } = checksAgainstFindings(values, layout, ev.findings);
  expect(seen).toEqual(said);
  // Not upgraded, the workbook's SF-424A leaves the inserted consultant out of its private-sector figures.
  const stale = valuesOf(await readXlsxSnapshot(fs.readFileSync(notUpgraded), notUpgraded));
  const wrong = sf424aSheetAgainstJson(stale, layout, sf424aToJson(ev.sf424a));
  expect(wrong.sheet).not.toEqual(wrong.json);
});
