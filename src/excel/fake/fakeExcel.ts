/**
 * A fake of the part of the Excel JavaScript API the add-in uses, with the habits of the real one:
 * commands are queued on proxy objects and run only at `context.sync()` (counted); a property read
 * before `load()` and a sync throws PropertyNotLoaded; `*OrNullObject` methods give null objects;
 * getItem of a missing sheet fails the batch with ItemNotFound; a sync while the user is typing in a
 * cell fails with InvalidOperationInCellEditMode; worksheet onChanged handlers are called after edits.
 * Used by the unit tests of src/excel and by the browser sandbox (set as the global `Excel`).
 */
import { FakeWorkbook, parseRect } from './fakeWorkbook';
import { cellEditGate, runOptionsOf, type FakeRunOptions } from './fakeEvents';
import { FakeWorksheetCollection } from './fakeWorksheet';
import { FakeRange } from './fakeRange';
import { FakeNamedItemCollection } from './fakeNames';

type Op = () => void;

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  /** Which Excel.run this context belongs to (the fake's syncLog names it). */
  readonly runId: number;
  private queue: { op: Op; writes: boolean; bytes: number }[] = [];
  /** Sheets added by the sync running now (Excel on the web does not activate one of them: office-js #930). */
  addedThisSync = new Set<object>();

  constructor(
    readonly data: FakeWorkbook,
    /** The batch's options; Microsoft's library sends them with each request (office-js harness: its flags). */
    public options: FakeRunOptions = {},
  ) {
    this.workbook = new FakeWorkbookProxy(this);
    this.runId = ++data.contextCount;
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
    this.addedThisSync = new Set();
    await Promise.resolve();
    await cellEditGate(this.data, this.options);
    this.data.limits.beginSync(
      ops.length,
      ops.reduce((n, o) => n + o.bytes, 0),
    );
    let wrote = false;
    try {
      for (const { op, writes } of ops) {
        if (writes) wrote = true;
        op();
      }
      this.data.limits.endSync();
    } finally {
      this.data.syncLog.push({ run: this.runId, wrote });
      if (wrote) {
        this.data.recalculate();
        this.data.notifyDocumentChanged();
        this.data.fireApiChanges();
      }
    }
  }
}

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

export interface FakeExcelGlobal {
  run<R>(batch: (ctx: FakeRequestContext) => Promise<R>): Promise<R>;
  run<R>(options: object, batch: (ctx: FakeRequestContext) => Promise<R>): Promise<R>;
}

/** The `Excel` global over a fake workbook: Excel.run creates a context and syncs what is left queued at the end. */
export function createFakeExcel(data: FakeWorkbook): FakeExcelGlobal {
  return {
    async run<R>(
      a: object | ((ctx: FakeRequestContext) => Promise<R>),
      b?: (ctx: FakeRequestContext) => Promise<R>,
    ): Promise<R> {
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
export function createFakeOffice(
  data: FakeWorkbook,
  theme: FakeTheme = 'light',
  ready: Promise<unknown> = Promise.resolve(),
  /** Office's display language ("en-US", "es-PR"). */
  displayLanguage = 'en-US',
) {
  // The add-in's roaming settings, kept for the page's life (Office keeps them per user and add-in).
  const roaming = new Map<string, unknown>();
  const colors =
    theme === 'dark'
      ? {
          bodyBackgroundColor: '#262626',
          bodyForegroundColor: '#FFFFFF',
          controlBackgroundColor: '#333333',
          controlForegroundColor: '#FFFFFF',
        }
      : {
          bodyBackgroundColor: '#FFFFFF',
          bodyForegroundColor: '#000000',
          controlBackgroundColor: '#FFFFFF',
          controlForegroundColor: '#000000',
        };
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
      displayLanguage,
      roamingSettings: {
        get: (name: string) => roaming.get(name),
        set: (name: string, value: unknown) => void roaming.set(name, value),
        remove: (name: string) => void roaming.delete(name),
        saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: 'succeeded' }),
      },
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (name === 'DelayForCellEdit') return data.reportsDelayForCellEdit;
          if (name === 'ExcelApiOnline') return data.excelApiOnline;
          if (name !== 'ExcelApi') return false;
          const minor = Number(String(version ?? '1.1').split('.')[1] ?? 0);
          return minor <= data.excelApiMinor;
        },
      },
    },
  };
}

// The fake's public face: tests and the sandbox reach every proxy through this module.
export { FakeWorkbook, FakeRange, FakeWorksheetCollection, FakeNamedItemCollection };
export { FakeWorksheet } from './fakeWorksheet';
