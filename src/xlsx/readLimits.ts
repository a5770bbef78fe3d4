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

/**
 * How much smaller a part may be packed than unpacked. The XML of a real workbook packs 5 to 30
 * times; a few KB that unpack to megabytes of one repeated element are made to cost a reader seconds.
 * Checked for every part of more than PART_RATIO_FROM bytes (a small part may pack very well, and
 * costs nothing), and for the whole package against the file's size (issue 22, item 5: parts just
 * under the old 8 MB threshold, many of them, cost 5 to 33 s from 88 to 320 KB).
 */
export const MAX_PACKING_RATIO = 100;
export const PART_RATIO_FROM = 1024 * 1024;
/** The whole package may unpack to at most MAX_PACKING_RATIO times the file, or this much for a small file. */
export const PACKAGE_UNPACKED_FLOOR = 10 * 1024 * 1024;
/**
 * Most XML elements a file may hold, by its packed size: ELEMENTS_PER_BYTE per byte of the file, or
 * ELEMENTS_FLOOR for a small one. A real workbook holds under one element per packed byte (a cell is a
 * <c>, a <v>, maybe an <f>, in some 20 packed bytes); a packed flood of <x/> holds hundreds. Reading time
 * follows the elements, not the bytes: this is the bound that keeps a 100 KB file under a second.
 */
export const ELEMENTS_PER_BYTE = 8;
export const ELEMENTS_FLOOR = 500_000;
