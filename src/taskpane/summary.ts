/**
 * The one-line verdict under the pane's title: admin share against the cap, the match difference, and
 * the Federal request against the award level, each with whether it passes. Words, not colours alone.
 * A chip never shows a tick beside an error about the same figure: an error on a line's Administration
 * (a negative amount, text in the cell) makes the admin chip an error too, and so on.
 */
import { adminCapPercentText, formatDollars, formatPercent, type Evaluation, type Finding } from '../budget';

export interface SummaryPart {
  key: 'admin' | 'match' | 'award';
  /** ok: passes; warn: asks for a look (Federal under the award level); bad: an error. */
  tone: 'ok' | 'warn' | 'bad';
  text: string;
}

/** Which line amounts each chip's figure adds up (the last part of a finding's path). */
const FIGURES: Record<SummaryPart['key'], readonly string[]> = {
  admin: ['administration'],
  match: ['federal', 'stateMatch'],
  award: ['federal'],
};

/** Errors on the amounts a chip adds up: such a chip is never shown as passing. */
function errorsOn(findings: readonly Finding[], key: SummaryPart['key']): number {
  const fields = FIGURES[key];
  return findings.filter(
    (f) => f.severity === 'error' && f.path !== null && fields.includes(f.path.split('.').pop() ?? ''),
  ).length;
}

function guarded(part: SummaryPart, errors: number): SummaryPart {
  if (errors === 0 || part.tone === 'bad') return part;
  return { ...part, tone: 'bad', text: `${part.text}, but ${errors} error${errors === 1 ? '' : 's'} in its lines` };
}

export function summaryParts(e: Evaluation): SummaryPart[] {
  const t = e.totals;
  const cap = adminCapPercentText(e.pack);
  const overCap =
    BigInt(t.administration) * BigInt(e.pack.adminCap.denominator) >
    BigInt(t.adminCapBase) * BigInt(e.pack.adminCap.numerator);
  const negativeAdmin = t.administration < 0;
  const diff = t.stateMatch - t.federal;
  const award = t.federal - t.awardLevel;
  const admin: SummaryPart = {
    key: 'admin',
    tone: overCap || negativeAdmin ? 'bad' : 'ok',
    text: negativeAdmin
      ? `Admin ${formatDollars(t.administration)}: below zero`
      : `Admin ${formatPercent(t.adminShare)} of ${cap} cap${overCap ? ` (${formatDollars(t.administration - t.adminCapAmount)} over)` : ''}`,
  };
  const match: SummaryPart = {
    key: 'match',
    tone: diff === 0 ? 'ok' : 'bad',
    text:
      diff === 0
        ? 'Match equal'
        : diff < 0
          ? `Match ${formatDollars(-diff)} short`
          : `Match ${formatDollars(diff)} over`,
  };
  const awardPart: SummaryPart = {
    key: 'award',
    tone: award === 0 ? 'ok' : award > 0 ? 'bad' : 'warn',
    text:
      award === 0
        ? `Federal at award level ${formatDollars(t.awardLevel)}`
        : award > 0
          ? `Federal ${formatDollars(award)} over award level`
          : `Federal ${formatDollars(-award)} under award level`,
  };
  return [admin, match, awardPart].map((p) => guarded(p, errorsOn(e.findings, p.key)));
}
