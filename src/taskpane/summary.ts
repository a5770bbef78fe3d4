/**
 * The one-line verdict under the pane's title: admin share against the cap, the match difference, and
 * the Federal request against the award level, each with whether it passes. Words, not colours alone.
 * A chip never shows a tick beside an error about the same figure: an error on a line's Administration
 * (a negative amount, text in the cell) makes the admin chip an error too, and so on.
 */
import { msg, type Msg } from '../messages/words';
import { adminCapPercentText, type Evaluation, type Finding } from '../budget';

export interface SummaryPart {
  key: 'admin' | 'match' | 'award';
  /** ok: passes; warn: asks for a look (Federal under the award level); bad: an error. */
  tone: 'ok' | 'warn' | 'bad';
  text: Msg;
}

/** Which line amounts each chip's figure adds up (the last part of a finding's path). */
const FIGURES: Record<SummaryPart['key'], readonly string[]> = {
  admin: ['administration'],
  match: ['federal', 'stateMatch'],
  award: ['federal'],
};

/** Errors on the amounts a chip adds up: such a chip is never shown as passing. */
function errorsOn(findings: readonly Finding[], key: SummaryPart['key']): Finding[] {
  const fields = FIGURES[key];
  return findings.filter(
    (f) => f.severity === 'error' && f.path !== null && fields.includes(f.path.split('.').pop() ?? ''),
  );
}

function guarded(part: SummaryPart, errors: readonly Finding[]): SummaryPart {
  const first = errors[0];
  if (!first || part.tone === 'bad') return part;
  // Errors of one line name it; errors of several lines are counted.
  const oneLine = errors.every((f) => JSON.stringify(f.where) === JSON.stringify(first.where));
  return oneLine
    ? {
        ...part,
        tone: 'bad',
        text: msg('pane.chip.butError', { text: part.text, count: errors.length, where: first.where }),
      }
    : { ...part, tone: 'bad', text: msg('pane.chip.butErrors', { text: part.text, count: errors.length }) };
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
  // Over the cap with an approved justification the finding is a warning: so is the chip.
  const justified = e.findings.some((f) => f.code === 'ADMIN_CAP_EXCEEDED' && f.severity === 'warning');
  const admin: SummaryPart = {
    key: 'admin',
    tone: negativeAdmin || (overCap && !justified) ? 'bad' : overCap ? 'warn' : 'ok',
    text: negativeAdmin
      ? msg('pane.chip.adminNegative', { amount: t.administration })
      : overCap
        ? msg('pane.chip.adminOver', { share: t.adminShare, cap, over: t.administration - t.adminCapAmount })
        : msg('pane.chip.admin', { share: t.adminShare, cap }),
  };
  const match: SummaryPart = {
    key: 'match',
    tone: diff === 0 ? 'ok' : 'bad',
    text:
      diff === 0
        ? msg('pane.chip.matchEqual')
        : diff < 0
          ? msg('pane.chip.matchShort', { amount: -diff })
          : msg('pane.chip.matchOver', { amount: diff }),
  };
  const awardPart: SummaryPart = {
    key: 'award',
    tone: award === 0 ? 'ok' : award > 0 ? 'bad' : 'warn',
    text:
      award === 0
        ? msg('pane.chip.awardAt', { amount: t.awardLevel })
        : award > 0
          ? msg('pane.chip.awardOver', { amount: award })
          : msg('pane.chip.awardUnder', { amount: -award }),
  };
  return [admin, match, awardPart].map((p) => guarded(p, errorsOn(e.findings, p.key)));
}
