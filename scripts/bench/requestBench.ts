/**
 * `requests`: what the pane sends to Excel, measured with Microsoft's own Excel client library
 * (@microsoft/office-js, dist/excel-web-16.00.js; test/support/officeJsClient.ts): for each action, every
 * request's bytes and actions as the library builds them (real), and the bytes of each answer (estimated
 * from the fake workbook, in Excel's response shape). Insert blank Kentucky templates; then, in workbooks
 * holding 100, 2,000 and 10,000 budget lines, the first check, a re-check and the Review sheet.
 */
import { officeJsVersion, OFFICE_JS_FILE, type SyncRecord } from '../../test/support/officeJsClient';
import {
  measureBudgetFlows,
  measureInsertTemplates,
  REQUEST_SIZES,
  type FlowFigures,
} from '../../test/support/officeJsScenarios';

export const KB = 1024;
export const MB = 1024 * 1024;
export const REQUEST_TARGETS = {
  insertBytes: 500 * KB,
  insertActions: 2000,
  at2000: 2 * MB,
  at10000: 5 * MB,
  recheckSyncs: 1,
} as const;

export interface FlowSummary {
  /** Requests made by our code's context.sync() calls. */
  syncs: number;
  /** The library's own request at the end of Excel.run releasing kept ranges. */
  cleanupRequests: number;
  totalRequestBytes: number;
  totalActions: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  error: string | null;
  requests: Pick<SyncRecord, 'requestBytes' | 'actions' | 'responseBytes' | 'cleanup'>[];
}

export interface BudgetSummary {
  firstCheck: FlowSummary;
  recheck: FlowSummary;
  reviewSheet: FlowSummary;
}

export interface RequestFigures {
  library: string;
  real: string;
  estimated: string;
  insertTemplates: FlowSummary;
  budgets: Record<string, BudgetSummary>;
  targets: { name: string; met: boolean; measured: string }[];
}

export function summarize(flow: FlowFigures): FlowSummary {
  const max = (k: 'requestBytes' | 'responseBytes') => Math.max(0, ...flow.syncs.map((s) => s[k]));
  return {
    syncs: flow.syncs.filter((s) => !s.cleanup).length,
    cleanupRequests: flow.syncs.filter((s) => s.cleanup).length,
    totalRequestBytes: flow.syncs.reduce((a, s) => a + s.requestBytes, 0),
    totalActions: flow.syncs.reduce((a, s) => a + s.actions, 0),
    maxRequestBytes: max('requestBytes'),
    maxResponseBytes: max('responseBytes'),
    error: flow.error,
    requests: flow.syncs.map(({ requestBytes, actions, responseBytes, cleanup }) => ({
      requestBytes,
      actions,
      responseBytes,
      cleanup,
    })),
  };
}

const kb = (n: number) => `${(n / KB).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;
const flows = (b: BudgetSummary) => [b.firstCheck, b.recheck, b.reviewSheet];

/** Every request and response of the flows under `limit`, and none failed. */
function allUnder(list: FlowSummary[], limit: number): boolean {
  return list.every((f) => f.error === null && f.maxRequestBytes < limit && f.maxResponseBytes < limit);
}

function largestOf(list: FlowSummary[]): string {
  const req = Math.max(...list.map((f) => f.maxRequestBytes));
  const res = Math.max(...list.map((f) => f.maxResponseBytes));
  const failed = list.find((f) => f.error)?.error;
  return `largest request ${kb(req)}, response ${kb(res)}${failed ? `; failed: ${failed}` : ''}`;
}

export function requestTargets(insert: FlowSummary, budgets: Record<string, BudgetSummary>): RequestFigures['targets'] {
  const at = (n: number) => budgets[String(n)];
  const out: RequestFigures['targets'] = [
    {
      name: `blank templates under ${kb(REQUEST_TARGETS.insertBytes)} and ${REQUEST_TARGETS.insertActions.toLocaleString('en-US')} actions`,
      met:
        insert.error === null &&
        insert.totalRequestBytes < REQUEST_TARGETS.insertBytes &&
        insert.totalActions < REQUEST_TARGETS.insertActions,
      measured: `${kb(insert.totalRequestBytes)}, ${insert.totalActions.toLocaleString('en-US')} actions`,
    },
  ];
  const b2000 = at(2000);
  if (b2000)
    out.push({
      name: 'at 2,000 lines every request and response under 2 MB',
      met: allUnder(flows(b2000), REQUEST_TARGETS.at2000),
      measured: largestOf(flows(b2000)),
    });
  const b10000 = at(10000);
  if (b10000)
    out.push({
      name: 'at 10,000 lines every request and response under 5 MB (in parts if need be)',
      met: allUnder(flows(b10000), REQUEST_TARGETS.at10000),
      measured: largestOf(flows(b10000)),
    });
  const small = Object.entries(budgets).filter(([n]) => Number(n) <= 2000);
  out.push({
    name: 're-check in 1 sync up to 2,000 lines',
    met: small.every(([, b]) => b.recheck.error === null && b.recheck.syncs === REQUEST_TARGETS.recheckSyncs),
    measured: small.map(([n, b]) => `${Number(n).toLocaleString('en-US')}: ${b.recheck.syncs}`).join(', '),
  });
  return out;
}

export async function benchRequests(sizes: readonly number[] = REQUEST_SIZES): Promise<RequestFigures> {
  const insertTemplates = summarize(await measureInsertTemplates());
  const budgets: Record<string, BudgetSummary> = {};
  for (const n of sizes) {
    const f = await measureBudgetFlows(n);
    budgets[String(n)] = {
      firstCheck: summarize(f.firstCheck),
      recheck: summarize(f.recheck),
      reviewSheet: summarize(f.reviewSheet),
    };
  }
  return {
    library: `@microsoft/office-js ${officeJsVersion()}, dist/${OFFICE_JS_FILE}`,
    real: "request bytes and actions: the body Microsoft's library hands to Excel's transport",
    estimated: 'response bytes: the fake workbook answering in the shape the library reads',
    insertTemplates,
    budgets,
    targets: requestTargets(insertTemplates, budgets),
  };
}
