/**
 * The workbook port over an .xlsx file held in memory with exceljs: `apply` writes a plan
 * (src/xlsx/applyPlan.ts), `readSnapshot` reads what a saved file would hold (src/xlsx/readSnapshot.ts),
 * so a reader sees exactly what Excel would open. It writes new workbooks (`new`, `build`); `repair` never
 * rebuilds a file through it, as exceljs drops what it does not model: see src/xlsx/patchPackage.ts.
 */
import { msg, type Msg } from '../messages/words';
import type ExcelJS from 'exceljs';
import type { SnapshotRequest, WorkbookSnapshot, WritePlan } from '../port/workbookPort';
import { applyPlan } from './applyPlan';
import { readXlsxSnapshot, WorkbookReadError } from './readSnapshot';
import { deflateStoredEntries } from './zipArchive';

type WorkbookClass = (typeof import('exceljs'))['Workbook'];
let workbookClass: WorkbookClass | null = null;
/**
 * exceljs's Workbook, loaded when a workbook is first written: `review` and `repair` never load it
 * (docs/speed.md). Its own module, not the package's entry, which loads the streaming reader and writer too,
 * unused here: 85 ms to load instead of 205 ms, in every `build` and `new`.
 */
function exceljsWorkbook(): WorkbookClass {
  return (workbookClass ??= require('exceljs/lib/doc/workbook') as WorkbookClass);
}

/** The name a workbook we write gives as its author. */
export const PRODUCT = 'Grant Budget';

function madeAt(): Date {
  const epoch = Number(typeof process === 'undefined' ? undefined : process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

export class XlsxWorkbook {
  /** What the writes changed to make the file well-formed XML, one line per cell ("Appendix F!A12: removed ..."). */
  readonly notes: Msg[] = [];

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** The file name, for messages. */
    readonly file: string,
  ) {}

  /** A new, empty workbook. */
  static create(file = 'new workbook'): XlsxWorkbook {
    const wb = new (exceljsWorkbook())();
    // Who made the file and when, as Excel's File > Info shows it (never the machine or the user's
    // name). SOURCE_DATE_EPOCH, where set, fixes the date, for files that must come out byte for byte the same.
    wb.creator = PRODUCT;
    wb.lastModifiedBy = PRODUCT;
    wb.created = madeAt();
    wb.modified = wb.created;
    // Excel and LibreOffice recalculate every formula when the file is opened: the file carries no stale results.
    wb.calcProperties = { fullCalcOnLoad: true };
    return new XlsxWorkbook(wb, file);
  }

  /**
   * An existing .xlsx, loaded whole by exceljs (which drops what it does not model): for tests that insert
   * templates into a workbook the way the pane does; no command rewrites a user's file through it.
   */
  static async open(bytes: Buffer, file: string): Promise<XlsxWorkbook> {
    // The snapshot reader's checks (not a zip, truncated, encrypted, a merged area of millions of
    // cells...) give the clearest message, and keep from exceljs what it would enumerate.
    await readXlsxSnapshot(bytes, file);
    const wb = new (exceljsWorkbook())();
    try {
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch (err) {
      throw new WorkbookReadError(file, exceljsLoadText(err));
    }
    wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
    return new XlsxWorkbook(wb, file);
  }

  async apply(plan: WritePlan): Promise<void> {
    await applyPlan(this.workbook, plan, this.notes);
  }

  async readSnapshot(request?: SnapshotRequest): Promise<WorkbookSnapshot> {
    return readXlsxSnapshot(await this.toBuffer(), this.file, request);
  }

  async toBuffer(): Promise<Buffer> {
    const stored = await this.workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    return deflateStoredEntries(Buffer.from(stored as ArrayBuffer), this.file);
  }
}

/**
 * exceljs fails on some readable files (a table saved by LibreOffice, comments saved by openpyxl:
 * "Cannot read properties of null (reading 'theme')"): such a JavaScript error says nothing to a
 * budget officer, so it becomes what happened in words; a message of its own XML parser is kept.
 */
function exceljsLoadText(err: unknown): Msg {
  const internal = err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError;
  if (internal) return msg('xlsx.notRewritable');
  return msg('xlsx.cannotRead', { detail: err instanceof Error ? err.message : String(err) });
}
