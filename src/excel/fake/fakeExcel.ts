/**
 * A fake of the part of the Excel JavaScript API the add-in uses, with the habits of the real one:
 * commands are queued on proxy objects and run only at `context.sync()` (counted); a property read
 * before `load()` and a sync throws PropertyNotLoaded; `*OrNullObject` methods give null objects;
 * getItem of a missing sheet fails the batch with ItemNotFound; a sync while the user is typing in a
 * cell fails with InvalidOperationInCellEditMode; worksheet onChanged handlers are called after edits.
 * Used by the unit tests of src/excel and by the browser sandbox (set as the global `Excel`).
 */
import {
  FakeWorkbook,
  cellKey,
  colLetters,
  fakeError,
  parseRect,
  rectAddress,
  type FakeChangeEvent,
  type FakeSheet,
  type FakeValue,
  type Rect,
} from './fakeWorkbook';
import { cellEditGate, runOptionsOf, type FakeRunOptions } from './fakeEvents';
import { jsonBytes } from './fakeLimits';
import { protectSheet, readProtection, unprotectSheet, type FakeProtectionOptions } from './fakeProtection';
import { insertRows } from './fakeRowInsert';
import { deleteName, refuseUnknownListSource, refuseUnknownSheets } from './fakeStrict';
import { specialCellAreas } from './fakeSpecialCells';
import { FakePageBreaks, FakePageLayout } from './fakePageLayout';

type Op = () => void;

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: { op: Op; writes: boolean; bytes: number }[] = [];

  constructor(
    readonly data: FakeWorkbook,
    private readonly options: FakeRunOptions = {},
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  /**
   * Queues a command; `writes` false for loads and lookups, so a read-only sync does not recalculate;
   * `bytes`: what its arguments weigh in the request (fakeLimits.ts). Every command counts as one of
   * Excel's "actions".
   */
  enqueue(op: Op, writes = true, bytes = 0): void {
    this.data.actionCount++;
    this.queue.push({ op, writes, bytes });
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** One round trip: runs every queued command in order; the first failure rejects (earlier ones stay done, as in Excel). */
  async sync(): Promise<void> {
    this.data.syncCount++;
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    await cellEditGate(this.data, this.options);
    this.data.limits.beginSync(ops.length, ops.reduce((n, o) => n + o.bytes, 0));
    let wrote = false;
    try {
      for (const { op, writes } of ops) {
        if (writes) wrote = true;
        op();
      }
      this.data.limits.endSync();
    } finally {
      if (wrote) {
        this.data.recalculate();
        this.data.notifyDocumentChanged();
      }
    }
  }
}

function propertyNotLoaded(prop: string): Error {
  return fakeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** "items/name, items/visibility" | ["values"] | { select: "..." } -> property paths. */
function loadPaths(props?: string | string[] | { select?: string }): string[] {
  if (props === undefined) return [];
  const text = Array.isArray(props) ? props.join(',') : typeof props === 'string' ? props : (props.select ?? '');
  return text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

abstract class FakeClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private resolved: { target: T | null } | null = null;

  constructor(
    protected readonly ctx: FakeRequestContext,
    private readonly resolver: () => T | null,
    preResolved?: T,
  ) {
    if (preResolved !== undefined) this.resolved = { target: preResolved };
    else ctx.enqueue(() => this.target(), false);
  }

  /** The document object this proxy stands for, resolved once when its first command runs. */
  protected target(): T | null {
    if (!this.resolved) this.resolved = { target: this.resolver() };
    return this.resolved.target;
  }

  protected required(): T {
    const t = this.target();
    if (t === null) throw fakeError('ItemNotFound', 'The requested resource doesn\'t exist.');
    return t;
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw propertyNotLoaded('isNullObject');
    return this.resolved.target === null;
  }

  load(props?: string | string[] | { select?: string }): this {
    const paths = loadPaths(props);
    if (paths.length === 0) throw new Error('load() without properties loads everything: name the properties (office-addins/no-empty-load)');
    this.ctx.enqueue(() => {
      const t = this.target();
      for (const p of paths) this.loaded.set(p, t === null ? undefined : this.readProperty(t, p));
      for (const p of paths) this.ctx.data.limits.noteLoaded(this.loaded.get(p));
    }, false);
    return this;
  }

  protected prop<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Sets a loaded value directly (children of a loaded collection). */
  protected preload(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected abstract readProperty(target: T, path: string): unknown;
}

/* ------------------------------------------------------------------------------------------------ */

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }

  getSelectedRange(): FakeRange {
    const data = this.ctx.data;
    return new FakeRange(this.ctx, () => {
      if (!data.selection) return null;
      const sheet = data.sheet(data.selection.sheet);
      return sheet ? { sheet, rect: parseRect(data.selection.address) } : null;
    });
  }
}

export class FakeWorksheetCollection extends FakeClientObject<FakeSheet[]> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.data.sheets, ctx.data.sheets);
  }

  get items(): FakeWorksheet[] {
    return this.prop<FakeWorksheet[]>('items');
  }

  /** Loads of one collection in one batch add up, as in Office.js (the items carry every path asked for). */
  private readonly childPaths = new Set<string>();

  override load(props?: string | string[] | { select?: string }): this {
    for (const p of loadPaths(props)) if (p.startsWith('items/')) this.childPaths.add(p.slice('items/'.length));
    const childPaths = [...this.childPaths];
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
  readonly freezePanes: { freezeRows: (n: number) => void; freezeColumns: (n: number) => void; freezeAt: (r: FakeRange | string) => void };
  private readonly layout: FakePageLayout;
  private readonly breaks: FakePageBreaks;

  constructor(ctx: FakeRequestContext, resolver: () => FakeSheet | null, preResolved?: FakeSheet) {
    super(ctx, resolver, preResolved);
    this.onChanged = {
      add: (h) => {
        let remove: (() => void) | null = null;
        ctx.enqueue(() => {
          remove = ctx.data.addChangeHandler(this.required().id, h);
        });
        return { remove: () => remove?.() };
      },
    };
    // Protection lives in fakeProtection.ts (Excel's rules: options, password, no second protect()).
    const loadedProtection = new Map<string, unknown>();
    const sheetOf = () => this.required();
    const loaded = (p: string) => (loadedProtection.has(p) ? loadedProtection.get(p) : this.prop(`protection/${p}`));
    this.protection = {
      protect: (options, password) => ctx.enqueue(() => protectSheet(sheetOf(), options, password)),
      unprotect: (password) => ctx.enqueue(() => unprotectSheet(sheetOf(), password)),
      load: (p) => ctx.enqueue(() => loadPaths(p).forEach((k) => loadedProtection.set(k, readProtection(sheetOf(), k))), false),
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
    if (this.ctx.data.excelApiMinor < 9) throw fakeError('ApiNotFound', 'worksheet.horizontalPageBreaks needs ExcelApi 1.9.');
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
    if (path.startsWith('protection/')) return readProtection(t, path.slice('protection/'.length));
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
      if (clash && clash !== this.required()) throw fakeError('ItemAlreadyExists', `A worksheet named "${v}" already exists.`);
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
  get tabColor(): string {
    return this.prop('tabColor');
  }
  set tabColor(v: string) {
    this.ctx.enqueue(() => (this.required().tabColor = v));
  }

  activate(): void {
    this.ctx.enqueue(() => (this.ctx.data.activeSheet = this.required().name));
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
   * An older Excel has no such method: the fake refuses it there, so the writer must fall back.
   */
  getRanges(address: string): { format: FakeRangeFormat } {
    if (this.ctx.data.excelApiMinor < 9) throw fakeError('ApiNotFound', 'worksheet.getRanges needs ExcelApi 1.9.');
    const areas = address.split(',').map((a) => a.trim());
    if (areas.some((a) => a === '')) throw fakeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. ("${address}")`);
    return { format: new FakeRangeFormat(this.ctx, () => areas.map((a) => ({ sheet: this.required(), rect: parseRect(a) }))) };
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      // A null worksheet gives a null range; with `nullChainsThrow` the fake answers as Excel may instead.
      if (!sheet && this.ctx.data.nullChainsThrow) throw fakeError('ItemNotFound', "The requested resource doesn't exist.");
      if (!sheet) return null;
      const rect = this.ctx.data.usedRect(sheet);
      return rect ? { sheet, rect } : null;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.required(), rect: { r0: row, c0: column, r1: row, c1: column } }));
  }

  delete(): void {
    this.ctx.enqueue(() => this.ctx.data.deleteSheet(this.required().name));
  }
}

/* ------------------------------------------------------------------------------------------------ */

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function valueType(v: FakeValue): string {
  if (v === null) return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'string') return 'String';
  return 'Error';
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: { rule: unknown; errorAlert: unknown; prompt: unknown; clear: () => void };

  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver);
    this.format = new FakeRangeFormat(ctx, () => this.required());
    const validation: Record<string, unknown> = {};
    const saveValidation = () => {
      const { sheet, rect } = this.required();
      const range = rectAddress(rect);
      sheet.validations = sheet.validations.filter((v) => v.range !== range);
      sheet.validations.push({ range, rule: { ...validation } });
    };
    this.dataValidation = {
      set rule(v: unknown) {
        ctx.enqueue(() => {
          refuseUnknownListSource(ctx.data, v);
          validation.rule = v;
          saveValidation();
        });
      },
      set errorAlert(v: unknown) {
        ctx.enqueue(() => {
          validation.errorAlert = v;
          saveValidation();
        });
      },
      set prompt(v: unknown) {
        ctx.enqueue(() => {
          validation.prompt = v;
          saveValidation();
        });
      },
      get rule() {
        throw propertyNotLoaded('rule');
      },
      get errorAlert() {
        throw propertyNotLoaded('errorAlert');
      },
      get prompt() {
        throw propertyNotLoaded('prompt');
      },
      clear: () => ctx.enqueue(() => undefined),
    };
  }

  /** Records which cells were read (fakeLimits.ts), for tests that a read left a sheet alone. */
  override load(props?: string | string[] | { select?: string }): this {
    super.load(props);
    this.ctx.enqueue(() => {
      const t = this.target();
      if (t) this.ctx.data.limits.noteRangeLoad({ sheet: t.sheet.name, address: rectAddress(t.rect), props: loadPaths(props) });
    }, false);
    return this;
  }

  /** The rectangle, for commands of other objects that take this range (freezeAt). */
  rectNow(): Rect {
    return this.required().rect;
  }

  protected readProperty(t: RangeTarget, path: string): unknown {
    const { sheet, rect } = t;
    const grid = <V>(f: (r: number, c: number) => V): V[][] => {
      if ((rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1) > 5_000_000) throw fakeError('ResponsePayloadSizeLimitExceeded', 'The range is too large.');
      const rows: V[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: V[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(f(r, c));
        rows.push(row);
      }
      return rows;
    };
    const cell = (r: number, c: number) => sheet.cells.get(cellKey(r, c));
    const shown = (v: FakeValue): string | number | boolean => (v === null ? '' : typeof v === 'object' ? v.error : v);
    switch (path) {
      case 'address':
        return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'rowCount':
        return rect.r1 - rect.r0 + 1;
      case 'columnCount':
        return rect.c1 - rect.c0 + 1;
      case 'values':
        return grid((r, c) => shown(cell(r, c)?.value ?? null));
      case 'formulas':
        return grid((r, c) => cell(r, c)?.formula ?? shown(cell(r, c)?.value ?? null));
      case 'valueTypes':
        return grid((r, c) => valueType(cell(r, c)?.value ?? null));
      case 'numberFormat':
        return grid((r, c) => (cell(r, c)?.style.numberFormat as string | undefined) ?? 'General');
      default:
        throw fakeError('InvalidArgument', `The fake range has no property ${path}`);
    }
  }

  get address(): string {
    return this.prop('address');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get values(): unknown[][] {
    return this.prop('values');
  }
  set values(v: unknown[][]) {
    this.write(v, true);
  }
  get formulas(): unknown[][] {
    return this.prop('formulas');
  }
  set formulas(v: unknown[][]) {
    this.write(v, false);
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }
  get numberFormat(): string[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(v: unknown) {
    this.ctx.enqueue(() => this.eachCell(v, (cell, x) => x !== null && (cell.style.numberFormat = x)));
  }

  private write(v: unknown, asValues: boolean): void {
    // The array travels in the request (Excel on the web refuses one over 5 MB).
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.required();
      this.checkShape(v, rect);
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const x = Array.isArray(v) ? (v[r - rect.r0] as unknown[])[c - rect.c0] : v;
          this.ctx.data.writeFromApi(sheet, r, c, x, asValues);
        }
      }
    }, true, jsonBytes(v));
  }

  private checkShape(v: unknown, rect: Rect): void {
    if (!Array.isArray(v)) return;
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw fakeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`);
    }
  }

  private eachCell(v: unknown, f: (cell: { style: Record<string, unknown> }, x: unknown) => unknown): void {
    const { sheet, rect } = this.required();
    this.checkShape(v, rect);
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const x = Array.isArray(v) ? (v[r - rect.r0] as unknown[])[c - rect.c0] : v;
        f(this.ctx.data.cellFor(sheet, r, c), x);
      }
    }
  }

  /** The cells that are constants, formulas or blanks, by value type (ExcelApi 1.9; fakeSpecialCells.ts). */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeRangeAreas {
    if (this.ctx.data.excelApiMinor < 9) throw fakeError('ApiNotFound', 'range.getSpecialCellsOrNullObject needs ExcelApi 1.9.');
    return new FakeRangeAreas(this.ctx, () => {
      const t = this.ctx.data.nullChainsThrow ? this.required() : this.target();
      if (!t) return null;
      const areas = specialCellAreas(t.sheet, t.rect, this.ctx.data.usedRect(t.sheet), cellType, cellValueType);
      return areas.length > 0 ? { sheet: t.sheet, areas } : null;
    });
  }

  getSpecialCells(cellType: string, cellValueType?: string): FakeRangeAreas {
    if (this.ctx.data.excelApiMinor < 9) throw fakeError('ApiNotFound', 'range.getSpecialCells needs ExcelApi 1.9.');
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, rect } = this.required();
      const areas = specialCellAreas(sheet, rect, this.ctx.data.usedRect(sheet), cellType, cellValueType);
      if (areas.length === 0) throw fakeError('ItemNotFound', 'No cells were found.');
      return { sheet, areas };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, rect } = this.required();
      return { sheet, rect: { r0: rect.r0 + row, c0: rect.c0 + column, r1: rect.r0 + row, c1: rect.c0 + column } };
    });
  }

  /** Range.insert: whole rows shifted down, references grown (fakeRowInsert.ts); a range of the new rows. */
  insert(shift: string): FakeRange {
    let inserted: RangeTarget | null = null;
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.required();
      inserted = { sheet, rect: insertRows(this.ctx.data, sheet, rect, shift) };
    });
    return new FakeRange(this.ctx, () => inserted);
  }

  merge(_across?: boolean): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.required();
      sheet.merges.push(rectAddress(rect));
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.required();
      this.ctx.data.selection = { sheet: sheet.name, address: rectAddress(rect) };
      this.ctx.data.activeSheet = sheet.name;
    });
  }
}

/** A RangeAreas found by getSpecialCells: its address ("'Appendix F'!M13:S20,'Appendix F'!B4") and counts. */
class FakeRangeAreas extends FakeClientObject<{ sheet: FakeSheet; areas: Rect[] }> {
  protected readProperty(t: { sheet: FakeSheet; areas: Rect[] }, path: string): unknown {
    switch (path) {
      case 'address':
        return t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${rectAddress(a)}`).join(',');
      case 'areaCount':
        return t.areas.length;
      case 'cellCount':
        return t.areas.reduce((n, a) => n + (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1), 0);
      default:
        throw fakeError('InvalidArgument', `The fake RangeAreas has no property ${path}`);
    }
  }

  get address(): string {
    return this.prop('address');
  }
  get areaCount(): number {
    return this.prop('areaCount');
  }
  get cellCount(): number {
    return this.prop('cellCount');
  }
}

/** Format setters store style keys on each cell (or the column width on the sheet). */
class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly protection: Record<string, unknown>;
  readonly borders: { getItem: (edge: string) => Record<string, unknown> };

  constructor(
    private readonly ctx: FakeRequestContext,
    /** One range, or the areas of a RangeAreas (worksheet.getRanges): a setter applies to each. */
    private readonly target: () => RangeTarget | RangeTarget[],
  ) {
    this.font = this.styleSetter({ bold: 'bold', italic: 'italic', size: 'fontSize', color: 'fontColor' });
    this.fill = this.styleSetter({ color: 'fill' });
    this.protection = this.styleSetter({ locked: 'locked' });
    this.borders = { getItem: (edge: string) => this.styleSetter({ style: `border${edge}` }) };
  }

  private styleSetter(map: Record<string, string>): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    for (const [prop, key] of Object.entries(map)) {
      Object.defineProperty(o, prop, {
        set: (v: unknown) => this.setStyle(key, v),
        get: () => {
          throw propertyNotLoaded(prop);
        },
        enumerable: true,
      });
    }
    return o;
  }

  private targets(): RangeTarget[] {
    const t = this.target();
    return Array.isArray(t) ? t : [t];
  }

  private setStyle(key: string, v: unknown): void {
    this.ctx.enqueue(() => {
      for (const { sheet, rect } of this.targets()) {
        if (rect.r1 - rect.r0 > 10_000 || rect.c1 - rect.c0 > 1_000) continue; // whole rows or columns: not stored cell by cell
        for (let r = rect.r0; r <= rect.r1; r++) {
          for (let c = rect.c0; c <= rect.c1; c++) this.ctx.data.cellFor(sheet, r, c).style[key] = v;
        }
      }
    });
  }

  set horizontalAlignment(v: string) {
    this.setStyle('align', v);
  }
  set wrapText(v: boolean) {
    this.setStyle('wrap', v);
  }
  set rowHeight(v: number) {
    this.ctx.enqueue(() => {
      for (const { sheet, rect } of this.targets()) for (let r = rect.r0; r <= rect.r1; r++) sheet.rowHeights[r + 1] = v;
    });
  }
  set columnWidth(v: number) {
    this.ctx.enqueue(() => {
      for (const { sheet, rect } of this.targets()) for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths[colLetters(c)] = v;
    });
  }
}

class FakeNamedItem extends FakeClientObject<{ name: string; formula: string; comment: string }> {
  protected readProperty(t: { name: string; formula: string; comment: string }, path: string): unknown {
    switch (path) {
      case 'name':
        return t.name;
      case 'formula':
        return t.formula;
      case 'comment':
        return t.comment;
      case 'type':
        return 'Range';
      case 'visible':
        return true;
      default:
        throw fakeError('InvalidArgument', `The fake named item has no property ${path}`);
    }
  }
  preloadProperty(path: string): void {
    const t = this.target();
    this.preload(path, t === null ? undefined : this.readProperty(t, path));
  }
  get name(): string {
    return this.prop('name');
  }
  get formula(): string {
    return this.prop('formula');
  }
  delete(): void {
    this.ctx.enqueue(() => deleteName(this.ctx.data, this.required().name));
  }
}

export class FakeNamedItemCollection extends FakeClientObject<null> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => null, null);
  }
  protected readProperty(): unknown {
    return undefined;
  }
  override load(props?: string | string[] | { select?: string }): this {
    const childPaths = loadPaths(props)
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice('items/'.length));
    this.ctx.enqueue(() => {
      const items = this.ctx.data.names.map((n) => {
        const item = new FakeNamedItem(this.ctx, () => n, n);
        for (const p of childPaths) item.preloadProperty(p);
        return item;
      });
      this.preload('items', items);
    }, false);
    return this;
  }
  get items(): FakeNamedItem[] {
    return this.prop('items');
  }
  add(name: string, reference: string | FakeRange, comment?: string): void {
    this.ctx.enqueue(() => {
      const formula = typeof reference === 'string' ? reference : `=${reference.address}`;
      refuseUnknownSheets(this.ctx.data, formula, 'the name');
      this.ctx.data.addName(name, formula, comment ?? '');
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.ctx.data.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null);
  }
}

/* ------------------------------------------------------------------------------------------------ */

export interface FakeExcelGlobal {
  run<R>(batch: (ctx: FakeRequestContext) => Promise<R>): Promise<R>;
  run<R>(options: object, batch: (ctx: FakeRequestContext) => Promise<R>): Promise<R>;
}

/** The `Excel` global over a fake workbook: Excel.run creates a context and syncs what is left queued at the end. */
export function createFakeExcel(data: FakeWorkbook): FakeExcelGlobal {
  return {
    async run<R>(a: object | ((ctx: FakeRequestContext) => Promise<R>), b?: (ctx: FakeRequestContext) => Promise<R>): Promise<R> {
      const batch = (typeof a === 'function' ? a : b) as (ctx: FakeRequestContext) => Promise<R>;
      data.runCount++;
      data.runOptions.push(typeof a === 'function' ? {} : runOptionsOf(a));
      const ctx = new FakeRequestContext(data, typeof a === 'function' ? {} : runOptionsOf(a));
      const result = await batch(ctx);
      if (ctx.hasPending) await ctx.sync();
      return result;
    },
  };
}

export type FakeTheme = 'light' | 'dark';

/**
 * The `Office` global: onReady, requirement sets as the fake workbook says, and a light or dark theme.
 * `ready` holds onReady back until the page has set the workbook up (the sandbox's presets), as Excel
 * opens a saved workbook before the add-in starts.
 */
export function createFakeOffice(data: FakeWorkbook, theme: FakeTheme = 'light', ready: Promise<unknown> = Promise.resolve()) {
  const colors =
    theme === 'dark'
      ? { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#333333', controlForegroundColor: '#FFFFFF' }
      : { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#000000' };
  return {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac', iOS: 'iOS' },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: 'Excel', platform: data.platform };
      return ready.then(() => {
        callback?.(info);
        return info;
      });
    },
    context: {
      get platform() {
        return data.platform;
      },
      officeTheme: { ...colors, isDarkTheme: theme === 'dark' },
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (name !== 'ExcelApi') return false;
          const minor = Number(String(version ?? '1.1').split('.')[1] ?? 0);
          return minor <= data.excelApiMinor;
        },
      },
    },
  };
}

export { FakeWorkbook };
