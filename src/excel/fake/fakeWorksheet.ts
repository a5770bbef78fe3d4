/** The fake's worksheets and their collection: add, rename, protect, page layout, used range, change events. */
import { fakeError, parseRect, type FakeChangeEvent, type FakeSheet } from './fakeWorkbook';
import { protectSheet, readProtection, unprotectSheet, type FakeProtectionOptions } from './fakeProtection';
import type { FakeRequestContext } from './fakeExcel';
import { FakeClientObject, loadPaths } from './fakeClientObject';
import { FakeRange, FakeRangeAreas } from './fakeRange';
import { FakePageBreaks, FakePageLayout } from './fakePageLayout';
import type { FakeActivatedEvent } from './fakeActivation';

export class FakeWorksheetCollection extends FakeClientObject<FakeSheet[]> {
  /** ExcelApi 1.7: a handler called when another sheet becomes active (fakeActivation.ts). */
  readonly onActivated: { add: (h: (e: FakeActivatedEvent) => unknown) => { remove: () => void } };

  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.data.sheets, ctx.data.sheets);
    this.onActivated = {
      add: (h) => {
        let remove: (() => void) | null = null;
        // Listening changes nothing in the workbook: no recalculation, no change to tell of.
        ctx.enqueue(() => {
          remove = ctx.data.activation.add(h);
        }, false);
        return { remove: () => remove?.() };
      },
    };
  }

  get items(): FakeWorksheet[] {
    return this.prop<FakeWorksheet[]>('items');
  }

  /**
   * Each load of a collection replaces its items with new ones that carry only that load's paths, as
   * Microsoft's client library does (a collection's result rebuilds `items`): two loads of
   * `workbook.worksheets` in one batch leave the items of the last, and the first one's properties are
   * not loaded (PropertyNotLoaded). Measured with @microsoft/office-js in test/excel/officeJsRequests.test.ts.
   */
  override load(props?: string | string[] | { select?: string }): this {
    const childPaths = loadPaths(props)
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice('items/'.length));
    this.ctx.enqueue(() => {
      const items = this.ctx.data.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s, s);
        for (const p of childPaths) ws.preloadProperty(p);
        return ws;
      });
      this.preload('items', items);
    }, false);
    return this;
  }

  protected readProperty(): unknown {
    return undefined;
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.enqueue(() => {
      created = this.ctx.data.addSheet(name);
      this.ctx.addedThisSync.add(created);
    });
    return new FakeWorksheet(this.ctx, () => created);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      // The key is a name or an id, as in Excel.
      const s = this.ctx.data.sheet(name) ?? this.ctx.data.sheetById(name);
      if (!s) throw fakeError('ItemNotFound', `The worksheet "${name}" doesn't exist.`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.data.sheet(name) ?? this.ctx.data.sheetById(name) ?? null);
  }

  /** The first worksheet in the tab order (ExcelApi 1.5). */
  getFirst(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const first = this.ctx.data.sheets[0];
      if (!first) throw fakeError('ItemNotFound', 'The workbook has no worksheet.');
      return first;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const d = this.ctx.data;
      return (d.activeSheet ? d.sheet(d.activeSheet) : d.sheets[0]) ?? null;
    });
  }
}

const VISIBILITY = ['Visible', 'Hidden', 'VeryHidden'];

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  readonly onChanged: { add: (h: (e: FakeChangeEvent) => unknown) => { remove: () => void } };
  readonly protection: {
    protect: (options?: FakeProtectionOptions, password?: string) => void;
    unprotect: (password?: string) => void;
    load: (p: string) => unknown;
    readonly protected: boolean;
    readonly options: FakeProtectionOptions;
    readonly isPasswordProtected: boolean;
  };
  readonly freezePanes: {
    freezeRows: (n: number) => void;
    freezeColumns: (n: number) => void;
    freezeAt: (r: FakeRange | string) => void;
  };
  private readonly layout: FakePageLayout;
  private readonly breaks: FakePageBreaks;

  constructor(ctx: FakeRequestContext, resolver: () => FakeSheet | null, preResolved?: FakeSheet) {
    super(ctx, resolver, preResolved);
    this.onChanged = {
      add: (h) => {
        let remove: (() => void) | null = null;
        // Listening changes nothing in the workbook: no recalculation, no change to tell of.
        ctx.enqueue(() => {
          remove = ctx.data.addChangeHandler(this.required().id, h);
        }, false);
        return { remove: () => remove?.() };
      },
    };
    // Protection lives in fakeProtection.ts (Excel's rules: options, password, no second protect()).
    const loadedProtection = new Map<string, unknown>();
    const sheetOf = () => this.required();
    const loaded = (p: string) => (loadedProtection.has(p) ? loadedProtection.get(p) : this.prop(`protection/${p}`));
    this.protection = {
      protect: (options, password) =>
        ctx.enqueue(() => {
          ctx.data.refuseIfAsked('WorksheetProtection.protect');
          protectSheet(sheetOf(), options, password);
        }),
      unprotect: (password) =>
        ctx.enqueue(() => {
          ctx.data.refuseIfAsked('WorksheetProtection.unprotect');
          unprotectSheet(sheetOf(), password);
        }),
      load: (p) =>
        ctx.enqueue(
          () =>
            loadPaths(p).forEach((k) => {
              ctx.data.refuseIfAsked(`WorksheetProtection.${k}`);
              loadedProtection.set(k, readProtection(sheetOf(), k));
            }),
          false,
        ),
      get protected() {
        return loaded('protected') as boolean;
      },
      get options() {
        return loaded('options') as FakeProtectionOptions;
      },
      get isPasswordProtected() {
        return loaded('isPasswordProtected') as boolean;
      },
    };
    this.freezePanes = {
      freezeRows: (n) => ctx.enqueue(() => (this.required().freeze = { rows: n, columns: 0 })),
      freezeColumns: (n) => ctx.enqueue(() => (this.required().freeze = { rows: 0, columns: n })),
      freezeAt: (r) =>
        ctx.enqueue(() => {
          const rect = typeof r === 'string' ? parseRect(r) : r.rectNow();
          this.required().freeze = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
        }),
    };
    this.layout = new FakePageLayout(ctx, () => this.required());
    this.breaks = new FakePageBreaks(ctx, () => this.required());
  }

  /** Manual page breaks (ExcelApi 1.9), refused on an older Excel as pageLayout is. */
  get horizontalPageBreaks(): FakePageBreaks {
    if (this.ctx.data.excelApiMinor < 9)
      throw fakeError('ApiNotFound', 'worksheet.horizontalPageBreaks needs ExcelApi 1.9.');
    return this.breaks;
  }

  /** Print setup (ExcelApi 1.9): an older Excel has no worksheet.pageLayout. */
  get pageLayout(): FakePageLayout {
    if (this.ctx.data.excelApiMinor < 9) throw fakeError('ApiNotFound', 'worksheet.pageLayout needs ExcelApi 1.9.');
    return this.layout;
  }

  /** Fills a property of a child of a loaded collection. */
  preloadProperty(path: string): void {
    const t = this.target();
    this.preload(path, t === null ? undefined : this.readProperty(t, path));
  }

  protected readProperty(t: FakeSheet, path: string): unknown {
    if (path.startsWith('protection/')) {
      this.ctx.data.refuseIfAsked(`WorksheetProtection.${path.slice('protection/'.length)}`);
      return readProtection(t, path.slice('protection/'.length));
    }
    switch (path) {
      case 'name':
        return t.name;
      case 'id':
        return t.id;
      case 'visibility':
        return t.visibility;
      case 'tabColor':
        return t.tabColor;
      case 'position':
        return this.ctx.data.sheets.indexOf(t);
      default:
        throw fakeError('InvalidArgument', `The fake worksheet has no property ${path}`);
    }
  }

  get name(): string {
    return this.prop('name');
  }
  set name(v: string) {
    this.ctx.enqueue(() => {
      const clash = this.ctx.data.sheet(v);
      if (clash && clash !== this.required())
        throw fakeError('ItemAlreadyExists', `A worksheet named "${v}" already exists.`);
      this.required().name = v;
    });
  }
  get id(): string {
    return this.prop('id');
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  set visibility(v: string) {
    if (!VISIBILITY.includes(v)) throw new Error(`bad visibility ${v}`);
    this.ctx.enqueue(() => (this.required().visibility = v as FakeSheet['visibility']));
  }
  get position(): number {
    return this.prop('position');
  }
  /** Moves the sheet to a 0-based place, as Excel does; a place past the last sheet is refused. */
  set position(v: number) {
    this.ctx.enqueue(() => {
      const sheets = this.ctx.data.sheets;
      const t = this.required();
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length)
        throw fakeError('InvalidArgument', `The position ${v} is outside the workbook's ${sheets.length} sheets.`);
      sheets.splice(sheets.indexOf(t), 1);
      sheets.splice(v, 0, t);
    });
  }

  get tabColor(): string {
    return this.prop('tabColor');
  }
  set tabColor(v: string) {
    this.ctx.enqueue(() => (this.required().tabColor = v));
  }

  /**
   * Excel on the web leaves a sheet added in the same request inactive (office-js #930: "Creating and
   * activating a worksheet doesn't work for the first sheet"); activated in a later request, it is shown.
   */
  activate(): void {
    this.ctx.enqueue(() => {
      const sheet = this.required();
      if (this.ctx.data.platform === 'OfficeOnline' && this.ctx.addedThisSync.has(sheet)) return;
      this.ctx.data.activeSheet = sheet.name;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      // A null worksheet gives a null range (a write to it is then refused), or ItemNotFound with `nullChainsThrow`.
      const sheet = this.ctx.data.nullChainsThrow ? this.required() : this.target();
      if (!sheet) return null;
      return { sheet, rect: address ? parseRect(address) : { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 } };
    });
  }

  /**
   * worksheet.getRanges("A1:B2,D4:E5") (ExcelApi 1.9): a RangeAreas whose format applies to every area.
   * An older Excel has no such method: the fake refuses it there, so the writer must fall back. The areas
   * are read with the regional list separator (Windows desktop Excel, office-js #1167): "A1:B2,D4:E5" is
   * refused (InvalidArgument) where the separator is ";", and "A1:B2;D4:E5" where it is ",".
   */
  getRanges(address: string): FakeRangeAreas {
    if (this.ctx.data.excelApiMinor < 9) throw fakeError('ApiNotFound', 'worksheet.getRanges needs ExcelApi 1.9.');
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.data.refuseIfAsked('Worksheet.getRanges');
      const areas = address.split(this.ctx.data.listSeparator).map((a) => a.trim());
      const refused = () =>
        fakeError(
          'InvalidArgument',
          `The argument is invalid or missing or has an incorrect format. ("${address}")`,
          'Worksheet.getRanges',
        );
      if (areas.some((a) => a === '')) throw refused();
      const sheet = this.required();
      try {
        return { sheet, areas: areas.map((a) => parseRect(a)) };
      } catch {
        throw refused();
      }
    });
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      // A null worksheet gives a null range; with `nullChainsThrow` the fake answers as Excel may instead.
      if (!sheet && this.ctx.data.nullChainsThrow)
        throw fakeError('ItemNotFound', "The requested resource doesn't exist.");
      if (!sheet) return null;
      const rect = this.ctx.data.usedRect(sheet);
      return rect ? { sheet, rect } : null;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.required(),
      rect: { r0: row, c0: column, r1: row, c1: column },
    }));
  }

  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.data.refuseIfAsked('Worksheet.delete');
      this.ctx.data.deleteSheet(this.required().name);
    });
  }
}
