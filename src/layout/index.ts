/**
 * The templates as data (Appendices D, E, F, J, the SF-424A sheet, the Checks sheet) and the planner
 * that turns them into a WritePlan for any workbook adapter (src/excel, src/xlsx).
 */
export {
  planInsertTemplates,
  planNewWorkbook,
  templatesFor,
  buildTemplateModels,
  type InsertOptions,
  type InsertResult,
} from './planner';
export {
  findOwnLayouts,
  ownSheetNames,
  SHEET_TITLES,
  SHEET_MARK_NAMES,
  TEMPLATE_KEYS,
  N as NAMES,
  type TemplateKey,
} from './names';
export { F_COL, F_HEADER, AMOUNT_COLUMNS, SECTION_SPECS, type AppendixFRows, type BlockRows } from './appendixF';
export type { Sf424aCells } from './sf424aSheet';
export type { ChecksCells } from './checksSheet';
