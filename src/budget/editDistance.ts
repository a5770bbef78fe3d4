/**
 * Levenshtein distance, bounded: how many single-character edits turn `a` into `b`, or `limit + 1` as
 * soon as it is certain to exceed `limit` (a long text against a short label stops early). One function
 * for every "did you mean" and every label matched despite typos (budget JSON keys, template labels).
 *
 * Readers call it for every row label of every sheet against every template label (a 10,000-line sheet
 * probed for Appendix D is 200,000 calls), so it computes only the diagonal band a bounded answer can
 * use (Ukkonen: a cell further than `limit` from the diagonal already exceeds it) in two rows kept
 * between calls, and allocates nothing.
 */
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return limit + 1;
  if (m === 0 || n === 0) return m + n; // within limit: checked above
  const band = Math.min(limit, Math.max(m, n)); // half-width of the diagonal band computed
  const over = band + 1; // any value past the band: certainly more than `limit` (or than the true distance)
  if (prevRow.length <= n + 1) {
    prevRow = new Int32Array(2 * (n + 1));
    curRow = new Int32Array(2 * (n + 1));
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= n; j++) prev[j] = j <= band ? j : over;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(n, i + band);
    cur[lo - 1] = lo === 1 && i <= band ? i : over;
    let rowMin = cur[lo - 1] as number;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      if (del < v) v = del;
      if (ins < v) v = ins;
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < n) cur[hi + 1] = over; // the next row reads one cell further right
    if (rowMin > limit) return limit + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[n] as number;
  return d > limit ? limit + 1 : d;
}
