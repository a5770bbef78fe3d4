/**
 * Surgical repair of an .xlsx package: writes the formulas of a repair plan (src/workbook/repair.ts)
 * into a copy of the input in which every zip entry is copied byte for byte, except the sheet parts
 * holding a repaired cell (where only those `<c>` elements change, src/xlsx/sheetPatch.ts) and the
 * workbook part (where only `fullCalcOnLoad` is set, src/xlsx/workbookCalc.ts). Charts, comments,
 * tables, protection with its password, print settings, custom properties and anything newer than
 * this code pass through untouched, because nothing is rebuilt.
 *
 * Choices:
 * - calcChain.xml is left as it is: it goes stale only for cells that stop being formulas, and repair
 *   only makes formulas (Excel adds the new ones to the chain itself).
 * - The plan's protect/unprotect steps are not needed: the file's own protection, password included,
 *   is kept as it was (the cells are edited in the XML, not through a protected sheet).
 * - A plan that writes anything but a formula is refused: repair never writes a typed value.
 * - With nothing to repair, the output is the input, byte for byte.
 */
import { msg, type Msg } from '../messages/words';
import { parseA1, type WritePlan } from '../port/workbookPort';
import { findEntry, packageParts } from './packageParts';
import { CellRefusal, patchSheetPart, type CellEdit } from './sheetPatch';
import { setFullCalcOnLoad } from './workbookCalc';
import { XmlScanError, wellFormedProblem } from './xmlTags';
import { PackageError, entryContent, readZip, writeZip, type ZipArchive } from './zipArchive';

export { PackageError } from './zipArchive';

/** The formula writes of a plan, by sheet; any other write is a programming error. */
export function formulaEdits(plan: WritePlan): Map<string, CellEdit[]> {
  const bySheet = new Map<string, CellEdit[]>();
  for (const op of plan.ops) {
    if (op.op === 'protect' || op.op === 'unprotect') continue;
    if (op.op !== 'cells') throw new Error(`the package patcher writes formulas only, not "${op.op}"`);
    const at = parseA1(op.address);
    op.rows.forEach((cells, i) =>
      cells.forEach((w, j) => {
        if (w.kind === 'skip') return;
        if (w.kind !== 'formula')
          throw new Error(`the package patcher writes formulas only: ${op.sheet}!${op.address} is a ${w.kind} write`);
        const list = bySheet.get(op.sheet) ?? [];
        list.push({ row: at.row + i, col: at.col + j, formula: w.formula });
        bySheet.set(op.sheet, list);
      }),
    );
  }
  return bySheet;
}

function part(zip: ZipArchive, name: string, what: Msg, file: string): Buffer {
  const entry = findEntry(zip, name);
  if (!entry) throw new PackageError(file, msg('zip.noPart', { part: name }));
  const bytes = entryContent(zip, entry, file);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new PackageError(file, msg('zip.utf16', { what }));
  }
  const problem = wellFormedProblem(bytes);
  if (problem !== null) {
    throw new PackageError(file, msg('zip.notWellFormed', { what, problem }));
  }
  return bytes;
}

/** The repaired package, or a PackageError naming the file and saying why it cannot be patched. */
export function patchPackage(bytes: Buffer, file: string, plan: WritePlan): Buffer {
  const edits = formulaEdits(plan);
  if (edits.size === 0) return Buffer.from(bytes);
  try {
    return patchEdits(bytes, file, edits);
  } catch (err) {
    if (err instanceof XmlScanError) throw new PackageError(file, msg('zip.damagedXml', { problem: err.problem }));
    throw err;
  }
}

function patchEdits(bytes: Buffer, file: string, edits: Map<string, CellEdit[]>): Buffer {
  const zip = readZip(bytes, file);
  const parts = packageParts(zip, file);
  const replaced = new Map<string, Buffer>();
  for (const [sheet, list] of edits) {
    const entry = parts.sheets.find((s) => s.name === sheet);
    if (!entry) throw new PackageError(file, msg('zip.noSheet', { sheet }));
    if (!entry.worksheet) throw new PackageError(file, msg('zip.notWorksheet', { sheet }));
    if (entry.part === null) throw new PackageError(file, msg('zip.sheetPartMissing', { sheet }));
    const what = msg('xml.sheetPart', { sheet, part: entry.part });
    try {
      replaced.set(entry.part, patchSheetPart(part(zip, entry.part, what, file), list, what));
    } catch (err) {
      if (err instanceof CellRefusal)
        throw new PackageError(file, msg('zip.cellRefused', { what, reason: err.reason }));
      throw err;
    }
  }
  const wbWhat = msg('xml.workbookPart', { part: parts.workbookPart });
  const workbook = part(zip, parts.workbookPart, wbWhat, file);
  const calc = setFullCalcOnLoad(workbook, wbWhat);
  // Already set: the workbook part keeps its raw bytes too.
  if (calc !== workbook) replaced.set(parts.workbookPart, calc);
  return writeZip(zip, replaced);
}
