/**
 * Microsoft's real Excel client library in Node, for the tests and the benchmark: the file Excel on the
 * web loads (@microsoft/office-js, dist/excel-web-16.00.js, the same code as the CDN's), run in a vm
 * context with the few browser globals it touches at load. Our code then calls the library's `Excel.run`
 * exactly as in the task pane; each context.sync() builds its message with Microsoft's code
 * (RequestContext.sync -> ClientRequest.buildRequestMessageBodyAndRequestFlags -> OfficeJsRequestExecutor
 * -> RichApiMessageUtility, which JSON-stringifies the body) and hands it to the host transport,
 * OSF.DDA.RichApi.executeRichApiRequestAsync. That one function is replaced: it records the body's bytes
 * and actions (REAL: built by Microsoft's code) and answers from the fake workbook (officeJsReplay.ts;
 * ESTIMATED: the shape and size of Excel's answer).
 *
 * Playing Excel on the web, the transport refuses a request over the limit (5 MB) with the host's own
 * error (5103, which the library turns into RequestPayloadSizeLimitExceeded) before running it, and a
 * response over the limit with 5104 (ResponsePayloadSizeLimitExceeded), as Excel on the web does.
 */
import * as fs from 'fs';
import * as vm from 'vm';
import { createFakeOffice, type FakeWorkbook } from '../../src/excel/fake/fakeExcel';
import type { FakeChangeEvent } from '../../src/excel/fake/fakeWorkbook';
import { ReplaySession, type RequestBody, type ResponseBody } from './officeJsReplay';

/** Excel on the web: "Resource limits and performance optimization for Office Add-ins". */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Host error codes of the transport (RichApiMessageUtility.OfficeJsErrorCode_*). */
const OOE_REQUEST_PAYLOAD_TOO_LARGE = 5103;
const OOE_RESPONSE_PAYLOAD_TOO_LARGE = 5104;

export interface SyncRecord {
  /** Bytes (UTF-8) of the request body the library built: what Excel receives. Real. */
  requestBytes: number;
  /** Entries of its "Actions" array. Real. */
  actions: number;
  /** Entries of its "ObjectPaths". Real. */
  objectPaths: number;
  /** Bytes (UTF-8) of the answer from the fake workbook, in Excel's response shape. Estimated. */
  responseBytes: number;
  /**
   * The library's own request at the end of Excel.run that releases the ranges it kept across syncs
   * (only _RemoveReference actions): not a context.sync() of our code. It exists because Excel answers a
   * kept range with a reference id (estimated, as the library's _KeepReference asks for one).
   */
  cleanup: boolean;
  /** The error code the sync ended with, if any (from the fake, or the payload limit). */
  error?: string;
  /** The request's flags as the library sent them (64: hold the request while a cell is in edit mode). Real. */
  flags?: number;
}

/** The library's request flag for delayForCellEdit (excel-web-16.00.debug.js, onBeforeExcelRun). */
export const DELAY_FOR_CELL_EDIT_FLAG = 64;

type Callback = (result: {
  status: string;
  value?: { data: unknown[] };
  error?: { code: number; message: string };
}) => void;

interface RichApiMessage {
  entries: { messageCategory: number; messageType: number; targetId: string; message: string }[];
}

interface LibraryGlobals {
  Excel: typeof Excel;
  OfficeExtension: {
    ClientRequestContext: { prototype: { syncPrivate: (req: unknown) => Promise<unknown> } };
    /** Microsoft's hooks for event messages without a host: when the channel is ready, and a message arriving. */
    _testSetRichApiMessageReadyImpl: (impl: () => Promise<void>) => void;
    _testTriggerRichApiMessageEvent: (msg: RichApiMessage) => void;
  };
  OSF: { DDA: { RichApi: { executeRichApiRequestAsync?: (message: unknown[], callback: Callback) => void } } };
}

/** Excel on the web's client (the one measured); Windows desktop's, to compare. */
export const OFFICE_JS_FILE = 'excel-web-16.00.js';
export type OfficeJsClientFile = 'excel-web-16.00.js' | 'excel-win32-16.01.js';
const compiled = new Map<OfficeJsClientFile, vm.Script>();

function libraryScript(client: OfficeJsClientFile): vm.Script {
  let script = compiled.get(client);
  if (!script) {
    const file = require.resolve(`@microsoft/office-js/dist/${client}`);
    script = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file });
    compiled.set(client, script);
  }
  return script;
}

/** The version of @microsoft/office-js the harness runs, for the benchmark's table. */
export function officeJsVersion(): string {
  return (
    JSON.parse(fs.readFileSync(require.resolve('@microsoft/office-js/package.json'), 'utf8')) as { version: string }
  ).version;
}

/** A fresh copy of the library: what a task pane gets when Excel loads it. */
function loadLibrary(client: OfficeJsClientFile, workbook: FakeWorkbook): LibraryGlobals {
  // The library's timers (telemetry, polling) must not keep a test or the benchmark alive.
  const unref = <T>(t: T): T => ((t as { unref?: () => void }).unref?.(), t);
  const sandbox: Record<string, unknown> = {
    console,
    Promise,
    clearTimeout,
    clearInterval,
    setTimeout: (f: () => void, ms?: number) => unref(setTimeout(f, ms)),
    setInterval: (f: () => void, ms?: number) => unref(setInterval(f, ms)),
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.navigator = { userAgent: 'Mozilla/5.0 (grant-budget office-js harness)' };
  // What the library asks of the host's requirement sets. Without a host it takes every set as there;
  // so does this one, but for DelayForCellEdit, which the fake workbook says (the library passes
  // delayForCellEdit on only where the host reports that set).
  sandbox.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string) => name !== 'DelayForCellEdit' || workbook.reportsDelayForCellEdit,
      },
    },
  };
  sandbox.location = {
    href: 'https://localhost:3000/taskpane.html',
    protocol: 'https:',
    host: 'localhost:3000',
    search: '',
    hash: '',
  };
  sandbox.document = {
    readyState: 'complete',
    cookie: '',
    addEventListener() {},
    getElementsByTagName: () => [],
    createElement: () => ({ style: {}, setAttribute() {}, appendChild() {} }),
  };
  const context = vm.createContext(sandbox);
  libraryScript(client).runInContext(context);
  const g = sandbox as unknown as LibraryGlobals;
  if (!g.Excel?.run || !g.OSF?.DDA?.RichApi || !g.OfficeExtension?.ClientRequestContext)
    throw new Error(`office-js harness: ${client} did not define Excel, OSF.DDA.RichApi and OfficeExtension`);
  return g;
}

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

export class OfficeJsHarness {
  readonly records: SyncRecord[] = [];
  readonly Excel: typeof Excel;
  private readonly sessions = new WeakMap<object, ReplaySession>();
  private current: object | null = null;
  private readonly deliver: (e: FakeChangeEvent) => void;
  private saved: { Excel: unknown; Office: unknown } | null = null;

  readonly limitBytes: number;
  /** Sees each request and the answer computed for it (even one the limit then refuses): for tests that look inside. */
  private readonly onExchange: ((request: string, response: string) => void) | undefined;

  constructor(
    readonly workbook: FakeWorkbook,
    options: {
      limitBytes?: number;
      client?: OfficeJsClientFile;
      onExchange?: (request: string, response: string) => void;
    } = {},
  ) {
    this.limitBytes = options.limitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT;
    this.onExchange = options.onExchange;
    const lib = loadLibrary(options.client ?? OFFICE_JS_FILE, workbook);
    this.Excel = lib.Excel;
    // Which library context is syncing: a sync reaches the transport synchronously from syncPrivate.
    const proto = lib.OfficeExtension.ClientRequestContext.prototype;
    const syncPrivate = proto.syncPrivate;
    const syncing = (context: object) => {
      this.current = context;
    };
    proto.syncPrivate = function (this: object, req: unknown) {
      syncing(this);
      return syncPrivate.call(this, req);
    };
    // Events: the channel is there at once; a change in the fake arrives as Excel's message (category
    // 65536, type 10 = worksheet changed, target = the worksheet's Id), once per change.
    lib.OfficeExtension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
    const delivered = new WeakSet<FakeChangeEvent>();
    this.deliver = (e: FakeChangeEvent) => {
      if (delivered.has(e)) return;
      delivered.add(e);
      const message = JSON.stringify({
        changeType: e.changeType,
        source: e.source,
        address: e.address,
        worksheetId: e.worksheetId,
        shiftDirection: 'None',
        ...(e.triggerSource ? { triggerSource: e.triggerSource } : {}),
      });
      lib.OfficeExtension._testTriggerRichApiMessageEvent({
        entries: [{ messageCategory: 65536, messageType: 10, targetId: e.worksheetId, message }],
      });
    };
    lib.OSF.DDA.RichApi.executeRichApiRequestAsync = (message, callback) => {
      const session = this.session();
      void this.transport(session, message, callback);
    };
  }

  private session(): ReplaySession {
    const key = this.current;
    if (!key) throw new Error('office-js harness: a request arrived outside a sync');
    let s = this.sessions.get(key);
    if (!s) {
      s = new ReplaySession(this.workbook, this.deliver);
      this.sessions.set(key, s);
    }
    return s;
  }

  /** The host's side of executeRichApiRequestAsync: message[4] is the request body as Excel receives it. */
  private async transport(session: ReplaySession, message: unknown[], callback: Callback): Promise<void> {
    const text = String(message[4]);
    const body = JSON.parse(text) as RequestBody;
    const cleanup =
      body.Actions.some((a) => a.Name === '_RemoveReference') &&
      body.Actions.every((a) => a.Name === '_RemoveReference' || a.ActionType === 1);
    const flags = Number(message[6]) || 0;
    const record: SyncRecord = {
      requestBytes: utf8(text),
      actions: body.Actions.length,
      objectPaths: Object.keys(body.ObjectPaths ?? {}).length,
      responseBytes: 0,
      cleanup,
      flags,
    };
    this.records.push(record);
    if (record.requestBytes > this.limitBytes) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      callback({
        status: 'failed',
        error: { code: OOE_REQUEST_PAYLOAD_TOO_LARGE, message: 'The request payload size has exceeded the limit.' },
      });
      return;
    }
    let response: ResponseBody;
    try {
      response = await session.answer(body, flags);
    } catch (e) {
      // A gap of the harness is a failure of the test, with its reason: the library gets a plain error.
      record.error = 'HarnessGap';
      callback({ status: 'failed', error: { code: 5001, message: e instanceof Error ? e.message : String(e) } });
      return;
    }
    const answer = JSON.stringify(response);
    this.onExchange?.(text, answer);
    record.responseBytes = utf8(answer);
    if ('Error' in response) record.error = response.Error.Code;
    if (record.responseBytes > this.limitBytes) {
      record.error = 'ResponsePayloadSizeLimitExceeded';
      callback({
        status: 'failed',
        error: { code: OOE_RESPONSE_PAYLOAD_TOO_LARGE, message: 'The response payload size has exceeded the limit.' },
      });
      return;
    }
    callback({ status: 'succeeded', value: { data: [200, [], answer] } });
  }

  /** Sets the globals our code calls: the library's Excel, and Office's requirement sets from the fake workbook. */
  install(): this {
    const g = globalThis as unknown as { Excel: unknown; Office: unknown };
    this.saved = { Excel: g.Excel, Office: g.Office };
    g.Excel = this.Excel;
    g.Office = createFakeOffice(this.workbook);
    return this;
  }

  uninstall(): void {
    const g = globalThis as unknown as Record<string, unknown>;
    for (const k of ['Excel', 'Office'] as const) {
      const v = this.saved?.[k];
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
    this.saved = null;
  }

  /** Runs `f` and returns the syncs it made, and how it failed if it did (the syncs up to the failure count). */
  async measure(f: () => Promise<unknown>): Promise<{ syncs: SyncRecord[]; error: string | null }> {
    const from = this.records.length;
    let error: string | null = null;
    try {
      await f();
    } catch (e) {
      const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
      const message = e instanceof Error ? e.message : String(e);
      error = code && !message.startsWith(code) ? `${code}: ${message}` : message;
    }
    return { syncs: this.records.slice(from), error };
  }
}
