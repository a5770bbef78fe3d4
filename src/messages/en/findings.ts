/**
 * English: the findings of the budget checks (RULES.md) and the words that place them. A message's data
 * are its placeholders (see ../words.ts); the Spanish catalog has the same keys and the same placeholders.
 */
export const FINDINGS = {
  // Remedies: what a door adds after a message (a sentence keeps its full stop; a clause gets one before).
  'remedy.afterSentence': '{{text:msg}} {{remedy:msg}}.',
  'remedy.afterClause': '{{text:msg}}. {{remedy:msg}}',

  // Places: the form's own names (sections, rows, appendices) are kept as the form prints them.
  'where.form': '{{part}}',
  'where.formColumn': '{{part}}, {{column:msg}}',
  'where.line': '{{section}}, line {{line}}',
  'where.lineNamed': '{{section}}, line {{line}} ({{item}})',
  'where.lineColumn': '{{line:msg}}, {{column:msg}}',
  'where.appendixE': 'Appendix E, {{row}}',
  'amount.administration': 'Administration',
  'amount.program': 'Program',
  'amount.federal': 'Federal Share',
  'amount.stateMatch': 'State Match',
  'amount.state100': 'State 100% Funded',
  'amount.totalCost': 'Total Cost',

  // ADMIN_CAP_EXCEEDED, MATCH_UNEQUAL, FEDERAL_OVER_AWARD / FEDERAL_UNDER_AWARD, LINE_SPLIT_MISMATCH.
  'finding.adminCap.over':
    'Administration of {{administration:money}} is {{share:percent}} of the {{base:money}} of 50/50 funding (the Federal share and the State match, half each), {{over:money}} over the {{cap}} cap of {{capAmount:money}}: move costs to Program or attach an approved justification.',
  'finding.adminCap.justified':
    'Administration of {{administration:money}} is {{share:percent}} of the {{base:money}} of 50/50 funding (the Federal share and the State match, half each), {{over:money}} over the {{cap}} cap of {{capAmount:money}}; the budget records an approved justification, so keep it with the application.',
  'finding.match.short':
    'State Match of {{stateMatch:money}} is {{difference:money}} short of the Federal Share of {{federal:money}}: the State must match dollar for dollar, so raise the match or lower the Federal request.',
  'finding.match.over':
    'State Match of {{stateMatch:money}} exceeds the Federal Share of {{federal:money}} by {{difference:money}}: move the excess to State 100% Funded, where overmatch belongs.',
  'finding.award.ofState': 'the {{level}} of {{state}}',
  'finding.award.ofBudget': 'the award level the budget sets',
  'finding.award.over':
    'The Federal Share of {{federal:money}} is {{over:money}} over {{source:msg}} ({{awardLevel:money}}): lower the Federal request to the award level.',
  'finding.award.under':
    'The Federal Share of {{federal:money}} leaves {{unclaimed:money}} of {{source:msg}} ({{awardLevel:money}}) unclaimed: request the full level if the State can match it.',
  'finding.lineSplit':
    '{{where:msg}}: Administration + Program ({{split:money}}) must equal Federal Share + State Match ({{funded:money}}); correct the split by {{difference:money}}.',
  'finding.lineSplit.state100':
    '{{where:msg}}: Administration + Program ({{split:money}}) includes the {{state100:money}} of State 100% funds, which are a category of their own: leave them out of Administration and Program so these equal Federal + State Match ({{funded:money}}).',
  'finding.lineSplit.indirect':
    '{{part}}: Administration ({{administration:money}}) must equal Federal Share + State Match ({{funded:money}}), because indirect charges are administration only.',

  // PSC_NOT_ALLOWED, APPENDIX_J_REQUIRED.
  'finding.psc.line':
    '{{where:msg}} is private-sector consultation, which only {{states}} fund under 23(g): move it to the 21(d) consultation agreement or change its program type.',
  'finding.psc.staffing':
    '{{where:msg}}: {{state}} cannot have private-sector consultant FTE (only {{states}}); clear the row.',
  'finding.psc.visits':
    '{{where:msg}}: only {{states}} project private-sector 23(g) visits; clear the row for {{state}}.',
  'finding.psc.sharp': '{{where:msg}}: only {{states}} have 23(g) private-sector SHARP; clear the row for {{state}}.',
  'finding.psc.appendixJ':
    'Appendix J is only for {{states}}: {{state}} must leave it blank and report consultation under its 21(d) agreement.',
  'finding.appendixJRequired':
    'The budget funds private-sector consultation but Appendix J is blank: complete both Appendix D and Appendix J (Restriction and Condition 30).',

  // NEGATIVE_AMOUNT: what is below zero.
  'finding.negative.money':
    '{{where:msg}}: {{what:msg}} is {{value:money}}, below zero; enter it as a positive figure or remove it.',
  'finding.negative.number':
    '{{where:msg}}: {{what:msg}} is {{value}}, below zero; enter it as a positive figure or remove it.',
  'amount.annualSalary': 'Annual Salary',
  'amount.fte': 'FTE',
  'amount.theUnitCost': 'the unit cost',
  'amount.theQuantity': 'the quantity',
  'amount.programIncome': 'Program Income',
  'amount.aCount': 'a count',

  // PERSONNEL_COST_MISMATCH, Appendix E (APPENDIX_E_EMPTY, FTE_MISMATCH, ONBOARD_EXCEEDS_ALLOCATED).
  'finding.personnelCost':
    '{{where:msg}}: Total Cost {{total:money}} is not the salary {{salary:money}} × {{fte:decimal}} FTE = {{expected:money}}; correct the salary, the FTE or the amounts ({{difference:money}} apart).',
  'finding.appendixEEmpty':
    'Appendix E (Personnel Funding Breakout) is blank: fill in the allocated and on-board FTE so reviewers can match it to the personnel of Appendix F.',
  'finding.fteMismatch':
    'Appendix E allocates {{allocated:decimal}} FTE but the personnel of Appendix F add up to {{personnel:decimal}} FTE: make the two charts agree, as the instructions require.',
  'finding.onBoard':
    '{{where:msg}}: {{onBoard:decimal}} {{funding:msg}} FTE on board but only {{allocated:decimal}} allocated; allocate the positions or correct the on-board count.',
  'funding.5050': '50/50',
  'funding.state100': '100% State',

  // EQUIPMENT_UNDER_THRESHOLD, SUPPLIES_OVER_THRESHOLD, NEW_EXCEEDS_TOTAL, QUARTERS_DO_NOT_FOOT.
  'finding.equipmentUnder':
    '{{where:msg}}: a unit cost of {{unitCost:money}} is under the {{threshold:money}} equipment threshold and the item is not computer-related; budget it under Supplies.',
  'finding.suppliesOver':
    '{{where:msg}}: a unit cost of {{unitCost:money}} reaches the {{threshold:money}} equipment threshold; budget it under Equipment.',
  'finding.newExceedsTotal':
    '{{where:msg}}: {{new}} new participants but {{total}} in total; the total at year end includes the new sites, so it cannot be smaller.',
  'finding.quarters':
    '{{where:msg}}: the quarters add up to {{sum:money}} but the year is {{year:money}}; change the quarters by {{difference:money}} so they foot.',
  'finding.lineSplit.funding':
    '{{where:msg}}: {{column:msg}} ({{value:money}}) differs from {{other:msg}} ({{otherValue:money}}), and Administration + Program ({{split:money}}) is twice the latter: correct {{column:msg}}.',
  'finding.stateUnfinished':
    "{{cell}} says {{state}}, but {{sheets}} and the printed footers still name {{old}}: the award level and the checks follow {{stateCell}}, the templates' words do not yet.",
  'finding.templateOutdated':
    "{{sheet}} was built by an earlier Grant Budget: its SF-424A and Checks sheets add up helper columns ({{cells}}) that a row inserted with Excel's command lacks, so such a line is left out of them. Its formulas can be upgraded to totals over each block's rows; no typed figure changes.",
  'finding.nameMisfit':
    "{{misfit:msg}}: it does not fit the template, so the sheet is read by its labels instead (as OSHA's published layout is); restore the name (Formulas > Name Manager) or insert the templates again and copy the figures over.",
  // OSHA's published layout read with care (workbook/published/subtotalRow.ts, publishedLayoutReader.ts).
  'text.none': '',
  'subtotal.figures': ' ({{shown}})',
  'finding.subtotalAsLine':
    '{{at}}: row {{row}} of {{section}} is titled {{title}} but holds typed figures{{figures:msg}} and no formula, with more figures below it: it is read as a line of the section, not as its Subtotal; if it is the Subtotal, type its formulas back.',
  'finding.subtotalTyped':
    "{{at}}: row {{row}} of {{section}} is titled {{title}} and holds typed figures{{figures:msg}} where the section's Subtotal formulas belong, as its last row: it is read as the Subtotal, and its figures are not counted; if it is a line, give it another title and add the Subtotal below it.",
  'published.sheet': '"{{name}}"',
  'published.sheetHidden': '"{{name}}" (hidden)',
  'published.sheetVeryHidden': '"{{name}}" (very hidden)',
  'finding.twoAppendixF':
    '{{count}} sheets look like Appendix F: {{read:msg}} is read, and {{others:list}} {{otherCount:plural:is|are}} not; if another holds the budget, delete or rename the sheet that does not.',
  'finding.twoAppendixF.shown':
    '{{count}} sheets look like Appendix F: {{read:msg}} is read, as the one Excel shows, and {{others:list}} {{otherCount:plural:is|are}} not; if another holds the budget, delete or rename the sheet that does not.',
} as const;
