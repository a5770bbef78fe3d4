/**
 * Every check of RULES.md that a budget alone decides. (NOT_A_NUMBER, BROKEN_FORMULA and
 * FORMULA_OVERWRITTEN belong to workbooks: the workbook reader raises them.)
 * Each finding says in one sentence what to do, and names its place by budget path; a budget read
 * from a workbook maps paths to cells through `budget.places`.
 *
 * Here: the funding checks (admin cap, match, award level, line splits) and checkBudget, which runs them
 * all; checksPsc.ts holds private-sector consultation's, checksFigures.ts those of single figures and of
 * Appendices D and E; checkFindings.ts how a finding is worded and placed.
 */
import type { Finding } from './findings';
import { SECTION_TITLES, costLines, lineTotal, type Budget } from './model';
import { formatDollars } from './money';
import { adminCapPercentText, stateByCode, type RulePack } from './rulePack';
import { computeTotals, exceedsAdminCap, formatPercent, type BudgetTotals } from './totals';
import { computeSf424a, type Sf424a } from './sf424a';
import { FindingList, TOTAL_PATHS, lineParts, lineWhere } from './checkFindings';
import { checkAppendixJRequired, checkPrivateSectorConsultation } from './checksPsc';
import {
  checkNegatives,
  checkNewParticipants,
  checkPersonnelCosts,
  checkQuarters,
  checkStaffing,
  checkUnitCosts,
} from './checksFigures';

/**
 * Runs every budget check. The order is the order of RULES.md; callers sort by severity.
 * `figures` are the totals and SF-424A the caller already computed (evaluateBudget), so a re-check
 * does not compute them twice.
 */
export function checkBudget(
  budget: Budget,
  pack: RulePack,
  figures?: { totals: BudgetTotals; sf424a: Sf424a },
): Finding[] {
  const out = new FindingList(budget);
  const totals = figures?.totals ?? computeTotals(budget, pack);
  checkAdminCap(budget, pack, totals, out);
  checkMatch(budget, totals, out);
  checkAward(budget, pack, totals, out);
  checkLineSplits(budget, out);
  checkPrivateSectorConsultation(budget, pack, out);
  checkNegatives(budget, out);
  checkPersonnelCosts(budget, out);
  checkStaffing(budget, out);
  checkAppendixJRequired(budget, pack, out);
  checkUnitCosts(budget, pack, out);
  checkNewParticipants(budget, pack, out);
  checkQuarters(budget, () => figures?.sf424a.sectionD ?? computeSf424a(budget, pack).sectionD, out);
  return out.items;
}

function checkAdminCap(budget: Budget, pack: RulePack, t: BudgetTotals, out: FindingList): void {
  if (!exceedsAdminCap(t, pack)) return;
  const cap = adminCapPercentText(pack);
  const over = t.administration - t.adminCapAmount;
  const justified = budget.adminCapJustification.trim() !== '';
  const what =
    `Administration of ${formatDollars(t.administration)} is ${formatPercent(t.adminShare)} of the ` +
    `${formatDollars(t.adminCapBase)} of 50/50 funding, ${formatDollars(over)} over the ${cap} cap of ${formatDollars(t.adminCapAmount)}`;
  out.add(
    'ADMIN_CAP_EXCEEDED',
    justified ? 'warning' : 'error',
    justified
      ? `${what}; the budget records an approved justification, so keep it with the application.`
      : `${what}: move costs to Program or attach an approved justification.`,
    TOTAL_PATHS.administration,
    'J. Total Charges, Administration',
    over,
    lineParts(budget, 'administration', (a) => a.administration),
  );
}

function checkMatch(budget: Budget, t: BudgetTotals, out: FindingList): void {
  if (t.stateMatch === t.federal) return;
  const diff = t.stateMatch - t.federal;
  // The lines whose State Match differs from their Federal Share, by how much: where the match goes wrong.
  const lines = lineParts(budget, 'stateMatch', (a) => a.stateMatch - a.federal);
  if (diff < 0) {
    out.add(
      'MATCH_UNEQUAL',
      'error',
      `State Match of ${formatDollars(t.stateMatch)} is ${formatDollars(-diff)} short of the Federal Share of ` +
        `${formatDollars(t.federal)}: the State must match dollar for dollar, so raise the match or lower the Federal request.`,
      TOTAL_PATHS.stateMatch,
      'J. Total Charges, State Match',
      -diff,
      lines,
    );
  } else {
    out.add(
      'MATCH_UNEQUAL',
      'error',
      `State Match of ${formatDollars(t.stateMatch)} exceeds the Federal Share of ${formatDollars(t.federal)} by ` +
        `${formatDollars(diff)}: move the excess to State 100% Funded, where overmatch belongs.`,
      TOTAL_PATHS.stateMatch,
      'J. Total Charges, State Match',
      diff,
      lines,
    );
  }
}

function checkAward(budget: Budget, pack: RulePack, t: BudgetTotals, out: FindingList): void {
  const source =
    budget.awardLevel === null
      ? `the ${pack.awardLevelLabel} of ${stateByCode(pack, budget.state).name}`
      : 'the award level the budget sets';
  if (t.federal > t.awardLevel) {
    out.add(
      'FEDERAL_OVER_AWARD',
      'error',
      `The Federal Share of ${formatDollars(t.federal)} is ${formatDollars(t.federal - t.awardLevel)} over ${source} ` +
        `(${formatDollars(t.awardLevel)}): lower the Federal request to the award level.`,
      TOTAL_PATHS.federal,
      'J. Total Charges, Federal Share',
      t.federal - t.awardLevel,
      lineParts(budget, 'federal', (a) => a.federal),
    );
  } else if (t.federal < t.awardLevel) {
    out.add(
      'FEDERAL_UNDER_AWARD',
      'warning',
      `The Federal Share of ${formatDollars(t.federal)} leaves ${formatDollars(t.awardLevel - t.federal)} of ${source} ` +
        `(${formatDollars(t.awardLevel)}) unclaimed: request the full level if the State can match it.`,
      TOTAL_PATHS.federal,
      'J. Total Charges, Federal Share',
      t.awardLevel - t.federal,
    );
  }
}

function checkLineSplits(budget: Budget, out: FindingList): void {
  for (const { section, index, line } of costLines(budget)) {
    const split = line.administration + line.program;
    const funded = line.federal + line.stateMatch;
    if (split === funded) continue;
    const where = lineWhere(section, index, line);
    const path = `${section}[${index}].${line.administration !== 0 || line.program === 0 ? 'administration' : 'program'}`;
    const total = lineTotal(line);
    const message =
      line.state100 !== 0 && split === total
        ? `${where}: Administration + Program (${formatDollars(split)}) includes the ${formatDollars(line.state100)} of State 100% ` +
          `funds, which are a category of their own: leave them out of Administration and Program so these equal Federal + State Match (${formatDollars(funded)}).`
        : `${where}: Administration + Program (${formatDollars(split)}) must equal Federal Share + State Match ` +
          `(${formatDollars(funded)}); correct the split by ${formatDollars(Math.abs(split - funded))}.`;
    out.add('LINE_SPLIT_MISMATCH', 'error', message, path, where, Math.abs(split - funded));
  }
  const ind = budget.indirect;
  if (ind && ind.administration !== ind.federal + ind.stateMatch) {
    const funded = ind.federal + ind.stateMatch;
    out.add(
      'LINE_SPLIT_MISMATCH',
      'error',
      `I. Indirect Charges: Administration (${formatDollars(ind.administration)}) must equal Federal Share + State Match ` +
        `(${formatDollars(funded)}), because indirect charges are administration only.`,
      'indirect.administration',
      SECTION_TITLES.indirect,
      Math.abs(ind.administration - funded),
    );
  }
}
