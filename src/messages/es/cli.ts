/** Español: las palabras propias de la línea de comandos. */
export const CLI = {
  'remedy.cli.repair': 'Ejecute `grant-budget repair` para reescribir las fórmulas de la plantilla',
  'remedy.cli.chooseState': 'Indique el estado con --state (un código USPS como PR, o su nombre del Appendix L)',

  'review.verdict.pass': 'PASA',
  'review.verdict.passWarnings': 'PASA con {{warnings}} {{warnings:plural:aviso|avisos}}',
  'review.verdict.fail': 'NO PASA: {{errors}} {{errors:plural:error|errores}}',
  'review.verdict.failWarnings':
    'NO PASA: {{errors}} {{errors:plural:error|errores}}, {{warnings}} {{warnings:plural:aviso|avisos}}',
  'review.severity.error': 'error',
  'review.severity.warning': 'aviso',
  'review.severity.info': 'nota',
  'review.layout.own': '',
  'review.layout.published': ', formato publicado por OSHA',
  'review.layout.json': ', presupuesto JSON',
  'review.head':
    '{{file}}: {{state}} ({{code}}), año fiscal {{year}}{{layout:msg}}: {{verdict}}. Federal {{federal:money}} de una adjudicación de {{awardLevel:money}}; pareo estatal {{stateMatch:money}}; administración {{administration:money}} = {{share:percent}} de {{base:money}} de fondos 50/50 (tope {{cap}}); total {{total:money}}.',
  'review.sectionA':
    '  SF-424A, Sección A: federal {{federal:money}}, no federal {{nonFederal:money}}, total {{total:money}} ({{activities}})',

  'io.noSuchFile': 'no existe el archivo',
  'io.permissionDenied': 'permiso denegado',
  'io.isFolder': 'es una carpeta, no un archivo',
  'io.tooLarge': 'pesa {{mb}} MB, más de los {{max}} MB que puede pesar un archivo de presupuesto',
  'io.workbookNotJson':
    'es un libro (un paquete zip .xlsx), no un presupuesto JSON: déselo a un comando que lea libros (build, review, sf424a, reconcile)',
  'io.jsonProblemAt': '{{path}}: {{problem:msg}}',
  'io.invalidBudget': 'no es un presupuesto válido:',

  'write.removed':
    '{{where}}: se {{count:plural:quitó|quitaron}} {{count}} {{count:plural:carácter|caracteres}} que XML no admite ({{codes}})',
  'write.cut': '{{where}}: cortado a {{max}} caracteres, el límite de Grants.gov',
  'cli.warning': 'aviso: {{note:msg}}',
  'cli.note': 'nota: {{note:msg}}',
  'state.notUsedWorkbook':
    'no se usó --state {{given}}: el libro nombra su propio estado, {{state}}, que es el estado usado',
  'state.notUsedJson':
    'no se usó --state {{given}}: el presupuesto JSON nombra su propio estado, {{state}}, que es el estado usado',
  'state.givenWins': 'el libro nombra {{named}}, pero se dio --state {{given}}: {{state}} es el estado usado',
  'io.notWorkbook': 'no se puede leer como libro ({{detail}})',
  'format.unknown':
    'formato desconocido "{{format}}" para {{command}}; use uno de {{formats}} (en mayúsculas o minúsculas)',
  'format.twoFormats': '--json y --format {{format}} piden dos formatos; indique uno',
  'format.extensionOther':
    'se llama {{ext}}, la extensión del formato {{named}}, pero se pidió --format {{given}}: omita --format para escribir {{named}}; no se escribió nada',
  'format.extensionOtherRename':
    'se llama {{ext}}, la extensión del formato {{named}}, pero se pidió --format {{given}}: nómbrelo {{rename}}, u omita --format para escribir {{named}}; no se escribió nada',
  'output.noFolder': 'su carpeta no existe',
  'output.diskFull': 'el disco está lleno',
  'output.quota': 'se agotó la cuota de disco',
  'output.readOnly': 'el disco es de solo lectura',
  'output.notFolder': 'una parte de su ruta es un archivo, no una carpeta',
  'output.exists': 'ya existe; se deja sin cambios (añada --force para reemplazarlo, o nombre otro archivo de salida)',
  'output.isFolder': 'es una carpeta; nombre con -o el archivo que se escribirá',
  'output.isInput':
    'es el archivo de entrada: {{command}} nunca escribe sobre su entrada; se deja sin cambios (nombre otro archivo de salida con -o)',
  'output.isInputOtherName':
    'es el archivo de entrada {{input}} (un enlace a él u otro nombre para él): {{command}} nunca escribe sobre su entrada; se deja sin cambios (nombre otro archivo de salida con -o)',
  'output.keptUnchanged': 'el archivo que había no cambió',
  'output.nothingWritten': 'no se escribió nada',
  'output.cannotWrite': 'no se puede escribir: {{why:msg}}; {{kept:msg}}',
  'output.terminal':
    'es la salida estándar, que es una terminal: {{command}} escribe un libro (.xlsx), que es binario. Rediríjalo (-o - > budget.xlsx, o a una tubería), o nombre el archivo con -o budget.xlsx',
  'output.wrongExtension':
    'se llama {{ext}}, pero {{command}} escribe un libro de Excel, que Excel solo abre como {{extension}}: nómbrelo {{rename}}; no se escribió nada',
  'output.noExtension':
    'no tiene extensión, pero {{command}} escribe un libro de Excel, que Excel solo abre como {{extension}}: nómbrelo {{rename}}; no se escribió nada',
  'output.stdout': 'la salida estándar',
  'output.reviewHintStdout': 'ejecute `grant-budget review` sobre el libro escrito para verlos',
  'output.reviewHint': 'ejecute `grant-budget review {{file}}` para verlos',
  'review.summaryNotStdout':
    'no puede ser el libro resumen: la salida estándar lleva la revisión misma; nombre el archivo con --summary region.xlsx',
  'review.progress': 'revisando {{at}}/{{of}}: {{file}}',
  'review.cannotReview': 'no se puede revisar: {{detail}}',
  'review.summaryWritten': '{{file}}: resumen de {{count}} {{count:plural:archivo|archivos}} escrito',
  'review.closing':
    'Se {{count:plural:revisó|revisaron}} {{count}} {{count:plural:archivo|archivos}}: {{fail}} NO PASAN (hallazgos de error), {{warnings}} PASAN con avisos, {{pass}} PASAN, {{unreadable}} no se pudieron leer.',

  'build.layout.own': 'formato de grant-budget',
  'build.layout.published': 'formato publicado por OSHA',
  'build.written':
    '{{out:msg}}: escrito a partir de {{file}} ({{layout:msg}}), {{state}}, año fiscal {{year}}: {{sheets}}',
  'build.writtenFrom': '{{out:msg}}: escrito a partir de {{file}}',
  'build.moved': '  celdas escritas trasladadas: {{moved}}',
  'build.sameFigures':
    '  las mismas cifras que el original, al centavo: federal {{federal:money}}, pareo estatal {{stateMatch:money}}, 100% estatal {{state100:money}}, total {{total:money}}',
  'build.notMoved': 'No trasladado ({{count}}); cópielo a mano si pertenece al presupuesto:',
  'build.notMovedNone': 'No trasladado: nada; cada cifra escrita del original está en las plantillas vivas.',
  'build.leftover': '  {{what:msg}}',
  'build.leftover.sheet':
    '{{where}}: {{count}} {{count:plural:cifra|cifras}} (una hoja que no es ninguno de los Appendices D, E, F, J publicados)',
  'build.leftover.figure':
    '{{where}}: {{text}} (una cifra escrita que no está en ninguna línea ni total de las plantillas)',
  'build.leftover.note': '{{where}}: "{{text}}" (una nota a la derecha de la tabla)',
  'build.figuresWouldChange':
    'no se pudo trasladar a las plantillas vivas sin cambiar una cifra; no se escribió nada (por favor, informe de este archivo)',
  'build.errorFindings':
    '{{file}}: {{count}} {{count:plural:hallazgo|hallazgos}} de error en este presupuesto; {{hint:msg}}',
  'build.errorFindingsWritten':
    '{{file}}: {{count}} {{count:plural:hallazgo|hallazgos}} de error ({{codes}}); el libro está escrito, {{hint:msg}}',
  'new.badYear': '--fy debe ser un año fiscal como 2012, no "{{text}}"',
  'new.noRulePack': 'no hay reglas para el año fiscal {{year}}',
  'new.unknownState': 'estado desconocido "{{state}}"; los estados 23(g) del año fiscal {{year}} son {{states}}',
  'new.written': '{{out:msg}}: escrito ({{sheets}})',
  'repair.nothing': '{{file}}: nada que reparar ({{layout:msg}}); escrito sin cambios en {{out:msg}}',
  'repair.repaired': '{{file}}: {{count}} {{count:plural:celda reparada|celdas reparadas}}, escrito en {{out:msg}}:',
  'remedy.cli.changeState':
    'Abra el libro en Excel y pulse Cambiar el estado de este presupuesto en el panel de Grant Budget, o vuelva a escribir el estado anterior',
  'repair.refusedHead':
    '{{file}}: {{count}} {{count:plural:celda de total se deja como está|celdas de total se dejan como están}}: {{count:plural:contiene|contienen}} una cifra escrita (borre la celda, o escriba la fórmula, si es un total):',
  // Inputs that are not plain files (cli/io.ts: devices, pipes, standard input, sockets).
  'io.isSocket': 'es un socket, no un archivo',
  'io.streamTooLarge':
    'envía más de los {{max}} MB que puede tener un archivo de presupuesto (¿un dispositivo o una tubería sin fin?); no se lee',
  'io.pipeIdle': 'no envió nada durante {{seconds}} s; no se lee',
  'io.stdinTerminal': 'es la entrada estándar, que es una terminal: envíe el archivo por ella (< budget.json)',
  // Outputs that are not plain files (cli/outputFile.ts, outputTarget.ts: devices, pipes, links, sockets).
  'output.nameTooLong': 'su nombre es demasiado largo para el sistema de archivos',
  'output.pipeGone': 'el programa que leía la tubería ya no está',
  'output.ioError': 'un error de entrada/salida del dispositivo',
  'output.linkLoop': 'no se puede escribir: sus enlaces simbólicos dan vueltas en círculo; no se escribió nada',
  'output.isSocket': 'es un socket, no un archivo: nombre con -o un archivo donde escribir',
  'output.pipeUnread': 'es una tubería que ningún programa lee; no se escribió nada',
  'output.deviceTerminal':
    'es una terminal: un libro (.xlsx) es binario; nombre un archivo, o redirija la salida estándar (-o - > out.xlsx)',
  'output.cannotWriteDevice': 'no se puede escribir: {{why:msg}}',
  'output.stdoutIsInput':
    'es la salida estándar, que está redirigida al archivo de entrada {{input}}: {{command}} nunca escribe sobre su entrada; se deja sin cambios (redirija a otro archivo)',
  'review.moreFindings': 'y {{count:int}} hallazgos {{code}} más (todos con --json)',
  'output.closed': 'está cerrada',
  'output.stdoutUnwritable': 'no se puede escribir en la salida estándar: {{why:msg}}',
} as const;
