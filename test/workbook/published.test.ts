import { evaluateBudget, type Finding } from '../../src/budget';
import { english } from '../support/words';
import { readPublishedLayout } from '../../src/workbook/publishedLayoutReader';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { bestMatch, normalizeLabel, similar } from '../../src/workbook/labels';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import {
  KY_INDIRECT,
  KY_LINES,
  makePublishedWorkbook,
  type FixtureOptions,
} from '../fixtures/published/publishedWorkbook';

/** The true totals of the fixture, added up here from its typed lines (cents). */
function trueTotals(extraFringe: { amounts: number[] }[] = []) {
  const lines = [...Object.values(KY_LINES).flat(), ...extraFringe];
  const sum = (i: number) => lines.reduce((s, l) => s + (l.amounts[i] as number), 0);
  const administration = sum(0) + KY_INDIRECT[0];
  const program = sum(1);
  const federal = sum(2) + KY_INDIRECT[1];
  const stateMatch = sum(3) + KY_INDIRECT[2];
  const state100 = sum(4) + KY_INDIRECT[3];
  return { administration, program, federal, stateMatch, state100, total: federal + stateMatch + state100 };
}

async function read(opts: FixtureOptions = {}, state: string | null = 'KY') {
  const fx = await makePublishedWorkbook(opts);
  const snapshot = await readXlsxSnapshot(fx.buffer, 'ky.xlsx');
  const r = readPublishedLayout(snapshot, state === null ? {} : { state });
  return { fx, snapshot, r };
}

async function evaluated(opts: FixtureOptions = {}, state: string | null = 'KY') {
  const { fx, r } = await read(opts, state);
  if (!r || !r.ok) throw new Error(`not read: ${JSON.stringify(r)}`);
  const ev = evaluateBudget(r.budget, r.findings);
  const totals = {
    administration: ev.totals.administration,
    program: ev.totals.program,
    federal: ev.totals.federal,
    stateMatch: ev.totals.stateMatch,
    state100: ev.totals.state100,
    total: ev.totals.total,
  };
  return { fx, r, ev, totals };
}

const at = (f: Finding) => `${f.sheet}!${f.cell}`;
const codes = (fs: Finding[]) => [...new Set(fs.map((f) => f.code))].sort();

describe('labels: the published templates as people typed them', () => {
  it('matches the spelling variants of the instructions and keeps near labels apart', () => {
    expect(similar(normalizeLabel('Progam'), 'program')).toBe(true);
    expect(similar(normalizeLabel('Plogram'), 'program')).toBe(true);
    expect(similar(normalizeLabel('OIHER'), 'other')).toBe(true);
    expect(similar(normalizeLabel('Sumof Athrough G'), normalizeLabel('Sum of A through G'))).toBe(true);
    const labels = ['private sector inspections non construction', 'private sector inspections construction'];
    expect(bestMatch('private sector inspections construction', labels)).toBe(1);
    expect(bestMatch('private sector inspectons non constructon', labels)).toBe(0);
    expect(bestMatch('rent', labels)).toBe(-1);
  });
});

describe('readPublishedLayout: the published OSHA layout, by its labels', () => {
  it('reads every line of Appendix F (with "E SUPPLIES", "G OIHER", "Progam", "Plogram") and recomputes the true totals', async () => {
    const { r, ev, totals } = await evaluated();
    expect(totals).toEqual(trueTotals());
    expect(totals.total).toBe(63_301_808); // $633,018.08, added up by hand from the fixture's table
    const b = r.ok ? r.budget : null;
    expect(b?.personnel.map((l) => l.item)).toEqual(KY_LINES.personnel.map((l) => l.item));
    expect(b?.personnel[3]?.privateSectorConsultation).toBe(true);
    expect(b?.personnel[3]?.fte).toBe(5000);
    expect(b?.travelOutOfState).toHaveLength(2);
    expect(b?.travelInState).toHaveLength(2);
    expect(b?.contractual[0]?.contractor).toBe('Salt Lake Technical Center');
    expect(b?.supplies).toHaveLength(2);
    expect(b?.other.map((l) => l.item)).toEqual(['Rent', 'Telephone and data']);
    expect(b?.indirect).toEqual({
      rate: null,
      base: '',
      administration: 2_500_000,
      federal: 1_250_000,
      stateMatch: 1_250_000,
      state100: 0,
    });
    // Appendices D, E, J read too: no FTE mismatch, Appendix J present for a KY budget with consultation.
    expect(codes(ev.findings)).toEqual(['BROKEN_FORMULA', 'FEDERAL_UNDER_AWARD']);
    expect(b?.staffing.trainers).toEqual({ allocated5050: 7500, allocated100: 0, onBoard5050: 5000, onBoard100: 0 });
    expect(b?.activities.inspections.privateNonConstruction?.projected).toEqual({ safety: 650, health: 205 });
    expect(b?.activities.complianceAssistance.outreachParticipants?.estimated).toEqual({ new: 5400, total: 5400 });
    expect(b?.consultation.visits.nonConstruction).toEqual({ safety: 118, health: 37 });
    expect(b?.consultation.emphasisIndustries.map((x) => x.name)).toEqual([
      'Sawmills (NAICS 321113)',
      'Poultry processing (NAICS 311615)',
    ]);
    expect(b?.consultation.agencyMeasures).toEqual([
      { name: 'Fatality follow-up visits', total: 8 },
      { name: 'Strategic Measure 2', total: 12 },
    ]);
    expect(b?.consultation.sharp).toEqual({ new: 4, current: 17 });
    expect([b?.consultation.renewals, b?.consultation.preSharp, b?.consultation.interventions]).toEqual([3, 5, 31]);
  });

  it('reports BROKEN_FORMULA at exactly the #REF! cells of H and J and the #DIV/0! cells of Appendix J', async () => {
    const { fx, ev } = await evaluated();
    const broken = ev.findings.filter((f) => f.code === 'BROKEN_FORMULA');
    expect(broken.map(at).sort()).toEqual([...fx.errorCells].sort());
    expect(fx.errorCells).toHaveLength(15);
    expect(broken.every((f) => f.severity === 'error')).toBe(true);
    const hSum = broken.find((f) => at(f) === `Appendix F!F${fx.rowF('H.sum')}`);
    expect(hSum && english(hSum.message)).toMatch(/#REF!/);
    expect(hSum?.remedy).toBe('repair');
    // The grand totals point at the J row cells.
    const under = ev.findings.find((f) => f.code === 'FEDERAL_UNDER_AWARD');
    expect(at(under as Finding)).toBe(`Appendix F!H${fx.rowF('J.sum')}`);
  });

  it('takes the State from --state, from "(Name of State)" filled in, or from a title row; else asks for --state', async () => {
    const none = await read({}, null);
    expect(none.r?.ok).toBe(false);
    expect(!none.r?.ok && english(none.r!.problem)).toMatch(/does not say which State/);
    expect(!none.r?.ok && none.r?.remedy).toBe('chooseState');
    const inJ = await read({ stateInJ: 'Kentucky' }, null);
    expect(inJ.r?.ok && inJ.r.budget.state).toBe('KY');
    const title = await read(
      { stateTitle: 'Washington State Department of Labor & Industries, FY 2012 23(g) application' },
      null,
    );
    expect(title.r?.ok && title.r.budget.state).toBe('WA');
    const given = await read({ stateInJ: 'Kentucky' }, 'puerto rico');
    expect(given.r?.ok && given.r.budget.state).toBe('PR');
    const unknown = await read({}, 'Atlantis');
    expect(!unknown.r?.ok && english(unknown.r!.problem)).toMatch(/"Atlantis".*not one of the/);
  });

  it('finds the appendices by content: renamed sheets in another order, or Appendix F alone', async () => {
    const renamed = await evaluated({
      sheetNames: { D: 'Sheet4', E: 'Budget', F: 'Sheet1', J: 'Consult' },
      appendices: ['J', 'F', 'E', 'D'],
    });
    expect(renamed.totals).toEqual(trueTotals());
    expect(renamed.r.ok && renamed.r.analysis.sheets).toEqual({ F: 'Sheet1', E: 'Budget', D: 'Sheet4', J: 'Consult' });
    const fOnly = await evaluated({ appendices: ['F'] });
    expect(fOnly.totals).toEqual(trueTotals());
    expect(codes(fOnly.ev.findings)).toEqual([
      'APPENDIX_E_EMPTY',
      'APPENDIX_J_REQUIRED',
      'BROKEN_FORMULA',
      'FEDERAL_UNDER_AWARD',
    ]);
  });

  it('is tolerant of title rows, extra blank rows, deleted template rows and rows inserted inside a block', async () => {
    const extra = {
      item: 'Unemployment insurance',
      amounts: [0, 123_456, 61_728, 61_728, 0] as [number, number, number, number, number],
    };
    const { totals, ev } = await evaluated({
      stateTitle: 'Kentucky Labor Cabinet',
      extraBlankRows: 2,
      deleteRows: ['A.line.13', 'A.line.12', 'C.outLine.2', 'D.line.1'],
      insertFringe: [extra, extra, extra],
    });
    expect(totals).toEqual(trueTotals([extra, extra, extra]));
    const noted = await evaluated({ indirectNote: 'Rate: 10% of direct salaries and wages' });
    expect(noted.r.ok && noted.r.budget.indirect?.administration).toBe(KY_INDIRECT[0]);
    // The fixture's subtotals cover the inserted rows, so nothing but the published breakage is reported.
    expect(codes(ev.findings)).toEqual(['BROKEN_FORMULA', 'FEDERAL_UNDER_AWARD']);
  });

  it('text in a figure cell: NOT_A_NUMBER at that cell, counted as blank (so the match is short), never a crash', async () => {
    const { fx, ev, totals } = await evaluated({
      edit: ({ sheet, rowF }) => {
        sheet('F').getCell(`H${rowF('B.line.1')}`).value = '25,200.00';
      },
    });
    const nan = ev.findings.filter((f) => f.code === 'NOT_A_NUMBER');
    expect(nan.map(at)).toEqual([`Appendix F!H${fx.rowF('B.line.1')}`]);
    expect(english(nan[0]!.message)).toMatch(/text "25,200.00".*retype it as a number/);
    expect(totals.federal).toBe(trueTotals().federal - 2_520_000);
    expect(codes(ev.findings)).toEqual(expect.arrayContaining(['MATCH_UNEQUAL', 'LINE_SPLIT_MISMATCH']));
  });

  it('a total overwritten with a constant: FORMULA_OVERWRITTEN there, and the figures still come from the lines', async () => {
    const { fx, ev, totals } = await evaluated({
      edit: ({ sheet, rowF }) => {
        sheet('F').getCell(`H${rowF('A.sub')}`).value = 150000;
      },
    });
    expect(totals).toEqual(trueTotals());
    const over = ev.findings.filter((f) => f.code === 'FORMULA_OVERWRITTEN');
    expect(over.map(at)).toEqual([`Appendix F!H${fx.rowF('A.sub')}`]);
    expect(over[0]?.severity).toBe('warning');
    expect(english(over[0]!.message)).toMatch(/typed \$150,000\.00 .* the typed cells give \$160,125\.25/);
  });

  it('a subtotal formula that leaves out rows: BROKEN_FORMULA with both figures', async () => {
    const { fx, ev, totals } = await evaluated({
      edit: ({ sheet, rowF }) => {
        const r = rowF('A.sub');
        sheet('F').getCell(`H${r}`).value = {
          formula: `SUM(H${rowF('A.line.0')}:H${rowF('A.line.2')})`,
          result: 106200,
        } as never;
      },
    });
    expect(totals).toEqual(trueTotals());
    const f = ev.findings.find((x) => x.code === 'BROKEN_FORMULA' && at(x) === `Appendix F!H${fx.rowF('A.sub')}`);
    expect(english(f!.message)).toMatch(/shows \$106,200\.00 but the typed cells give \$160,125\.25/);
  });

  it('a line typed below a Subtotal row is read, and the Subtotal that leaves it out is BROKEN_FORMULA', async () => {
    const extra = { item: 'Unemployment insurance', amounts: [0, 123_456, 61_728, 61_728, 0] };
    const { fx, ev, totals } = await evaluated({
      edit: ({ sheet, rowF }) => {
        const r = rowF('B.gap.gap0');
        sheet('F').getCell(`A${r}`).value = extra.item;
        ['F', 'G', 'H', 'I'].forEach(
          (c, i) => (sheet('F').getCell(`${c}${r}`).value = (extra.amounts[i] as number) / 100),
        );
      },
    });
    expect(totals).toEqual(trueTotals([extra]));
    const sub = fx.rowF('B.sub');
    const flagged = ev.findings.filter((f) => f.code === 'BROKEN_FORMULA' && f.cell?.endsWith(String(sub))).map(at);
    expect(flagged.sort()).toEqual(['G', 'H', 'I', 'K'].map((c) => `Appendix F!${c}${sub}`));
  });

  it('a deleted heading row or section title: a clear problem, not a guess', async () => {
    const head = await read({ deleteRows: ['B.head'] });
    expect(!head.r?.ok && english(head.r!.problem)).toMatch(/B\. Fringe Benefits .*column heads .* are missing/);
    const title = await read({ deleteRows: ['E.title'] });
    expect(!title.r?.ok && english(title.r!.problem)).toMatch(/E\. Supplies cannot be found by title/);
  });

  it('a workbook that is neither layout: readBudgetFromSnapshot says so', async () => {
    const fx = await makePublishedWorkbook({ appendices: ['D', 'E'] });
    const r = readBudgetFromSnapshot(await readXlsxSnapshot(fx.buffer, 'x.xlsx'), { state: 'KY' });
    expect(r.ok).toBe(false);
    expect(!r.ok && english(r.problem)).toMatch(/holds no budget: none of its sheets \("Appendix D", "Appendix E"\)/);
  });
});
