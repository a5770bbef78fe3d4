/** The fake's defined names (workbook.names): refused where Excel refuses them (a missing sheet, a taken name). */
import { fakeError } from './fakeWorkbook';
import { deleteName, refuseUnknownSheets } from './fakeStrict';
import type { FakeRequestContext } from './fakeExcel';
import { FakeClientObject, loadPaths } from './fakeClientObject';
import { FakeRange } from './fakeRange';

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
    return new FakeNamedItem(
      this.ctx,
      () => this.ctx.data.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null,
    );
  }
}
