/**
 * Writing a workbook through Office.js: the port's apply, every operation queued, ONE context.sync.
 * Kept apart from reading so the pane loads it only when the user first writes (insert, review, repair).
 */
import {
  a1,
  columnIndex,
  columnWidthPoints,
  numberRuleBounds,
  parseA1,
  withEquals,
  type CellStyle,
  type CellWrite,
  type DataValidationRule,
  type PrintSetup,
  type WriteOp,
  type WriteOpOf,
  type WritePlan,
} from '../port/workbookPort';
import { excelApiSupported, featureSupported, type GatedFeature } from './requirements';
import { maxOf } from '../budget/arrays';
import { msg, type Msg } from '../messages/words';
import { planParts, REQUEST_ALLOWANCE_BYTES } from './planParts';
import { styleRectangles, type StyleRect } from './styleRects';
import {
  detectListSeparator,
  knownListSeparator,
  queueSeparatorProbe,
  setListSeparator,
  type ListSeparator,
} from './listSeparator';
import { isRefused, refusedFeatureOf } from './refusals';

/**
 * What a cell of a `cells` op becomes in the one `formulas` array: null leaves the cell as it is.
 * Text is text, whatever it looks like: Excel reads every string written through `formulas` (or
 * `values`) as if typed, so "25%" would become 0.25, "3/4" a date, "1E5" 100000, " =x" or "＝x" a
 * formula. An apostrophe in front of EVERY string is Excel's own way of saying "this is text": the
 * apostrophe is not part of the value (it is the cell's prefix character, not shown, not read back by
 * `values` or `formulas`), and unlike the text format "@" it leaves the cell's number format alone, so
 * an amount typed later into the same cell is still a number.
 */
function formulaEntry(w: CellWrite): string | number | boolean | null {
  switch (w.kind) {
    case 'formula':
      return withEquals(w.formula);
    case 'value':
      if (w.value === null || w.value === '') return '';
      return typeof w.value === 'string' ? `'${w.value}` : w.value;
    default:
      return null;
  }
}

function applyStyle(
  range: { format: Excel.RangeFormat },
  s: CellStyle,
  shape: { rows: number; columns: number },
): void {
  if (s.bold !== undefined) range.format.font.bold = s.bold;
  if (s.italic !== undefined) range.format.font.italic = s.italic;
  if (s.fontSize !== undefined) range.format.font.size = s.fontSize;
  if (s.fontColor !== undefined) range.format.font.color = s.fontColor;
  if (s.fill !== undefined) range.format.fill.color = s.fill;
  if (s.align !== undefined)
    range.format.horizontalAlignment = s.align === 'left' ? 'Left' : s.align === 'center' ? 'Center' : 'Right';
  if (s.wrap !== undefined) range.format.wrapText = s.wrap;
  if (s.locked !== undefined) range.format.protection.locked = s.locked;
  if (s.border !== undefined) {
    // Inside edges only where the range has inside lines: a one-row range has no inside horizontal.
    const edges = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      ...(shape.columns > 1 ? ['InsideVertical' as const] : []),
      ...(shape.rows > 1 ? ['InsideHorizontal' as const] : []),
    ] as const;
    for (const edge of edges) range.format.borders.getItem(edge).style = s.border === 'thin' ? 'Continuous' : 'None';
  }
}

/**
 * Consecutive rows (or columns) of equal size as one range each ("12:20"), so that a block of 200
 * rows of the same height is one command, not 200.
 */
export function sizeRuns<K extends number | string>(
  items: readonly { key: K; size: number }[],
  index: (k: K) => number,
): { first: K; last: K; size: number }[] {
  const sorted = [...items].sort((a, b) => index(a.key) - index(b.key));
  const runs: { first: K; last: K; size: number }[] = [];
  for (const { key, size } of sorted) {
    const run = runs[runs.length - 1];
    if (run && run.size === size && index(key) === index(run.last) + 1) run.last = key;
    else runs.push({ first: key, last: key, size });
  }
  return runs;
}

/** How this request styles many ranges at once: the list separator getRanges takes, or null (a range per rectangle). */
type Areas = ListSeparator | null;

function queueCells(ws: Excel.Worksheet, address: string, rows: CellWrite[][], areas: Areas): void {
  if (rows.length === 0) return;
  const width = maxOf(rows.map((r) => r.length));
  if (width === 0) return;
  const { row: top, col: left } = parseA1(address);
  const padded = rows.map((r) => [...r, ...new Array<CellWrite>(width - r.length).fill({ kind: 'skip' })]);
  const target = ws.getRange(`${a1(top, left)}:${a1(top + padded.length - 1, left + width - 1)}`);
  const entries = padded.map((r) => r.map(formulaEntry));
  // Number formats go before the values so that a typed "0.25" in a percent cell reads as intended.
  const formats = padded.map((r) => r.map((w) => (w.kind !== 'skip' && w.style?.numberFormat) || null));
  if (formats.some((r) => r.some((f) => f !== null))) target.numberFormat = formats as unknown as string[][];
  if (entries.some((r) => r.some((e) => e !== null))) target.formulas = entries as unknown as string[][];
  // Styles: each property once per rectangle of cells that share its value (styleRects.ts), and where
  // Excel has RangeAreas, once per value for all its rectangles together.
  const rects = styleRectangles(padded).map((r) => ({
    ...r,
    r0: top + r.r0,
    r1: top + r.r1,
    c0: left + r.c0,
    c1: left + r.c1,
  }));
  if (areas) {
    queueStyleAreas(ws, rects, areas);
    return;
  }
  for (const r of rects) applyStyle(ws.getRange(rectAddress(r)), r.style, shapeOf(r));
}

/** worksheet.getRanges (RangeAreas) came with ExcelApi 1.9; older Excel gets a command per rectangle. */
const RANGE_AREAS_SET = '1.9';
/** Areas per RangeAreas: Excel takes an address list, kept well short of any length limit. */
const AREAS_PER_RANGE = 120;

const rectAddress = (r: StyleRect) => `${a1(r.r0, r.c0)}:${a1(r.r1, r.c1)}`;
const shapeOf = (r: StyleRect) => ({ rows: r.r1 - r.r0 + 1, columns: r.c1 - r.c0 + 1 });

/**
 * Every rectangle that takes the same value of a property, set in one command through a RangeAreas:
 * a blank template's hundreds of ranges (each a range, its format, font or fill, and a reference the
 * library keeps until the batch ends) become a few dozen. Borders are grouped by whether the areas have
 * inside lines too, since an inside edge is set only where a range has one.
 */
function queueStyleAreas(ws: Excel.Worksheet, rects: readonly StyleRect[], separator: ListSeparator): void {
  const groups = new Map<string, { style: CellStyle; shape: { rows: number; columns: number }; areas: string[] }>();
  for (const r of rects) {
    for (const [prop, value] of Object.entries(r.style)) {
      if (value === undefined) continue;
      const shape =
        prop === 'border'
          ? { rows: shapeOf(r).rows > 1 ? 2 : 1, columns: shapeOf(r).columns > 1 ? 2 : 1 }
          : { rows: 1, columns: 1 };
      const key = `${prop}|${JSON.stringify(value)}|${shape.rows}|${shape.columns}`;
      const g = groups.get(key) ?? { style: { [prop]: value } as CellStyle, shape, areas: [] };
      g.areas.push(rectAddress(r));
      groups.set(key, g);
    }
  }
  for (const g of groups.values()) {
    for (let i = 0; i < g.areas.length; i += AREAS_PER_RANGE)
      applyStyle(ws.getRanges(g.areas.slice(i, i + AREAS_PER_RANGE).join(separator)), g.style, g.shape);
  }
}

/** Rows (or columns) of equal size set together: one RangeAreas per size where Excel has it, else one range per run. */
function queueSizes(
  ws: Excel.Worksheet,
  runs: { first: string | number; last: string | number; size: number }[],
  set: (f: Excel.RangeFormat, size: number) => void,
  areas: Areas,
): void {
  if (!areas) {
    for (const run of runs) set(ws.getRange(`${run.first}:${run.last}`).format, run.size);
    return;
  }
  const bySize = new Map<number, string[]>();
  for (const run of runs) bySize.set(run.size, [...(bySize.get(run.size) ?? []), `${run.first}:${run.last}`]);
  for (const [size, list] of bySize) {
    for (let i = 0; i < list.length; i += AREAS_PER_RANGE)
      set(ws.getRanges(list.slice(i, i + AREAS_PER_RANGE).join(areas)).format, size);
  }
}

function validationRule(rule: DataValidationRule): Excel.DataValidationRule {
  if (rule.type === 'list') {
    // A range of entries (entries with commas cannot go in an inline list) or the entries themselves.
    const source = rule.source ? withEquals(rule.source) : (rule.list ?? []).join(',');
    return { list: { inCellDropDown: true, source } };
  }
  const b = numberRuleBounds(rule);
  const basic: Excel.BasicDataValidation =
    b.operator === 'between'
      ? { operator: 'Between', formula1: b.min, formula2: b.max }
      : b.operator === 'atMost'
        ? { operator: 'LessThanOrEqualTo', formula1: b.max }
        : { operator: 'GreaterThanOrEqualTo', formula1: b.min };
  return rule.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
}

/** "&LGrant&CDraft&RPage &P of &N" -> the three parts Office.js sets separately. */
export function splitHeaderFooter(codes: string): { left: string; center: string; right: string } {
  const out = { left: '', center: '', right: '' };
  let current: keyof typeof out = 'center';
  for (const part of codes.split(/(&[LCR])/)) {
    if (part === '&L') current = 'left';
    else if (part === '&C') current = 'center';
    else if (part === '&R') current = 'right';
    else out[current] += part;
  }
  return out;
}

/** Points in an inch: the plan gives margins in inches (as Page Setup shows them), Office.js takes points. */
const POINTS_PER_INCH = 72;

/**
 * Queues a sheet's print setup; returns what to check once it has synced. The fit goes with both of its
 * counts, 0 pages tall meaning "as many as needed", as Excel's own action recorder writes "Fit All Columns
 * on One Page" (`verticalFitToPages: 0`): left out, the sheet keeps its earlier height (1 page by default)
 * and prints squeezed. The fit is read back in the same request: Excel may not keep a fit set through the
 * API while the Page Layout tab has not been shown (office-js #1860), and then the pane says how to set it.
 */
function queuePrint(ws: Excel.Worksheet, setup: PrintSetup, sheet: string): () => string | null {
  const page = ws.pageLayout;
  page.orientation = setup.landscape ? 'Landscape' : 'Portrait';
  if (setup.paper === 'letter') page.paperSize = 'Letter';
  if (setup.margins) {
    const m = setup.margins;
    page.leftMargin = m.left * POINTS_PER_INCH;
    page.rightMargin = m.right * POINTS_PER_INCH;
    page.topMargin = m.top * POINTS_PER_INCH;
    page.bottomMargin = m.bottom * POINTS_PER_INCH;
    page.headerMargin = m.header * POINTS_PER_INCH;
    page.footerMargin = m.footer * POINTS_PER_INCH;
  }
  const fits = setup.fitToWidth > 0 || setup.fitToHeight > 0;
  if (fits) page.zoom = { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: setup.fitToHeight };
  // The plan's breaks replace the sheet's manual ones (a State change refits a sheet that has breaks already).
  if (setup.breaksBefore) ws.horizontalPageBreaks.removePageBreaks();
  for (const row of setup.breaksBefore ?? []) if (row > 1) ws.horizontalPageBreaks.add(`A${row}`);
  if (setup.titleRows) ws.pageLayout.setPrintTitleRows(`$${setup.titleRows.replace(/:/, ':$')}`);
  if (setup.area) ws.pageLayout.setPrintArea(setup.area);
  const hf = ws.pageLayout.headersFooters.defaultForAllPages;
  if (setup.footer) {
    const f = splitHeaderFooter(setup.footer);
    hf.leftFooter = f.left;
    hf.centerFooter = f.center;
    hf.rightFooter = f.right;
  }
  if (setup.header) {
    const h = splitHeaderFooter(setup.header);
    hf.leftHeader = h.left;
    hf.centerHeader = h.center;
    hf.rightHeader = h.right;
  }
  if (!fits) return () => null;
  page.load('zoom');
  return () => (page.zoom?.horizontalFitToPages === setup.fitToWidth ? null : sheet);
}

/** What the pane says when Excel did not keep the fit (office-js #1860). */
export function fitNotKeptNote(sheets: readonly string[]): Msg | null {
  if (sheets.length === 0) return null;
  return msg('excel.fitNotKept', { count: sheets.length, sheets: sheets.map((s) => `"${s}"`).join(', ') });
}

/** What a queued plan leaves to the caller: the gated features skipped, and checks to run after its sync. */
export interface QueuedPlan {
  skipped: GatedFeature[];
  /** Each returns a sheet whose print fit Excel did not keep, or null. */
  fitChecks: (() => string | null)[];
}

/**
 * Queues every operation of a plan. No sync here: the caller syncs once. `areas` is how to style many
 * ranges at once (listSeparator.ts); left out, one range per rectangle.
 */
export function queuePlan(ctx: Excel.RequestContext, plan: WritePlan, areas: Areas = null): QueuedPlan {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    const key = name.toLowerCase();
    let ws = sheets.get(key);
    if (!ws) {
      ws = ctx.workbook.worksheets.getItem(name);
      sheets.set(key, ws);
    }
    return ws;
  };
  const gate: Gate = {
    canValidate: featureSupported('validation'),
    canPrint: featureSupported('printSetup'),
    skipped: new Set(),
    areas,
    fitChecks: [],
  };
  for (const op of plan.ops) queueOp(ctx, op, sheet, sheets, gate);
  return { skipped: [...gate.skipped], fitChecks: gate.fitChecks };
}

interface Gate {
  canValidate: boolean;
  canPrint: boolean;
  skipped: Set<GatedFeature>;
  areas: Areas;
  fitChecks: (() => string | null)[];
}

function queueOp(
  ctx: Excel.RequestContext,
  op: WriteOp,
  sheet: (name: string) => Excel.Worksheet,
  sheets: Map<string, Excel.Worksheet>,
  gate: Gate,
): void {
  switch (op.op) {
    case 'addSheet': {
      const ws = ctx.workbook.worksheets.add(op.sheet);
      if (op.tabColor) ws.tabColor = op.tabColor;
      if (op.position !== undefined) ws.position = op.position;
      sheets.set(op.sheet.toLowerCase(), ws);
      return;
    }
    case 'cells':
      queueCells(sheet(op.sheet), op.address, op.rows, gate.areas);
      return;
    case 'columnWidths':
      queueColumnWidths(sheet(op.sheet), op, gate.areas);
      return;
    case 'unlockRows':
      sheet(op.sheet).getRange(op.rows).format.protection.locked = false;
      return;
    case 'rowHeights':
      queueRowHeights(sheet(op.sheet), op, gate.areas);
      return;
    case 'merge':
      sheet(op.sheet).getRange(op.range).merge(false);
      return;
    case 'name':
      ctx.workbook.names.add(op.name, withEquals(op.ref), op.comment);
      return;
    case 'validation':
      if (gate.canValidate) queueValidation(sheet(op.sheet), op);
      else gate.skipped.add('validation');
      return;
    case 'freeze':
      queueFreeze(sheet(op.sheet), op);
      return;
    case 'protect':
      // The options (ExcelApi 1.2) keep row inserts possible: protect() alone forbids them.
      sheet(op.sheet).protection.protect(op.options ? { ...op.options } : undefined);
      return;
    case 'unprotect':
      sheet(op.sheet).protection.unprotect();
      return;
    case 'print':
      if (!gate.canPrint) {
        gate.skipped.add('printSetup');
        return;
      }
      gate.fitChecks.push(queuePrint(sheet(op.sheet), op.setup, op.sheet));
      return;
    case 'activate':
      sheet(op.sheet).activate();
      return;
    default: {
      // A new kind of operation in the port must be taught to this adapter, not skipped silently.
      const unknown: never = op;
      throw new Error(`The Excel adapter cannot apply the operation ${JSON.stringify(unknown)}`);
    }
  }
}

function queueColumnWidths(ws: Excel.Worksheet, op: WriteOpOf<'columnWidths'>, areas: Areas): void {
  const runs = sizeRuns(
    op.widths.map((w) => ({ key: w.column, size: w.width })),
    columnIndex,
  );
  queueSizes(ws, runs, (f, size) => (f.columnWidth = columnWidthPoints(size)), areas);
}

function queueRowHeights(ws: Excel.Worksheet, op: WriteOpOf<'rowHeights'>, areas: Areas): void {
  const runs = sizeRuns(
    op.heights.map((h) => ({ key: h.row, size: h.height })),
    (r) => r,
  );
  queueSizes(ws, runs, (f, size) => (f.rowHeight = size), areas);
}

function queueValidation(ws: Excel.Worksheet, op: WriteOpOf<'validation'>): void {
  const dv = ws.getRange(op.range).dataValidation;
  dv.rule = validationRule(op.rule);
  dv.errorAlert = { showAlert: true, style: 'Stop', title: op.rule.errorTitle, message: op.rule.errorMessage };
  if (op.rule.prompt) dv.prompt = { showPrompt: true, title: op.rule.errorTitle, message: op.rule.prompt };
}

function queueFreeze(ws: Excel.Worksheet, op: WriteOpOf<'freeze'>): void {
  if (op.rows > 0 && op.columns > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${a1(op.rows - 1, op.columns - 1)}`));
  else if (op.rows > 0) ws.freezePanes.freezeRows(op.rows);
  else if (op.columns > 0) ws.freezePanes.freezeColumns(op.columns);
}

/** What a write did without, in words and as features: the pane says it. */
export interface ApplyOutcome {
  /** Gated features this Excel is too old for (their operations were skipped). */
  skipped: GatedFeature[];
  /** Anything else to tell the user (a print fit Excel did not keep). */
  notes: Msg[];
}

/** How to style many ranges at once in this Excel: learnt once (listSeparator.ts); undefined until then. */
function areasNow(): Areas | undefined {
  if (!excelApiSupported(RANGE_AREAS_SET) || isRefused('rangeAreas')) return null;
  return knownListSeparator();
}

/** What a refused probe answers: the wrong separator, getRanges refused, or no worksheet to ask on. */
function couldBeTheProbe(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return code === 'InvalidArgument' || code === 'ItemNotFound' || refusedFeatureOf(e) === 'rangeAreas';
}

/**
 * One part of a plan in one request, with the separator probe in it while the separator is not known:
 * after the sheets the part adds (so that there is a worksheet to ask on), before anything else.
 */
async function applyPart(ctx: Excel.RequestContext, part: WritePlan): Promise<QueuedPlan> {
  const areas = areasNow();
  if (areas !== undefined) {
    const queued = queuePlan(ctx, part, areas);
    await ctx.sync();
    return queued;
  }
  const lead = part.ops.findIndex((o) => o.op !== 'addSheet');
  const adds = { ops: lead < 0 ? part.ops : part.ops.slice(0, lead) };
  const rest = { ops: lead < 0 ? [] : part.ops.slice(lead) };
  const added = queuePlan(ctx, adds);
  const probe = queueSeparatorProbe(ctx, ',');
  const queued = queuePlan(ctx, rest, ',');
  try {
    await ctx.sync();
  } catch (e) {
    // Excel stops a request at what it refuses. If that was the probe, nothing after it ran: learn the
    // separator alone and send the rest again with it. If the probe passes alone, the refusal was elsewhere.
    // A request refused whole (cell-edit mode, its size) ran nothing, the probe neither: it goes to the caller.
    if (!couldBeTheProbe(e)) throw e;
    const separator = await detectListSeparator(ctx);
    if (separator === ',') throw e;
    const again = queuePlan(ctx, rest, separator === 'unknown' ? null : separator);
    await ctx.sync();
    return { skipped: [...added.skipped, ...again.skipped], fitChecks: again.fitChecks };
  }
  setListSeparator(probe.taken() ? ',' : null);
  return { skipped: [...added.skipped, ...queued.skipped], fitChecks: queued.fitChecks };
}

/**
 * Applies a plan inside a context: one sync, or one per part when the plan's request would come near
 * Excel on the web's 5 MB (planParts.ts: a 10,000-line budget written into the templates). A sheet is
 * activated only after the writes have synced, in a request of its own: Excel on the web does not show
 * a sheet activated in the request that added it (office-js #930).
 */
export async function applyIn(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  allowance = REQUEST_ALLOWANCE_BYTES,
): Promise<ApplyOutcome> {
  const skipped = new Set<GatedFeature>();
  const unfitted: string[] = [];
  const activations = plan.ops.filter((o) => o.op === 'activate');
  const writes = { ops: plan.ops.filter((o) => o.op !== 'activate') };
  for (const part of planParts(writes, allowance)) {
    const queued = await applyPart(ctx, part);
    for (const f of queued.skipped) skipped.add(f);
    for (const check of queued.fitChecks) {
      const sheet = check();
      if (sheet) unfitted.push(sheet);
    }
  }
  if (activations.length) {
    // Showing the sheet is a courtesy: the writes are done, and a refusal here (a cell in edit mode)
    // must not make a whole write look failed, nor have it undone.
    queuePlan(ctx, { ops: activations });
    await ctx.sync().catch(() => undefined);
  }
  const note = fitNotKeptNote(unfitted);
  return { skipped: [...skipped], notes: note ? [note] : [] };
}
