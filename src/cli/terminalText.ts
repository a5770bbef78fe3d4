/**
 * Text for a terminal. Workbook text (sheet names, item names, cell text, messages that quote them) may
 * hold control characters: ESC starts terminal commands (`ESC]0;...` retitles the window, others move
 * the cursor or hide text), a newline in an item name would forge an output line, bidirectional
 * overrides reorder what is read. Each is shown as a visible escape instead (`\x1b`, `\n`, `\u202e`).
 * JSON output never comes here: JSON escapes by itself and stays exact.
 */
import type { Msg } from '../messages/words';
import { wordsOf, type Io } from './io';

const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  return (
    NAMED[ch] ??
    (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
  );
}

/** One line for a terminal: every control character, line break included, shown escaped. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Lines the program meant (joined by "\n") for a terminal: each line escaped, the breaks kept. */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalLine).join('\n');
}

/**
 * The form of every problem the command line prints on stderr: `grant-budget: file: why`, one line,
 * then the items of its list (`lines`), one a line. The message and each item are escaped whole: a
 * newline a file put in a sheet name or a title is shown as `\n`, never a new line of output.
 */
export function problemText(file: string, message: string, lines: readonly string[] = []): string {
  return `grant-budget: ${terminalLine(file)}: ${terminalLine(message)}${lines.map((l) => `\n  ${terminalLine(l)}`).join('')}\n`;
}

/** Each change a writer made to keep its output well-formed, as a warning on stderr naming the file and the cell or field. */
export function printWriteNotes(io: Io, file: string, notes: readonly Msg[]): void {
  for (const note of notes) io.stderr(problemText(file, wordsOf(io).t('cli.warning', { note })));
}
