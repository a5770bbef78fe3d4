/**
 * Excel's WorksheetCollection.onActivated (ExcelApi 1.7): when another sheet becomes the active one (its tab
 * clicked, `worksheet.activate()`, a range of it selected, the active sheet deleted), Excel calls the
 * handlers after the change, never inside it, with the id of the sheet activated. Activating the sheet
 * that is already active fires nothing.
 */
export interface FakeActivatedEvent {
  type: 'WorksheetActivated';
  worksheetId: string;
  source: 'Local';
}

type Handler = (e: FakeActivatedEvent) => unknown;

export class FakeActivationHandlers {
  private readonly handlers = new Set<Handler>();

  add(handler: Handler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  count(): number {
    return this.handlers.size;
  }

  fire(worksheetId: string): void {
    const event: FakeActivatedEvent = { type: 'WorksheetActivated', worksheetId, source: 'Local' };
    for (const h of this.handlers) setTimeout(() => void h(event), 0);
  }
}
