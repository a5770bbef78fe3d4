/**
 * The streaming XML parser (saxes) every XML reader of the product uses, loaded at the first XML read:
 * starting the command line (`--version`, `--help`) or running a command that reads no XML never loads it
 * (docs/speed.md).
 */
import type { SaxesOptions, SaxesParser } from 'saxes';

let saxes: typeof import('saxes') | null = null;

export function newXmlParser<O extends SaxesOptions>(options: O): SaxesParser<O> {
  saxes ??= require('saxes') as typeof import('saxes');
  return new saxes.SaxesParser<O>(options);
}
