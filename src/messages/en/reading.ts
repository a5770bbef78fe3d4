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
} as const;
