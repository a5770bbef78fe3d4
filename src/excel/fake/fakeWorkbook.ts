/**
 * The data behind the fake Excel object model: sheets of cells, defined names, change handlers and the
 * cell-edit mode. Tests and the browser sandbox drive it directly (as a user typing in Excel would);
 * the add-in only ever sees it through the proxies of fakeExcel.ts, as it would see Excel.
 * No Office, no DOM: it runs in jest (node) and in the sandbox page alike.
 */
// Column letters are the port's conversions: one for every adapter.
import { columnLetter as colLetters, columnIndex as colIndex, withEquals } from '../../port/workbookPort';
import { ERROR_TEXTS, FakeOfficeError, fakeError } from './fakeErrors';
import { FakeChangeHandlers } from './fakeEvents';

export { ERROR_TEXTS, FakeOfficeError, fakeError };
import { evaluateFormula } from './fakeFormulas';
import { FakeLimits } from './fakeLimits';
import { parseEntry } from './fakeEntry';
import { cellKey, cellOfKey } from './cellKeys';
import { refuseInvalidEntry } from './fakeValidation';
import { FakeActivationHandlers } from './fakeActivation';
import { refuseLongFormula, refuseUnknownSheets, deleteSheet as removeSheet } from './fakeStrict';

export type FakeValue = number | string | boolean | null | { error: string };

export interface FakeCell {
  value: FakeValue;
  formula: string | null;
  style: Record<string, unknown>;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  protected: boolean;
  tabColor: string;
  freeze: { rows: number; columns: number } | null;
  validations: { range: string; rule: unknown }[];
  merges: string[];
  columnWidths: Record<string, number>;
  /** Row heights in points by 1-based row number. */
  rowHeights: Record<number, number>;
  /** Whole-row formats by 0-based row (Range "12:12".format): what a cell of the row without its own has. */
  rowStyles: Map<number, Record<string, unknown>>;
  pageLayout: Record<string, unknown>;
}

export interface FakeName {
  name: string;
  formula: string;
  comment: string;
}

export interface FakeChangeEvent {
  type: 'WorksheetChanged';
  worksheetId: string;
  address: string;
  /** Excel.DataChangeType: an edit, or rows a person inserted or deleted with Excel's own commands. */
  changeType: 'RangeEdited' | 'RowInserted' | 'RowDeleted';
  source: 'Local' | 'Remote';
  /**
   * Who made the change, where Excel says (ExcelApi 1.14): "ThisLocalAddin" for this add-in's own
   * writes, "Unknown" for anything else. Absent on an older Excel.
   */
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

/** Excel's name of a value's type (Range.valueTypes). */
export function valueType(v: FakeValue): string {
  if (v === null) return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'string') return 'String';
  return 'Error';
}

/** The last column (0-based): XFD. */
export const LAST_COL = 16_383;

export { cellKey, cellOfKey };

export { colLetters, colIndex };

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** "B2", "B2:D5", "$B$2", "B:B" (whole column, bounded to 1,048,576 rows), "2:4" (whole rows). */
export function parseRect(address: string): Rect {
  const text = address.replace(/\$/g, '').trim().toUpperCase();
  const parts = text.split(':');
  const cell = (p: string) => {
    const m = /^([A-Z]{1,3})(\d+)$/.exec(p);
    return m ? { r: Number(m[2]) - 1, c: colIndex(m[1] as string) } : null;
  };
  if (parts.length === 2 && /^[A-Z]{1,3}$/.test(parts[0] as string) && /^[A-Z]{1,3}$/.test(parts[1] as string)) {
    return { r0: 0, c0: colIndex(parts[0] as string), r1: 1_048_575, c1: colIndex(parts[1] as string) };
  }
  if (parts.length === 2 && /^\d+$/.test(parts[0] as string) && /^\d+$/.test(parts[1] as string)) {
    return { r0: Number(parts[0]) - 1, c0: 0, r1: Number(parts[1]) - 1, c1: 16_383 };
  }
  const a = cell(parts[0] ?? '');
  const b = parts.length === 2 ? cell(parts[1] ?? '') : a;
  if (!a || !b || parts.length > 2) throw fakeError('InvalidArgument', `The address "${address}" is not valid.`);
  return { r0: Math.min(a.r, b.r), c0: Math.min(a.c, b.c), r1: Math.max(a.r, b.r), c1: Math.max(a.c, b.c) };
}

export function rectAddress(r: Rect): string {
  const tl = `${colLetters(r.c0)}${r.r0 + 1}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? tl : `${tl}:${colLetters(r.c1)}${r.r1 + 1}`;
}

/** What a user's typing becomes, as Excel reads it: numbers, percents, dates, TRUE/FALSE, errors, formulas, text. */
export function parseTyped(text: string): { value: FakeValue; formula: string | null } {
  return parseEntry(text);
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  /** While true every sync fails with InvalidOperationInCellEditMode, as Excel does while a cell is being typed in. */
  cellEditMode = false;
  /** Round trips to "Excel": every context.sync and the implicit one at the end of Excel.run. */
  syncCount = 0;
  runCount = 0;
  /** Request contexts made so far: each Excel.run has its own (FakeRequestContext.runId). */
  contextCount = 0;
  selection: { sheet: string; address: string } | null = null;
  get activeSheet(): string | null {
    return this.active;
  }
  /** Another sheet made active (a tab clicked, activate(), a select()): onActivated fires (fakeActivation.ts). */
  set activeSheet(name: string | null) {
    const sheet = name === null ? undefined : this.sheet(name);
    const changed = (this.active ?? '').toLowerCase() !== (name ?? '').toLowerCase();
    this.active = name;
    if (changed && sheet) this.activation.fire(sheet.id);
  }
  private active: string | null = null;
  /** The handlers of worksheets.onActivated. */
  readonly activation = new FakeActivationHandlers();
  /** Excel may refuse a used range of a missing sheet (instead of a null range): tests of the adapter's fallback. */
  nullChainsThrow = false;
  /** Commands queued to "Excel" (property sets, method calls, object lookups): Excel's "actions". */
  actionCount = 0;
  /** Which requirement sets this "Excel" supports: ExcelApi up to this minor version. */
  excelApiMinor = 17;
  /** The code a batch fails with in cell-edit mode (older Excel, Excel for Mac: 'InvalidOperation'). */
  cellEditErrorCode = 'InvalidOperationInCellEditMode';
  /** Office.context.platform: 'OfficeOnline', 'PC', 'Mac', 'iOS'. */
  platform = 'OfficeOnline';
  /** Whether this Excel reports ExcelApiOnline 1.1 (Excel on the web: isPasswordProtected). */
  excelApiOnline = false;
  /** Plays office-js #1860: a fit to pages set through the API is not kept (the Page Layout tab was never shown). */
  dropsFitToPages = false;
  /** Payload limits (Excel on the web) and the record of every sync and range read (fakeLimits.ts). */
  readonly limits = new FakeLimits();
  /** The options of every Excel.run, in order (the add-in asks for delayForCellEdit where Excel has it). */
  readonly runOptions: { delayForCellEdit?: boolean }[] = [];
  /**
   * Whether this Excel reports the DelayForCellEdit requirement set, the one Microsoft's library checks
   * before it passes `delayForCellEdit` on (excel-web-16.00.debug.js, onBeforeExcelRun): not ExcelApi 1.11.
   * Left null, it follows ExcelApi 1.11 (the Excel builds that brought both).
   */
  delayForCellEditSet: boolean | null = null;
  /**
   * The list separator of the user's regional settings: Windows desktop Excel reads the areas of
   * `worksheet.getRanges("A1:B2,C3:D4")` with it (office-js #1167, #1985), so with ";" a comma list is refused.
   */
  listSeparator: ',' | ';' = ',';
  /**
   * Calls this Excel refuses although it reports their requirement set (a platform's or a build's bug),
   * by Excel's error location: "Range.getSpecialCellsOrNullObject", "Worksheet.getRanges", "PageLayout",
   * "DataValidation", "WorksheetProtection.isPasswordProtected"... A refused call fails its batch with
   * GeneralException at that location, so tests can show the add-in degrades instead of breaking.
   */
  readonly refusedApis = new Set<string>();
  /**
   * Every sync, in order, with the Excel.run it belongs to and whether it wrote: tests show that no
   * batch of the add-in ran between two syncs of one of its writing batches.
   */
  readonly syncLog: { run: number; wrote: boolean }[] = [];
  private nextId = 1;
  private readonly changeHandlers = new FakeChangeHandlers();
  private readonly documentListeners = new Set<() => void>();

  /* ---------- used by the proxies ---------- */

  get reportsDelayForCellEdit(): boolean {
    return this.delayForCellEditSet ?? this.excelApiMinor >= 11;
  }

  /** Cells the add-in's sync has written so far, by sheet id: one change event per sheet after the sync. */
  private apiChanges = new Map<string, Rect>();

  /** Notes a cell written through the API, for the change event Excel fires after the sync. */
  noteApiChange(sheet: FakeSheet, rect: Rect): void {
    const was = this.apiChanges.get(sheet.id);
    this.apiChanges.set(
      sheet.id,
      was
        ? {
            r0: Math.min(was.r0, rect.r0),
            c0: Math.min(was.c0, rect.c0),
            r1: Math.max(was.r1, rect.r1),
            c1: Math.max(was.c1, rect.c1),
          }
        : { ...rect },
    );
  }

  /**
   * Excel fires onChanged for an add-in's own writes too, after the request that made them: one event per
   * sheet written, triggerSource "ThisLocalAddin" where Excel has it (ExcelApi 1.14).
   */
  fireApiChanges(): void {
    const changes = this.apiChanges;
    this.apiChanges = new Map();
    for (const [id, rect] of changes) {
      if (!this.sheetById(id)) continue;
      this.changeHandlers.fire({
        type: 'WorksheetChanged',
        worksheetId: id,
        address: rectAddress(rect),
        changeType: 'RangeEdited',
        source: 'Local',
        ...(this.excelApiMinor >= 14 ? { triggerSource: 'ThisLocalAddin' as const } : {}),
      });
    }
  }

  /** Fails as Excel does when it refuses a call it reports (see `refusedApis`). */
  refuseIfAsked(location: string): void {
    for (const r of this.refusedApis)
      if (location === r || location.startsWith(`${r}.`))
        throw fakeError(
          'GeneralException',
          `There was an internal error while processing the request. (${location})`,
          location,
        );
  }

  sheet(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string): FakeSheet {
    if (!name || name.length > 31 || INVALID_SHEET_CHARS.test(name) || /^'|'$/.test(name)) {
      throw fakeError('InvalidArgument', `"${name}" is not a valid worksheet name.`);
    }
    if (this.sheet(name)) throw fakeError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
    const s: FakeSheet = {
      id: `{fake-sheet-${this.nextId++}}`,
      name,
      visibility: 'Visible',
      cells: new Map(),
      protected: false,
      tabColor: '',
      freeze: null,
      validations: [],
      merges: [],
      columnWidths: {},
      rowHeights: {},
      rowStyles: new Map(),
      pageLayout: {},
    };
    this.sheets.push(s);
    return s;
  }

  /**
   * Puts back a sheet saved as data (fakeSnapshot.ts), with its id: a sheet added later gets an id after it,
   * as Excel never gives a sheet's id to another.
   */
  restoreSheet(sheet: FakeSheet): void {
    if (this.sheet(sheet.name))
      throw fakeError('ItemAlreadyExists', `A worksheet named "${sheet.name}" already exists.`);
    this.sheets.push(sheet);
    const n = Number(/(\d+)\}$/.exec(sheet.id)?.[1] ?? 0);
    if (n >= this.nextId) this.nextId = n + 1;
  }

  addName(name: string, formula: string, comment = ''): void {
    if (this.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
      throw fakeError('ItemAlreadyExists', `The name "${name}" already exists.`);
    }
    this.names.push({ name, formula: withEquals(formula), comment });
  }

  /** A write from the API: Office.js semantics of a formulas/values array element. */
  writeFromApi(sheet: FakeSheet, row: number, col: number, input: unknown, asValues: boolean): void {
    if (input === null || input === undefined) return; // null leaves the cell as it is
    if (sheet.protected) throw fakeError('AccessDenied', `The worksheet "${sheet.name}" is protected.`);
    const cell = this.cellFor(sheet, row, col);
    this.noteApiChange(sheet, { r0: row, c0: col, r1: row, c1: col });
    if (typeof input === 'number' || typeof input === 'boolean') {
      cell.value = input;
      cell.formula = null;
    } else {
      const typed = parseTyped(String(input));
      if (typed.formula !== null) {
        refuseLongFormula(typed.formula);
        refuseUnknownSheets(this, typed.formula, 'the formula');
      }
      if (asValues && typed.formula === null && String(input).startsWith("'")) typed.value = String(input).slice(1);
      cell.value = typed.value;
      cell.formula = typed.formula;
    }
    this.dropIfEmpty(sheet, row, col);
  }

  cellFor(sheet: FakeSheet, row: number, col: number): FakeCell {
    const key = cellKey(row, col);
    let c = sheet.cells.get(key);
    if (!c) {
      // A new cell starts from its row's format, as Excel formats a cell of a formatted row.
      c = { value: null, formula: null, style: { ...(sheet.rowStyles.get(row) ?? {}) } };
      sheet.cells.set(key, c);
    }
    return c;
  }

  private dropIfEmpty(sheet: FakeSheet, row: number, col: number): void {
    const c = sheet.cells.get(cellKey(row, col));
    if (c && c.value === null && c.formula === null && Object.keys(c.style).length === 0)
      sheet.cells.delete(cellKey(row, col));
  }

  /** The bounding box of cells holding a value or a formula (getUsedRange(valuesOnly)), or null when blank. */
  usedRect(sheet: FakeSheet): Rect | null {
    let rect: Rect | null = null;
    for (const [key, c] of sheet.cells) {
      if (c.value === null && c.formula === null) continue;
      const [r, col] = cellOfKey(key);
      if (!rect) rect = { r0: r, c0: col, r1: r, c1: col };
      else {
        rect.r0 = Math.min(rect.r0, r);
        rect.c0 = Math.min(rect.c0, col);
        rect.r1 = Math.max(rect.r1, r);
        rect.c1 = Math.max(rect.c1, col);
      }
    }
    return rect;
  }

  /** Recalculates every formula cell (a small evaluator: sums and arithmetic; anything else stays uncalculated). */
  recalculate(): void {
    // Until nothing changes (chains of totals are a few levels deep), with a bound against cycles.
    for (let pass = 0; pass < 25; pass++) {
      let changed = false;
      for (const s of this.sheets) {
        for (const c of s.cells.values()) {
          if (c.formula === null) continue;
          const v = evaluateFormula(c.formula, s.name, this);
          if (JSON.stringify(v) !== JSON.stringify(c.value)) {
            c.value = v;
            changed = true;
          }
        }
      }
      if (!changed) return;
    }
  }

  /* ---------- events ---------- */

  addChangeHandler(sheetId: string, handler: (e: FakeChangeEvent) => unknown): () => void {
    return this.changeHandlers.add(sheetId, handler);
  }

  handlerCount(sheetName?: string): number {
    if (sheetName === undefined) return this.changeHandlers.count();
    const s = this.sheet(sheetName);
    return s ? this.changeHandlers.count(s.id) : 0;
  }

  /** Deletes a sheet (the add-in's Worksheet.delete, or a user): its handlers die, names to it become #REF!. */
  deleteSheet(name: string): void {
    const s = this.sheet(name);
    if (!s) throw fakeError('ItemNotFound', `The worksheet "${name}" doesn't exist.`);
    removeSheet(this, s);
    this.changeHandlers.sheetDeleted(s.id);
  }

  /** Listeners outside the add-in (the sandbox grid) are told the document changed after each sync. */
  onDocumentChanged(listener: () => void): () => void {
    this.documentListeners.add(listener);
    return () => this.documentListeners.delete(listener);
  }

  notifyDocumentChanged(): void {
    for (const l of this.documentListeners) l();
  }

  /* ---------- what a user (test or sandbox grid) does ---------- */

  /**
   * Types `text` into a cell and presses Enter: the cell changes, then Excel fires onChanged (async). A
   * typed entry meets the cell's data validation or is refused (fakeValidation.ts); `pasted` is Ctrl+V of
   * a copied value, which Excel does not validate.
   */
  typeInto(sheetName: string, address: string, text: string, how: 'typed' | 'pasted' = 'typed'): void {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`No sheet ${sheetName}`);
    if (s.protected && this.isLocked(s, address)) throw new Error(`The cell ${address} of ${sheetName} is locked.`);
    const { r0, c0 } = parseRect(address);
    const typed = parseTyped(text);
    if (how === 'typed') refuseInvalidEntry(s, r0, c0, typed, (name) => this.sheet(name));
    const cell = this.cellFor(s, r0, c0);
    cell.value = typed.value;
    cell.formula = typed.formula;
    this.dropIfEmpty(s, r0, c0);
    this.changedByUser(s, address, 'RangeEdited');
  }

  /** After a person's change of a sheet: recalculation, the sandbox told, then onChanged (async). */
  changedByUser(s: FakeSheet, address: string, changeType: FakeChangeEvent['changeType']): void {
    this.recalculate();
    this.notifyDocumentChanged();
    this.changeHandlers.fire({
      type: 'WorksheetChanged',
      worksheetId: s.id,
      address,
      changeType,
      source: 'Local',
      ...(this.excelApiMinor >= 14 ? { triggerSource: 'Unknown' as const } : {}),
    });
  }

  isLocked(s: FakeSheet, address: string): boolean {
    const { r0, c0 } = parseRect(address);
    const own = s.cells.get(cellKey(r0, c0))?.style.locked;
    return (own ?? s.rowStyles.get(r0)?.locked) !== false;
  }

  /** Sets cells directly (test set-up): a 2D array of typed text or numbers from `address`. */
  setCells(sheetName: string, address: string, rows: (string | number | boolean | null)[][]): void {
    const s = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const { r0, c0 } = parseRect(address);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const cell = this.cellFor(s, r0 + i, c0 + j);
        const typed = typeof v === 'string' ? parseTyped(v) : { value: v, formula: null };
        cell.value = typed.value;
        cell.formula = typed.formula;
      }),
    );
    this.recalculate();
  }

  /** A deep copy of every sheet's cells and names, to prove an action changed nothing. */
  dump(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
      })),
      names: this.names,
    });
  }

  cellText(sheetName: string, address: string): { value: FakeValue; formula: string | null } {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`No sheet ${sheetName}`);
    const { r0, c0 } = parseRect(address);
    const c = s.cells.get(cellKey(r0, c0));
    return { value: c?.value ?? null, formula: c?.formula ?? null };
  }
}
