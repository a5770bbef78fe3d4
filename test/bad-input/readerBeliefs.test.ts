/**
 * Issue 22, items 10 to 12: what the reader believes. A very hidden, altered copy of Appendix F put first
 * is not the sheet reviewed (the visible one is, and both are named); a workbook that asks to be
 * recalculated is judged by what its formulas compute; an element of a foreign namespace is no cell.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { centsToDollars } from '../../src/budget';
import { runCli } from '../support/cli';
import { expectNoCrash } from '../support/crash';
import { KY_INDIRECT, KY_LINES, makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';
import { foreignNamespaceCell, hiddenAlteredCopyFirst, staleCachedValues } from '../fixtures/bad-input/roundTwo';
import { patchPackage } from '../../src/xlsx/patchPackage';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-beliefs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function kyFederal(): number {
  let cents = KY_INDIRECT[1];
  for (const lines of Object.values(KY_LINES)) for (const l of lines) cents += l.amounts[2];
  return centsToDollars(cents);
}

it('a very hidden, altered copy of Appendix F put first: the visible sheet is reviewed, and both are named', async () => {
  const { buffer } = await hiddenAlteredCopyFirst();
  const file = path.join(dir, 'hidden-copy.xlsx');
  fs.writeFileSync(file, buffer);
  const r = await runCli(['review', '--json', '--state', 'KY', file]);
  expectNoCrash(r);
  const j = JSON.parse(r.stdout) as { totals: { federal: number }; findings: { code: string; message: string }[] };
  expect(j.totals.federal).toBe(kyFederal());
  expect(j.findings).toContainEqual(
    expect.objectContaining({
      code: 'AMBIGUOUS_LAYOUT',
      message: expect.stringMatching(
        /^2 sheets look like Appendix F: "Appendix F" is read, as the one Excel shows, and "Appendix F \(2\)" \(very hidden\) is not/,
      ),
    }),
  );
});

describe('a workbook that asks to be recalculated (XlsxWriter: every cached value 0, fullCalcOnLoad="1")', () => {
  it('our layout: its formulas are judged by what they compute: nothing said, nothing to repair', async () => {
    const file = path.join(dir, 'stale-own.xlsx');
    fs.writeFileSync(file, await staleCachedValues('own'));
    const r = await runCli(['review', '--json', file]);
    expectNoCrash(r);
    const j = JSON.parse(r.stdout) as { findings: { code: string; cell: string | null }[] };
    expect(j.findings.filter((f) => f.code === 'BROKEN_FORMULA' || f.code === 'FORMULA_OVERWRITTEN')).toEqual([]);
    const rep = await runCli(['repair', file, '-o', path.join(dir, 'stale-own-repaired.xlsx')]);
    expect(rep.stdout).toMatch(/nothing to repair/);
  });

  it('the published layout: the same findings and repairs as with true cached values (the real faults, not the zeros)', async () => {
    const truthFile = path.join(dir, 'published-true.xlsx');
    fs.writeFileSync(truthFile, (await makePublishedWorkbook({ stateInJ: 'Kentucky' })).buffer);
    const staleFile = path.join(dir, 'published-stale.xlsx');
    fs.writeFileSync(staleFile, await staleCachedValues('published'));
    const said = async (file: string) => {
      const r = await runCli(['review', '--json', '--state', 'KY', file]);
      const j = JSON.parse(r.stdout) as { findings: { code: string; cell: string | null }[] };
      return j.findings
        .filter((f) => f.code === 'BROKEN_FORMULA' || f.code === 'FORMULA_OVERWRITTEN')
        .map((f) => `${f.code} ${f.cell}`)
        .sort();
    };
    const repaired = async (file: string) => {
      const r = await runCli(['repair', '--json', file, '-o', `${file}.out.xlsx`]);
      return (JSON.parse(r.stdout) as { changes: { cell: string }[] }).changes.map((c) => c.cell).sort();
    };
    const truth = await said(truthFile);
    expect(truth.length).toBeGreaterThan(0);
    expect(await said(staleFile)).toEqual(truth);
    expect(await repaired(staleFile)).toEqual(await repaired(truthFile));
  });
});

describe('an element of a foreign namespace named like a cell (<evil:c xmlns:evil="urn:evil">)', () => {
  it('is no cell: the figures are those of the real cells', async () => {
    const file = path.join(dir, 'foreign.xlsx');
    fs.writeFileSync(file, await foreignNamespaceCell());
    const r = await runCli(['review', '--json', file]);
    expectNoCrash(r);
    const j = JSON.parse(r.stdout) as { totals: { state100: number } };
    expect(j.totals.state100).toBe(0);
  });

  it('the package patcher will not guess which cell is meant: refused in words', async () => {
    const bytes = await foreignNamespaceCell();
    const plan = {
      ops: [
        {
          op: 'cells' as const,
          sheet: 'Appendix F',
          address: 'K97',
          rows: [[{ kind: 'formula' as const, formula: '=1' }]],
        },
      ],
    };
    expect(() => patchPackage(bytes, 'foreign.xlsx', plan)).toThrow(
      /is damaged: sheet "Appendix F" \(xl\/worksheets\/\w+\.xml\) holds an element of another namespace among its cells \(<evil:c>\)/,
    );
  });
});
