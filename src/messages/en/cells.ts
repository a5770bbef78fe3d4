/**
 * English: what is said of an input cell that cannot be read as its kind of figure (both layouts read
 * cells by src/workbook/inputCells.ts). Each `cell.*` message continues a sentence that starts with the
 * cell ("Appendix F!G12 holds ...").
 */
export const CELLS = {
  'finding.atCell': '{{cell}} {{says:msg}}',
  'finding.atCellWhere': '{{cell}} ({{where:msg}}) {{says:msg}}',
  'where.cell': '{{cell}}',

  'cell.kind.money': 'an amount in dollars',
  'cell.kind.fte': 'a number of FTE',
  'cell.kind.count': 'a count (a whole number)',
  'cell.kind.number': 'a number',

  'cell.moreThanTwoDecimals':
    "holds {{value}}, an amount with more than two decimals: it counts as {{cents:money}}, the cent Excel shows, but the sheet's own totals add the full figure and can differ by a cent: round it to the cent (type {{typed}}, or wrap its formula in ROUND(..., 2)).",
  'cell.tooLarge': 'holds {{shown}}, more than {{limit:msg}}; it counts as blank here: retype the figure.',
  'cell.limit.money': 'any amount of a budget can be (at most {{max:money}})',
  'cell.limit.fte': 'any number of FTE can be',
  'cell.limit.count': 'any count of a budget can be',
  'cell.notFinite': 'holds {{shown}}, which is not a figure; it counts as blank here: retype the figure.',
  'cell.notWhole': 'holds {{shown}} where {{what:msg}} belongs; it counts as blank here: type a whole number.',
  'cell.formulaWithoutResult':
    'holds the formula {{formula}} but the file keeps no result for it, so it counts as blank here: open and save the workbook in Excel, or type the figure.',
  'cell.text':
    'holds the text "{{text}}" where {{what:msg}} belongs; Excel leaves text out of its totals, so it counts as blank here: retype it as a number.',
  'cell.textWithNote':
    'holds the text "{{text}}"{{note:msg}} where {{what:msg}} belongs; Excel leaves text out of its totals, so it counts as blank here: retype it as a number.',
  'cell.note.percentText': ' (a percentage kept as text: type the number, e.g. 12% or 0.12, so Excel reads it)',
  'cell.note.numberText': ' (a number kept as text)',
  'cell.note.tooLarge': ', which is too large to be a number (the largest is about 1.8e308),',
  'cell.note.tooManyDigits': ', which has more digits than a number holds exactly (at most 9,007,199,254,740,991),',
  'cell.note.tooSmall': ', which is too small to be held as a number (it would read as 0),',
  'cell.note.hex': ' (a hexadecimal number, which Excel does not read as a number)',
  'cell.error':
    'holds the error {{error}} where {{what:msg}} belongs; it counts as blank here: type the figure, or clear the cell.',
  'cell.errorFromFormula':
    'holds the error {{error}} from its formula {{formula}} where {{what:msg}} belongs; it counts as blank here: type the figure, or clear the cell.',
  'cell.boolean': 'holds {{value}} where {{what:msg}} belongs; it counts as blank here: type the figure instead.',
  'cell.rateOutOfRange':
    'holds {{value}} where a rate between 0% and 100% belongs; it counts as blank here: type the rate, e.g. 10% or 0.1.',

  // FORMULA_OVERWRITTEN and BROKEN_FORMULA in our layout.
  'finding.formulaEmptied':
    '{{cell}} should hold the formula {{formula}} but is empty: copy the formula back, so the printed totals stay right.',
  'finding.formulaOvertyped':
    '{{cell}} should hold the formula {{formula}} but holds the typed value {{value}}: type the figures in the yellow input cells and restore the formula.',
  'finding.followsBroken':
    '{{sheet}}: {{count}} {{count:plural:cell shows an error value|cells show error values}} ({{cells:msg}}) that follow from the broken formulas reported above: repair those and these clear.',
  'broken.deletedCells': 'a formula that refers to deleted cells ({{formula}})',
  'broken.errorValue': 'the error {{error}}',
  'finding.brokenRestore': '{{cell}} holds {{what:msg}}: restore the formula {{formula}}.',
  'finding.brokenClear': '{{cell}} holds {{what:msg}}: correct or clear it.',

  // The published layout: where a cell stands, and its totals.
  'where.row': '{{part}}, row {{row}}',
  'where.rowNamed': '{{part}}, row {{row}} ({{item}})',
  'figure.blank': 'blank',
  'figure.money': '{{value:money}}',
  'figure.text': '{{value}}',
  'figure.quoted': '"{{value}}"',
  'finding.totalWrongCells':
    '{{cell}} ({{where:msg}}) shows {{shows:msg}} but the typed cells give {{expected:msg}}: its formula {{formula}} leaves out or adds the wrong cells; it should be {{should}}.',
  'finding.totalEmpty':
    '{{cell}} ({{where:msg}}) is empty where the template totals the rows ({{expected:msg}} from the typed cells): its formula is {{formula}}.',
  'finding.totalTypedSame':
    '{{cell}} ({{where:msg}}) holds the typed {{shown:msg}} where the template has a formula (it equals the typed cells today, but will not follow later changes): its formula is {{formula}}.',
  'finding.totalTyped':
    '{{cell}} ({{where:msg}}) holds the typed {{shown:msg}} where the template has a formula; the typed cells give {{expected:msg}}, which this review uses: its formula is {{formula}}.',
  'broken.why.ref': 'its formula {{formula}} refers to cells that no longer exist (#REF!)',
  'broken.why.divZero': 'its formula {{formula}} divides by zero',
  'broken.why.divZeroNoFormula': 'its formula divides by zero',
  'broken.why.errorFrom': 'it shows the error {{error}} from {{formula}}',
  'broken.why.error': 'it shows the error {{error}}',
  'finding.publishedError':
    '{{cell}} ({{where:msg}}) shows {{error}}: {{why:msg}}. This review recomputes the figures from the typed cells.',
  'list.plain': '{{items}}',
  'list.andMore': '{{items}} and {{more}} more',
  'where.lineTotalCost': '{{part}}, Total Cost of the line in row {{row}}',
  'where.emptyRowTotalCost': '{{part}}, Total Cost of the empty row {{row}}',
  'cell.note.percentInAmount': ' (a percentage, where this cell wants an amount: type the dollars, not a share)',
} as const;
