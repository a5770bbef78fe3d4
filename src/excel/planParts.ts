/**
 * Excel on the web refuses a request over 5 MB. A plan is applied in one sync when its request stays
 * well under that (every blank template, any budget of a few thousand lines), and otherwise in parts,
 * each an ordered slice of the plan, a large block of cells cut into bands of whole rows.
 * The size of a request is estimated from what the plan queues: the text of every formula and number
 * format sent, plus a fixed cost for each command. (The helper that replays requests through Microsoft's
 * own client library measures the real bytes; the allowance here is set so that the estimate can be
 * off by half and a part still stays under 5 MB.)
 */
import { a1, parseA1, type CellWrite, type WriteOp, type WriteOpOf, type WritePlan } from '../port/workbookPort';
import { styleRectangles } from './styleRects';

/** What a part may hold, estimated: 2 MB, so an estimate 2.5 times short still fits in 5 MB. */
export const REQUEST_ALLOWANCE_BYTES = 2_000_000;

/** A command (a getRange, a property set, a method call) costs about this much in a request, its data aside. */
const BYTES_PER_COMMAND = 160;

function cellBytes(w: CellWrite): number {
  // Every cell is an element of the formulas array and of the numberFormat array: quotes, commas, nulls.
  const sep = 12;
  switch (w.kind) {
    case 'formula':
      return sep + w.formula.length * 1.1 + (w.style?.numberFormat?.length ?? 0);
    case 'value':
      return sep + (w.value === null ? 2 : String(w.value).length * 1.1 + 1) + (w.style?.numberFormat?.length ?? 0);
    default:
      return sep;
  }
}

/** How many runs of neighbouring rows of one height the heights make. */
function heightRuns(heights: readonly { row: number; height: number }[]): number {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  let runs = 0;
  sorted.forEach((h, i) => {
    const prev = sorted[i - 1];
    if (!prev || prev.row + 1 !== h.row || prev.height !== h.height) runs++;
  });
  return runs;
}

/** The estimated bytes an op adds to a request. */
export function estimateOpBytes(op: WriteOp): number {
  switch (op.op) {
    case 'cells': {
      let bytes = 4 * BYTES_PER_COMMAND;
      for (const row of op.rows) {
        bytes += 4;
        for (const w of row) bytes += cellBytes(w);
      }
      // Styles: a getRange and a set per property of each rectangle, a border six edges.
      for (const r of styleRectangles(op.rows)) {
        const props = Object.keys(r.style).length + (r.style.border !== undefined ? 11 : 0);
        bytes += (1 + props) * BYTES_PER_COMMAND;
      }
      return bytes;
    }
    case 'columnWidths':
      return op.widths.length * 2 * BYTES_PER_COMMAND;
    case 'rowHeights':
      // Rows of one height next to each other are set by one range (officeWrite.ts sizeRuns).
      return heightRuns(op.heights) * (2 * BYTES_PER_COMMAND + 16);
    case 'validation':
      return 5 * BYTES_PER_COMMAND + JSON.stringify(op.rule).length;
    case 'print':
      return (16 + (op.setup.breaksBefore?.length ?? 0)) * BYTES_PER_COMMAND;
    default:
      return 2 * BYTES_PER_COMMAND + JSON.stringify(op).length;
  }
}

/** A cells op cut into bands of whole rows, each estimated at most `allowance` (a band is at least one row). */
function bands(op: WriteOpOf<'cells'>, allowance: number): WriteOp[] {
  const { row: top, col: left } = parseA1(op.address);
  const out: WriteOp[] = [];
  let start = 0;
  while (start < op.rows.length) {
    let end = start;
    let bytes = estimateOpBytes({ ...op, rows: [op.rows[start] as CellWrite[]] });
    while (end + 1 < op.rows.length) {
      const more = estimateOpBytes({ ...op, rows: [op.rows[end + 1] as CellWrite[]] }) - 4 * BYTES_PER_COMMAND;
      if (bytes + more > allowance) break;
      bytes += more;
      end++;
    }
    out.push({ ...op, address: a1(top + start, left), rows: op.rows.slice(start, end + 1) });
    start = end + 1;
  }
  return out;
}

/** The plan in parts of at most `allowance` estimated bytes each, in order; a small plan is one part. */
export function planParts(plan: WritePlan, allowance = REQUEST_ALLOWANCE_BYTES): WritePlan[] {
  const parts: WritePlan[] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  const push = (op: WriteOp, size: number) => {
    if (current.length > 0 && bytes + size > allowance) {
      parts.push({ ops: current });
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += size;
  };
  for (const op of plan.ops) {
    const size = estimateOpBytes(op);
    if (op.op === 'cells' && size > allowance / 2) {
      for (const band of bands(op, allowance / 2)) push(band, estimateOpBytes(band));
    } else push(op, size);
  }
  if (current.length > 0 || parts.length === 0) parts.push({ ops: current });
  return parts;
}
