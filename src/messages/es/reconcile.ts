/** Español: `reconcile` (un SF-424A presentado frente al presupuesto). */
export const RECONCILE = {
  'reconcile.head':
    '{{submitted}} frente a {{budget}}: {{differences}} {{differences:plural:diferencia|diferencias}}, {{formErrors}} {{formErrors:plural:error del formulario|errores del formulario}}, {{unmatched}} {{unmatched:plural:actividad sin emparejar|actividades sin emparejar}}.',
  'reconcile.headAgrees': '{{submitted}} frente a {{budget}}: el SF-424A presentado concuerda con el presupuesto.',
  'reconcile.activities': 'Actividades:',
  'reconcile.sectionLine': 'Sección {{section}} línea {{line}}',
  'reconcile.sectionColumn': 'Sección {{section}} columna ({{line}})',
  'reconcile.noTitle': '(sin título)',
  'reconcile.matched': '  {{where:msg}} "{{title:msg}}": {{category}} ({{method:msg}})',
  'reconcile.notMatched': '  {{where:msg}} "{{title:msg}}": SIN EMPAREJAR: sus cifras no se comparan con nada',
  'reconcile.method.title': 'por título',
  'reconcile.method.position': 'por posición',
  'reconcile.method.amount': 'por cantidad',
  'reconcile.method.elimination': 'por eliminación',
  'reconcile.differences': 'Diferencias (presentado, calculado, diferencia):',
  'reconcile.at': '{{section}} línea {{line}} {{label}}: {{submitted:msg}}, {{computed:msg}}',
  'reconcile.atColumn': '{{section}} línea {{line}} ({{column}}) {{label}}: {{submitted:msg}}, {{computed:msg}}',
  'reconcile.difference': '  {{at:msg}}, {{difference:money}}',
  'reconcile.differenceText': '  {{at:msg}}',
  'reconcile.formErrors': 'El formulario presentado frente a sí mismo:',
  'reconcile.formError': '  {{rule}}: {{submitted:money}}, se esperaba {{expected:money}} ({{difference:money}})',
  'reconcile.notAmount': '{{element}} (línea {{line}}): "{{text}}" no es una cantidad en dólares y centavos',
  'reconcile.notXml':
    'no es XML: un SF-424A de Grants.gov es un archivo XML que empieza con "<"; pegue o abra el XML del formulario, no su tabla impresa',
  'reconcile.notWellFormed': 'no es XML bien formado ({{detail}})',
  'reconcile.noForm': 'no contiene un SF-424A: no hay elemento BudgetInformation de {{namespace}}',
  'reconcile.amountsUnreadable': 'tiene cantidades que no se pueden leer:\n  {{problems:lines}}',
} as const;
