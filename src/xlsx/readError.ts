/**
 * The one error a workbook reader throws: its own module, so that every part reader (workbook part,
 * styles, strings, sheets, merges) can refuse a file without importing the reader that calls it.
 */

import { englishWords, msg, type Msg } from '../messages/words';

/** A file that cannot be read as a workbook; the CLI turns it into exit status 2. */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    /** Why, without the file name: "is not an Excel workbook (.xlsx)". */
    readonly reason: Msg,
  ) {
    super(`${file}: ${englishWords().render(reason)}`);
    this.name = 'WorkbookReadError';
  }
}

/** A part that is not what Excel writes: a refusal naming the file and the part (`why` continues "its part P ..."). */
export function damagedPart(file: string, part: string, why: Msg): WorkbookReadError {
  return new WorkbookReadError(file, msg('xlsx.damagedPart', { part, why }));
}
