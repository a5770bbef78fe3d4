/** English: `reconcile` (a submitted SF-424A against the budget), its text and why a form cannot be read. */
export const RECONCILE = {
  'reconcile.head':
    '{{submitted}} against {{budget}}: {{differences}} {{differences:plural:difference|differences}}, {{formErrors}} {{formErrors:plural:form error|form errors}}, {{unmatched}} {{unmatched:plural:unmatched activity|unmatched activities}}.',
  'reconcile.headAgrees': '{{submitted}} against {{budget}}: the submitted SF-424A agrees with the budget.',
  'reconcile.activities': 'Activities:',
  'reconcile.sectionLine': 'Section {{section}} line {{line}}',
  'reconcile.sectionColumn': 'Section {{section}} column ({{line}})',
  'reconcile.noTitle': '(no title)',
  'reconcile.matched': '  {{where:msg}} "{{title:msg}}": {{category}} ({{method:msg}})',
  'reconcile.notMatched': '  {{where:msg}} "{{title:msg}}": NOT MATCHED: its figures are compared with nothing',
  'reconcile.method.title': 'by title',
  'reconcile.method.position': 'by position',
  'reconcile.method.amount': 'by amount',
  'reconcile.method.elimination': 'by elimination',
  'reconcile.differences': 'Differences (submitted, computed, difference):',
  'reconcile.at': '{{section}} line {{line}} {{label}}: {{submitted:msg}}, {{computed:msg}}',
  'reconcile.atColumn': '{{section}} line {{line}} ({{column}}) {{label}}: {{submitted:msg}}, {{computed:msg}}',
  'reconcile.difference': '  {{at:msg}}, {{difference:money}}',
  'reconcile.differenceText': '  {{at:msg}}',
  'reconcile.formErrors': 'The submitted form against itself:',
  'reconcile.formError': '  {{rule}}: {{submitted:money}}, expected {{expected:money}} ({{difference:money}})',
  'reconcile.notAmount': '{{element}} (line {{line}}): "{{text}}" is not an amount of dollars and cents',
  'reconcile.notXml':
    'is not XML: an SF-424A from Grants.gov is an XML file that starts with "<"; paste or open the form\'s XML, not its printed table',
  'reconcile.notWellFormed': 'is not well-formed XML ({{detail}})',
  'reconcile.noForm': 'holds no SF-424A: no BudgetInformation element of {{namespace}}',
  'reconcile.amountsUnreadable': 'has amounts that cannot be read:\n  {{problems:lines}}',
} as const;
