/** Español: las palabras propias del panel (botones, pestañas, preguntas, avisos) y los fallos del complemento. */
export const PANE = {
  'stateChange.noOwnBudget':
    'Este libro no contiene un presupuesto en las plantillas del complemento: no hay estado que cambiar. Inserte en su lugar las plantillas del estado.',
  'stateChange.unreadable': 'El Appendix F del presupuesto no se puede leer, así que su estado no se puede cambiar.',
  'stateChange.noRules': 'No hay reglas del año fiscal {{year}} para el estado de este presupuesto.',
  'stateChange.unknownState':
    '"{{state}}" no es ninguno de los {{count}} estados del Appendix L (año fiscal {{year}}).',
  'stateChange.same': 'El presupuesto ya es de {{state}}: nada que cambiar.',
  'stateChange.nameTaken':
    'El libro ya tiene el nombre {{name}}, que necesita el nuevo Appendix J: elimine ese nombre (Fórmulas > Administrador de nombres) y cambie el estado de nuevo.',
  'stateChange.effect.stateCell': 'La celda del estado ({{cell}}) pasa a ser {{state}}.',
  'stateChange.effect.stateCellAndSheets':
    'La celda del estado ({{cell}}) pasa a ser {{state}}, y {{sheets:list}} nombran {{state}}.',
  'stateChange.effect.awardTyped':
    'El nivel de adjudicación se queda en los {{typed:money}} escritos en {{cell}}; el nivel de {{state}} en el Appendix L es {{level:money}}.',
  'stateChange.effect.award':
    'El nivel de adjudicación pasa a ser {{level:money}}, el de {{state}} en el Appendix L (era {{was:money}}, el de {{from}}).',
  'stateChange.effect.jAdded':
    'Se añade el Appendix J como la hoja “{{sheet}}”, pues {{state}} presupuesta consultoría 23(g) al sector privado; la hoja Checks lo lee.',
  'stateChange.effect.jStaysTyped':
    'El Appendix J se queda, con sus {{count}} {{count:plural:celda escrita|celdas escritas}}: {{state}} no presupuesta consultoría al sector privado, así que son errores hasta que se borren.',
  'stateChange.effect.jStaysEmpty': 'El Appendix J se queda, vacío: el presupuesto de {{state}} no lo usa.',
  'stateChange.effect.pscOpen': 'Las filas del sector privado de {{sheets:list}} se abren para escribir.',
  'stateChange.effect.pscGrey':
    'Las filas del sector privado de {{sheets:list}} quedan en gris: {{state}} las deja en blanco.',
  'stateChange.effect.footers':
    'Los pies de página impresos de {{count}} {{count:plural:hoja|hojas}} nombran {{state}}. Nada más de lo escrito cambia.',
  'stateChange.effect.keepsRules': 'El presupuesto cumple todas las reglas para {{state}}.',
  'stateChange.effect.keepsRulesHad':
    'El presupuesto cumple todas las reglas para {{state}} (tiene {{count}} {{count:plural:error|errores}} para {{from}}).',
  'stateChange.effect.errors':
    'Para {{state}} las verificaciones encuentran {{count}} {{count:plural:error|errores}} ({{now}} para {{from}}).',
  'stateChange.effect.errorsNew':
    'Para {{state}} las verificaciones encuentran {{count}} {{count:plural:error|errores}} ({{now}} para {{from}}), nuevos: {{codes}}.',
  'remedy.pane.repair':
    'En el panel, pulse Reparar totales en la pestaña Revisión para reescribir las fórmulas de la plantilla',
  'remedy.pane.chooseState': 'Elija el estado arriba y las verificaciones se ejecutan',
  'pane.thisWorkbook': 'Este libro {{problem:msg}}.',
  'excel.cellEdit':
    'Excel está ocupado: se está editando una celda. Pulse Entrar en Excel para terminar de editar la celda (hacer clic en el panel de tareas no la termina) y vuelva a intentarlo.',
  'excel.cellEditSaid':
    'Excel está ocupado: se está editando una celda (Excel dijo: {{detail}}). Pulse Entrar en Excel para terminar de editar la celda (hacer clic en el panel de tareas no la termina) y vuelva a intentarlo.',
  'excel.feature.validation': 'la validación de datos en las celdas de entrada (sin negativos, solo números)',
  'excel.feature.printSetup':
    'la configuración de impresión (horizontal, una página de ancho, filas de título, pie de página)',
  'excel.featureSet': '{{what:msg}} (ExcelApi {{set}})',
  'excel.tooOldFor':
    'Este Excel es demasiado antiguo para {{features:list}}; las plantillas se insertaron sin {{count:plural:ella|ellas}}. Actualice Office para tener{{count:plural:la|las}}.',
  'excel.tooOld':
    'Esto necesita Excel con ExcelApi {{needed}} o posterior (Excel 2019 o más reciente, Microsoft 365, o Excel para la web). Este Excel es más antiguo: actualice Office o abra el libro en Excel para la web.',
  'excel.repairPassword':
    '{{sheets:list}} {{count:plural:está protegida|están protegidas}} con contraseña, así que el complemento no {{count:plural:la|las}} cambió ({{left}} total(es) quedaron como estaban). Desprotéja{{count:plural:la|las}} en Excel (Revisar > Desproteger hoja, con la contraseña) y vuelva a elegir Reparar totales.',
  'excel.stateChangePassword':
    '{{sheets:list}} {{count:plural:está protegida|están protegidas}} con contraseña, así que el estado no cambió (no se escribió nada). Desprotéja{{count:plural:la|las}} en Excel (Revisar > Desproteger hoja, con la contraseña) y cambie el estado de nuevo.',
  'excel.readInParts':
    'Excel no quiso leer las hojas del presupuesto de una vez ({{code}}: Excel para la web limita una solicitud o respuesta a 5 MB), así que se leyeron por partes.',
  'excel.rowTooLarge':
    'Una fila de "{{sheet}}" es demasiado grande para que Excel la envíe (más de 5 MB): el presupuesto no se puede leer de este libro en Excel para la web.',
  'excel.errorCellsUnreadable':
    'Excel describió sus celdas con error como "{{address}}", que este complemento no puede leer.',
  'pane.insert.renamed': '"{{wanted}}" ya existía, así que la plantilla fue a "{{used}}".',
  'pane.noBudgetToReview': 'No hay presupuesto que revisar: {{problem:msg}}',
  'pane.move.alreadyLive': 'Este presupuesto ya está en plantillas vivas; nada que trasladar.',
  'pane.move.notMoved': 'No trasladado (cópielo a mano si pertenece al presupuesto): {{items:list}}.',
  'pane.move.textInFigure': '{{where}} "texto en una celda de cifra"',
  'pane.move.note': '{{where}} "{{text}}"',
  'pane.move.figure': '{{where}} {{text}}',
  'pane.move.sheet': '{{where}} {{count}} {{count:plural:cifra|cifras}}',
  'reviewSheet.title': 'Revisión del presupuesto: {{state}}, año fiscal {{year}}',
  'reviewSheet.when': 'Revisado el {{when}} con Grant Budget',
  'reviewSheet.counts': '{{error}} error(es), {{warning}} aviso(s), {{info}} nota(s)',
  'reviewSheet.head.figure': 'Cifra',
  'reviewSheet.head.amount': 'Cantidad',
  'reviewSheet.head.severity': 'Gravedad',
  'reviewSheet.head.code': 'Código',
  'reviewSheet.head.cell': 'Celda',
  'reviewSheet.head.where': 'Dónde',
  'reviewSheet.head.whatToDo': 'Qué hacer',
  'reviewSheet.figure.administration': 'Administración',
  'reviewSheet.figure.program': 'Programa',
  'reviewSheet.figure.federal': 'Participación federal',
  'reviewSheet.figure.stateMatch': 'Pareo estatal',
  'reviewSheet.figure.state100': 'Fondos 100% estatales',
  'reviewSheet.figure.total': 'Costo total',
  'reviewSheet.figure.capBase': 'Fondos 50/50 (base del tope de administración)',
  'reviewSheet.figure.cap': 'Tope de administración',
  'reviewSheet.figure.share': 'Parte de administración',
  'reviewSheet.figure.awardLevel': 'Nivel de adjudicación',
  'reviewSheet.figure.osha110': 'OSHA 110 línea 5, total',
  'reviewSheet.noCell': '(ninguna celda en particular)',
  'reviewSheet.none': 'Sin hallazgos: el presupuesto pasa todas las verificaciones.',
  'pane.tab.checks': 'Verificaciones',
  'pane.tab.sf424a': 'SF-424A',
  'pane.tab.review': 'Revisión',
  'pane.tabs': 'Vistas',
  'pane.status.busy': '{{action:msg}}…',
  'pane.status.counts':
    '{{errors}} {{errors:plural:error|errores}}, {{warnings}} {{warnings:plural:aviso|avisos}}, {{notes}} {{notes:plural:nota|notas}}',
  'pane.status.none': 'Todavía no hay presupuesto en este libro.',
  'pane.status.reading': 'Leyendo el libro…',
  'pane.goToFailed': 'No se pudo ir a {{cell}}: {{why:msg}}',
  'pane.lead.choose': 'Elija su estado y luego inserte las plantillas.',
  'pane.noBudgetHint': '{{problem:msg}} O abra un libro que contenga un presupuesto.',
  'pane.header.checked': '{{state}}, año fiscal {{year}} · verificado a las {{time}}',
  'pane.header.product': 'Presupuesto de la subvención 23(g) de OSHA para planes estatales',
  'pane.header.help': 'Ayuda: cómo se leen las reglas',
  'pane.set.active': 'Verificando el conjunto {{number}} de {{count}} (“{{sheet}}”): el de la hoja activa.',
  'pane.set.lastInserted':
    'Verificando el conjunto {{number}} de {{count}} (“{{sheet}}”): el último insertado (la hoja activa no está en ningún conjunto). Trabaje en una hoja de otro conjunto para verificar ese.',
  'pane.sf424a.loading': 'Cargando el SF-424A…',
  'pane.sf424a.none': 'Las cifras del SF-424A aparecen cuando el libro contiene un presupuesto.',
  'pane.language.label': 'Idioma',
  'pane.language.asOffice': 'Como Office ({{language:msg}})',
  'pane.language.english': 'inglés',
  'pane.language.spanish': 'español',
  'pane.review.hint':
    'Para quien revisa: verifique el libro tal como está, reescriba los totales dañados (los valores escritos nunca cambian) y deje una hoja Review en el libro.',
  'pane.review.review': 'Revisar este libro',
  'pane.review.repair': 'Reparar totales',
  'pane.review.writeSheet': 'Escribir la hoja de revisión',
  'pane.review.moveToLive': 'Trasladar este presupuesto a plantillas vivas',
  'pane.review.repairedCells': 'Celdas reparadas',
  'pane.review.repairedCell': '{{cell}}: era {{before:msg}}, ahora {{after}} ({{reason:msg}})',
  'pane.loading': 'Cargando…',
  'pane.summary': 'Resumen',
  'pane.chip.butErrors': '{{text:msg}}, pero {{count}} {{count:plural:error|errores}} en sus líneas',
  'pane.chip.adminNegative': 'Administración {{amount:money}}: bajo cero',
  'pane.chip.admin': 'Administración {{share:percent}} del tope de {{cap}}',
  'pane.chip.adminOver': 'Administración {{share:percent}} del tope de {{cap}} ({{over:money}} de más)',
  'pane.chip.matchEqual': 'Pareo igual',
  'pane.chip.matchShort': 'Pareo {{amount:money}} corto',
  'pane.chip.matchOver': 'Pareo {{amount:money}} de más',
  'pane.chip.awardAt': 'Federal en el nivel de adjudicación de {{amount:money}}',
  'pane.chip.awardOver': 'Federal {{amount:money}} sobre el nivel de adjudicación',
  'pane.chip.awardUnder': 'Federal {{amount:money}} bajo el nivel de adjudicación',
  'pane.details': 'Detalles',
  'pane.cancel': 'Cancelar',
  'pane.busy.inserting': 'Insertando las plantillas',
  'pane.inserted': 'Se insertaron las plantillas de {{state}}: {{count}} {{count:plural:hoja|hojas}}.',
  'pane.inserted.asSet':
    'Se insertaron las plantillas de {{state}}: {{count}} {{count:plural:hoja|hojas}}, con nombres como “{{sheet}}” (los nombres ya existían).',
  'pane.sheets': 'Hojas: {{sheets}}.',
  'pane.busy.preview': 'Calculando qué cambiaría',
  'pane.busy.changing': 'Cambiando el estado',
  'pane.stateChanged': 'El presupuesto ahora es de {{state}}; nada de lo escrito cambió salvo el estado.',
  'pane.busy.reviewing': 'Revisando el libro',
  'pane.busy.repairing': 'Reparando los totales',
  'pane.repaired':
    'Se {{count:plural:reescribió|reescribieron}} {{count}} {{count:plural:fórmula|fórmulas}} de total; no cambió ningún valor escrito.',
  'pane.repairedNone': 'No se reescribió ninguna fórmula de total.',
  'pane.repairedAllRight': 'Todas las fórmulas de total ya estaban bien: nada cambió.',
  'pane.busy.moving': 'Trasladando el presupuesto a plantillas vivas',
  'pane.moved': 'Se trasladó el presupuesto a plantillas vivas ({{count}} hojas); sus hojas no cambiaron.',
  'pane.busy.writingReview': 'Escribiendo la hoja de revisión',
  'pane.wroteReview': 'Se escribió la hoja "{{sheet}}": los hallazgos enlazados a sus celdas, las cifras y la fecha.',
  'pane.liveChecksOff': 'Las verificaciones en vivo están apagadas: {{why:msg}}',
  'pane.related.admin': 'Líneas de administración más grandes:',
  'pane.related.match': 'Líneas cuyo pareo estatal difiere de su participación federal (pareo estatal menos federal):',
  'pane.related.federal': 'Líneas de participación federal más grandes:',
  'pane.related.lines': 'Líneas:',
  'pane.related.of': 'Líneas de {{code}}',
  'pane.goTo': 'Ir a {{cell}}',
  'pane.severity.error': 'Error',
  'pane.severity.warning': 'Aviso',
  'pane.severity.info': 'Nota',
  'pane.findings': 'Hallazgos',
  'pane.amount': 'Cantidad: {{amount:money}}',
  'pane.state.locked':
    'Lo fija el presupuesto de este libro ({{state}}, año fiscal {{year}}): su nivel de adjudicación, el Appendix J y los pies de página lo siguen.',
  'pane.state.answerFirst': 'Primero conteste la pregunta de abajo.',
  'pane.insertAgain.title': 'Este libro ya contiene el presupuesto de {{state}} del año fiscal {{year}}.',
  'pane.insertAgain.titleSets':
    'Este libro ya contiene el presupuesto de {{state}} del año fiscal {{year}} ({{count}} conjuntos de plantillas).',
  'pane.insertAgain.text':
    'Insertar añade un segundo conjunto de plantillas vacías para {{state}}, año fiscal {{year}}, con nombres como “Appendix F (2)”. Sus hojas y cifras quedan como están. Luego el panel verifica el conjunto de la hoja en que trabaja.',
  'pane.insertAgain.confirm': 'Insertar un segundo conjunto',
  'pane.change.title': '¿Cambiar este presupuesto de {{from}} a {{to}}?',
  'pane.change.confirm': 'Cambiar a {{to}}',
  'pane.picker.wait': 'Espere a que termine la acción en curso.',
  'pane.picker.chooseFirst': 'Elija primero un estado: Insertar está desactivado hasta entonces.',
  'pane.picker.state': 'Estado',
  'pane.picker.choose': 'Elija un estado',
  'pane.picker.year': 'Año fiscal',
  'pane.picker.insert': 'Insertar plantillas',
  'pane.picker.changeWhy': 'Elija el nuevo estado del presupuesto: el panel dice qué cambiará antes de escribir nada.',
  'pane.picker.keep': 'Conservar el estado de este libro',
  'pane.picker.change': 'Cambiar el estado de este presupuesto',
  'pane.picker.another': 'Insertar plantillas para otro estado',
  'pane.picker.back': 'Volver al estado de este libro',
  'sf424a.note.A':
    'Las columnas (c) y (d), fondos no obligados estimados, quedan en blanco en una solicitud nueva; (b) es el número CFDA de cada actividad.',
  'sf424a.note.E': 'En blanco para una subvención de un año.',
  'pane.copied': 'Se copió {{what:msg}}.',
  'pane.copyFigure': 'Copiar {{label}}: {{figure}}',
  'pane.copiedFigure': '{{label}} ({{figure}})',
  'pane.copiedSection': 'la Sección {{section}} ({{count}} cifras, separadas por tabuladores)',
  'pane.copySection': 'Copiar la Sección {{section}}',
  'pane.sf424a.line': 'Línea',
  'pane.export.saved':
    'Se guardó {{name}} (Grants.gov SF424A-V1.0) donde su navegador guarda las descargas (por lo general, Descargas): súbalo a Grants.gov con el SF-424A de la solicitud, o adjúntelo a la solicitud.',
  'pane.export.savedWithErrors':
    'Se guardó {{name}} donde su navegador guarda las descargas (por lo general, Descargas), pero el presupuesto tiene {{count}} {{count:plural:error abierto|errores abiertos}} (pestaña Verificaciones): el XML tiene las cifras tal como están; corríjalas antes de subirlo a Grants.gov.',
  'pane.export.cannotSave':
    'Este Excel no puede guardar archivos desde un complemento, así que no se guardó nada: el XML se muestra abajo. Cópielo y guárdelo como {{name}}.',
  'pane.export.cannotSaveWithErrors':
    'Este Excel no puede guardar archivos desde un complemento, así que no se guardó nada: el XML se muestra abajo. Cópielo y guárdelo como {{name}}. El presupuesto tiene {{count}} {{count:plural:error abierto|errores abiertos}} (pestaña Verificaciones).',
  'pane.export.copied': 'Se copió el XML del SF-424A.',
  'pane.sf424a.keys': 'Cada tabla es una parada de Tab: las flechas se mueven entre sus cifras; Entrar copia una.',
  'pane.export.button': 'Exportar el XML del SF-424A',
  'pane.export.xmlLabel': 'XML del SF-424A, para guardar como {{name}}',
  'pane.export.copy': 'Copiar el XML',
  'pane.osha110.title': 'Cifras del acuerdo de subvención OSHA 110',
  'sf424a.heading': 'SF-424A Budget Information (Non-Construction), {{state}}, año fiscal {{year}}, CFDA {{cfda}}',
  'source.formulaOn': 'su fórmula en {{sheet}}',
  'source.totalOf': 'el total de {{head}} del Appendix F',
  'source.totalCharges': 'los cargos totales del Appendix F',
  'pane.compare.difference':
    '{{section}} línea {{line}}{{column}} {{label}}: presentado {{submitted:msg}}, presupuesto {{computed:msg}} ({{difference:money}})',
  'pane.compare.differenceText':
    '{{section}} línea {{line}}{{column}} {{label}}: presentado {{submitted:msg}}, presupuesto {{computed:msg}}',
  'pane.compare.unreadable': 'El SF-424A presentado {{problem:msg}}.',
  'pane.compare.unreadableList': 'El SF-424A presentado {{problem:msg}} {{lines:list}}.',
  'pane.compare.title': 'Comparar con el SF-424A presentado',
  'pane.compare.hint':
    'Pegue el SF-424A como XML de Grants.gov, o elija el archivo: se lista cada cifra que difiere de este presupuesto.',
  'pane.compare.xmlLabel': 'SF-424A presentado (XML de Grants.gov)',
  'pane.compare.button': 'Comparar',
  'pane.compare.pick': 'Elegir el archivo del SF-424A presentado',
  'pane.compare.agrees': 'El SF-424A presentado concuerda con este presupuesto, cifra por cifra.',
  'pane.compare.counts':
    '{{differences}} {{differences:plural:diferencia|diferencias}}, {{formErrors}} {{formErrors:plural:error|errores}} en el propio formulario, {{unmatched}} {{unmatched:plural:actividad sin emparejar|actividades sin emparejar}}.',
  'pane.compare.differences': 'Diferencias (presentado, presupuesto, diferencia)',
  'pane.compare.differencesLabel': 'Diferencias',
  'pane.compare.formErrorsLabel': 'Errores del formulario presentado',
  'pane.compare.formError': '{{rule}}: {{submitted:money}}, debería ser {{expected:money}}',
  'pane.compare.matchesTitle': 'Cómo se reconoció cada actividad',
  'pane.compare.matchesLabel': 'Cómo se emparejaron las actividades',
  'pane.compare.matched': '{{where:msg}} “{{title:msg}}”: {{category}} ({{method:msg}})',
  'pane.compare.notMatched': '{{where:msg}} “{{title:msg}}”: sin emparejar',
  'pane.compare.showForm': 'Mostrar el SF-424A de este presupuesto',
  'pane.compare.goToLabel': '{{difference:msg}}. Ir a {{cell}}, {{what:msg}}',
  'pane.compare.goTo': 'Ir a {{cell}}, {{what:msg}}',
  'pane.compare.formErrorsTitle': 'El formulario presentado frente a sí mismo',
  'pane.copyRefused': 'El navegador no quiso copiar: seleccione las cifras y pulse Ctrl+C.',
  'pane.moveUnavailable': 'Trasladar un presupuesto a plantillas vivas no está disponible aquí.',
  'pane.changeUnavailable': 'Cambiar el estado de un presupuesto no está disponible aquí.',
  'pane.tooOld.title': 'Grant Budget necesita un Excel más reciente',
  'pane.tooOld.text':
    'Este Excel no admite ExcelApi {{needed}}, que necesitan las verificaciones en vivo. Use Excel 2019 o más reciente, Microsoft 365, o Excel para la web.',
  'pane.picker.peo': '{{state}} (PEO: solo empleados públicos)',
  'pane.lead.published':
    'Plantillas publicadas por OSHA: elija su estado arriba para verificarlas, o repare sus totales en Revisión.',
  'pane.status.publishedNoState': 'Plantillas publicadas por OSHA; falta elegir el estado.',
  'pane.group': '{{count}} {{what:msg}}',
  'pane.group.broken': 'celdas de total contienen fórmulas dañadas: cada una abajo; Reparar totales las reescribe',
  'pane.group.overwritten': 'celdas de fórmula quedaron vacías o con un valor escrito: cada una abajo',
  'pane.group.notANumber': 'celdas de entrada no contienen una cifra que Excel sume: cada una abajo',
  'pane.group.other': 'hallazgos de un mismo tipo: cada uno abajo',
  'pane.sf424a.fields':
    'El SF-424A de Grants.gov recibe las cifras de cada sección en sus propias líneas y columnas: el botón Copiar de una sección las da en ese orden (Sección A: la actividad en (a), el número CFDA en (b), los fondos nuevos federales y no federales en (e) y (f)); péguelas en el primer campo de la sección.',
  'pane.chip.butError': '{{text:msg}}, pero {{count}} {{count:plural:error|errores}} en {{where:msg}}',
  'pane.compare.anotherForm':
    'Esto parece el formulario de otro estado (o de otro año): ningún total de actividad de su Sección A es de este presupuesto.',
  'remedy.pane.changeState': 'Pulse Cambiar el estado de este presupuesto, arriba, para terminar el cambio',
  'pane.completed':
    'Se {{count:plural:completó la línea|completaron las líneas}} que insertó ({{where:list}}): fórmulas y formato.',
  'pane.completed.sheetRows': '{{sheet}} {{count:plural:fila|filas}} {{rows}}',
  'pane.compare.notesLabel': 'Notas sobre el formulario presentado',
  'pane.compare.note': 'Sección {{section}} línea {{line}}: {{note:msg}}.',
  'pane.compare.combined': '{{where:msg}} “{{title:msg}}”: {{category}} (combinadas)',
  'pane.state.behind':
    'La celda del estado dice {{state}}, pero los encabezados de las plantillas, el Appendix J y los pies de página siguen a {{behind}}: Cambiar el estado de este presupuesto termina el cambio.',
  'stateChange.effect.alreadySays': 'La celda del estado ({{cell}}) ya dice {{state}}.',
  'stateChange.effect.alreadySaysAndSheets':
    'La celda del estado ({{cell}}) ya dice {{state}}; {{sheets:list}} nombrarán {{state}} también.',
  'stateChange.effect.alreadyFollow': 'El nivel de adjudicación y las verificaciones ya siguen a {{cell}}.',
  // A write that failed half-way, and what the add-in took out again (excel/insertCleanup.ts).
  'excel.action.insert': 'La inserción de las plantillas',
  'excel.action.move': 'El traslado del presupuesto a plantillas vivas',
  'excel.action.reviewSheet': 'La escritura de la hoja de revisión',
  'excel.action.stoppedCellEdit':
    '{{what:msg}} se detuvo a medias: Excel está ocupado porque se está editando una celda. Pulse Entrar en Excel para terminar de editar la celda.',
  'excel.action.failed': '{{what:msg}} falló: Excel dijo "{{said}}".',
  'excel.action.thenTryAgain': 'Luego vuelva a intentarlo.',
  'excel.action.tryAgain': 'Vuelva a intentarlo; si falla otra vez, díganos lo que dijo Excel.',
  'excel.action.removed':
    '{{said:msg}} Se quitaron las hojas que había añadido ({{count}}: {{sheets}}) y sus nombres, así que el libro está como antes. No se cambió nada suyo. {{next:msg}}',
  'excel.action.addedNothing':
    '{{said:msg}} No había añadido nada, así que el libro está como antes. No se cambió nada suyo. {{next:msg}}',
  'excel.action.leftWhileEditing':
    '{{said:msg}} Las hojas que había añadido ({{sheets}}) siguen ahí mientras se edita la celda: se quitan cuando vuelva a intentarlo.',
  'excel.action.cleanupFailed':
    '{{said:msg}} Quitar lo que había añadido también falló ({{cleanup}}): elimine a mano las hojas {{sheets}} (clic derecho en la pestaña, Eliminar) y vuelva a intentarlo.',
  // A call above ExcelApi 1.7 this Excel refused, and the action went without it (excel/refusals.ts).
  'excel.refusable.validation': 'la validación de datos en las celdas de entrada',
  'excel.refusable.printSetup':
    'la configuración de impresión (papel, una página de ancho, filas de título, saltos, pie de página)',
  'excel.refusable.rangeAreas': 'dar formato a muchos rangos en un solo comando',
  'excel.refusable.errorCells': 'preguntar dónde están los valores de error',
  'excel.refusable.passwordInfo': 'preguntar si una hoja tiene contraseña',
  'excel.refused':
    'Este Excel rechazó {{what:list}} (Excel dijo "{{said}}"), así que el complemento prescindió de ello: todo lo demás se escribió. Actualizar Office puede devolverlo.',
  // A State change that failed half-way, and what was undone (excel/stateChangeApply.ts).
  'text.sentences': '{{first:msg}} {{next:msg}}',
  'excel.stateChange.busy':
    'Excel está ocupado porque se está editando una celda (pulse Entrar en Excel para terminar de editar la celda)',
  'excel.stateChange.excelSaid': 'Excel dijo "{{said}}"',
  'excel.stateChange.failed': 'El cambio de estado falló: {{why:msg}}. El presupuesto sigue siendo de {{from}}.',
  'excel.stateChange.again':
    'Algunas celdas de las otras hojas ya pueden mostrar la plantilla de {{to}}: vuelva a cambiar el estado para terminar.',
  'excel.stateChange.sheetRemoved': 'Se quitó la hoja que había añadido ({{sheets}}).',
  'excel.stateChange.removeFailed':
    'Quitar la hoja que había añadido también falló ({{cleanup}}): elimine {{sheets}} a mano (clic derecho en la pestaña, Eliminar).',
  'excel.stateChange.reprotected': 'Cada hoja que había desprotegido vuelve a estar protegida, como antes.',
  'excel.protectAgainFailed':
    'Volver a proteger {{sheets}} falló: {{count:plural:protéjala|protéjalas}} en Excel (Revisar > Proteger hoja).',
  'pane.undoCleared':
    'Antes de reparar o cambiar el estado: el complemento desprotege las hojas de las plantillas para escribir en ellas, y Excel borra entonces su historial de deshacer, así que Deshacer (Ctrl+Z) no puede volver más atrás de ese cambio.',
  'pane.cellEditWaiting':
    'Pulse Entrar en Excel para terminar de editar la celda: Excel lo espera antes de hacer lo que pidió.',
  // Export where the pane cannot know whether Excel saved the file (Excel on the Mac, in the desktop webview).
  'pane.export.asked':
    'Se pidió a Excel que guarde {{name}}: búsquelo en su carpeta Descargas. Si no está, copie el XML de abajo y guárdelo como {{name}}.',
  'pane.export.askedWithErrors':
    'Se pidió a Excel que guarde {{name}}: búsquelo en su carpeta Descargas. Si no está, copie el XML de abajo y guárdelo como {{name}}. El presupuesto tiene {{count}} {{count:plural:error abierto|errores abiertos}} (pestaña Verificaciones).',
  'excel.fitNotKept':
    'Excel no conservó "ajustar a 1 página de ancho" en {{sheets}}. Para {{count:plural:imprimirla|imprimirlas}} a una página de ancho, abra la hoja y luego Disposición de página > Ajustar área de impresión: Ancho 1 página, Alto Automático.',
} as const;
