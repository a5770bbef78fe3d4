/**
 * The workbook side of the office-js harness (officeJsClient.ts): it answers the requests that
 * Microsoft's Excel client library builds, from our fake workbook (src/excel/fake), as Excel would.
 *
 * A request is the library's own message: { Actions: [...], ObjectPaths: {...} }. An object path names
 * an object by how it is reached from its parent (1 the workbook, 3 a method, 4 a property, 5 an indexer,
 * 6 a reference kept from an earlier request, 7 a null object); an action instantiates one (1), loads
 * properties of one (2), calls a method (3) or sets a property (4). The replay walks the actions in order
 * and performs each on the fake's proxies (the same objects our code uses when the fake plays Excel), so
 * the fake's strictness applies; then it syncs the fake once and answers in the shape the library's
 * response handlers read: { Results: [{ ActionId, Value }] } or { Error: { Code, Message } }.
 *
 * What an answer holds is an ESTIMATE of Excel's: loaded properties under their PascalCase names,
 * collections under "_Items", a null object as null, an instantiated worksheet with its "Id", a kept
 * range with a "_ReferenceId" (the keys the library's _handleResult/_handleIdResult read), every other
 * instantiated object as {}. A worksheet's onChanged is registered on the fake, and the fake's change
 * events are handed to the library as Excel's event messages (estimated content), through the library's own
 * entry for them (OfficeExtension._testTriggerRichApiMessageEvent).
 */
import {
  FakeRange,
  FakeRequestContext,
  FakeWorksheet,
  FakeWorksheetCollection,
  type FakeWorkbook,
} from '../../src/excel/fake/fakeExcel';
import { FakeOfficeError, type FakeChangeEvent, type FakeSheet, type Rect } from '../../src/excel/fake/fakeWorkbook';

type RangeTarget = { sheet: FakeSheet; rect: Rect };

export interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export type ResponseBody =
  { Results: ActionResult[] } | { Error: { Code: string; Message: string; HttpStatusCode: number; Location: string } };

/** A null object of the library (path type 7, or an OrNullObject that found nothing). */
const NULL_OBJECT = Symbol('null object');
type Resolved = object | typeof NULL_OBJECT;

const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;
const PATH = { global: 1, method: 3, property: 4, indexer: 5, referenceId: 6, nullObject: 7 } as const;

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Thrown when the library asks for something the fake does not model: the harness says so, never skips it. */
export class ReplayGapError extends Error {
  constructor(what: string) {
    super(`office-js harness: the fake workbook cannot answer ${what}`);
    this.name = 'ReplayGapError';
  }
}

/** A collection of the fake has an `items` getter (its load takes "items/..." paths). */
const isCollection = (o: object) =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(o), 'items')?.get !== undefined;

/** The fake's proxies know whether they found their object once the fake has synced. */
function isNull(o: Resolved): boolean {
  if (o === NULL_OBJECT) return true;
  if (isCollection(o)) return false; // a collection is never null (the fake's names collection has no target)
  try {
    return 'isNullObject' in o && (o as { isNullObject: boolean }).isNullObject === true;
  } catch {
    return false;
  }
}

/**
 * One library RequestContext = one session: object paths keep their meaning from one sync to the next
 * (the workbook, a worksheet reached by Id, a range kept by reference).
 */
export class ReplaySession {
  private readonly fake: FakeRequestContext;
  private readonly objects = new Map<number, Resolved>();
  private readonly references = new Map<string, Resolved>();
  private readonly kept = new Set<object>();
  private nextReference = 1;

  constructor(
    readonly data: FakeWorkbook,
    private readonly onChanged?: (e: FakeChangeEvent) => void,
  ) {
    this.fake = new FakeRequestContext(data);
  }

  /** Performs one request on the fake workbook and answers it; `flags` as the library sent them (64: delayForCellEdit). */
  async answer(body: RequestBody, flags = 0): Promise<ResponseBody> {
    this.fake.options = { delayForCellEdit: (flags & 64) !== 0 };
    const results: (() => ActionResult | null)[] = [];
    try {
      for (const action of body.Actions) {
        const result = this.perform(action, body.ObjectPaths);
        if (result) results.push(result);
      }
      await this.fake.sync();
    } catch (e) {
      if (e instanceof FakeOfficeError)
        return {
          Error: { Code: e.code, Message: e.message, HttpStatusCode: 400, Location: e.debugInfo.errorLocation ?? '' },
        };
      throw e;
    }
    return { Results: results.map((r) => r()).filter((r): r is ActionResult => r !== null) };
  }

  private perform(action: ActionInfo, paths: Record<string, ObjectPathInfo>): (() => ActionResult | null) | null {
    // A trace marker's answer is what runs the library's callback (event handlers are added in it).
    if (action.ActionType === ACTION.trace) return () => ({ ActionId: action.Id, Value: null });
    const target = this.resolve(action.ObjectPathId, paths);
    switch (action.ActionType) {
      case ACTION.instantiate:
        return this.instantiated(action.Id, target);
      case ACTION.query:
        return this.queried(action, target);
      case ACTION.method:
        this.call(action, target, paths);
        return null;
      case ACTION.setProperty:
        if (target === NULL_OBJECT) return null;
        (target as Record<string, unknown>)[camel(action.Name)] = this.args(action.ArgumentInfo, paths)[0];
        return null;
      default:
        throw new ReplayGapError(`action type ${action.ActionType} (${action.Name})`);
    }
  }

  private instantiated(actionId: number, target: Resolved): () => ActionResult {
    // A worksheet answers with its Id (the library then reaches it by Id in later requests).
    if (target instanceof FakeWorksheet) target.load('id');
    return () => {
      if (isNull(target)) return { ActionId: actionId, Value: null };
      if (target instanceof FakeWorksheet) return { ActionId: actionId, Value: { Id: target.id } };
      if (this.kept.has(target as object)) {
        const reference = `{harness-reference-${this.nextReference++}}`;
        this.references.set(reference, target);
        this.kept.delete(target as object);
        return { ActionId: actionId, Value: { _ReferenceId: reference } };
      }
      return { ActionId: actionId, Value: {} };
    };
  }

  private queried(action: ActionInfo, target: Resolved): () => ActionResult {
    const select = action.QueryInfo?.Select ?? [];
    if (action.QueryInfo?.Expand?.length)
      throw new ReplayGapError(`a load that expands ${action.QueryInfo.Expand.join(', ')}`);
    if (select.length === 0) throw new ReplayGapError('a load() without properties');
    if (target === NULL_OBJECT) return () => ({ ActionId: action.Id, Value: null });
    const collection = isCollection(target);
    const loader = target as { load?: (p: string) => unknown };
    if (typeof loader.load !== 'function')
      throw new ReplayGapError(`a load of ${select.join(', ')} on ${target.constructor.name}`);
    loader.load(select.map((p) => (collection ? `items/${p}` : p)).join(','));
    // A collection's items are those of this load: taken as soon as it has run, before a later load of
    // the same collection in the batch rebuilds them (as the library does with Excel's answers).
    let items: object[] | null = null;
    if (collection) this.fake.enqueue(() => (items = [...(target as { items: object[] }).items]), false);
    // A path through a navigation property ("protection/options") comes back nested, as Excel answers it:
    // { Protection: { Options: ... } }.
    const pick = (o: object) => {
      const out: Record<string, unknown> = {};
      for (const p of select) {
        const parts = p.split('/');
        let from = o as Record<string, unknown> | undefined;
        let to = out;
        for (const [i, part] of parts.entries()) {
          if (i === parts.length - 1) to[pascal(part)] = from?.[part];
          else {
            from = from?.[part] as Record<string, unknown> | undefined;
            to = (to[pascal(part)] ??= {}) as Record<string, unknown>;
          }
        }
      }
      return out;
    };
    return () => {
      if (isNull(target)) return { ActionId: action.Id, Value: null };
      const value = collection ? { _Items: (items ?? []).map(pick) } : pick(target);
      return { ActionId: action.Id, Value: value };
    };
  }

  private call(action: ActionInfo, target: Resolved, paths: Record<string, ObjectPathInfo>): void {
    if (target === NULL_OBJECT) return;
    // References the library keeps across syncs, and releases at the end of Excel.run (one more request).
    if (action.Name === '_KeepReference') {
      this.kept.add(target);
      return;
    }
    if (action.Name === '_RemoveReference') {
      this.references.delete(String(action.ArgumentInfo?.Arguments?.[0]));
      return;
    }
    // Excel checks the array's size before a values/formulas write; the fake checks the shape when it writes.
    if (action.Name === '_ValidateArraySize') return;
    const registration = /^_(Register|Unregister)(\w+)Event$/.exec(action.Name);
    if (registration) {
      // The fake keeps the handler (and refuses it where Excel would); its events go back through the library.
      if (registration[1] === 'Register' && registration[2] === 'DataChanged' && target instanceof FakeWorksheet) {
        target.onChanged.add((e) => this.onChanged?.(e));
        return;
      }
      // worksheets.onActivated (issue 19): registered on the fake, where Excel refuses what it refuses; its
      // events are not handed back to the library (no test here needs them; test/excel/activeSet.test.ts does).
      if (
        registration[1] === 'Register' &&
        registration[2] === 'Activated' &&
        target instanceof FakeWorksheetCollection
      ) {
        target.onActivated.add(() => undefined);
        return;
      }
      if (registration[1] === 'Register') throw new ReplayGapError(`the event ${registration[2]}`);
      return;
    }
    const method = (target as Record<string, unknown>)[camel(action.Name)];
    if (typeof method !== 'function')
      throw new ReplayGapError(`the method ${action.Name} of ${target.constructor.name}`);
    (method as (...a: unknown[]) => unknown).apply(target, this.args(action.ArgumentInfo, paths));
  }

  /** Arguments, with object arguments (a range given to freezeAt) resolved to their objects. */
  private args(info: ArgumentInfo | undefined, paths: Record<string, ObjectPathInfo>): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id) args[i] = this.resolve(id, paths);
    });
    // The library sends an argument left out as null; the fake's methods take it as left out.
    while (args.length > 0 && args[args.length - 1] === null) args.pop();
    return args;
  }

  private resolve(id: number, paths: Record<string, ObjectPathInfo>): Resolved {
    const known = this.objects.get(id);
    const info = paths[String(id)];
    if (known !== undefined && (!info || info.ObjectPathType !== PATH.referenceId)) return known;
    if (!info) throw new ReplayGapError(`object path ${id}, which the request does not describe`);
    const resolved = this.resolveNew(info, paths);
    this.objects.set(id, resolved);
    return resolved;
  }

  /**
   * Ranges the library itself asks for: a 2-D write of more than 1,500 cells is sent as chunks of rows,
   * range.getRow(i).getBoundingRect(range.getRow(j)) (setRangePropertiesInBulk). The fake has no such
   * methods; they are derived here from its ranges, resolved when the fake runs the command.
   */
  private derivedRange(parent: FakeRange, name: string, args: unknown[]): FakeRange | null {
    const targetOf = (r: FakeRange) => (r as unknown as { required(): RangeTarget }).required();
    if (name === 'GetRow') {
      const i = Number(args[0]);
      return new FakeRange(this.fake, () => {
        const { sheet, rect } = targetOf(parent);
        return { sheet, rect: { ...rect, r0: rect.r0 + i, r1: rect.r0 + i } };
      });
    }
    if (name === 'GetBoundingRect' && args[0] instanceof FakeRange) {
      const other = args[0];
      return new FakeRange(this.fake, () => {
        const a = targetOf(parent);
        const b = targetOf(other);
        const r = {
          r0: Math.min(a.rect.r0, b.rect.r0),
          c0: Math.min(a.rect.c0, b.rect.c0),
          r1: Math.max(a.rect.r1, b.rect.r1),
          c1: Math.max(a.rect.c1, b.rect.c1),
        };
        return { sheet: a.sheet, rect: r };
      });
    }
    return null;
  }

  private resolveNew(info: ObjectPathInfo, paths: Record<string, ObjectPathInfo>): Resolved {
    if (info.ObjectPathType === PATH.global) return this.fake.workbook;
    if (info.ObjectPathType === PATH.nullObject) return NULL_OBJECT;
    if (info.ObjectPathType === PATH.referenceId) {
      const r = this.references.get(info.Name);
      if (r === undefined) throw new ReplayGapError(`the reference ${info.Name}, never given out`);
      return r;
    }
    if (info.ParentObjectPathId === undefined) throw new ReplayGapError(`object path ${info.Id} without a parent`);
    const parent = this.resolve(info.ParentObjectPathId, paths);
    if (parent === NULL_OBJECT) return NULL_OBJECT;
    const args = this.args(info.ArgumentInfo, paths);
    const p = parent as Record<string, unknown>;
    switch (info.ObjectPathType) {
      case PATH.property: {
        const child = p[camel(info.Name)];
        if (child === undefined || child === null || typeof child !== 'object')
          throw new ReplayGapError(`the property ${info.Name} of ${parent.constructor.name}`);
        return child;
      }
      case PATH.method: {
        const derived = parent instanceof FakeRange ? this.derivedRange(parent, info.Name, args) : null;
        if (derived) return derived;
        const method = p[camel(info.Name)];
        if (typeof method !== 'function')
          throw new ReplayGapError(`the method ${info.Name} of ${parent.constructor.name}`);
        const child = (method as (...a: unknown[]) => unknown).apply(parent, args);
        // names.add(...) returns nothing in the fake: the added item is not used further.
        return (child as object | undefined) ?? {};
      }
      case PATH.indexer: {
        // The library reaches a worksheet by its Id once Excel has answered with it.
        const key =
          parent instanceof FakeWorksheetCollection ? (this.data.sheetById(String(args[0]))?.name ?? args[0]) : args[0];
        const getItem = p['getItem'];
        if (typeof getItem !== 'function') throw new ReplayGapError(`an indexer on ${parent.constructor.name}`);
        return (getItem as (k: unknown) => object).call(parent, key);
      }
      default:
        throw new ReplayGapError(`object path type ${info.ObjectPathType} (${info.Name})`);
    }
  }
}
