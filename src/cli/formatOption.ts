/**
 * The output format a user chooses (`--format`): names are matched without regard to case (`XML`,
 * `Json`), and an unknown one is refused with the list of those the command has.
 */
import * as path from 'path';
import { InputError } from './exitCodes';

export function chooseFormat<F extends string>(text: string, formats: readonly F[], command: string): F {
  const wanted = text.trim().toLowerCase();
  const found = formats.find((f) => f === wanted);
  if (!found)
    throw new Error(`unknown format "${text}" for ${command}; use one of ${formats.join(', ')} (in any case)`);
  return found;
}

/** `--format text|json` beside the older `--json` of review, repair and reconcile: both say the same. */
export function textOrJson(opts: { json?: boolean; format?: string }, command: string): 'text' | 'json' {
  const chosen = opts.format === undefined ? undefined : chooseFormat(opts.format, ['text', 'json'] as const, command);
  if (opts.json && chosen === 'text')
    throw new Error(`--json and --format ${opts.format} ask for two formats; give one`);
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
    throw new InputError(
      out,
      `is named ${path.extname(out)}, the extension of the ${named} format, but --format ${given} was asked: ` +
        `${right ? `name it ${out.slice(0, -ext.length)}${right}, ` : ''}or leave out --format to write ${named}; nothing was written`,
    );
  }
  return given ?? named ?? fallback;
}
