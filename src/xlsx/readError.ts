/**
 * The one error a workbook reader throws: its own module, so that every part reader (workbook part,
 * styles, strings, sheets, merges) can refuse a file without importing the reader that calls it.
 */

/** A file that cannot be read as a workbook; the CLI turns it into exit status 2. */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    /** Why, without the file name: "is not an Excel workbook (.xlsx)". */
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'WorkbookReadError';
  }
}

/** The end of every "damaged" refusal: what a budget officer can do about it. */
export const REPAIR_ADVICE = 'open it in Excel, which offers to repair it, and save it again';

/** A part that is not what Excel writes: a refusal naming the file and the part. */
export function damagedPart(file: string, part: string, why: string): WorkbookReadError {
  return new WorkbookReadError(
    file,
    `is damaged and cannot be read as an Excel workbook (its part ${part} ${why}): ${REPAIR_ADVICE}`,
  );
}
