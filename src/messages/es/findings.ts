/** Español: los hallazgos de las verificaciones del presupuesto (RULES.md) y las palabras que los ubican. */
export const FINDINGS = {
  'remedy.afterSentence': '{{text:msg}} {{remedy:msg}}.',
  'remedy.afterClause': '{{text:msg}}. {{remedy:msg}}',

  'where.form': '{{part}}',
  'where.formColumn': '{{part}}, {{column:msg}}',
  'where.line': '{{section}}, línea {{line}}',
  'where.lineNamed': '{{section}}, línea {{line}} ({{item}})',
  'where.lineColumn': '{{line:msg}}, {{column:msg}}',
  'where.appendixE': 'Appendix E, {{row}}',
  'amount.administration': 'Administración',
  'amount.program': 'Programa',
  'amount.federal': 'participación federal',
  'amount.stateMatch': 'pareo estatal',
  'amount.state100': 'fondos 100% estatales',
  'amount.totalCost': 'costo total',

  'finding.adminCap.over':
    'La administración de {{administration:money}} es el {{share:percent}} de los {{base:money}} de fondos 50/50 (la parte que pagan por igual el gobierno federal y el estado), {{over:money}} sobre el tope de {{cap}}, que es {{capAmount:money}}: pase costos a Programa o adjunte una justificación aprobada.',
  'finding.adminCap.justified':
    'La administración de {{administration:money}} es el {{share:percent}} de los {{base:money}} de fondos 50/50 (la parte que pagan por igual el gobierno federal y el estado), {{over:money}} sobre el tope de {{cap}}, que es {{capAmount:money}}; el presupuesto registra una justificación aprobada: consérvela con la solicitud.',
  'finding.match.short':
    'El pareo estatal de {{stateMatch:money}} queda {{difference:money}} por debajo de la participación federal de {{federal:money}}: el estado debe parear dólar por dólar; suba el pareo o baje la solicitud federal.',
  'finding.match.over':
    'El pareo estatal de {{stateMatch:money}} excede la participación federal de {{federal:money}} por {{difference:money}}: pase el exceso a fondos 100% estatales, donde va el sobrepareo.',
  'finding.award.ofState': 'el {{level}} de {{state}}',
  'finding.award.ofBudget': 'el nivel de adjudicación que fija el presupuesto',
  'finding.award.over':
    'La participación federal de {{federal:money}} excede por {{over:money}} {{source:msg}} ({{awardLevel:money}}): baje la solicitud federal al nivel de adjudicación.',
  'finding.award.under':
    'La participación federal de {{federal:money}} deja sin reclamar {{unclaimed:money}}; {{source:msg}} es {{awardLevel:money}}: solicite el nivel completo si el estado puede parearlo.',
  'finding.lineSplit':
    '{{where:msg}}: Administración + Programa ({{split:money}}) debe igualar participación federal + pareo estatal ({{funded:money}}); corrija la distribución por {{difference:money}}.',
  'finding.lineSplit.state100':
    '{{where:msg}}: Administración + Programa ({{split:money}}) incluye los {{state100:money}} de fondos 100% estatales, que son una categoría aparte: déjelos fuera de Administración y Programa para que estos igualen participación federal + pareo estatal ({{funded:money}}).',
  'finding.lineSplit.indirect':
    '{{part}}: Administración ({{administration:money}}) debe igualar participación federal + pareo estatal ({{funded:money}}), porque los cargos indirectos son solo de administración.',

  'finding.psc.line':
    '{{where:msg}} es consultoría al sector privado, que solo {{states}} financian bajo la 23(g): páselo al acuerdo de consultoría 21(d) o cambie su tipo de programa.',
  'finding.psc.staffing':
    '{{where:msg}}: {{state}} no puede tener FTE de consultores del sector privado (solo {{states}}); borre la fila.',
  'finding.psc.visits':
    '{{where:msg}}: solo {{states}} proyectan visitas 23(g) al sector privado; borre la fila para {{state}}.',
  'finding.psc.sharp':
    '{{where:msg}}: solo {{states}} tienen SHARP 23(g) del sector privado; borre la fila para {{state}}.',
  'finding.psc.appendixJ':
    'El Appendix J es solo para {{states}}: {{state}} debe dejarlo en blanco e informar la consultoría bajo su acuerdo 21(d).',
  'finding.appendixJRequired':
    'El presupuesto financia consultoría al sector privado pero el Appendix J está en blanco: complete el Appendix D y el Appendix J (Restricción y Condición 30).',

  'finding.negative.money':
    '{{where:msg}}: {{what:msg}} es {{value:money}}, menos de cero; escríbalo como cifra positiva o elimínelo.',
  'finding.negative.number':
    '{{where:msg}}: {{what:msg}} es {{value}}, menos de cero; escríbalo como cifra positiva o elimínelo.',
  'amount.annualSalary': 'el salario anual',
  'amount.fte': 'FTE',
  'amount.theUnitCost': 'el costo unitario',
  'amount.theQuantity': 'la cantidad',
  'amount.programIncome': 'el ingreso del programa',
  'amount.aCount': 'un conteo',

  'finding.personnelCost':
    '{{where:msg}}: el costo total de {{total:money}} no es el salario de {{salary:money}} × {{fte:decimal}} FTE = {{expected:money}}; corrija el salario, el FTE o las cantidades (difieren por {{difference:money}}).',
  'finding.appendixEEmpty':
    'El Appendix E (desglose de fondos de personal) está en blanco: anote los FTE asignados y ocupados para que los revisores lo cotejen con el personal del Appendix F.',
  'finding.fteMismatch':
    'El Appendix E asigna {{allocated:decimal}} FTE pero el personal del Appendix F suma {{personnel:decimal}} FTE: haga que ambas tablas concuerden, como exigen las instrucciones.',
  'finding.onBoard':
    '{{where:msg}}: {{onBoard:decimal}} FTE {{funding:msg}} ocupados pero solo {{allocated:decimal}} asignados; asigne las plazas o corrija los ocupados.',
  'funding.5050': '50/50',
  'funding.state100': '100% estatales',

  'finding.equipmentUnder':
    '{{where:msg}}: un costo unitario de {{unitCost:money}} está por debajo del umbral de equipo de {{threshold:money}} y el artículo no es de computadoras; preséntelo en E. Supplies.',
  'finding.suppliesOver':
    '{{where:msg}}: un costo unitario de {{unitCost:money}} alcanza el umbral de equipo de {{threshold:money}}; preséntelo en D. Equipment.',
  'finding.newExceedsTotal':
    '{{where:msg}}: {{new}} participantes nuevos pero {{total}} en total; el total al cierre del año incluye los nuevos, así que no puede ser menor.',
  'finding.quarters':
    '{{where:msg}}: los trimestres suman {{sum:money}} pero el año es {{year:money}}; cambie los trimestres por {{difference:money}} para que cuadren.',
  'finding.lineSplit.funding':
    '{{where:msg}}: {{column:msg}} ({{value:money}}) difiere de {{other:msg}} ({{otherValue:money}}), y Administración + Programa ({{split:money}}) es el doble de esta: corrija {{column:msg}}.',
  'finding.stateUnfinished':
    '{{cell}} dice {{state}}, pero {{sheets}} y los pies de página impresos todavía nombran {{old}}: el nivel de adjudicación y las verificaciones siguen a {{stateCell}}; las palabras de las plantillas todavía no.',
  'finding.templateOutdated':
    '{{sheet}} se creó con una versión anterior de Grant Budget: sus hojas SF-424A y Checks suman columnas auxiliares ({{cells}}) que una fila insertada con el comando de Excel no tiene, así que esa línea queda fuera de ellas. Sus fórmulas se pueden actualizar a totales sobre las filas de cada bloque; no cambia ninguna cifra escrita.',
  'finding.nameMisfit':
    '{{misfit:msg}}: no se ajusta a la plantilla, así que la hoja se lee por sus etiquetas (como el formato publicado por OSHA); restaure el nombre (Fórmulas > Administrador de nombres) o vuelva a insertar las plantillas y copie las cifras.',
  // OSHA's published layout read with care (workbook/published/subtotalRow.ts, publishedLayoutReader.ts).
  'text.none': '',
  'subtotal.figures': ' ({{shown}})',
  'finding.subtotalAsLine':
    '{{at}}: la fila {{row}} de {{section}} se titula {{title}} pero contiene cifras escritas{{figures:msg}} y ninguna fórmula, con más cifras debajo: se lee como una línea de la sección, no como su Subtotal; si es el Subtotal, vuelva a escribir sus fórmulas.',
  'finding.subtotalTyped':
    '{{at}}: la fila {{row}} de {{section}} se titula {{title}} y contiene cifras escritas{{figures:msg}} donde van las fórmulas del Subtotal de la sección, como su última fila: se lee como el Subtotal, y sus cifras no se cuentan; si es una línea, dele otro título y añada el Subtotal debajo.',
  'published.sheet': '"{{name}}"',
  'published.sheetHidden': '"{{name}}" (oculta)',
  'published.sheetVeryHidden': '"{{name}}" (muy oculta)',
  'finding.twoAppendixF':
    '{{count}} hojas parecen el Appendix F: se lee {{read:msg}}, y {{otherCount:plural:no se lee|no se leen}} {{others:list}}; si otra contiene el presupuesto, elimine o cambie el nombre de la que no.',
  'finding.twoAppendixF.shown':
    '{{count}} hojas parecen el Appendix F: se lee {{read:msg}}, la que Excel muestra, y {{otherCount:plural:no se lee|no se leen}} {{others:list}}; si otra contiene el presupuesto, elimine o cambie el nombre de la que no.',
} as const;
