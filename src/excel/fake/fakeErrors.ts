/**
 * The fake's errors, shaped as Excel's reach the add-in, and the error values a cell can show: the base
 * every other module of the fake builds on (it imports nothing of theirs).
 */

/** The error values of a cell, as Excel writes them. */
export const ERROR_TEXTS = ['#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#N/A', '#NUM!', '#NULL!'];

/** An error shaped like OfficeExtension.Error: a `code` the add-in tests against. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function fakeError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}
