/**
 * Asks Excel to recalculate every formula when the file is opened (`<calcPr fullCalcOnLoad="1"/>` in
 * the workbook part), so the repaired cells, which carry no cached result, show their figures. Only
 * that element or attribute changes: the rest of the workbook part is copied.
 */
import { msg, type Msg } from '../messages/words';
import { splice, type Splice } from './sheetPatch';
import { XmlScanError, XmlTagScanner, attrOf } from './xmlTags';

/** The children of <workbook> that come before <calcPr> in the schema's order. */
const BEFORE_CALC = new Set([
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
]);

export function setFullCalcOnLoad(bytes: Buffer, what: Msg): Buffer {
  const scanner = new XmlTagScanner(bytes, what);
  let depth = 0;
  let rootPrefix = '';
  let insertAt = -1;
  let rootClose = -1;
  for (let t = scanner.next(); t; t = scanner.next()) {
    if (t.kind === 'close') {
      depth--;
      if (depth === 1 && BEFORE_CALC.has(t.local)) insertAt = t.end;
      if (depth === 0) rootClose = t.start;
      continue;
    }
    if (depth === 0) rootPrefix = t.prefix;
    if (depth === 1 && t.local === 'calcPr') {
      const now = attrOf(t, 'fullCalcOnLoad');
      if (now === '1' || now === 'true') return bytes;
      const existing = t.attrs.find((a) => a.local === 'fullCalcOnLoad');
      const tagText = bytes.toString('utf8', t.start, t.end);
      const edited = existing
        ? tagText.replace(existing.raw, 'fullCalcOnLoad="1"')
        : `${tagText.slice(0, t.kind === 'empty' ? -2 : -1)} fullCalcOnLoad="1"${t.kind === 'empty' ? '/>' : '>'}`;
      return splice(bytes, [{ at: t.start, end: t.end, open: '', items: [edited], close: '' }]);
    }
    if (depth === 1 && t.kind === 'empty' && BEFORE_CALC.has(t.local)) insertAt = t.end;
    if (t.kind === 'open') depth++;
  }
  const at = insertAt >= 0 ? insertAt : rootClose;
  if (at < 0) throw new XmlScanError(msg('xml.noWorkbookElement', { what }));
  const added: Splice = { at, end: at, open: '', items: [`<${rootPrefix}calcPr fullCalcOnLoad="1"/>`], close: '' };
  return splice(bytes, [added]);
}
