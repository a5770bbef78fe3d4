/** The readable table of `npm run bench` on stderr: one block per section, a row per figure. */
import type { BoundsFigures } from './boundsBench';
import type { AdversarialFigures } from './adversarialBench';
import type { CheckFigures } from './checkBench';
import type { RecheckFigures } from './recheckBench';
import type { FlowSummary, RequestFigures } from './requestBench';
import type { ReviewFigures } from './reviewBench';
import { BUNDLE_TARGET_KB, PANE_TARGET_MS, type PaneFigures } from './paneBench';
import { RECHECK_TARGET_MS } from './recheckBench';
import { REVIEW_TARGET_RATIO } from './reviewBench';
import { STARTUP_TARGETS, type StartupFigures } from './startupBench';

type Row = [string, string];

function block(title: string, rows: Row[]): string {
  const width = Math.max(...rows.map((r) => r[0].length));
  return [title, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}

const ms = (n: number | undefined) => (n === undefined ? '-' : `${n.toFixed(n < 10 ? 2 : 1)} ms`);
const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'MISSED');

export function checkTable(c: CheckFigures): string {
  return block('check: read budget JSON, check, SF-424A (median)', [
    ...Object.entries(c.medianMs).map(([n, v]): Row => [`${Number(n).toLocaleString('en-US')} lines`, ms(v)]),
    ['growth per tenfold', c.growthPerTenfold.map((g) => `x${g}`).join(', ') + '  (near 10 = linear)'],
  ]);
}

export function recheckTable(r: RecheckFigures): string {
  return block('recheck: workbook snapshot -> own layout read -> checks + SF-424A (median)', [
    ...Object.entries(r.medianMs).map(([n, v]): Row => [
      `${Number(n).toLocaleString('en-US')} lines`,
      `${ms(v)}  (${(r.snapshotCells[n] ?? 0).toLocaleString('en-US')} cells)`,
    ]),
    ['growth per tenfold', r.growthPerTenfold.map((g) => `x${g}`).join(', ')],
    ['target', `${r.target}: ${verdict(r.met)}`],
  ]);
}

export function reviewTable(r: ReviewFigures): string {
  return block(`review: ${r.files} workbooks of ${r.linesPerFile[0]}-${r.linesPerFile[1]} lines`, [
    ['grant-budget review', `${r.reviewSeconds.toFixed(2)} s  (${r.reviewFilesPerSecond} files/s)`],
    [
      'LibreOffice recalculation',
      r.libreOfficeSeconds === null
        ? (r.note ?? 'not measured')
        : `${r.libreOfficeSeconds.toFixed(2)} s  (${r.libreOfficeFilesPerSecond} files/s, one soffice run)`,
    ],
    ['ratio', r.ratio === null ? '-' : `review ${r.ratio}x faster`],
    ['target', `${r.target}: ${verdict(r.met)}`],
  ]);
}

interface SyncRow {
  insertTemplates: number;
  insertWithBudget: number;
  firstCheck: number;
  recheck: number;
  writeReviewSheet: number;
  changeState: number;
}

export function syncsTable(s: { small: SyncRow; lines2000: SyncRow }): string {
  const row = (k: keyof SyncRow): Row => [k, `${s.small[k]} (small)   ${s.lines2000[k]} (2,000 lines)`];
  return block('syncs: context.sync round trips (fake Excel); targets: re-check 1, insert at most 2, State change 3', [
    row('insertTemplates'),
    row('insertWithBudget'),
    row('firstCheck'),
    row('recheck'),
    row('writeReviewSheet'),
    row('changeState'),
  ]);
}

export function bundleTable(b: {
  initialGzipBytes: number;
  firstCheckChunkGzipBytes: number;
  lazyGzipBytes: number;
}): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return block('bundle: task pane JavaScript, gzipped', [
    ['initial', kb(b.initialGzipBytes)],
    ['first-check chunk', kb(b.firstCheckChunkGzipBytes)],
    ['loaded later', kb(b.lazyGzipBytes)],
  ]);
}

export function paneTable(p: PaneFigures): string {
  return block('pane: navigation to first rendered check list, headless Chromium (sandbox)', [
    ["median, the page's clock", `${p.medianMs} ms`],
    ['runs', p.runsMs.map((m) => `${m} ms`).join(', ')],
    ['median, as Playwright waits', `${p.wallMedianMs} ms (its round trips included)`],
  ]);
}

const kib = (n: number) => `${(n / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;

function flowRow(label: string, f: FlowSummary): Row {
  const cleanup = f.cleanupRequests ? ` +${f.cleanupRequests} cleanup` : '';
  const sizes = `requests ${kib(f.totalRequestBytes)} (largest ${kib(f.maxRequestBytes)}), ${f.totalActions.toLocaleString('en-US')} actions; largest response ~${kib(f.maxResponseBytes)}`;
  return [
    label,
    `${f.syncs} sync${f.syncs === 1 ? '' : 's'}${cleanup}  ${sizes}${f.error ? `  FAILED: ${f.error}` : ''}`,
  ];
}

export function requestsTable(r: RequestFigures): string {
  const rows: Row[] = [flowRow('insert blank KY', r.insertTemplates)];
  for (const [n, b] of Object.entries(r.budgets)) {
    const lines = `${Number(n).toLocaleString('en-US')} lines`;
    rows.push(
      flowRow(`${lines}: first check`, b.firstCheck),
      flowRow(`${lines}: re-check`, b.recheck),
      flowRow(`${lines}: Review sheet`, b.reviewSheet),
    );
  }
  for (const t of r.targets) rows.push([`target`, `${t.name}: ${verdict(t.met)} (${t.measured})`]);
  return block(
    `requests: measured with Microsoft's client library (${r.library}); real: ${r.real}; estimated (~): ${r.estimated}`,
    rows,
  );
}

export function adversarialTable(a: AdversarialFigures): string {
  const rows: Row[] = [];
  for (const [id, x] of Object.entries(a.cases)) {
    const runs = x.runs
      .map(
        (r) =>
          `${r.scale}x n=${r.n.toLocaleString('en-US')} ${r.kb.toFixed(0)} KB: ${ms(r.ms)}, ${r.maxRssMb} MB, exit ${r.exit}`,
      )
      .join(' | ');
    rows.push([
      id,
      runs + (x.growthPerTenfold.length ? `  (per tenfold ${x.growthPerTenfold.map((g) => `x${g}`).join(', ')})` : ''),
    ]);
  }
  rows.push([
    'slowest',
    `${a.slowest.id} at ${a.slowest.scale}x: ${a.slowest.msPerKb} ms/KB (${ms(a.slowest.ms)} for ${a.slowest.kb} KB)`,
  ]);
  rows.push(['peak memory', `${a.peakRssMb} MB (maxRSS of one review process)`]);
  rows.push(['target', `${a.target}: ${verdict(a.met)}`]);
  return block(
    'adversarial: review of the hostile workbooks, each pattern at 1x/10x/100x (median of 3, own process)',
    rows,
  );
}

export function boundsTable(b: BoundsFigures): string {
  const rows: Row[] = b.runs.map((r) => [
    `${r.bound}, ${r.door}`,
    `${r.mb ? `${r.mb} MB ${r.input}: ` : `${r.input}: `}${ms(r.ms)}, ${r.maxRssMb} MB, exit ${r.exit}`,
  ]);
  rows.push(['target', `${b.target}: ${verdict(b.met)}`]);
  return block('bounds: each command with a file at a bound (one run each, own process)', rows);
}

export function startupTable(s: StartupFigures): string {
  return block(`startup: whole processes of the built command, median of ${s.runs}, less node -e 0`, [
    ['node -e 0', ms(s.nodeMs)],
    ['grant-budget --version', `${ms(s.versionMs)}  (${ms(s.versionOverNodeMs)} over node)`],
    [`grant-budget review (${s.reviewedLines} lines)`, `${ms(s.reviewMs)}  (${ms(s.reviewOverNodeMs)} over node)`],
    ['target', `${s.target}: ${verdict(s.met)}`],
  ]);
}

/** Issue 21's figures beside their targets, from this run's sections (a section not run shows "-"). */
export function targetsTable(result: Record<string, unknown>): string {
  const at = <T>(k: string): T | undefined => {
    const v = result[k] as (T & { error?: string }) | undefined;
    return v && !v.error ? v : undefined;
  };
  const startup = at<StartupFigures>('startup');
  const review = at<ReviewFigures>('review');
  const recheck = at<RecheckFigures>('recheck');
  const pane = at<{ medianMs: number }>('pane');
  const bundle = at<{ initialGzipBytes: number }>('bundle');
  type Bound = '<' | '<=' | '>=';
  const holds = (m: number, bound: Bound, t: number) => (bound === '<' ? m < t : bound === '<=' ? m <= t : m >= t);
  const row = (name: string, measured: number | null | undefined, unit: string, bound: Bound, target: number): Row =>
    measured === undefined || measured === null
      ? [name, `-  (target ${bound} ${target} ${unit})`]
      : [name, `${measured} ${unit}  target ${bound} ${target} ${unit}: ${verdict(holds(measured, bound, target))}`];
  return block('targets (issue 21): each figure of this run beside its target', [
    row('start-up: --version, over node -e 0', startup?.versionOverNodeMs, 'ms', '<', STARTUP_TARGETS.versionMs),
    row(
      'start-up: review of one workbook, over node -e 0',
      startup?.reviewOverNodeMs,
      'ms',
      '<',
      STARTUP_TARGETS.reviewMs,
    ),
    row('review vs LibreOffice (50 workbooks)', review?.ratio, 'x', '>=', REVIEW_TARGET_RATIO),
    row('re-check of 10,000 lines (median)', recheck?.medianMs['10000'], 'ms', '<', RECHECK_TARGET_MS),
    row('pane to its first check list (median of 5)', pane?.medianMs, 'ms', '<', PANE_TARGET_MS),
    row(
      'initial bundle, gzipped',
      bundle && Math.round(bundle.initialGzipBytes / 102.4) / 10,
      'KB',
      '<=',
      BUNDLE_TARGET_KB,
    ),
  ]);
}
