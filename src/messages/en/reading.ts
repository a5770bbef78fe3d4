/**
 * English: why a workbook gives no budget (a clause after the file's name), and what a layout reader
 * says of a template it cannot follow.
 */
export const READING = {
  'read.noRulePack': 'no rule pack for FY {{year}}',
  'read.publishedOtherYear':
    'is the published OSHA template of FY {{year}} ({{cell}} says "{{text}}"), but Grant Budget reads the FY {{rulesYear}} templates and holds the rules of FY {{rulesYear}} only: its checks would not be those of FY {{year}}. Review it against the FY {{year}} instructions',
  'read.unknownStateAsked':
    'the State asked for, "{{state}}", is not one of the {{count}} States of Appendix L (FY {{year}})',
  'read.publishedNoState': 'is in the layout of the published OSHA templates, which does not say which State it is for',
  'read.noSheets': 'none',
  'read.noBudget':
    'holds no budget: none of its sheets ({{sheets:msg}}) is a Grant Budget template or the published OSHA Appendix F (found by its section titles "A. PERSONNEL" to "J. TOTAL CHARGES")',
  'read.noBudgetCharts':
    'holds no budget: none of its sheets ({{sheets:msg}}) is a Grant Budget template or the published OSHA Appendix F (found by its section titles "A. PERSONNEL" to "J. TOTAL CHARGES"); {{charts}} {{count:plural:is a chart sheet, which holds|are chart sheets, which hold}} no cells',
  'read.ownOtherYear':
    'says fiscal year {{year}} ({{cell}}), but Grant Budget holds the rules of {{years}} only (Appendix L award levels, the administration cap): its checks would not be those of FY {{year}}. Review it against the FY {{year}} instructions, or correct the year if it is a typing slip',
  'read.ownStateUnknown':
    '{{cell}} should name the State (it holds {{text}}): type its Appendix L name or USPS code there',
  'read.ownStateBlank': '{{cell}} should name the State (it is blank): type its Appendix L name or USPS code there',
  'finding.nameElsewhere':
    'The name {{name}} refers to {{ref}}, no longer to cells of the template: rows of the template were deleted; insert the templates again and copy the figures over.',
  'finding.nameMissing':
    'The name {{name}} is missing: rows of the template were deleted; insert the templates again and copy the figures over.',

  'published.sectionsMissing':
    'sheet "{{sheet}}" looks like the published Appendix F but its {{count:plural:section|sections}} {{sections}} cannot be found by title: restore the title row (for example "{{example}}")',
  'published.headsMissing':
    '{{where}} (title in row {{row}}): its column heads (Administration, Program, Federal Share, State Match, State 100% Funded, Total Cost) are missing below the title: restore the heading row',
  'published.columnMissing': '{{where}} (heads in row {{row}}): no column headed {{heads}}: restore the column',
  'published.totalRowMissing':
    '{{where}}: its total row (Administration ... Total Cost under the heads) is missing: restore it',

  // The repair's list of changes, and why a workbook cannot be repaired.
  'repair.change': '{{cell}}: {{before:msg}} -> {{after}} ({{reason:msg}})',
  'repair.empty': '(empty)',
  'repair.why.shows': 'shows {{error}}',
  'repair.why.ref': 'formula refers to #REF!',
  'repair.why.empty': 'empty',
  'repair.why.typed': 'typed constant',
  'repair.why.wrongCells': 'adds the wrong cells',
  'repair.why.noGuard': 'divides without a guard against zero',
  'repair.why.differs': 'differs from the template',
  'repair.templatesUnreadable': 'its templates cannot be read',
  'repair.ownUnreadable': 'is a Grant Budget workbook that cannot be repaired as it is: {{why:msg}}',
  'repair.noTemplate':
    'holds neither a Grant Budget template nor the published OSHA Appendix F (found by its section titles "A. PERSONNEL" to "J. TOTAL CHARGES"): nothing to repair',
  'repair.why.upgraded': "upgraded to a total over the block's rows (an earlier template)",
  // Our layout's defined names that do not fit the template (workbook/own/namesShape.ts).
  'names.misfit': 'The defined name {{name}} {{what:msg}}',
  'names.beyondRows': 'refers to {{ref}}, rows beyond the {{rows:int}} rows sheet "{{sheet}}" holds',
  'names.otherSheet': 'refers to {{ref}}, not to the set\'s sheet "{{sheet}}"',
  'names.notWholeRows': 'refers to {{ref}}, not to whole rows of the template (column A to Total Cost)',
  'names.noRoom': 'refers to {{ref}}, which leaves no row for the heads and the spare row',
  'names.overlap':
    'covers rows {{top}} to {{bottom}}, which overlap those of {{other}} (rows {{otherTop}} to {{otherBottom}})',
  'names.before':
    'covers rows {{top}} to {{bottom}}, which come before those of {{other}} (rows {{otherTop}} to {{otherBottom}})',
  'names.noTravelHeading': 'starts in row {{row}}, which does not hold the "{{heading}}" heading of C. Travel',
  'names.noTravelHeads': 'starts in row {{row}}, but the column heads of C. Travel are not in the row above it',
  'names.noHeads':
    'starts in row {{row}}, which does not hold the column heads (Administration, Program, ...) of its section',
  'names.subtotalElsewhere': 'ends in row {{bottom}}, but its Subtotal ({{ref}}) is in row {{row}}',
  'repair.namesMisfit': 'its defined names do not fit its templates ({{detail:msg}})',
  // A total cell repair leaves as it is: it holds a typed figure (workbook/repairGuard.ts).
  'repair.refusal.reason':
    'its row holds typed figures and no total formula is left in it to show it is a row of totals: repair never writes over a typed figure',
  'repair.refusal': '{{cell}}: {{value:msg}} left as it is, not {{formula}} ({{reason:msg}})',
  'repair.refusal.note':
    'Left as {{count:plural:it is|they are}}, because {{count:plural:it holds|they hold}} a typed figure where a total formula belongs: {{cells:msg}}. If {{count:plural:it is a total|they are totals}}, clear {{count:plural:it|them}} and repair again.',
  'reading.budgetOutOfBounds': 'holds a budget that {{size:msg}}',
  'reading.namesMisfitUnreadable':
    'is a Grant Budget workbook whose defined names do not fit its templates, and it cannot be read by its labels either: {{finding:msg}}',
  'repair.refusal.cell': '{{cell}} ({{value:msg}})',
  'text.commaJoin': '{{first:msg}}, {{next:msg}}',
} as const;
