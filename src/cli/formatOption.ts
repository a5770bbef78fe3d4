/**
 * The output format a user chooses (`--format`): names are matched without regard to case (`XML`,
 * `Json`), and an unknown one is refused with the list of those the command has.
 */
import { msg } from '../messages/words';
import * as path from 'path';
import { InputError, UsageError } from './exitCodes';

export function chooseFormat<F extends string>(text: string, formats: readonly F[], command: string): F {
  const wanted = text.trim().toLowerCase();
  const found = formats.find((f) => f === wanted);
  if (!found) throw new UsageError(msg('format.unknown', { format: text, command, formats: formats.join(', ') }));
  return found;
}

/** `--format text|json` beside the older `--json` of review, repair and reconcile: both say the same. */
export function textOrJson(opts: { json?: boolean; format?: string }, command: string): 'text' | 'json' {
  const chosen = opts.format === undefined ? undefined : chooseFormat(opts.format, ['text', 'json'] as const, command);
  if (opts.json && chosen === 'text') throw new UsageError(msg('format.twoFormats', { format: opts.format ?? '' }));
  return opts.json ? 'json' : (chosen ?? 'text');
}

/**
 * The format of an output file named with the extension of one of `byExtension`'s formats. With --format
 * given too, they must agree: a JSON file named .csv is as wrong as a workbook named .csv.
 */
export function formatForOutput<F extends string>(
  out: string | undefined,
  given: F | undefined,
  byExtension: Readonly<Record<string, F>>,
  fallback: F,
): F {
  const ext = out ? path.extname(out).toLowerCase() : '';
  const named = ext ? byExtension[ext] : undefined;
  if (out && given && named && given !== named) {
    const right = Object.entries(byExtension).find(([, f]) => f === given)?.[0];
    const data = { ext: path.extname(out), named, given };
    throw new InputError(
      out,
      right
        ? msg('format.extensionOtherRename', { ...data, rename: `${out.slice(0, -ext.length)}${right}` })
        : msg('format.extensionOther', data),
    );
  }
  return given ?? named ?? fallback;
}
