/**
 * The one-line verdict under the pane's title: admin share against the cap, the match difference, and
 * the Federal request against the award level, each with whether it passes. Words, not colours alone.
 */
import { adminCapPercentText, formatDollars, formatPercent, type Evaluation } from '../budget';

export interface SummaryPart {
  key: 'admin' | 'match' | 'award';
  /** ok: passes; warn: asks for a look (Federal under the award level); bad: an error. */
  tone: 'ok' | 'warn' | 'bad';
  text: string;
}

export function summaryParts(e: Evaluation): SummaryPart[] {
  const t = e.totals;
  const cap = adminCapPercentText(e.pack);
  const overCap = BigInt(t.administration) * BigInt(e.pack.adminCap.denominator) > BigInt(t.adminCapBase) * BigInt(e.pack.adminCap.numerator);
  const diff = t.stateMatch - t.federal;
  const award = t.federal - t.awardLevel;
  return [
    {
      key: 'admin',
      tone: overCap ? 'bad' : 'ok',
      text: `Admin ${formatPercent(t.adminShare)} of ${cap} cap${overCap ? ` (${formatDollars(t.administration - t.adminCapAmount)} over)` : ''}`,
    },
    {
      key: 'match',
      tone: diff === 0 ? 'ok' : 'bad',
      text: diff === 0 ? 'Match equal' : diff < 0 ? `Match ${formatDollars(-diff)} short` : `Match ${formatDollars(diff)} over`,
    },
    {
      key: 'award',
      tone: award === 0 ? 'ok' : award > 0 ? 'bad' : 'warn',
      text:
        award === 0
          ? `Federal at award level ${formatDollars(t.awardLevel)}`
          : award > 0
            ? `Federal ${formatDollars(award)} over award level`
            : `Federal ${formatDollars(-award)} under award level`,
    },
  ];
}
