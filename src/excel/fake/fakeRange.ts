/** The fake's Range, RangeAreas and range format: values, formulas, types and styles read and written as Excel does. */
import {
  LAST_COL,
  cellKey,
  colLetters,
  fakeError,
  rectAddress,
  valueType,
  type FakeSheet,
  type FakeValue,
  type Rect,
} from './fakeWorkbook';
import { jsonBytes } from './fakeLimits';
import { insertRows } from './fakeRowInsert';
import { deleteRows } from './fakeRowDelete';
import { refuseUnknownListSource } from './fakeStrict';
import { refuseOnProtected, type ProtectedAction } from './fakeProtection';
import { specialCellAreas } from './fakeSpecialCells';
import type { FakeRequestContext } from './fakeExcel';
import { FakeClientObject, loadPaths, propertyNotLoaded } from './fakeClientObject';

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
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
      ctx.data.refuseIfAsked('DataValidation');
      refuseOnProtected(sheet, 'validation', 'DataValidation.rule');
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
      if (t)
        this.ctx.data.limits.noteRangeLoad({
          sheet: t.sheet.name,
          address: rectAddress(t.rect),
          props: loadPaths(props),
        });
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
      if ((rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1) > 5_000_000)
        throw fakeError('ResponsePayloadSizeLimitExceeded', 'The range is too large.');
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
    this.ctx.enqueue(() => {
      refuseOnProtected(this.required().sheet, 'formatCells', 'Range.numberFormat');
      this.eachCell(v, (cell, x) => x !== null && (cell.style.numberFormat = x));
    });
  }

  private write(v: unknown, asValues: boolean): void {
    // The array travels in the request (Excel on the web refuses one over 5 MB).
    this.ctx.enqueue(
      () => {
        const { sheet, rect } = this.required();
        this.checkShape(v, rect);
        for (let r = rect.r0; r <= rect.r1; r++) {
          for (let c = rect.c0; c <= rect.c1; c++) {
            const x = Array.isArray(v) ? (v[r - rect.r0] as unknown[])[c - rect.c0] : v;
            this.ctx.data.writeFromApi(sheet, r, c, x, asValues);
          }
        }
      },
      true,
      jsonBytes(v),
    );
  }

  private checkShape(v: unknown, rect: Rect): void {
    if (!Array.isArray(v)) return;
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw fakeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
      );
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
    if (this.ctx.data.excelApiMinor < 9)
      throw fakeError('ApiNotFound', 'range.getSpecialCellsOrNullObject needs ExcelApi 1.9.');
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.data.refuseIfAsked('Range.getSpecialCellsOrNullObject');
      const t = this.target();
      if (!t && this.ctx.data.nullChainsThrow)
        throw fakeError('ItemNotFound', "The requested resource doesn't exist.", 'Range.getSpecialCellsOrNullObject');
      if (!t) return null;
      this.ctx.data.limits.specialCellsAsked.push(`${t.sheet.name}!${rectAddress(t.rect)}`);
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

  /** Range.delete: whole rows shifted up, references shrunk or #REF! (fakeRowDelete.ts). */
  delete(shift: string): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.required();
      deleteRows(this.ctx.data, sheet, rect, shift);
    });
  }

  merge(_across?: boolean): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.required();
      this.ctx.data.refuseIfAsked('Range.merge');
      refuseOnProtected(sheet, 'merge', 'Range.merge');
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

/**
 * A RangeAreas (getSpecialCells, worksheet.getRanges): its address ("'Appendix F'!M13:S20,'Appendix F'!B4",
 * areas always joined by a comma, whatever the locale), its counts, and a format that applies to every area.
 */
export class FakeRangeAreas extends FakeClientObject<{ sheet: FakeSheet; areas: Rect[] }> {
  readonly format: FakeRangeFormat;

  constructor(ctx: FakeRequestContext, resolver: () => { sheet: FakeSheet; areas: Rect[] } | null) {
    super(ctx, resolver);
    this.format = new FakeRangeFormat(ctx, () => {
      const { sheet, areas } = this.required();
      return areas.map((rect) => ({ sheet, rect }));
    });
  }

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
export class FakeRangeFormat {
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

  private refuseProtected(action: ProtectedAction, location: string): void {
    for (const { sheet } of this.targets()) refuseOnProtected(sheet, action, location);
  }

  private targets(): RangeTarget[] {
    const t = this.target();
    return Array.isArray(t) ? t : [t];
  }

  private setStyle(key: string, v: unknown): void {
    this.ctx.enqueue(() => {
      const targets = this.targets();
      for (const { sheet } of targets) refuseOnProtected(sheet, 'formatCells', `RangeFormat.${key}`);
      for (const { sheet, rect } of targets) {
        if (rect.c0 === 0 && rect.c1 >= LAST_COL && rect.r1 - rect.r0 <= 100_000) {
          // Whole rows: the rows' own format, and every cell they hold.
          for (let r = rect.r0; r <= rect.r1; r++) sheet.rowStyles.set(r, { ...sheet.rowStyles.get(r), [key]: v });
          for (const [k, cell] of sheet.cells) {
            const r = Number(k.slice(0, k.indexOf(',')));
            if (r >= rect.r0 && r <= rect.r1) cell.style[key] = v;
          }
          continue;
        }
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
      this.refuseProtected('formatRows', 'RangeFormat.rowHeight');
      for (const { sheet, rect } of this.targets())
        for (let r = rect.r0; r <= rect.r1; r++) sheet.rowHeights[r + 1] = v;
    });
  }
  set columnWidth(v: number) {
    this.ctx.enqueue(() => {
      this.refuseProtected('formatColumns', 'RangeFormat.columnWidth');
      for (const { sheet, rect } of this.targets())
        for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths[colLetters(c)] = v;
    });
  }
}
