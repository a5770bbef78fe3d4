/**
 * `grant-budget repair in.xlsx -o out.xlsx [--force] [--json]`: rewrites broken or missing total
 * formulas (either layout) into a new file, listing every cell changed. Never writes the input file,
 * never overwrites an existing output unless --force, never changes a typed input cell.
 */
import type { Command } from 'commander';
import { planRepair } from '../../workbook/repair';
import { PackageError, patchPackage } from '../../xlsx/patchPackage';
import { EXIT_OK, InputError } from '../exitCodes';
import { readFileBytes, type Io } from '../io';
import { checkOutput, writeOutputFile, type OutputRule } from '../outputFile';
import { runAction } from '../runAction';
import { terminalLine } from '../terminalText';
import { MAX_WORKBOOK_BYTES, workbookSnapshotOf } from '../workbookInput';

export function registerRepair(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('repair')
    .description('rewrite broken or missing total formulas of a workbook (either layout) into a new file; typed cells are never changed')
    .argument('<in>', 'the workbook to repair (.xlsx); it is only read')
    .requiredOption('-o, --output <file>', 'the repaired workbook to write (.xlsx)')
    .option('--force', 'overwrite the output file if it exists')
    .option('--json', 'list the changes as JSON')
    .addHelpText('after', '\nExit status: 0 repaired (or nothing to repair); 2 the input could not be read or the output not written.')
    .action((input: string, opts: { output: string; force?: boolean; json?: boolean }) =>
      runAction(io, setExit, async () => {
        const rule: OutputRule = { command: 'repair', inputs: [input], force: Boolean(opts.force) };
        await checkOutput(opts.output, rule);
        // Read once: the plan is made from the very bytes that are edited.
        const bytes = await readFileBytes(input, MAX_WORKBOOK_BYTES);
        const result = planRepair(await workbookSnapshotOf(input, bytes));
        if (result.problem) throw new InputError(input, result.problem);
        let out: Buffer;
        try {
          // The input's package with only the repaired cells changed (src/xlsx/patchPackage.ts).
          out = patchPackage(bytes, input, result.plan);
        } catch (err) {
          if (err instanceof PackageError) throw new InputError(input, err.reason);
          throw err;
        }
        await writeOutputFile(opts.output, out, rule);
        if (opts.json) {
          io.stdout(JSON.stringify({ file: input, output: opts.output, layout: result.layout, changes: result.changes }, null, 2) + '\n');
        } else {
          io.stdout(
            result.changes.length === 0
              ? `${input}: nothing to repair (${result.layout === 'own' ? 'grant-budget layout' : 'published OSHA layout'}); written unchanged to ${opts.output}\n`
              : `${input}: ${result.changes.length} cell${result.changes.length === 1 ? '' : 's'} repaired, written to ${opts.output}:\n` +
                  result.changes.map((c) => terminalLine(`  ${c.sheet}!${c.cell}: ${c.before} -> ${c.after} (${c.reason})`)).join('\n') +
                  '\n',
          );
        }
        return EXIT_OK;
      }),
    );
}
