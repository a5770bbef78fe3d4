/** Español: lo que se dice de una celda de entrada que no se puede leer como su tipo de cifra. */
export const CELLS = {
  'finding.atCell': '{{cell}} {{says:msg}}',
  'finding.atCellWhere': '{{cell}} ({{where:msg}}) {{says:msg}}',
  'where.cell': '{{cell}}',

  'cell.kind.money': 'una cantidad en dólares',
  'cell.kind.fte': 'un número de FTE',
  'cell.kind.count': 'un conteo (un número entero)',
  'cell.kind.number': 'un número',

  'cell.moreThanTwoDecimals':
    'contiene {{value}}, una cantidad con más de dos decimales: cuenta como {{cents:money}}, el centavo que muestra Excel, pero los totales de la propia hoja suman la cifra completa y pueden diferir por un centavo: redondéela al centavo (escriba {{typed}}, o envuelva su fórmula en ROUND(..., 2)).',
  'cell.tooLarge':
    'contiene {{shown}}, más de lo que {{limit:msg}}; aquí cuenta como vacía: vuelva a escribir la cifra.',
  'cell.limit.money': 'puede ser cualquier cantidad de un presupuesto (a lo sumo {{max:money}})',
  'cell.limit.fte': 'puede ser cualquier número de FTE',
  'cell.limit.count': 'puede ser cualquier conteo de un presupuesto',
  'cell.notFinite': 'contiene {{shown}}, que no es una cifra; aquí cuenta como vacía: vuelva a escribir la cifra.',
  'cell.notWhole': 'contiene {{shown}} donde va {{what:msg}}; aquí cuenta como vacía: escriba un número entero.',
  'cell.formulaWithoutResult':
    'contiene la fórmula {{formula}} pero el archivo no guarda su resultado, así que aquí cuenta como vacía: abra y guarde el libro en Excel, o escriba la cifra.',
  'cell.text':
    'contiene el texto "{{text}}" donde va {{what:msg}}; Excel deja el texto fuera de sus totales, así que aquí cuenta como vacía: vuelva a escribirlo como número.',
  'cell.textWithNote':
    'contiene el texto "{{text}}"{{note:msg}} donde va {{what:msg}}; Excel deja el texto fuera de sus totales, así que aquí cuenta como vacía: vuelva a escribirlo como número.',
  'cell.note.percentText':
    ' (un porcentaje guardado como texto: escriba el número, p. ej. 12% o 0.12, para que Excel lo lea)',
  'cell.note.numberText': ' (un número guardado como texto)',
  'cell.note.tooLarge': ', que es demasiado grande para ser un número (el mayor es cerca de 1.8e308),',
  'cell.note.tooManyDigits':
    ', que tiene más dígitos de los que un número guarda con exactitud (a lo sumo 9,007,199,254,740,991),',
  'cell.note.tooSmall': ', que es demasiado pequeño para guardarse como número (se leería como 0),',
  'cell.note.hex': ' (un número hexadecimal, que Excel no lee como número)',
  'cell.error':
    'contiene el error {{error}} donde va {{what:msg}}; aquí cuenta como vacía: escriba la cifra o borre la celda.',
  'cell.errorFromFormula':
    'contiene el error {{error}} de su fórmula {{formula}} donde va {{what:msg}}; aquí cuenta como vacía: escriba la cifra o borre la celda.',
  'cell.boolean': 'contiene {{value}} donde va {{what:msg}}; aquí cuenta como vacía: escriba la cifra.',
  'cell.rateOutOfRange':
    'contiene {{value}} donde va una tasa entre 0% y 100%; aquí cuenta como vacía: escriba la tasa, p. ej. 10% o 0.1.',

  'finding.formulaEmptied':
    '{{cell}} debería contener la fórmula {{formula}} pero está vacía: vuelva a copiar la fórmula para que los totales impresos sigan correctos.',
  'finding.formulaOvertyped':
    '{{cell}} debería contener la fórmula {{formula}} pero contiene el valor escrito {{value}}: escriba las cifras en las celdas amarillas de entrada y restaure la fórmula.',
  'finding.followsBroken':
    '{{sheet}}: {{count}} {{count:plural:celda muestra un valor de error|celdas muestran valores de error}} ({{cells:msg}}) que provienen de las fórmulas dañadas señaladas arriba: repare esas y estas se corrigen.',
  'broken.deletedCells': 'una fórmula que se refiere a celdas eliminadas ({{formula}})',
  'broken.errorValue': 'el error {{error}}',
  'finding.brokenRestore': '{{cell}} contiene {{what:msg}}: restaure la fórmula {{formula}}.',
  'finding.brokenClear': '{{cell}} contiene {{what:msg}}: corríjala o bórrela.',

  'where.row': '{{part}}, fila {{row}}',
  'where.rowNamed': '{{part}}, fila {{row}} ({{item}})',
  'figure.blank': 'vacío',
  'figure.money': '{{value:money}}',
  'figure.text': '{{value}}',
  'figure.quoted': '"{{value}}"',
  'finding.totalWrongCells':
    '{{cell}} ({{where:msg}}) muestra {{shows:msg}} pero las celdas escritas dan {{expected:msg}}: su fórmula {{formula}} omite o suma celdas equivocadas; debería ser {{should}}.',
  'finding.totalEmpty':
    '{{cell}} ({{where:msg}}) está vacía donde la plantilla suma las filas ({{expected:msg}} según las celdas escritas): su fórmula es {{formula}}.',
  'finding.totalTypedSame':
    '{{cell}} ({{where:msg}}) contiene el valor escrito {{shown:msg}} donde la plantilla tiene una fórmula (hoy iguala las celdas escritas, pero no seguirá cambios futuros): su fórmula es {{formula}}.',
  'finding.totalTyped':
    '{{cell}} ({{where:msg}}) contiene el valor escrito {{shown:msg}} donde la plantilla tiene una fórmula; las celdas escritas dan {{expected:msg}}, que es lo que usa esta revisión: su fórmula es {{formula}}.',
  'broken.why.ref': 'su fórmula {{formula}} se refiere a celdas que ya no existen (#REF!)',
  'broken.why.divZero': 'su fórmula {{formula}} divide entre cero',
  'broken.why.divZeroNoFormula': 'su fórmula divide entre cero',
  'broken.why.errorFrom': 'muestra el error {{error}} de {{formula}}',
  'broken.why.error': 'muestra el error {{error}}',
  'finding.publishedError':
    '{{cell}} ({{where:msg}}) muestra {{error}}: {{why:msg}}. Esta revisión recalcula las cifras a partir de las celdas escritas.',
  'list.plain': '{{items}}',
  'list.andMore': '{{items}} y {{more}} más',
  'where.lineTotalCost': '{{part}}, Total Cost de la línea de la fila {{row}}',
  'where.emptyRowTotalCost': '{{part}}, Total Cost de la fila vacía {{row}}',
  'cell.note.percentInAmount':
    ' (un porcentaje, donde esta celda pide una cantidad: escriba los dólares, no una proporción)',
} as const;
