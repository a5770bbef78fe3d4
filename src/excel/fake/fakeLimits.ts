/**
 * The fake's payload limits and its record of what was read. Excel on the web refuses a request or a
 * response over 5 MB ("Resource limits and performance optimization for Office Add-ins"); the error
 * codes are those of Office.js's CoreErrorCodes (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded). Desktop Excel has no such limit, so the fake plays it only when
 * told to (`playExcelOnTheWeb()`).
 *
 * Sizes are estimated as Office.js carries them, as JSON: a request is each queued action (about 80
 * bytes of object path and method) plus the arrays it sends; a response is the JSON of every property
 * loaded. Every sync is logged, so tests can assert that each request and response stays under a bound
 * and which ranges were read at all.
 */
import { fakeError } from './fakeErrors';

export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What an action costs in a request before its arguments: its object path, method name, ids. */
export const ACTION_BYTES = 80;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** Set when the fake refused this sync. */
  refused?: 'RequestPayloadSizeLimitExceeded' | 'ResponsePayloadSizeLimitExceeded';
}

export interface RangeLoad {
  sheet: string;
  /** A1 address of the range loaded ("A1:C200"). */
  address: string;
  props: string[];
}

/** JSON size of a value, as it would travel. */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  return JSON.stringify(value)?.length ?? 0;
}

export class FakeLimits {
  /** Bytes allowed for a request and for a response; null: no limit (desktop Excel). */
  payloadLimit: number | null = null;
  readonly syncs: SyncRecord[] = [];
  readonly rangeLoads: RangeLoad[] = [];
  /** Every range whose special cells were asked for (getSpecialCells*), as "Sheet!A1:C20". */
  readonly specialCellsAsked: string[] = [];
  private current: SyncRecord | null = null;

  /** `limitBytes`: lower than 5 MB only in a test that lowers the reader's limit with it (readPayload). */
  playExcelOnTheWeb(on = true, limitBytes = WEB_PAYLOAD_LIMIT_BYTES): void {
    this.payloadLimit = on ? limitBytes : null;
  }

  /** A sync starts with its queued actions: refused whole when the request is over the limit. */
  beginSync(actions: number, argumentBytes: number): void {
    const record: SyncRecord = { requestBytes: actions * ACTION_BYTES + argumentBytes, responseBytes: 0, actions };
    this.syncs.push(record);
    this.current = record;
    if (this.payloadLimit !== null && record.requestBytes > this.payloadLimit) {
      record.refused = 'RequestPayloadSizeLimitExceeded';
      this.current = null;
      throw fakeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
  }

  /** A loaded property goes into the response of the current sync. */
  noteLoaded(value: unknown): void {
    if (this.current) this.current.responseBytes += jsonBytes(value);
  }

  noteRangeLoad(load: RangeLoad): void {
    this.rangeLoads.push(load);
  }

  /**
   * After the actions ran: a response over the limit is refused. The actions stay done (Excel does
   * not roll back), only their answer is lost.
   */
  endSync(): void {
    const record = this.current;
    this.current = null;
    if (record && this.payloadLimit !== null && record.responseBytes > this.payloadLimit) {
      record.refused = 'ResponsePayloadSizeLimitExceeded';
      throw fakeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
  }

  /** Cells of `sheet` read with values or formulas (any range load naming them). */
  cellsRead(sheet: string): RangeLoad[] {
    return this.rangeLoads.filter(
      (l) =>
        l.sheet.toLowerCase() === sheet.toLowerCase() &&
        l.props.some((p) => p === 'values' || p === 'formulas' || p === 'valueTypes'),
    );
  }
}
