/**
 * The separator `worksheet.getRanges` reads its list of areas with. Microsoft documents a comma, and
 * Excel on the web and Mac take one; Windows desktop Excel takes the list separator of the user's
 * regional settings instead (office-js #1167 and #1985, Microsoft bug 4160381), ";" in most of Europe
 * and Latin America and on many managed images, and refuses a comma list there with InvalidArgument.
 * Office.js has no way to ask for it (#2891), so it is learnt once per Excel, by asking for two areas:
 *   - the first write that styles through RangeAreas puts a probe ("A1,C3") in its request, first, or right
 *     after the sheets the request adds (a workbook may have no worksheet before). Excel runs a request in
 *     order and stops at what it refuses, so a refused probe means nothing after it ran: the write learns
 *     the separator on its own (";", or none) and sends the rest of the request again;
 *   - with neither separator taken, the writer styles one range per rectangle, as on an Excel older
 *     than ExcelApi 1.9 (officeWrite.ts).
 * Addresses Excel gives back (a RangeAreas' address, an event's) always use a comma.
 */
import { noteRefused, refusedFeatureOf } from './refusals';

export type ListSeparator = ',' | ';';

/** undefined: not known yet; null: this Excel takes neither (no RangeAreas). One answer per Excel. */
const known = new WeakMap<object, ListSeparator | null>();
const session = () => (typeof Excel === 'undefined' ? globalThis : Excel) as object;

export function knownListSeparator(): ListSeparator | null | undefined {
  return known.get(session());
}

export function setListSeparator(separator: ListSeparator | null): void {
  known.set(session(), separator);
}

/** Two single cells of the first worksheet, in one getRanges; read back after the sync. */
export interface SeparatorProbe {
  separator: ListSeparator;
  /** True when Excel read the list as the two areas it is. */
  taken(): boolean;
}

export function queueSeparatorProbe(ctx: Excel.RequestContext, separator: ListSeparator): SeparatorProbe {
  const areas = ctx.workbook.worksheets.getFirst().getRanges(`A1${separator}C3`).load('areaCount');
  return { separator, taken: () => areas.areaCount === 2 };
}

function isInvalidArgument(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'InvalidArgument';
}

/**
 * Asks Excel which separator it takes, each probe in a request of its own (one or two syncs); remembers it.
 * 'unknown' when the probe cannot run at all (a workbook with no worksheet yet: only chart sheets).
 */
export async function detectListSeparator(ctx: Excel.RequestContext): Promise<ListSeparator | null | 'unknown'> {
  for (const separator of [',', ';'] as const) {
    const probe = queueSeparatorProbe(ctx, separator);
    try {
      await ctx.sync();
    } catch (e) {
      if (isInvalidArgument(e)) continue;
      // Excel refused getRanges itself, whatever the list: no RangeAreas in this Excel (refusals.ts).
      if (refusedFeatureOf(e) === 'rangeAreas') {
        noteRefused('rangeAreas');
        setListSeparator(null);
        return null;
      }
      return 'unknown';
    }
    if (probe.taken()) {
      setListSeparator(separator);
      return separator;
    }
  }
  setListSeparator(null);
  return null;
}
