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
import { SECTION_TITLES, TOTAL_CHARGES_TITLE, forEachCostLine, lineTotal, type Budget } from './model';
import { msg } from '../messages/words';
import { adminCapPercentText, stateByCode, type RulePack } from './rulePack';
import { computeTotals, exceedsAdminCap, type BudgetTotals } from './totals';
import { computeSf424a, type Sf424a } from './sf424a';
import { AMOUNT_LABELS, FindingList, TOTAL_PATHS, formWhere, lineParts, lineWhere } from './checkFindings';
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
  const over = t.administration - t.adminCapAmount;
  const justified = budget.adminCapJustification.trim() !== '';
  const data = {
    administration: t.administration,
    share: t.adminShare,
    base: t.adminCapBase,
    over,
    cap: adminCapPercentText(pack),
    capAmount: t.adminCapAmount,
  };
  out.add(
    'ADMIN_CAP_EXCEEDED',
    justified ? 'warning' : 'error',
    justified ? msg('finding.adminCap.justified', data) : msg('finding.adminCap.over', data),
    TOTAL_PATHS.administration,
    totalWhere('administration'),
    over,
    lineParts(budget, 'administration', (a) => a.administration),
  );
}

/** "J. Total Charges, Federal Share": a grand total of Appendix F. */
function totalWhere(column: keyof typeof AMOUNT_LABELS) {
  return msg('where.formColumn', { part: TOTAL_CHARGES_TITLE, column: AMOUNT_LABELS[column] });
}

function checkMatch(budget: Budget, t: BudgetTotals, out: FindingList): void {
  if (t.stateMatch === t.federal) return;
  const diff = t.stateMatch - t.federal;
  // The lines whose State Match differs from their Federal Share, by how much: where the match goes wrong.
  const lines = lineParts(budget, 'stateMatch', (a) => a.stateMatch - a.federal);
  const data = { stateMatch: t.stateMatch, federal: t.federal, difference: Math.abs(diff) };
  out.add(
    'MATCH_UNEQUAL',
    'error',
    diff < 0 ? msg('finding.match.short', data) : msg('finding.match.over', data),
    TOTAL_PATHS.stateMatch,
    totalWhere('stateMatch'),
    Math.abs(diff),
    lines,
  );
}

function checkAward(budget: Budget, pack: RulePack, t: BudgetTotals, out: FindingList): void {
  const source =
    budget.awardLevel === null
      ? msg('finding.award.ofState', { level: pack.awardLevelLabel, state: stateByCode(pack, budget.state).name })
      : msg('finding.award.ofBudget');
  if (t.federal > t.awardLevel) {
    out.add(
      'FEDERAL_OVER_AWARD',
      'error',
      msg('finding.award.over', {
        federal: t.federal,
        over: t.federal - t.awardLevel,
        source,
        awardLevel: t.awardLevel,
      }),
      TOTAL_PATHS.federal,
      totalWhere('federal'),
      t.federal - t.awardLevel,
      lineParts(budget, 'federal', (a) => a.federal),
    );
  } else if (t.federal < t.awardLevel) {
    out.add(
      'FEDERAL_UNDER_AWARD',
      'warning',
      msg('finding.award.under', {
        federal: t.federal,
        unclaimed: t.awardLevel - t.federal,
        source,
        awardLevel: t.awardLevel,
      }),
      TOTAL_PATHS.federal,
      totalWhere('federal'),
      t.awardLevel - t.federal,
    );
  }
}

function checkLineSplits(budget: Budget, out: FindingList): void {
  forEachCostLine(budget, (line, section, index) => {
    const split = line.administration + line.program;
    const funded = line.federal + line.stateMatch;
    if (split === funded) return;
    const where = lineWhere(section, index, line);
    const total = lineTotal(line);
    // A typo in one of the two funding cells (the split is twice the other one): that cell is the one to correct.
    const odd =
      line.federal !== line.stateMatch && line.state100 === 0
        ? split === 2 * line.federal
          ? 'stateMatch'
          : split === 2 * line.stateMatch
            ? 'federal'
            : null
        : null;
    const path = `${section}[${index}].${odd ?? (line.administration !== 0 || line.program === 0 ? 'administration' : 'program')}`;
    const difference = Math.abs(split - funded);
    const message =
      line.state100 !== 0 && split === total
        ? msg('finding.lineSplit.state100', { where, split, state100: line.state100, funded })
        : odd
          ? msg('finding.lineSplit.funding', {
              where,
              column: AMOUNT_LABELS[odd],
              value: line[odd],
              other: AMOUNT_LABELS[odd === 'federal' ? 'stateMatch' : 'federal'],
              otherValue: odd === 'federal' ? line.stateMatch : line.federal,
              split,
            })
          : msg('finding.lineSplit', { where, split, funded, difference });
    out.add('LINE_SPLIT_MISMATCH', 'error', message, path, where, difference);
  });
  const ind = budget.indirect;
  if (ind && ind.administration !== ind.federal + ind.stateMatch) {
    const funded = ind.federal + ind.stateMatch;
    out.add(
      'LINE_SPLIT_MISMATCH',
      'error',
      msg('finding.lineSplit.indirect', { part: SECTION_TITLES.indirect, administration: ind.administration, funded }),
      'indirect.administration',
      formWhere(SECTION_TITLES.indirect),
      Math.abs(ind.administration - funded),
    );
  }
}
