/**
 * The budget JSON of INTERFACES.md: read with zod so that every refusal names its path
 * (`personnel[3].federal`) and says what is wrong. Unknown keys are refused, never dropped.
 * Text in, Budget out: no file I/O here (the CLI reads the file).
 */
// zod 4 compiles object schemas, and with plain
// types plus checks (no per-field transforms) a 10,000-line budget validates in a few milliseconds.
import { msg, type Msg } from '../messages/words';
import { budgetTotalsProblem, MAX_BUDGET_LINES, rawLineCount, tooManyLinesProblem } from './budgetSize';
import { MAX_PROBLEM_LINES } from './problemLines';
import { z } from 'zod';
import {
  COMPLIANCE_ASSISTANCE_KEYS,
  CONSULTATION_VISIT_KEYS,
  INSPECTION_KEYS,
  PROGRAM_TYPES,
  STAFFING_KEYS,
  type Budget,
} from './model';
import { parseDollars } from './money';
import { scanJsonStructure } from './jsonDuplicates';
import { findJsonSyntaxError } from './jsonSyntax';
import { parseFte, parseCount } from './quantity';
import { DEFAULT_FISCAL_YEAR, availableFiscalYears, findState, plainStateName, rulePackFor } from './rulePack';
import { editDistance } from './editDistance';
import { budgetFromParsed } from './budgetFromJson';

export interface JsonProblem {
  /** `personnel[3].federal`, or "" for the whole document. */
  path: string;
  message: Msg;
}
export type BudgetJsonResult = { ok: true; budget: Budget } | { ok: false; problems: JsonProblem[] };

/** A budget JSON is a few hundred kilobytes; past this it is not a budget, and reading it would only stall. */
export const MAX_BUDGET_JSON_BYTES = 20 * 1024 * 1024;
/** Deeper than any budget can be: refusing early keeps a crafted file from exhausting the stack. */
export const MAX_JSON_DEPTH = 64;

function describe(v: unknown): Msg {
  if (v === undefined) return msg('json.got.nothing');
  if (v === null) return msg('json.got.null');
  if (Array.isArray(v)) return msg('json.got.list');
  if (typeof v === 'string')
    return msg('json.got.text', { text: JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v) });
  if (typeof v === 'object') return msg('json.got.object');
  if (typeof v === 'number') return msg('json.got.number', { value: String(v) });
  if (typeof v === 'boolean') return msg('json.got.boolean', { value: String(v) });
  return msg('json.got.other', { value: String(v) });
}

/**
 * zod keeps an issue's message as a string: a message of the catalogs travels through it as its JSON, after
 * a mark no zod message starts with, and problemsFromZod takes it back.
 */
const MSG_MARK = '\u0000msg:';
function viaZod(m: Msg): string {
  return MSG_MARK + JSON.stringify(m);
}
function fromZod(message: string): Msg {
  return message.startsWith(MSG_MARK)
    ? (JSON.parse(message.slice(MSG_MARK.length)) as Msg)
    : msg('json.zod', { text: message });
}

/** The problem a value parser reports, for an error callback that only runs on failure. */
function problemOf(r: { ok: true } | { ok: false; problem: Msg }, fallback: Msg): string {
  return viaZod(r.ok ? fallback : r.problem);
}

// Types are checked by zod; values (two decimals, size, sign) by the domain's own parsers, as plain
// refinements: their messages are only computed for a value that fails.

/** A JSON number of dollars. */
const amount = z
  .number({ error: (iss) => viaZod(msg('json.expectedAmount', { got: describe(iss.input) })) })
  .refine((v) => parseDollars(v).ok, {
    error: (iss) => problemOf(parseDollars(iss.input as number), msg('json.notAmount')),
  });

const fte = z
  .number({ error: (iss) => viaZod(msg('json.expectedFte', { got: describe(iss.input) })) })
  .refine((v) => parseFte(v).ok, { error: (iss) => problemOf(parseFte(iss.input as number), msg('json.notFte')) })
  .refine((v) => v >= 0, { error: (iss) => viaZod(msg('json.negativeFte', { value: String(iss.input) })) });

const count = z
  .number({ error: (iss) => viaZod(msg('json.expectedCount', { got: describe(iss.input) })) })
  .refine((v) => Number.isInteger(v), {
    error: (iss) => viaZod(msg('json.expectedWhole', { value: String(iss.input) })),
  })
  .refine((v) => parseCount(v).ok, {
    error: (iss) => problemOf(parseCount(iss.input as number), msg('json.notCount')),
  });

const text = (max = 500) =>
  z.string({ error: (iss) => viaZod(msg('json.expectedText', { got: describe(iss.input) })) }).max(max, {
    error: (iss) => viaZod(msg('json.textTooLong', { length: (iss.input as string).length, max })),
  });

const flag = z.boolean({ error: (iss) => viaZod(msg('json.expectedFlag', { got: describe(iss.input) })) });

const amounts = {
  administration: amount.optional(),
  program: amount.optional(),
  federal: amount.optional(),
  stateMatch: amount.optional(),
  state100: amount.optional(),
  privateSectorConsultation: flag.optional(),
};

const programType = z
  .string({ error: (iss) => viaZod(msg('json.expectedProgramType', { got: describe(iss.input) })) })
  .refine((v) => v === '' || (PROGRAM_TYPES as readonly string[]).includes(v), {
    error: (iss) => {
      const v = String(iss.input);
      const near = nearest(v, PROGRAM_TYPES);
      const data = { value: JSON.stringify(v), types: PROGRAM_TYPES.join('; ') };
      return viaZod(
        near
          ? msg('json.unknownProgramTypeNear', { ...data, near: JSON.stringify(near) })
          : msg('json.unknownProgramType', data),
      );
    },
  });

const personnelLine = z.strictObject({
  title: text().optional(),
  programType: programType.optional(),
  name: text().optional(),
  annualSalary: amount.optional(),
  fte: fte.optional(),
  ...amounts,
});
const itemLine = z.strictObject({ item: text().optional(), ...amounts });
const equipmentLine = z.strictObject({
  item: text().optional(),
  quantity: count.optional(),
  unitCost: amount.optional(),
  computerRelated: flag.optional(),
  ...amounts,
});
const suppliesLine = z.strictObject({
  item: text().optional(),
  quantity: count.optional(),
  unitCost: amount.optional(),
  ...amounts,
});
const contractualLine = z.strictObject({ item: text().optional(), contractor: text().optional(), ...amounts });

const rate = z
  .number({ error: (iss) => viaZod(msg('json.expectedRate', { got: describe(iss.input) })) })
  .refine((v) => v >= 0 && v <= 1, {
    error: (iss) => viaZod(msg('json.expectedRate', { got: describe(iss.input) })),
  });

const indirect = z.strictObject({
  rate: rate.optional(),
  base: text(200).optional(),
  administration: amount.optional(),
  federal: amount.optional(),
  stateMatch: amount.optional(),
  state100: amount.optional(),
});

const staffingRow = z.strictObject({
  allocated5050: fte.optional(),
  allocated100: fte.optional(),
  onBoard5050: fte.optional(),
  onBoard100: fte.optional(),
});

const safetyHealth = z.strictObject({ safety: count.optional(), health: count.optional() });
const newTotal = z.strictObject({ new: count.optional(), total: count.optional() });
const byYear = <T extends z.ZodType>(t: T) =>
  z.strictObject({ actual: t.optional(), estimated: t.optional(), projected: t.optional() });
function keyed<K extends string, T extends z.ZodType>(keys: readonly K[], t: T) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, t.optional()])) as Record<K, z.ZodOptional<T>>);
}

const activities = z.strictObject({
  inspections: keyed(INSPECTION_KEYS, byYear(safetyHealth)).optional(),
  consultationVisits: keyed(CONSULTATION_VISIT_KEYS, byYear(safetyHealth)).optional(),
  complianceAssistance: keyed(COMPLIANCE_ASSISTANCE_KEYS, byYear(newTotal)).optional(),
});

const namedSafetyHealth = z.strictObject({
  name: text().optional(),
  safety: count.optional(),
  health: count.optional(),
});
const consultation = z.strictObject({
  visits: z
    .strictObject({ construction: safetyHealth.optional(), nonConstruction: safetyHealth.optional() })
    .optional(),
  emphasisVisits: safetyHealth.optional(),
  emphasisIndustries: z.array(namedSafetyHealth).max(1000).optional(),
  emphasisHazards: z.array(namedSafetyHealth).max(1000).optional(),
  agencyMeasures: z
    .array(z.strictObject({ name: text().optional(), total: count.optional() }))
    .max(1000)
    .optional(),
  sharp: z.strictObject({ new: count.optional(), current: count.optional() }).optional(),
  renewals: count.optional(),
  preSharp: count.optional(),
  interventions: count.optional(),
});

const quarterList = z.array(amount).length(4, { error: viaZod(msg('json.fourQuarters')) });

const lines = <T extends z.ZodType>(t: T) =>
  z.array(t).max(MAX_BUDGET_LINES, { error: viaZod(msg('json.tooManyLines', { max: MAX_BUDGET_LINES })) });

const budgetSchema = z.strictObject({
  state: z.unknown().optional(), // its absence is said below, in the words of the budget JSON
  fiscalYear: z.unknown().optional(),
  awardLevel: amount.optional(),
  adminCapJustification: text(5000).optional(),
  personnel: lines(personnelLine).optional(),
  fringe: lines(itemLine).optional(),
  travelOutOfState: lines(itemLine).optional(),
  travelInState: lines(itemLine).optional(),
  equipment: lines(equipmentLine).optional(),
  supplies: lines(suppliesLine).optional(),
  contractual: lines(contractualLine).optional(),
  other: lines(itemLine).optional(),
  indirect: indirect.optional(),
  programIncome: amount.optional(),
  staffing: keyed(STAFFING_KEYS, staffingRow).optional(),
  activities: activities.optional(),
  consultation: consultation.optional(),
  // Added to INTERFACES.md: quarters typed by the user for SF-424A Section D.
  cashForecast: z.strictObject({ federal: quarterList.optional(), nonFederal: quarterList.optional() }).optional(),
});

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

/** Keys a misspelling could have meant, for "did you mean". */
function nearest(word: string, candidates: readonly string[]): string | null {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), limit);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== null && bestDistance <= limit ? best : null;
}

/** The keys the object at `path` of the schema accepts, for "did you mean". */
function keysAt(path: readonly PropertyKey[]): string[] {
  let s: z.ZodType = budgetSchema;
  const unwrap = () => {
    for (;;) {
      if (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
      else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
      else return;
    }
  };
  for (const seg of path) {
    unwrap();
    if (typeof seg === 'number') continue;
    if (s instanceof z.ZodObject) s = ((s.shape as Record<string, z.ZodType>)[String(seg)] ?? z.never()) as z.ZodType;
  }
  unwrap();
  return s instanceof z.ZodObject ? Object.keys(s.shape as object) : [];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const seg of path)
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

function problemsFromZod(error: z.ZodError, root: unknown): JsonProblem[] {
  const out: JsonProblem[] = [];
  let more = 0;
  for (const issue of error.issues) {
    // Past the problems people read, only counted (1.2 million unknown keys printed 323 MB before).
    if (out.length >= MAX_PROBLEM_LINES) {
      more += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(issue.path);
      for (const key of issue.keys) {
        if (out.length >= MAX_PROBLEM_LINES) {
          more++;
          continue;
        }
        const near = nearest(key, allowed);
        const data = { key: JSON.stringify(key), allowed: allowed.join(', ') };
        out.push({
          path: formatPath([...issue.path, key]),
          message: near
            ? msg('json.unknownKeyNear', { ...data, near: JSON.stringify(near) })
            : msg('json.unknownKey', data),
        });
      }
    } else if (issue.code === 'invalid_type' && (issue.expected === 'object' || issue.expected === 'array')) {
      const got = valueAt(root, issue.path);
      const gotWhat = Array.isArray(got)
        ? msg('json.got.list')
        : got === null
          ? msg('json.got.null')
          : msg('json.got.type', { type: typeof got });
      out.push({
        path: formatPath(issue.path),
        message:
          issue.expected === 'object'
            ? msg('json.expectedObject', { got: gotWhat })
            : msg('json.expectedList', { got: gotWhat }),
      });
    } else {
      out.push({ path: formatPath(issue.path), message: fromZod(issue.message) });
    }
  }
  if (more) out.push({ path: '', message: msg('json.moreProblemsSameKinds', { count: more }) });
  return out;
}

/** At most MAX_PROBLEM_LINES problems and one line that counts the rest. */
function cappedProblems(problems: JsonProblem[]): JsonProblem[] {
  if (problems.length <= MAX_PROBLEM_LINES + 1) return problems;
  const rest = problems.length - MAX_PROBLEM_LINES;
  return [...problems.slice(0, MAX_PROBLEM_LINES), { path: '', message: msg('json.moreProblems', { count: rest }) }];
}

/** Line and column of a character offset. */
function lineColumn(textIn: string, offset: number): { line: number; column: number } {
  const before = textIn.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** Parses JSON text, refusing what is not a budget-sized, budget-shaped document. */
export function parseJsonText(textIn: string): { ok: true; value: unknown } | { ok: false; problems: JsonProblem[] } {
  let t = textIn;
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1); // a byte-order mark, as Windows editors write: harmless
  if (t.length > MAX_BUDGET_JSON_BYTES) {
    return {
      ok: false,
      problems: [{ path: '', message: msg('json.tooLarge', { mb: MAX_BUDGET_JSON_BYTES / 1024 / 1024 }) }],
    };
  }
  if (t.trim() === '') return { ok: false, problems: [{ path: '', message: msg('json.empty') }] };
  const structure = scanJsonStructure(t, MAX_JSON_DEPTH);
  if (structure.tooDeep) {
    return {
      ok: false,
      problems: [{ path: '', message: msg('json.tooDeep', { max: MAX_JSON_DEPTH }) }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (err) {
    const located = findJsonSyntaxError(t);
    if (located)
      return {
        ok: false,
        problems: [
          { path: '', message: msg('json.syntaxAt', { ...lineColumn(t, located.offset), what: located.message }) },
        ],
      };
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, problems: [{ path: '', message: msg('json.syntax', { detail }) }] };
  }
  const duplicates = structure.duplicates;
  if (duplicates.length > 0) {
    return {
      ok: false,
      problems: cappedProblems(
        duplicates.map((d) => ({
          path: d.path ? `${d.path}.${d.key}` : d.key,
          message: msg('json.duplicateKey', { key: JSON.stringify(d.key) }),
        })),
      ),
    };
  }
  return { ok: true, value };
}

/** Reads budget JSON text into a Budget, or the list of every problem, each with its path. */
export function parseBudgetJson(textIn: string): BudgetJsonResult {
  const parsed = parseJsonText(textIn);
  if (!parsed.ok) return parsed;
  return budgetFromJsonValue(parsed.value);
}

export function budgetFromJsonValue(value: unknown): BudgetJsonResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: [{ path: '', message: msg('json.expectedBudget', { got: describe(value) }) }],
    };
  }
  // Counted before the schema parses a line: 800,000 lines within the old per-section bound took 1.75 GB.
  const size = tooManyLinesProblem(rawLineCount(value as Record<string, unknown>));
  if (size) return { ok: false, problems: [{ path: '', message: msg('json.budgetTooLarge', { size }) }] };
  const result = budgetSchema.safeParse(value);
  const problems: JsonProblem[] = result.success ? [] : problemsFromZod(result.error, value);

  const raw = value as Record<string, unknown>;
  let fiscalYear = DEFAULT_FISCAL_YEAR;
  if (raw.fiscalYear !== undefined) {
    if (typeof raw.fiscalYear !== 'number' || !rulePackFor(raw.fiscalYear)) {
      problems.push({
        path: 'fiscalYear',
        message: msg('json.noRulePack', {
          year: JSON.stringify(raw.fiscalYear) ?? 'undefined',
          available: availableFiscalYears().join(', '),
        }),
      });
    } else fiscalYear = raw.fiscalYear;
  }
  const pack = rulePackFor(fiscalYear) ?? rulePackFor(DEFAULT_FISCAL_YEAR);
  let stateCode = '';
  if (raw.state === undefined) {
    problems.push({
      path: 'state',
      message: msg('json.stateRequired'),
    });
  } else if (typeof raw.state !== 'string') {
    problems.push({
      path: 'state',
      message: msg('json.expectedState', { got: describe(raw.state) }),
    });
  } else if (pack) {
    const entry = findState(pack, raw.state);
    if (entry) stateCode = entry.code;
    else {
      const names = pack.states.flatMap((s) => [s.code, s.name, plainStateName(s)]);
      const near = nearest(raw.state, names);
      problems.push({
        path: 'state',
        message: near
          ? msg('json.unknownStateNear', {
              state: JSON.stringify(raw.state),
              near: JSON.stringify(near),
              year: pack.fiscalYear,
              states: pack.states.map((s) => s.code).join(', '),
            })
          : msg('json.unknownState', {
              state: JSON.stringify(raw.state),
              year: pack.fiscalYear,
              states: pack.states.map((s) => s.code).join(', '),
            }),
      });
    }
  }
  if (problems.length > 0 || !result.success) return { ok: false, problems: cappedProblems(problems) };
  const budget = budgetFromParsed(result.data, stateCode, fiscalYear);
  const totals = budgetTotalsProblem(budget);
  if (totals)
    return { ok: false, problems: [{ path: 'totals', message: msg('json.budgetTooLarge', { size: totals }) }] };
  return { ok: true, budget };
}

/** What the schema accepts, before dollars become cents (budgetFromJson.ts). */
export type ParsedBudgetJson = z.infer<typeof budgetSchema>;
