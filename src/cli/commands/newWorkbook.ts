/**
 * `grant-budget new --state S [--fy 2012] -o out.xlsx`: a new workbook with Appendices D, E, F (and J
 * for KY, PR, WA), an SF-424A sheet and a Checks sheet, every total a live formula.
 */
import type { Command } from 'commander';
import { DEFAULT_FISCAL_YEAR, type Budget } from '../../budget';
import { planNewWorkbook } from '../../layout/planner';
import { XlsxWorkbook } from '../../xlsx/xlsxWorkbook';
import { promises as fs } from 'fs';
import * as path from 'path';
import { EXIT_OK, InputError } from '../exitCodes';
import type { Io } from '../io';
import { runAction } from '../runAction';

/** Writes the templates (filled with `budget` when given) to `out`; refuses to replace a file unless `force`. */
export async function writeTemplateWorkbook(out: string, opts: { state: string; fiscalYear: number; budget?: Budget; force: boolean }): Promise<string[]> {
  const made = await templateWorkbookBytes(out, opts);
  await writeNewFile(out, made.bytes, opts.force);
  return made.sheets;
}

/** The templates (filled with `budget` when given) as the bytes of an .xlsx file, and the sheets they hold. */
export async function templateWorkbookBytes(out: string, opts: { state: string; fiscalYear: number; budget?: Budget }): Promise<{ bytes: Buffer; sheets: string[] }> {
  const result = planNewWorkbook({ state: opts.state, fiscalYear: opts.fiscalYear, ...(opts.budget ? { budget: opts.budget } : {}) });
  const wb = XlsxWorkbook.create(out);
  await wb.apply(result.plan);
  return { bytes: await wb.toBuffer(), sheets: result.sheets.map((s) => s.sheet) };
}

/**
 * Writes a new file without ever losing data: an existing file is refused unless `force`; the bytes go
 * to a temporary file first and are renamed into place, so a failure never leaves half a workbook.
 */
export async function writeNewFile(file: string, data: Buffer, force: boolean): Promise<void> {
  const target = path.resolve(file);
  const exists = await fs.stat(target).then(
    (s) => s,
    () => null,
  );
  if (exists?.isDirectory()) throw new InputError(file, 'is a folder; give the name of the workbook to write');
  if (exists && !force) throw new InputError(file, 'already exists; it is left unchanged (add --force to replace it)');
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(temp, data, { flag: 'wx' });
    if (!force) {
      // Link instead of rename: it fails if the file appeared meanwhile, so nothing is ever replaced.
      await fs.link(temp, target);
      await fs.unlink(temp);
    } else await fs.rename(temp, target);
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError(file, 'already exists; it is left unchanged (add --force to replace it)');
    throw new InputError(file, `cannot be written: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function parseFiscalYear(text: string | undefined): number {
  if (text === undefined) return DEFAULT_FISCAL_YEAR;
  if (!/^\d{4}$/.test(text.trim())) throw new Error(`--fy must be a fiscal year such as 2012, not "${text}"`);
  return Number(text);
}

export function registerNewWorkbook(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('new')
    .description('write a new workbook: Appendices D, E, F (and J for KY, PR, WA), an SF-424A sheet and a Checks sheet, every total a live formula')
    .requiredOption('--state <state>', "the State: USPS code (KY) or Appendix L name (Kentucky)")
    .option('--fy <year>', 'the fiscal year of the rule pack', String(DEFAULT_FISCAL_YEAR))
    .requiredOption('-o, --output <file>', 'the workbook to write (.xlsx)')
    .option('--force', 'replace the output file if it exists')
    .addHelpText(
      'after',
      '\nThe output file is never replaced unless --force is given.\n' +
        'Exit status: 0 written; 2 the State or fiscal year is unknown, or the file cannot be written.',
    )
    .action((opts: { state: string; fy?: string; output: string; force?: boolean }) =>
      runAction(io, setExit, async () => {
        const sheets = await writeTemplateWorkbook(opts.output, { state: opts.state, fiscalYear: parseFiscalYear(opts.fy), force: Boolean(opts.force) });
        io.stdout(`${opts.output}: written (${sheets.join(', ')})\n`);
        return EXIT_OK;
      }),
    );
}
