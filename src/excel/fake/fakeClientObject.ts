/**
 * What every proxy of the fake shares with Office.js's: commands queued until sync, properties readable
 * only once loaded (PropertyNotLoaded otherwise), and a null object known only after the sync.
 */
import { fakeError } from './fakeWorkbook';
import type { FakeRequestContext } from './fakeExcel';

export function propertyNotLoaded(prop: string): Error {
  return fakeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** "items/name, items/visibility" | ["values"] | { select: "..." } -> property paths. */
export function loadPaths(props?: string | string[] | { select?: string }): string[] {
  if (props === undefined) return [];
  const text = Array.isArray(props) ? props.join(',') : typeof props === 'string' ? props : (props.select ?? '');
  return text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

export abstract class FakeClientObject<T> {
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
    if (t === null) throw fakeError('ItemNotFound', "The requested resource doesn't exist.");
    return t;
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw propertyNotLoaded('isNullObject');
    return this.resolved.target === null;
  }

  load(props?: string | string[] | { select?: string }): this {
    const paths = loadPaths(props);
    if (paths.length === 0)
      throw new Error('load() without properties loads everything: name the properties (office-addins/no-empty-load)');
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
