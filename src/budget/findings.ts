/**
 * Findings: what the checks say about a budget or a workbook. The codes are those of RULES.md.
 */
import type { Cents } from './money';
import { msg, type Msg, type Words } from '../messages/words';
import { headlineOf } from '../messages/headline';

export type Severity = 'error' | 'warning' | 'info';

export const FINDING_CODES = [
  'ADMIN_CAP_EXCEEDED',
  'MATCH_UNEQUAL',
  'FEDERAL_OVER_AWARD',
  'FEDERAL_UNDER_AWARD',
  'LINE_SPLIT_MISMATCH',
  'PSC_NOT_ALLOWED',
  'NEGATIVE_AMOUNT',
  'NOT_A_NUMBER',
  'BROKEN_FORMULA',
  'PERSONNEL_COST_MISMATCH',
  'FTE_MISMATCH',
  'APPENDIX_E_EMPTY',
  'ONBOARD_EXCEEDS_ALLOCATED',
  'APPENDIX_J_REQUIRED',
  'FORMULA_OVERWRITTEN',
  'EQUIPMENT_UNDER_THRESHOLD',
  'SUPPLIES_OVER_THRESHOLD',
  'NEW_EXCEEDS_TOTAL',
  // Added by this product (INTERFACES.md allows additions): typed Section D quarters that do not foot.
  'QUARTERS_DO_NOT_FOOT',
  // Added by this product: an input amount with more than two decimals, read as the cent Excel shows (a warning).
  'MORE_THAN_TWO_DECIMALS',
  // Added by this product: Appendix F!B2 typed over with another State; the templates' words still name the old one.
  'STATE_CHANGE_UNFINISHED',
  // Added by this product: a workbook of our templates built before Appendix F's figures were block
  // formulas: a row inserted there is left out of its SF-424A and Checks sheets until repaired (a warning).
  'TEMPLATE_OUTDATED',
  // Added by this product: the reader chose between two readings the file leaves open (a line titled
  // "Subtotal", two sheets that both look like Appendix F), and says which (a warning).
  'AMBIGUOUS_LAYOUT',
  // Added by this product: a defined name of our layout that does not fit the template's shape (a warning
  // at the name; the sheet is then read by its labels, as the published layout is).
  'DEFINED_NAME_INVALID',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/**
 * What puts a finding right (or lets an unreadable workbook be read), as data rather than words: each
 * door names its own action for it, in one place each (the command line's report, the pane's words).
 *   repair       the template's formulas can be rewritten by the product's repair
 *   chooseState  the State must be named by the user (the workbook does not say it)
 *   changeState  a State typed over in the State cell: the product's State change finishes it
 */
export type Remedy = 'repair' | 'chooseState' | 'changeState';

/** A reason a workbook holds no budget that can be checked, and the remedy the user has for it, if any. */
export interface Unreadable {
  ok: false;
  /**
   * What is wrong, in neutral words (no door's actions), as a clause that follows the file's name ("is in
   * the layout of ... which does not say which State it is for"; "Appendix F!B2 should name the State").
   */
  problem: Msg;
  /** True when the clause says something of the workbook itself ("holds no budget"): the pane says "This workbook ...". */
  ofWorkbook?: boolean;
  remedy?: Remedy;
  /** The one cell to correct, where the reason is a cell (a State cell that names no State). */
  sheet?: string;
  cell?: string;
}

/**
 * A finding's message or an unreadable workbook's problem with a door's words for its remedy: one sentence
 * more. A finding's message is a sentence (it keeps its closing full stop), a problem a clause after the
 * file's name: which of the two is said by the caller, never read from the words.
 */
export function withRemedyWords(
  text: Msg,
  remedy: Remedy | undefined,
  words: Msg | undefined,
  form: 'sentence' | 'clause',
): Msg {
  if (!remedy || !words) return text;
  return form === 'sentence'
    ? msg('remedy.afterSentence', { text, remedy: words })
    : msg('remedy.afterClause', { text, remedy: words });
}

/** A line that makes up a total finding: what to change instead of the locked total cell. */
export interface RelatedLine {
  /** The budget path of the figure (`personnel[2].administration`). */
  path: string;
  /** Its cell in a workbook; null for a budget from JSON. */
  sheet: string | null;
  cell: string | null;
  /** "A. Personnel, line 3 (Director), Administration". */
  where: Msg;
  /** The line's part of the finding: its amount, or (for the match) State Match less Federal Share. */
  amount: Cents;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** One sentence that says what is wrong and what to do: a message of the catalogs and its data. */
  message: Msg;
  /** The sheet and cell in a workbook; null where the finding has no single cell (or the budget came from JSON). */
  sheet: string | null;
  cell: string | null;
  /** The budget path (`personnel[2].federal`), or null for a whole-budget finding. */
  path: string | null;
  /** Where a person finds it without a workbook: "A. Personnel, line 3 (Director)". */
  where: Msg;
  /** The amount at stake (over the cap, the match difference, ...), where there is one. */
  amount: Cents | null;
  /**
   * For a finding on a total (admin cap, match, award level): the lines to change, largest part first,
   * at most RELATED_LIMIT of them. Absent on other findings.
   */
  related?: RelatedLine[];
  /** The product's own action that puts it right, where there is one; the message stays free of any door's words. */
  remedy?: Remedy;
  /**
   * Where the fix is typed, when that is not the finding's own cell (a locked total, a computed cell): the
   * first line of a total finding, the salary and FTE of a personnel line ("D12:E12"). A "go to" selects it.
   */
  fix?: { sheet: string; cell: string };
}

/** A finding in one language, as a door shows it: its message and places in words, everything else as data. */
export interface RenderedFinding extends Omit<Finding, 'message' | 'where' | 'related'> {
  /** The finding's message in the door's language, with the door's words for its remedy. */
  message: string;
  /** The message in a few plain words (under 100 characters), for a list; the message is the detail. */
  headline: string;
  where: string;
  related?: (Omit<RelatedLine, 'where'> & { where: string })[];
  /** The catalog's key of the message and its data (amounts in cents), for programs that word it themselves. */
  messageKey: string;
  data: Msg['data'];
}

/**
 * A finding in the words of `words`, `remedyWords` being the door's own words for each remedy (the pane's
 * "press Repair totals", the command line's "run `grant-budget repair`").
 */
export function renderFinding(f: Finding, words: Words, remedyWords?: Readonly<Record<Remedy, Msg>>): RenderedFinding {
  const { message, where, related, ...rest } = f;
  const text = withRemedyWords(message, f.remedy, f.remedy ? remedyWords?.[f.remedy] : undefined, 'sentence');
  return {
    ...rest,
    message: words.render(text),
    headline: words.render(headlineOf(message) ?? message),
    where: words.render(where),
    ...(related ? { related: related.map((r) => ({ ...r, where: words.render(r.where) })) } : {}),
    messageKey: message.key,
    data: message.data,
  };
}

/** How many lines a total finding names: enough to act on, few enough to read. */
export const RELATED_LIMIT = 10;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
