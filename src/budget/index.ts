/**
 * The domain core: what a budget is, what the rules say of it, and the forms it fills.
 * Free of Office, DOM and file I/O; every door (CLI, workbook, task pane) goes through here.
 * The budget JSON's reader (budgetJson.ts) is imported from its own module: it loads zod, which a
 * command that reads no JSON (`review` of workbooks, `--help`) never needs.
 */
export * from './money';
export * from './quantity';
export * from './model';
export * from './places';
export * from './rulePack';
export * from './findings';
export * from './totals';
export * from './checks';
export { TOTAL_PATHS, formWhere } from './checkFindings';
export * from './sf424a';
export * from './budgetJsonWrite';
export { editDistance } from './editDistance';
export { excelTrim, excelCaseFold, excelTextKey, sameAsExcel, findAsExcel, excelIndex, isYesMark } from './excelText';
export {
  sf424aToJson,
  osha110ToJson,
  sf424aFields,
  sf424aCsv,
  sf424aXml,
  sf424aXmlWithNotes,
  type FormField,
} from './sf424aOutput';
export { evaluateBudget, type Evaluation } from './evaluate';
export {
  MAX_BUDGET_LINES,
  budgetBoundsProblem,
  budgetSizeProblem,
  budgetTotalsProblem,
  tooManyLinesProblem,
} from './budgetSize';
export { cappedLines, MAX_PROBLEM_LINES } from './problemLines';
