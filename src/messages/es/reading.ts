/** Español: por qué un libro no da un presupuesto (una cláusula tras el nombre del archivo). */
export const READING = {
  'read.noRulePack': 'no hay reglas para el año fiscal {{year}}',
  'read.publishedOtherYear':
    'es la plantilla publicada por OSHA del año fiscal {{year}} ({{cell}} dice "{{text}}"), pero Grant Budget lee las plantillas del año fiscal {{rulesYear}} y solo tiene las reglas del año fiscal {{rulesYear}}: sus verificaciones no serían las del año fiscal {{year}}. Revíselo según las instrucciones del año fiscal {{year}}',
  'read.unknownStateAsked':
    'el estado pedido, "{{state}}", no es ninguno de los {{count}} estados del Appendix L (año fiscal {{year}})',
  'read.publishedNoState': 'tiene el formato de las plantillas publicadas por OSHA, que no dicen para qué estado es',
  'read.noSheets': 'ninguna',
  'read.noBudget':
    'no contiene un presupuesto: ninguna de sus hojas ({{sheets:msg}}) es una plantilla de Grant Budget ni el Appendix F publicado por OSHA (que se reconoce por los títulos de sección "A. PERSONNEL" a "J. TOTAL CHARGES")',
  'read.noBudgetCharts':
    'no contiene un presupuesto: ninguna de sus hojas ({{sheets:msg}}) es una plantilla de Grant Budget ni el Appendix F publicado por OSHA (que se reconoce por los títulos de sección "A. PERSONNEL" a "J. TOTAL CHARGES"); {{charts}} {{count:plural:es una hoja de gráfico, que no contiene|son hojas de gráfico, que no contienen}} celdas',
  'read.ownOtherYear':
    'dice año fiscal {{year}} ({{cell}}), pero Grant Budget solo tiene las reglas de {{years}} (niveles de adjudicación del Appendix L, el tope de administración): sus verificaciones no serían las del año fiscal {{year}}. Revíselo según las instrucciones del año fiscal {{year}}, o corrija el año si fue un error al escribir',
  'read.ownStateUnknown':
    '{{cell}} debe nombrar el estado (contiene {{text}}): escriba allí su nombre del Appendix L o su código postal (USPS)',
  'read.ownStateBlank':
    '{{cell}} debe nombrar el estado (está vacía): escriba allí su nombre del Appendix L o su código postal (USPS)',
  'finding.nameElsewhere':
    'El nombre {{name}} se refiere a {{ref}}, ya no a celdas de la plantilla: se eliminaron filas de la plantilla; inserte las plantillas de nuevo y copie las cifras.',
  'finding.nameMissing':
    'Falta el nombre {{name}}: se eliminaron filas de la plantilla; inserte las plantillas de nuevo y copie las cifras.',

  'published.sectionsMissing':
    'la hoja "{{sheet}}" parece el Appendix F publicado pero no se {{count:plural:encuentra su sección|encuentran sus secciones}} {{sections}} por título: restaure la fila del título (por ejemplo "{{example}}")',
  'published.headsMissing':
    '{{where}} (título en la fila {{row}}): faltan los encabezados de columna (Administration, Program, Federal Share, State Match, State 100% Funded, Total Cost) debajo del título: restaure la fila de encabezados',
  'published.columnMissing':
    '{{where}} (encabezados en la fila {{row}}): no hay columna titulada {{heads}}: restaure la columna',
  'published.totalRowMissing':
    '{{where}}: falta su fila de totales (Administration ... Total Cost bajo los encabezados): restáurela',

  'repair.change': '{{cell}}: {{before:msg}} -> {{after}} ({{reason:msg}})',
  'repair.empty': '(vacía)',
  'repair.why.shows': 'muestra {{error}}',
  'repair.why.ref': 'la fórmula se refiere a #REF!',
  'repair.why.empty': 'vacía',
  'repair.why.typed': 'valor escrito',
  'repair.why.wrongCells': 'suma celdas equivocadas',
  'repair.why.noGuard': 'divide sin protegerse de la división entre cero',
  'repair.why.differs': 'difiere de la plantilla',
  'repair.templatesUnreadable': 'sus plantillas no se pueden leer',
  'repair.ownUnreadable': 'es un libro de Grant Budget que no se puede reparar tal como está: {{why:msg}}',
  'repair.noTemplate':
    'no contiene una plantilla de Grant Budget ni el Appendix F publicado por OSHA (que se reconoce por los títulos de sección "A. PERSONNEL" a "J. TOTAL CHARGES"): no hay nada que reparar',
  'repair.why.upgraded': 'actualizada a un total sobre las filas del bloque (una plantilla anterior)',
  // Our layout's defined names that do not fit the template (workbook/own/namesShape.ts).
  'names.misfit': 'El nombre definido {{name}} {{what:msg}}',
  'names.beyondRows': 'se refiere a {{ref}}, filas más allá de las {{rows:int}} que contiene la hoja "{{sheet}}"',
  'names.otherSheet': 'se refiere a {{ref}}, no a la hoja del conjunto, "{{sheet}}"',
  'names.notWholeRows': 'se refiere a {{ref}}, no a filas enteras de la plantilla (de la columna A a Total Cost)',
  'names.noRoom': 'se refiere a {{ref}}, que no deja fila para los encabezados y la fila de reserva',
  'names.overlap':
    'abarca las filas {{top}} a {{bottom}}, que se superponen con las de {{other}} (filas {{otherTop}} a {{otherBottom}})',
  'names.before':
    'abarca las filas {{top}} a {{bottom}}, que van antes de las de {{other}} (filas {{otherTop}} a {{otherBottom}})',
  'names.noTravelHeading': 'empieza en la fila {{row}}, que no contiene el encabezado "{{heading}}" de C. Travel',
  'names.noTravelHeads':
    'empieza en la fila {{row}}, pero los encabezados de columna de C. Travel no están en la fila de arriba',
  'names.noHeads':
    'empieza en la fila {{row}}, que no contiene los encabezados de columna (Administration, Program, ...) de su sección',
  'names.subtotalElsewhere': 'termina en la fila {{bottom}}, pero su Subtotal ({{ref}}) está en la fila {{row}}',
  'repair.namesMisfit': 'sus nombres definidos no se ajustan a sus plantillas ({{detail:msg}})',
  // A total cell repair leaves as it is: it holds a typed figure (workbook/repairGuard.ts).
  'repair.refusal.reason':
    'su fila contiene cifras escritas y no le queda ninguna fórmula de total que muestre que es una fila de totales: la reparación nunca escribe sobre una cifra escrita',
  'repair.refusal': '{{cell}}: {{value:msg}} se deja como está, no {{formula}} ({{reason:msg}})',
  'repair.refusal.note':
    '{{count:plural:Se deja como está|Se dejan como están}}, porque {{count:plural:contiene|contienen}} una cifra escrita donde va una fórmula de total: {{cells:msg}}. Si {{count:plural:es un total|son totales}}, {{count:plural:bórrela|bórrelas}} y repare de nuevo.',
  'reading.budgetOutOfBounds': 'contiene un presupuesto que {{size:msg}}',
  'reading.namesMisfitUnreadable':
    'es un libro de Grant Budget cuyos nombres definidos no se ajustan a sus plantillas, y tampoco se puede leer por sus etiquetas: {{finding:msg}}',
  'repair.refusal.cell': '{{cell}} ({{value:msg}})',
  'text.commaJoin': '{{first:msg}}, {{next:msg}}',
} as const;
