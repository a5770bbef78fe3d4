/**
 * What a workbook reader accepts, beyond which a file is refused with a message (exit 2 for that
 * file alone) instead of costing the process its memory: a budget sheet holds a few thousand cells.
 */

/** Most cells of one sheet's used range (and most non-blank cells of a sheet); beyond it a stray mark far away would cost gigabytes of blanks. */
export const MAX_USED_RANGE_CELLS = 2_000_000;
/** Excel's own limit on a formula's length. */
export const MAX_FORMULA_CHARS = 8_192;
/** Most merged areas of one sheet (a budget sheet has a few dozen). */
export const MAX_MERGES = 100_000;
