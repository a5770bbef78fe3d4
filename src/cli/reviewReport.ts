/**
 * What `review` prints for one budget: the object of INTERFACES.md (`review --json`) and the text for
 * people (one summary line, then the findings with sheet!cell).
 */
import {
  adminCapPercentText,
  centsToDollars,
  countBySeverity,
  formatDollars,
  formatPercent,
  osha110ToJson,
  sf424aToJson,
  stateByCode,
  type Budget,
  type Evaluation,
  type Finding,
  MAX_PROBLEM_LINES,
} from '../budget';
import * as path from 'path';
import type { SummaryFile } from '../xlsx/summaryWorkbook';
import { cliFindings, cliMessage, cliPlacedMessage } from './remedyWords';
import { terminalLine } from './terminalText';

export function reviewJson(
  file: string,
  budget: Budget,
  ev: Evaluation,
  layout: 'own' | 'published' | 'json',
  stateNote?: string,
) {
  const d = centsToDollars;
  const t = ev.totals;
  return {
    file,
    state: budget.state,
    // An addition INTERFACES.md allows: present when --state named another State than the one used (the file's own).
    ...(stateNote ? { stateNote } : {}),
    fiscalYear: budget.fiscalYear,
    // An addition INTERFACES.md allows: which layout the figures were read from.
    layout,
    // Additions INTERFACES.md allows: every finding's budget path, the lines a total finding is made of, its remedy.
    findings: ev.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: cliMessage(f),
      sheet: f.sheet,
      cell: f.cell,
      path: f.path,
      ...(f.related
        ? {
            related: f.related.map((r) => ({
              sheet: r.sheet,
              cell: r.cell,
              path: r.path,
              where: r.where,
              amount: d(r.amount),
            })),
          }
        : {}),
      ...(f.remedy ? { remedy: f.remedy } : {}),
    })),
    totals: {
      administration: d(t.administration),
      program: d(t.program),
      federal: d(t.federal),
      stateMatch: d(t.stateMatch),
      state100: d(t.state100),
      total: d(t.total),
      adminCapBase: d(t.adminCapBase),
      adminShare: Math.round(t.adminShare * 1e6) / 1e6,
      awardLevel: d(t.awardLevel),
    },
    sf424a: sf424aToJson(ev.sf424a),
    osha110: osha110ToJson(ev.osha110),
  };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "PASS", "PASS with 1 warning", "FAIL: 3 errors, 1 warning". */
export function verdictText(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return counts.error > 0
    ? `FAIL: ${plural(counts.error, 'error')}${counts.warning ? `, ${plural(counts.warning, 'warning')}` : ''}`
    : counts.warning > 0
      ? `PASS with ${plural(counts.warning, 'warning')}`
      : 'PASS';
}

/** "ky.xlsx  Kentucky (KY) FY 2012  FAIL: 3 errors, 1 warning  Federal $1.00 of $2.00 award; Administration 24.79% of 50/50 funding (cap 25%)". */
export function reviewText(file: string, budget: Budget, ev: Evaluation, layout: 'own' | 'published' | 'json'): string {
  const verdict = verdictText(ev.findings);
  const t = ev.totals;
  const state = stateByCode(ev.pack, budget.state);
  const layoutText = layout === 'published' ? ', published OSHA layout' : layout === 'own' ? '' : ', budget JSON';
  const lines = [
    `${file}: ${state.name} (${state.code}), FY ${budget.fiscalYear}${layoutText}: ${verdict}. ` +
      `Federal ${formatDollars(t.federal)} of ${formatDollars(t.awardLevel)} award; State Match ${formatDollars(t.stateMatch)}; ` +
      `Administration ${formatDollars(t.administration)} = ${formatPercent(t.adminShare)} of ${formatDollars(t.adminCapBase)} 50/50 funding (cap ${adminCapPercentText(ev.pack)}); ` +
      `total ${formatDollars(t.total)}.`,
  ];
  const a = ev.sf424a.sectionA;
  lines.push(
    `  SF-424A Section A: Federal ${formatDollars(a.totals.federal)}, Non-Federal ${formatDollars(a.totals.nonFederal)}, Total ${formatDollars(a.totals.total)} ` +
      `(${a.lines.map((l) => `${l.activity} ${formatDollars(l.total)}`).join('; ')})`,
  );
  // A code repeated past MAX_PROBLEM_LINES times is counted, not listed (every one stays in --json).
  const shown = new Map<string, number>();
  for (const f of ev.findings) {
    const n = (shown.get(f.code) ?? 0) + 1;
    shown.set(f.code, n);
    if (n > MAX_PROBLEM_LINES) continue;
    lines.push(`  ${f.severity.padEnd(7)} ${f.code}: ${cliPlacedMessage(f)}`);
    for (const r of f.related ?? [])
      lines.push(
        `            ${r.sheet && r.cell ? `${r.sheet}!${r.cell} ` : ''}${r.where}: ${formatDollars(r.amount)}`,
      );
  }
  for (const [code, n] of shown)
    if (n > MAX_PROBLEM_LINES)
      lines.push(
        `  and ${(n - MAX_PROBLEM_LINES).toLocaleString('en-US')} more ${code} findings (every one with --json)`,
      );
  // Workbook text is in these lines: each is made safe for a terminal before they are joined.
  return lines.map(terminalLine).join('\n') + '\n';
}

/** The file as a link from the summary workbook's folder: relative, with forward slashes (Excel and LibreOffice both follow them). */
export function linkTo(file: string, summary: string): string {
  return path
    .relative(path.dirname(path.resolve(summary)), path.resolve(file))
    .split(path.sep)
    .join('/');
}

/** The summary workbook is never one of the files it summarizes. */
/** One row of the region's summary workbook. */
export function summaryFile(
  file: string,
  summary: string,
  budget: Budget,
  ev: Evaluation,
  layout: 'own' | 'published' | 'json',
): SummaryFile {
  const counts = countBySeverity(ev.findings);
  const t = ev.totals;
  return {
    file,
    link: linkTo(file, summary),
    figures: {
      state: budget.state,
      stateName: stateByCode(ev.pack, budget.state).name,
      layout,
      federal: t.federal,
      stateMatch: t.stateMatch,
      state100: t.state100,
      adminShare: t.adminShare,
      awardLevel: t.awardLevel,
      errors: counts.error,
      warnings: counts.warning,
      verdict: verdictText(ev.findings),
    },
    findings: cliFindings(ev.findings),
  };
}
