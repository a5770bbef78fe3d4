/** Exit status of INTERFACES.md: 0 no error findings; 1 at least one error finding; 2 an input could not be read. */
import { englishWords, type Msg, type Words } from '../messages/words';
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

/** An input that cannot be read: the message names the file and why (a clause after its name); the command exits with 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: Msg,
    /** A list under the message (every problem of a budget JSON), one item a line. */
    readonly lines: readonly Msg[] = [],
  ) {
    super(englishWords().render(problem));
    this.name = 'InputError';
  }

  /** The message with its list, as one text in `words` (for JSON and the summary workbook). */
  fullText(words: Words): string {
    return [words.render(this.problem), ...this.lines.map((l) => `  ${words.render(l)}`)].join('\n');
  }
}

/** A command that cannot run as asked (two formats at once, an unknown format): one sentence, exit 2. */
export class UsageError extends Error {
  constructor(readonly problem: Msg) {
    super(englishWords().render(problem));
    this.name = 'UsageError';
  }
}
