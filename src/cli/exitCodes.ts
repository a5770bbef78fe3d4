/** Exit status of INTERFACES.md: 0 no error findings; 1 at least one error finding; 2 an input could not be read. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

/** An input that cannot be read: the message names the file and why; the command exits with 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    /** A list under the message (every problem of a budget JSON), one item a line. */
    readonly lines: readonly string[] = [],
  ) {
    super(message);
    this.name = 'InputError';
  }

  /** The message with its list, as one text (for JSON and the summary workbook). */
  get fullText(): string {
    return [this.message, ...this.lines.map((l) => `  ${l}`)].join('\n');
  }
}
