/** Budgets of our own that reach what the two shared examples do not. */
import { budgetOf } from '../support/budgets';
import type { Budget } from '../../src/budget';

/** A deterministic pseudo-random sequence (LCG), so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const dollars = (cents: number) => cents / 100;

/**
 * Kentucky with private-sector consultation, odd-cent splits (half-cent ties included), indirect
 * charges with a rate, program income, typed quarters, equipment and supplies with unit costs.
 */
export function edgeBudget(): Budget {
  const r = rng(20120101);
  const lines = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const admin = r() < 0.3 ? 0 : Math.floor(r() * 5_000_000);
      const program = r() < 0.3 ? 0 : Math.floor(r() * 5_000_000);
      const federal = Math.floor(r() * (admin + program + 1));
      return {
        item: `Line ${i + 1}`,
        administration: dollars(admin),
        program: dollars(program),
        federal: dollars(federal),
        stateMatch: dollars(admin + program - federal),
        state100: r() < 0.2 ? dollars(Math.floor(r() * 100_000)) : 0,
        ...(r() < 0.15 ? { privateSectorConsultation: true } : {}),
      };
    });
  return budgetOf({
    state: 'Kentucky',
    fiscalYear: 2012,
    adminCapJustification: 'Approved by the Regional Administrator, letter of 7/1/2011',
    personnel: [
      {
        title: 'Consultant',
        programType: '23(g) Consultation (private sector, safety)',
        name: 'A. Smith',
        annualSalary: 50000.01,
        fte: 0.3333,
        program: 16665.0,
        federal: 8332.5,
        stateMatch: 8332.5,
      },
      // Half-cent ties: 0.01 federal over 0.01 + 0.01 goes to Administration (the domain's earliest part).
      {
        title: 'Tie',
        programType: 'Standards',
        name: '',
        administration: 0.01,
        program: 0.01,
        federal: 0.01,
        stateMatch: 0.01,
      },
      {
        title: 'Tie 2',
        programType: 'Standards',
        name: '',
        administration: 0.03,
        program: 0.01,
        federal: 0.02,
        stateMatch: 0.02,
      },
      { title: 'Thirds', programType: 'Other', name: '', administration: 1, program: 2, federal: 1, stateMatch: 2 },
      // Weights of mixed sign (a refund): the domain keeps the Federal money where most of the line is.
      {
        title: 'Correction',
        programType: 'Other',
        name: '',
        administration: -10,
        program: 30,
        federal: 10,
        stateMatch: 10,
      },
      // No Administration or Program: the domain gives its Federal Share to no SF-424A category.
      { title: 'Transfer', programType: 'Other', name: '', federal: 100, stateMatch: -100 },
      ...lines(20).map((l) => ({ title: l.item, programType: 'Other', name: '', ...l, item: undefined })),
    ].map((l) => Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined))),
    fringe: lines(4),
    travelOutOfState: lines(2),
    travelInState: lines(5),
    equipment: [
      {
        item: 'Sound level meters',
        quantity: 3,
        unitCost: 6200,
        computerRelated: false,
        program: 18600,
        federal: 9300,
        stateMatch: 9300,
      },
      {
        item: 'Laptops',
        quantity: 10,
        unitCost: 1450.55,
        computerRelated: true,
        administration: 14505.5,
        federal: 7252.75,
        stateMatch: 7252.75,
      },
    ],
    supplies: [
      { item: 'Sampling media', quantity: 400, unitCost: 12.35, program: 4940, federal: 2470, stateMatch: 2470 },
    ],
    contractual: [
      {
        item: 'Laboratory analysis',
        contractor: 'Salt Lake Technical Center',
        program: 52500,
        federal: 26250,
        stateMatch: 26250,
        privateSectorConsultation: true,
      },
    ],
    other: lines(3),
    indirect: {
      rate: 0.125,
      base: 'direct salaries and wages of the 23(g) staff',
      administration: 20000.02,
      federal: 10000.01,
      stateMatch: 10000.01,
      state100: 999.99,
    },
    programIncome: 12345.67,
    cashForecast: { federal: [100, 200, 300, 400.01], nonFederal: [1, 2, 3, 4] },
    staffing: {
      managersSupervisors: { allocated5050: 1, onBoard5050: 1 },
      privateSectorSafetyConsultants: { allocated5050: 0.3333, allocated100: 0, onBoard5050: 0.3333, onBoard100: 0 },
    },
    activities: {
      inspections: { privateNonConstruction: { actual: { safety: 100, health: 20 }, projected: { safety: 110 } } },
      consultationVisits: { privateSector: { projected: { safety: 40, health: 10 } } },
      complianceAssistance: {
        outreachParticipants: { actual: { new: 5, total: 500 } },
        privateSectorSharp: { projected: { new: 2, total: 9 } },
      },
    },
    consultation: {
      visits: { construction: { safety: 30, health: 5 }, nonConstruction: { safety: 10 } },
      emphasisVisits: { safety: 12, health: 3 },
      emphasisIndustries: [
        { name: 'Construction (NAICS 23)', safety: 8, health: 1 },
        { name: 'Sawmills', safety: 4 },
        { name: 'Food', health: 2 },
        { name: 'Foundries', safety: 1, health: 1 },
      ],
      emphasisHazards: [{ name: 'Falls', safety: 6 }],
      agencyMeasures: [{ name: 'Reduce amputations', total: 4 }],
      sharp: { new: 2, current: 11 },
      renewals: 3,
      preSharp: 1,
      interventions: 25,
    },
  });
}

/**
 * Administration exactly 25% of the 50/50 funding: PASS, not a float's FAIL. Its own award level,
 * a cent below the Federal Share: FAIL.
 */
export function exactCapBudget(): Budget {
  return budgetOf({
    state: 'NC',
    awardLevel: 200000.19,
    personnel: [
      {
        title: 'Director',
        programType: 'Managers/Supervisors (Admin)',
        name: 'X',
        annualSalary: 100000.1,
        fte: 1,
        administration: 100000.1,
        federal: 50000.05,
        stateMatch: 50000.05,
      },
    ],
    other: [{ item: 'Program', program: 300000.3, federal: 150000.15, stateMatch: 150000.15 }],
  });
}
