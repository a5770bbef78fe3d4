/**
 * `grant-budget repair in.xlsx -o out.xlsx [--force] [--json]`: rewrites broken or missing total
 * formulas (either layout) into a new file, listing every cell changed. Never writes the input file,
 * never overwrites an existing output unless --force, never changes a typed input cell.
 */
import { msg } from '../../messages/words';
import type { Command } from 'commander';
import * as path from 'path';
import { planRepair, repairChangeText } from '../../workbook/repair';
import { repairRefusalText } from '../../workbook/repairGuard';
import { PackageError, patchPackage } from '../../xlsx/patchPackage';
import { EXIT_FINDINGS, EXIT_OK, InputError } from '../exitCodes';
import { readFileBytes, wordsOf, type Io } from '../io';
import type { OutputRule } from '../outputFile';
import { checkTarget, outputName, reportTo, writeTarget } from '../outputTarget';
import { textOrJson } from '../formatOption';
import { runAction } from '../runAction';
import { terminalLine } from '../terminalText';
import { MAX_WORKBOOK_BYTES, workbookSnapshotOf } from '../workbookInput';

export function registerRepair(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('repair')
    .description(
      'rewrite broken or missing total formulas of a workbook (either layout) into a new file; typed cells are never changed',
    )
    .argument('<in>', 'the workbook to repair (.xlsx); it is only read')
    .requiredOption(
      '-o, --output <file>',
      'the repaired workbook to write (.xlsx, or .xlsm for an .xlsm; - for standard output, through a pipe)',
    )
    .option('--force', 'overwrite the output file if it exists')
    .option('--json', 'list the changes as JSON')
    .option('--format <format>', 'text or json (any case): how the changes are listed; json is --json')
    .addHelpText(
      'after',
      '\nExit status: 0 repaired (or nothing to repair); 1 repaired, but a total holding a typed figure was left as it is (listed); 2 the input could not be read or the output not written.',
    )
    .action((input: string, opts: { output: string; force?: boolean; json?: boolean; format?: string }) =>
      runAction(io, setExit, async () => {
        const json = textOrJson(opts, 'repair') === 'json';
        const rule: OutputRule = { command: 'repair', inputs: [input], force: Boolean(opts.force) };
        // The package is the input's, edited: a macro workbook stays one, and Excel opens it only as .xlsm.
        const extension = path.extname(input).toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
        await checkTarget(opts.output, 'workbook', rule, io, extension);
        // Read once: the plan is made from the very bytes that are edited.
        const bytes = await readFileBytes(input, MAX_WORKBOOK_BYTES);
        const result = planRepair(await workbookSnapshotOf(input, bytes));
        if (result.problem) throw new InputError(input, result.problem);
        const words = wordsOf(io);
        let out: Buffer;
        try {
          // The input's package with only the repaired cells changed (src/xlsx/patchPackage.ts).
          out = patchPackage(bytes, input, result.plan);
        } catch (err) {
          if (err instanceof PackageError) throw new InputError(input, err.reason);
          throw err;
        }
        await writeTarget(opts.output, out, rule, io);
        // With the workbook on stdout, the list of changes goes to stderr.
        const report = reportTo(io, opts.output);
        report(json ? repairJson(result, input, opts.output, words) : repairText(result, input, opts.output, words));
        return result.refused.length ? EXIT_FINDINGS : EXIT_OK;
      }),
    );
}

type Repair = ReturnType<typeof planRepair>;
type Words = ReturnType<typeof wordsOf>;

/** The changes and refusals as JSON (INTERFACES.md's repair --json). */
function repairJson(result: Repair, input: string, output: string, words: Words): string {
  const out = {
    file: input,
    output,
    layout: result.layout,
    changes: result.changes.map((c) => ({
      sheet: c.sheet,
      cell: c.cell,
      before: words.render(c.before),
      after: c.after,
      reason: words.render(c.reason),
    })),
    refused: result.refused.map((r) => ({ ...r, value: words.render(r.value), reason: words.render(r.reason) })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** The changes, one escaped line each, then the totals left as they were because they hold a typed figure. */
function repairText(result: Repair, input: string, output: string, words: Words): string {
  const lines: string[] = [];
  if (result.changes.length === 0) {
    const layout = msg(result.layout === 'own' ? 'build.layout.own' : 'build.layout.published');
    lines.push(words.t('repair.nothing', { file: input, layout, out: outputName(output) }));
  } else {
    lines.push(words.t('repair.repaired', { file: input, count: result.changes.length, out: outputName(output) }));
    for (const c of result.changes) lines.push(`  ${words.render(repairChangeText(c))}`);
  }
  if (result.refused.length) {
    lines.push(words.t('repair.refusedHead', { file: input, count: result.refused.length }));
    for (const r of result.refused) lines.push(`  ${words.render(repairRefusalText(r))}`);
  }
  return lines.map((l) => terminalLine(l) + '\n').join('');
}
