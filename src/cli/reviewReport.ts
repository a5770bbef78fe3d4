/**
 * What `review` prints for one budget: the object of INTERFACES.md (`review --json`) and the text for
 * people (one summary line, then the findings with sheet!cell).
 */
import {
  adminCapPercentText,
  centsToDollars,
  countBySeverity,
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
import { englishWords, msg, type Msg, type Words } from '../messages/words';
import { dataForJson } from '../messages/json';
import { cliFinding, cliFindings, cliPlacedMessage } from './remedyWords';
import { terminalLine } from './terminalText';

export function reviewJson(
  file: string,
  budget: Budget,
  ev: Evaluation,
  layout: 'own' | 'published' | 'json',
  words: Words,
  stateNote?: Msg,
) {
  const d = centsToDollars;
  const t = ev.totals;
  return {
    file,
    state: budget.state,
    // An addition INTERFACES.md allows: present when --state named another State than the one used (the file's own).
    ...(stateNote ? { stateNote: words.render(stateNote) } : {}),
    fiscalYear: budget.fiscalYear,
    // An addition INTERFACES.md allows: which layout the figures were read from.
    layout,
    // Additions INTERFACES.md allows: every finding's budget path, the lines a total finding is made of, its
    // remedy, and the message's key and data (amounts in dollars, as everywhere in this JSON).
    findings: ev.findings.map((f) => {
      const r = cliFinding(f, words);
      return {
        code: f.code,
        severity: f.severity,
        message: r.message,
        sheet: f.sheet,
        cell: f.cell,
        path: f.path,
        ...(r.related
          ? {
              related: r.related.map((x) => ({
                sheet: x.sheet,
                cell: x.cell,
                path: x.path,
                where: x.where,
                amount: d(x.amount),
              })),
            }
          : {}),
        ...(f.remedy ? { remedy: f.remedy } : {}),
        ...(f.fix ? { fix: f.fix } : {}),
        messageKey: f.message.key,
        data: dataForJson(f.message),
      };
    }),
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

/** "PASS", "PASS with 1 warning", "FAIL: 3 errors, 1 warning". */
export function verdictText(findings: readonly Finding[], words: Words = englishWords()): string {
  const counts = countBySeverity(findings);
  return counts.error > 0
    ? counts.warning
      ? words.t('review.verdict.failWarnings', { errors: counts.error, warnings: counts.warning })
      : words.t('review.verdict.fail', { errors: counts.error })
    : counts.warning > 0
      ? words.t('review.verdict.passWarnings', { warnings: counts.warning })
      : words.t('review.verdict.pass');
}

const SEVERITY_WORDS = {
  error: msg('review.severity.error'),
  warning: msg('review.severity.warning'),
  info: msg('review.severity.info'),
} as const;

/** "ky.xlsx  Kentucky (KY) FY 2012  FAIL: 3 errors, 1 warning  Federal $1.00 of $2.00 award; Administration 24.79% of 50/50 funding (cap 25%)". */
export function reviewText(
  file: string,
  budget: Budget,
  ev: Evaluation,
  layout: 'own' | 'published' | 'json',
  words: Words = englishWords(),
): string {
  const t = ev.totals;
  const state = stateByCode(ev.pack, budget.state);
  const lines = [
    words.t('review.head', {
      file,
      state: state.name,
      code: state.code,
      year: budget.fiscalYear,
      layout: msg(
        layout === 'published'
          ? 'review.layout.published'
          : layout === 'own'
            ? 'review.layout.own'
            : 'review.layout.json',
      ),
      verdict: verdictText(ev.findings, words),
      federal: t.federal,
      awardLevel: t.awardLevel,
      stateMatch: t.stateMatch,
      administration: t.administration,
      share: t.adminShare,
      base: t.adminCapBase,
      cap: adminCapPercentText(ev.pack),
      total: t.total,
    }),
  ];
  const a = ev.sf424a.sectionA;
  lines.push(
    words.t('review.sectionA', {
      federal: a.totals.federal,
      nonFederal: a.totals.nonFederal,
      total: a.totals.total,
      activities: a.lines.map((l) => `${l.activity} ${words.money(l.total)}`).join('; '),
    }),
  );
  const width = Math.max(...Object.values(SEVERITY_WORDS).map((m) => words.render(m).length));
  // A code repeated past MAX_PROBLEM_LINES times is counted, not listed (every one stays in --json).
  const shown = new Map<string, number>();
  for (const f of ev.findings) {
    const n = (shown.get(f.code) ?? 0) + 1;
    shown.set(f.code, n);
    if (n > MAX_PROBLEM_LINES) continue;
    lines.push(`  ${words.render(SEVERITY_WORDS[f.severity]).padEnd(width)} ${f.code}: ${cliPlacedMessage(f, words)}`);
    for (const r of f.related ?? [])
      lines.push(
        `            ${r.sheet && r.cell ? `${r.sheet}!${r.cell} ` : ''}${words.render(r.where)}: ${words.money(r.amount)}`,
      );
  }
  for (const [code, n] of shown)
    if (n > MAX_PROBLEM_LINES)
      lines.push(`  ${words.t('review.moreFindings', { count: n - MAX_PROBLEM_LINES, code })}`);
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
  words: Words,
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
      // The summary workbook's verdicts stay English, as its heads: other programs read them.
      verdict: verdictText(ev.findings),
    },
    findings: cliFindings(ev.findings, words),
  };
}
