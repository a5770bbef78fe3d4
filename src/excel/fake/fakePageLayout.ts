/**
 * worksheet.pageLayout (ExcelApi 1.9) as Excel takes it: an older Excel has no pageLayout at all, and
 * Excel fails the batch (InvalidArgument) on a value it does not take: an orientation or paper size
 * not of its enums, a margin below zero, a zoom whose scale is outside 10 to 400 or that asks for a
 * scale and a fit to pages at once, a fit to a count of pages that is not a whole number (0 is Excel's
 * "automatic": its action recorder writes `verticalFitToPages: 0` for "Fit All Columns on One Page"),
 * print title rows that are not whole rows. On a protected sheet every page setting and break is refused
 * (fakeProtection.ts says why), and a sheet keeps at most 1,026 manual page breaks ("Excel specifications
 * and limits": Excel repairs a file with more).
 */
import type { FakeRequestContext } from './fakeExcel';
import { fakeError, parseRect, type FakeSheet } from './fakeWorkbook';
import { refuseOnProtected } from './fakeProtection';

/** Manual page breaks a sheet can hold ("Excel specifications and limits"). */
export const MAX_PAGE_BREAKS = 1_026;

/** Excel.PaperType (the typings' list). */
const PAPER_TYPES = new Set(
  (
    'Letter LetterSmall Tabloid Ledger Legal Statement Executive A3 A4 A4Small A5 B4 B5 Folio Quatro Paper10x14 Paper11x17 Note ' +
    'Envelope9 Envelope10 Envelope11 Envelope12 Envelope14 Csheet Dsheet Esheet EnvelopeDL EnvelopeC5 EnvelopeC3 EnvelopeC4 EnvelopeC6 ' +
    'EnvelopeC65 EnvelopeB4 EnvelopeB5 EnvelopeB6 EnvelopeItaly EnvelopeMonarch EnvelopePersonal FanfoldUS FanfoldStdGerman FanfoldLegalGerman'
  ).split(' '),
);

const MARGINS = ['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'] as const;

function invalid(message: string): Error {
  return fakeError('InvalidArgument', message);
}

function checkZoom(v: unknown): void {
  if (typeof v !== 'object' || v === null)
    throw invalid('pageLayout.zoom takes { horizontalFitToPages, verticalFitToPages } or { scale }.');
  const z = v as { scale?: unknown; horizontalFitToPages?: unknown; verticalFitToPages?: unknown };
  const fits = [z.horizontalFitToPages, z.verticalFitToPages].filter((x) => x !== undefined && x !== null);
  if (z.scale !== undefined && z.scale !== null) {
    if (fits.length) throw invalid('pageLayout.zoom: a scale and a fit to pages cannot be asked at once.');
    if (typeof z.scale !== 'number' || !(z.scale >= 10 && z.scale <= 400))
      throw invalid('pageLayout.zoom.scale must be between 10 and 400.');
  }
  for (const n of fits) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
      throw invalid('pageLayout.zoom: a fit to pages is a whole number of pages (0: as many as needed).');
  }
  if (fits.length && fits.every((n) => n === 0))
    throw invalid('pageLayout.zoom: a fit to 0 pages wide and 0 tall fits nothing.');
}

export class FakePageLayout {
  readonly headersFooters: { defaultForAllPages: Record<string, string> };
  private readonly loaded = new Map<string, unknown>();
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {
    const hf: Record<string, string> = {};
    for (const k of ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter']) {
      Object.defineProperty(hf, k, { set: (v: string) => this.store(k, v), enumerable: true });
    }
    this.headersFooters = { defaultForAllPages: hf };
    for (const k of MARGINS) {
      Object.defineProperty(this, k, {
        set: (v: unknown) =>
          this.store(k, v, () => {
            if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
              throw invalid(`pageLayout.${k} must be a number of points, at least 0.`);
          }),
        enumerable: true,
      });
    }
  }

  /** Queues a setting; `check` runs at the sync, where Excel fails the batch. */
  private store(key: string, v: unknown, check?: () => void): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      this.ctx.data.refuseIfAsked(`PageLayout.${key}`);
      refuseOnProtected(sheet, 'pageLayout', `PageLayout.${key}`);
      check?.();
      sheet.pageLayout[key] = v;
    });
  }

  set orientation(v: string) {
    this.store('orientation', v, () => {
      if (v !== 'Portrait' && v !== 'Landscape')
        throw invalid(`pageLayout.orientation must be Portrait or Landscape, not ${String(v)}.`);
    });
  }
  set paperSize(v: string) {
    this.store('paperSize', v, () => {
      if (!PAPER_TYPES.has(v)) throw invalid(`pageLayout.paperSize: ${String(v)} is not an Excel.PaperType.`);
    });
  }
  set zoom(v: unknown) {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      this.ctx.data.refuseIfAsked('PageLayout.zoom');
      refuseOnProtected(sheet, 'pageLayout', 'PageLayout.zoom');
      checkZoom(v);
      // office-js #1860: Excel may not keep a fit to pages unless the Page Layout tab has been shown.
      const z = v as { scale?: number };
      if (this.ctx.data.dropsFitToPages && z.scale === undefined) return;
      sheet.pageLayout.zoom = v;
    });
  }

  /** Reads back what the sheet holds (only `zoom` is modelled): Excel's PageLayout.load. */
  load(props: string): this {
    this.ctx.enqueue(() => {
      for (const p of props.split(',').map((x) => x.trim())) {
        if (p !== 'zoom') throw invalid(`The fake page layout cannot load ${p}.`);
        const zoom = (this.sheet().pageLayout.zoom as object | undefined) ?? { scale: 100 };
        this.loaded.set(p, { ...zoom });
      }
    }, false);
    return this;
  }

  get zoom(): unknown {
    if (!this.loaded.has('zoom')) throw fakeError('PropertyNotLoaded', "The property 'zoom' is not available.");
    return this.loaded.get('zoom');
  }
  setPrintTitleRows(rows: string): void {
    this.store('printTitleRows', rows, () => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw invalid(`setPrintTitleRows takes whole rows ("$1:$2"), not ${rows}.`);
    });
  }
  setPrintArea(area: string): void {
    this.store('printArea', area, () => {
      parseRect(area);
    });
  }
}

/** worksheet.horizontalPageBreaks (ExcelApi 1.9): add() puts a break above the range's top-left cell. */
export class FakePageBreaks {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(range: string): void {
    this.ctx.enqueue(() => {
      const { r0 } = parseRect(range);
      const sheet = this.sheet();
      this.refuse(sheet, 'PageBreakCollection.add');
      const layout = sheet.pageLayout;
      const rows = (layout.horizontalPageBreaks as number[] | undefined) ?? [];
      if (!rows.includes(r0 + 1) && rows.length >= MAX_PAGE_BREAKS)
        throw fakeError(
          'InvalidOperation',
          `The worksheet "${sheet.name}" has ${MAX_PAGE_BREAKS} manual page breaks already, as many as Excel keeps.`,
          'PageBreakCollection.add',
        );
      if (!rows.includes(r0 + 1)) rows.push(r0 + 1);
      layout.horizontalPageBreaks = rows.sort((a, b) => a - b);
    });
  }

  /** Removes every manual break of the sheet (Excel's PageBreakCollection.removePageBreaks, ExcelApi 1.9). */
  removePageBreaks(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      this.refuse(sheet, 'PageBreakCollection.removePageBreaks');
      sheet.pageLayout.horizontalPageBreaks = [];
    });
  }

  private refuse(sheet: FakeSheet, location: string): void {
    this.ctx.data.refuseIfAsked(location);
    refuseOnProtected(sheet, 'pageLayout', location);
  }
}
