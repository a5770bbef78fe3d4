/**
 * The fake's errors, shaped as Excel's reach the add-in, and the error values a cell can show: the base
 * every other module of the fake builds on (it imports nothing of theirs).
 */

/** The error values of a cell, as Excel writes them. */
export const ERROR_TEXTS = ['#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#N/A', '#NUM!', '#NULL!'];

/**
 * An error shaped like OfficeExtension.Error: a `code` the add-in tests against, and where Excel has one,
 * `debugInfo.errorLocation`, the object and member Excel refused ("PageLayout.zoom", "WorksheetProtection.protect":
 * Excel's answer carries it as `Error.Location` and the library hands it on as `debugInfo.errorLocation`).
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = location ? { errorLocation: location } : {};
  }
}

export function fakeError(code: string, message: string, location?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, location);
}
