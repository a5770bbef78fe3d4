/** Español: por qué un archivo no se puede leer como libro, o la reparación no puede modificarlo. */
export const FILES = {
  'xlsx.damagedPart':
    'está dañado y no se puede leer como libro de Excel (su parte {{part}} {{why:msg}}): ábralo en Excel, que ofrece repararlo, y guárdelo de nuevo',
  'xlsx.damaged':
    'está dañado y no se puede leer como libro de Excel ({{detail}}): ábralo en Excel, que ofrece repararlo, y guárdelo de nuevo',
  'xlsx.damagedIncomplete':
    'está dañado y no se puede leer como libro de Excel (una parte está incompleta o no es válida): ábralo en Excel, que ofrece repararlo, y guárdelo de nuevo',
  'xlsx.damagedZipUnopened': 'es un archivo zip dañado y no se puede abrir como libro ({{detail}})',
  'xlsx.empty': 'está vacío (0 bytes); no es un libro',
  'xlsx.encrypted':
    'está protegido con contraseña (cifrado): ábralo en Excel, quite la contraseña (Archivo > Información > Proteger libro) y guárdelo de nuevo',
  'xlsx.oldXls':
    'es un libro antiguo de Excel 97-2003 (.xls) u otro archivo OLE: ábralo en Excel y guárdelo como Libro de Excel (.xlsx)',
  'xlsx.notZip': 'no es un libro de Excel (.xlsx): no es un archivo zip',
  'xlsx.notZip.json': 'no es un libro de Excel (.xlsx): no es un archivo zip (parece JSON: nómbrelo .json)',
  'xlsx.notZip.xml': 'no es un libro de Excel (.xlsx): no es un archivo zip (parece XML o HTML)',
  'xlsx.notZip.pdf': 'no es un libro de Excel (.xlsx): no es un archivo zip (es un PDF)',
  'xlsx.unpacksBeyond':
    'se descomprime a más de {{bound}} MB (más de lo que declara su tabla de contenido), más de lo que puede ser un libro de presupuesto; no se lee',
  'xlsx.wouldUnpack':
    'se descomprimiría a {{mb}} MB, más de los {{bound}} MB que puede tener un libro de presupuesto; no se lee',
  'xlsx.zipBomb':
    'contiene una parte ({{part}}) que se descomprime a {{mb}} desde {{kb}}, {{ratio}} veces más comprimida que el contenido de cualquier libro (a lo sumo {{max}}): es una bomba zip o está dañado, y no se lee',
  'xlsx.partNotFound':
    'es un archivo zip dañado (no se encuentra la parte {{part}}): consiga una copia nueva del libro',
  'xlsx.partCutShort': 'es un archivo zip dañado o truncado (la parte {{part}} está cortada)',
  'xlsx.partNotUnpacked': 'es un archivo zip dañado (la parte {{part}} no se puede descomprimir: {{detail}})',
  'xlsx.compressionMethod': 'usa un método de compresión ({{method}}) que Excel no escribe; no se lee',
  'xlsx.noTableOfContents':
    'es un archivo zip dañado o truncado (falta su tabla de contenido): consiga una copia nueva del libro',
  'xlsx.zip64': 'es un archivo ZIP64 (más de 4 GB o 65,535 partes), mucho mayor que un libro de presupuesto; no se lee',
  'xlsx.part4GB': 'contiene una parte de más de 4 GB descomprimida, mucho mayor que un libro de presupuesto; no se lee',
  'xlsx.sheetSpans':
    'la hoja "{{sheet}}" abarca {{rows:int}} filas por {{columns:int}} columnas, más de lo que puede ser una hoja de presupuesto: borre las celdas lejanas y guarde de nuevo',
  'xlsx.tooManyMerges':
    'la hoja "{{sheet}}" tiene más de {{max:int}} áreas combinadas, más de lo que puede tener una hoja de presupuesto: sepárelas y guarde de nuevo',
  'xlsx.tooManyCells':
    'la hoja "{{sheet}}" contiene más de {{max:int}} celdas, más de lo que puede tener una hoja de presupuesto: borre lo que no sea el presupuesto y guarde de nuevo',
  'xlsx.mergesTooMany':
    'la hoja "{{sheet}}" combina más de {{max:int}} celdas (solo su área combinada {{range}} abarca {{covers:int}}), más de lo que puede tener una hoja de presupuesto: separe las áreas grandes y guarde de nuevo',
  'xlsx.sheetWithoutPart':
    'está dañado: su hoja "{{sheet}}" no tiene parte en el archivo ({{part}}): ábralo en Excel, que ofrece repararlo, y guárdelo de nuevo',
  'xlsx.sheetWithoutLink':
    'está dañado: su hoja "{{sheet}}" no tiene parte en el archivo (ningún enlace a una): ábralo en Excel, que ofrece repararlo, y guárdelo de nuevo',
  'xlsx.kind.word': 'un documento de Word',
  'xlsx.kind.powerPoint': 'una presentación de PowerPoint',
  'xlsx.kind.openDocument': 'un archivo OpenDocument (guárdelo como .xlsx)',
  'xlsx.kind.zip': 'un archivo zip',
  'xlsx.noWorkbookPart': 'no es un libro de Excel: es {{what:msg}} sin parte de libro (xl/workbook.xml)',
  'xlsx.notRewritable':
    'se puede leer pero no reescribir: contiene partes (tablas, comentarios, gráficos o estilos como los guardan algunos programas) que el escritor de libros no puede cargar; ábralo en Excel y guárdelo de nuevo, o corríjalo a mano',
  'xlsx.cannotRead': 'no se puede leer como libro de Excel ({{detail}})',
  'xlsx.why.notWorksheet': 'no es una hoja de cálculo (contiene <{{root}}>)',
  'xlsx.why.rowOutside': 'tiene una fila numerada "{{row}}", fuera de las 1,048,576 filas de Excel',
  'xlsx.why.notAddress': 'tiene una celda en "{{address}}", que no es una dirección de celda',
  'xlsx.why.cellOutside': 'tiene una celda en {{address}}, fuera de la cuadrícula de Excel (XFD1048576)',
  'xlsx.why.formulaTooLong':
    'tiene una fórmula de {{length:int}} caracteres en {{cell}}, más de los {{max:int}} de Excel',
  'xlsx.why.sharedString':
    'tiene una celda ({{cell}}) que se refiere al texto compartido número {{index}}, que el archivo no contiene',
  'xlsx.why.mergeNotRange':
    'tiene un área combinada "{{range}}" que no es un rango de la cuadrícula de Excel (A1:XFD1048576)',
  'xlsx.why.mergesOverlap':
    'tiene áreas combinadas que se solapan ({{first}} y {{second}}), que Excel elimina como daño',
  'xlsx.why.tooDeep':
    'anida elementos a más de {{max}} niveles (en <{{tag}}>, {{position}}), como ningún programa de hojas de cálculo escribe; probablemente hay etiquetas sin cerrar',
  'xlsx.why.undefinedEntity':
    'no es XML bien formado: {{position}}: referencia a una entidad que el archivo no define (Excel nunca escribe una)',
  'xlsx.why.notWellFormed': 'no es XML bien formado: {{problem}}',
  'xlsx.why.noElement': 'no contiene ningún elemento XML',

  'zip.damaged': 'es un archivo zip dañado ({{why:msg}}): consiga una copia nueva del libro',
  'zip.why.noTableOfContents': 'falta su tabla de contenido',
  'zip.why.tocCutShort': 'su tabla de contenido está cortada',
  'zip.why.partNotFound': 'no se encuentra la parte {{part}}',
  'zip.why.partEncrypted': 'la parte {{part}} está cifrada',
  'zip.why.partCutShort': 'la parte {{part}} está cortada',
  'zip.zip64': 'es un archivo ZIP64, mucho mayor que un libro de presupuesto; la reparación no lo reescribe',
  'zip.compressionMethod': 'guarda la parte {{part}} con un método de compresión ({{method}}) que Excel no escribe',
  'zip.sizeDiffers':
    'es un archivo zip dañado (la parte {{part}} no tiene el tamaño que declara su tabla de contenido)',
  'zip.noWorkbookPart': 'no es un libro de Excel: no tiene parte de libro (xl/workbook.xml)',
  'zip.noPart': 'no tiene la parte {{part}}',
  'zip.utf16':
    'guarda {{what:msg}} como texto UTF-16, que la reparación no edita: abra el archivo en Excel y guárdelo de nuevo',
  'zip.notWellFormed':
    'está dañado: {{what:msg}} no es XML bien formado ({{problem}}): ábralo en Excel, que ofrece repararlo, y guárdelo de nuevo',
  'zip.damagedXml': 'está dañado: {{problem:msg}}: ábralo en Excel, que ofrece repararlo, y guárdelo de nuevo',
  'zip.noSheet': 'no tiene la hoja "{{sheet}}"',
  'zip.notWorksheet':
    'la hoja "{{sheet}}" no es una hoja de cálculo (una hoja de gráfico o de diálogo no tiene celdas)',
  'zip.sheetPartMissing': 'está dañado: no se encuentra la parte de la hoja "{{sheet}}"',
  'zip.cellRefused':
    'no se puede reparar sin cambiar otras celdas (la reparación solo cambia las celdas que repara): {{what:msg}}: {{reason:msg}}',
  'xml.part': '{{part}}',
  'xml.sheetPart': 'la hoja "{{sheet}}" ({{part}})',
  'xml.workbookPart': 'la parte del libro ({{part}})',
  'xml.doctype': '{{what:msg}} contiene una declaración DOCTYPE, que Excel nunca escribe',
  'xml.endsInComment': '{{what:msg}} termina dentro de un comentario o una sección CDATA',
  'xml.endsInTag': '{{what:msg}} termina dentro de la etiqueta <{{tag}}>',
  'xml.endsInAttribute': '{{what:msg}} termina dentro de un atributo de <{{tag}}>',
  'xml.attributeWithoutValue': '{{what:msg}} tiene un atributo sin valor en <{{tag}}>',
  'xml.unquotedAttribute': '{{what:msg}} tiene un atributo sin comillas en <{{tag}}>',
  'patch.sharedFormula':
    '{{cell}} contiene la fórmula que comparten {{cells:msg}} (se llenaron a partir de ella): reescribirla cambiaría también esas celdas; escriba {{formula}} en {{cell}} en Excel',
  'patch.arrayFormula':
    '{{cell}} contiene una fórmula matricial sobre {{range}}: reescribirla cambiaría también las otras celdas de ese rango; escriba {{formula}} en {{cell}} en Excel',
  'patch.noSheetData': '{{what:msg}} no tiene tabla de celdas (<sheetData>)',

  // The summary workbook of `review --summary` (its heads and verdicts stay English: other programs read them).
  'summary.stateAlsoIn': '{{state}} también está en {{files}}',
  'xml.noWorkbookElement': '{{what:msg}} no tiene elemento <workbook>',
  'sandbox.notZip': 'no es un libro .xlsx (no es un paquete zip)',
  'sandbox.tooLarge': 'es mucho mayor que un libro de presupuesto; no se abre',
  'xlsx.packageBomb':
    'se descomprime a más de {{mb}} desde un archivo de {{kb}}, más de {{max}} veces su tamaño, como no se empaqueta el contenido de ningún libro: es una bomba zip o está dañado, y no se lee',
  'xlsx.partNamedElsewhere':
    'es un archivo zip dañado (su índice nombra la parte {{part}} donde está guardada la parte {{stored}}): consiga una copia nueva del libro',
  'xlsx.partTwice':
    'es un archivo zip dañado: contiene la parte {{part:msg}} dos veces, y los programas no coinciden en qué copia leen; no se lee: ábralo en Excel y guárdelo de nuevo, o consiga una copia nueva',
  'xlsx.partAlsoAs': '{{first}} (también como {{name}})',
  'xml.foreignAmongCells':
    '{{what:msg}} contiene un elemento de otro espacio de nombres entre sus celdas (<{{element}}>), lo que Excel señala como daño',
  'xlsx.elementFlood':
    'contiene más de {{max:int}} elementos XML (contados hasta su parte {{part}}), más de los que puede contener un libro de su tamaño (una avalancha de elementos comprimidos): está dañado o hecho para agotar a un lector, y no se lee',
  'xlsx.why.badCharacter': 'no es XML bien formado (un carácter que XML no permite)',
  'zip.why.partTwice': 'contiene la parte {{part}} dos veces',
} as const;
