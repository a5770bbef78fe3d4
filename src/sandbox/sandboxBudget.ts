/**
 * The budget of the sandbox's `?preset=budget`: a small Kentucky budget that keeps the rules but leaves
 * part of the award unclaimed, with private-sector consultation and Appendix E, D and J filled in.
 */
export const SANDBOX_BUDGET = {
  state: 'KY',
  fiscalYear: 2012,
  personnel: [
    {
      title: 'Director',
      programType: 'Managers/Supervisors (Admin)',
      name: 'Staff',
      annualSalary: 98000,
      fte: 1,
      administration: 98000,
      federal: 49000,
      stateMatch: 49000,
    },
    {
      title: 'Safety Compliance Officers',
      programType: 'Enforcement (safety)',
      name: 'Staff',
      annualSalary: 52000,
      fte: 20,
      program: 1040000,
      federal: 520000,
      stateMatch: 520000,
    },
    {
      title: 'Health Compliance Officers',
      programType: 'Enforcement (health)',
      name: 'Staff',
      annualSalary: 56000,
      fte: 12,
      program: 672000,
      federal: 336000,
      stateMatch: 336000,
    },
    {
      title: 'Private Sector Safety Consultants',
      programType: '23(g) Consultation (private sector, safety)',
      name: 'Staff',
      annualSalary: 54000,
      fte: 4,
      program: 216000,
      federal: 108000,
      stateMatch: 108000,
    },
  ],
  fringe: [
    { item: 'Fringe at 35% of salaries', administration: 34300, program: 676200, federal: 355250, stateMatch: 355250 },
  ],
  travelInState: [{ item: 'Inspection travel', program: 120000, federal: 60000, stateMatch: 60000 }],
  supplies: [{ item: 'Sampling media', quantity: 400, unitCost: 25, program: 10000, federal: 5000, stateMatch: 5000 }],
  contractual: [
    {
      item: 'Laboratory analysis, 200 samples at $175',
      contractor: 'Salt Lake Technical Center',
      program: 35000,
      federal: 17500,
      stateMatch: 17500,
    },
  ],
  other: [{ item: 'IMIS/OIS charges', administration: 40000, federal: 20000, stateMatch: 20000 }],
  staffing: {
    managersSupervisors: { allocated5050: 1, onBoard5050: 1 },
    safetyComplianceOfficers: { allocated5050: 20, onBoard5050: 18 },
    healthComplianceOfficers: { allocated5050: 12, onBoard5050: 12 },
    privateSectorSafetyConsultants: { allocated5050: 4, onBoard5050: 4 },
  },
  consultation: {
    visits: { construction: { safety: 120, health: 40 }, nonConstruction: { safety: 300, health: 110 } },
    interventions: 25,
  },
};

/** Where the sandbox's build saves the preset workbook, beside sandbox.html (presetBudget.ts says why). */
export const PRESET_FILE = 'preset-budget.json';
