/**
 * The workbook part and its relationships: the sheet list (with chart sheets and visibility), the
 * part of each sheet, the defined names and the date system. Read with the streaming parser
 * (xmlStream.ts), so a damaged workbook part is refused at its first fault, in linear time.
 */
import { msg } from '../messages/words';
import type { DefinedName, SheetKind, Visibility } from '../port/workbookPort';
import { WorkbookReadError } from './readError';
import { attrByLocalName, PACKAGE_RELATIONSHIPS, streamXml } from './xmlStream';

export interface WorkbookParts {
  sheetNames: { name: string; kind: SheetKind; visibility: Visibility }[];
  names: DefinedName[];
  /** The part of each sheet of sheetNames ("xl/worksheets/sheet1.xml"), or null when not found. */
  sheetParts: (string | null)[];
  /** Dates counted from 1904 (old Mac Excel) rather than 1900. */
  date1904: boolean;
  /** The file asks to be recalculated when opened (`<calcPr fullCalcOnLoad="1"/>`): its cached values are stale. */
  staleCache: boolean;
}

/** The unpacked parts of the zip, by name, as text. */
export type PartText = (path: string) => string | null;

export function partTextOf(parts: Map<string, Buffer>): PartText {
  return (path) => parts.get(path)?.toString('utf8') ?? null;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function readWorkbookParts(get: PartText, file: string): WorkbookParts {
  const rootRels = get('_rels/.rels');
  const officeDoc = rootRels
    ? relationships(rootRels, file, '_rels/.rels').find((r) => r.type.endsWith('/officeDocument'))
    : undefined;
  const workbookPath = officeDoc ? resolvePart('', officeDoc.target) : 'xl/workbook.xml';
  const workbookXml = get(workbookPath);
  if (workbookXml === null) throw notAWorkbook(get, file);
  const dir = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const relsPath = `${dir}_rels/${workbookPath.slice(dir.length)}.rels`;
  const relsXml = get(relsPath);
  const wbRels = relsXml === null ? [] : relationships(relsXml, file, relsPath);
  const read = workbookEntries(workbookXml, file, workbookPath);
  if (read.root !== 'workbook') throw notAWorkbook(get, file);

  const sheetParts: (string | null)[] = [];
  const sheetNames = read.sheets.map((s) => {
    const rel = wbRels.find((r) => r.id === s.rid);
    // Only worksheets hold cells; chart sheets (and the rare dialog or macro sheets) are listed as chart sheets.
    const kind: SheetKind = rel && !rel.type.endsWith('/worksheet') ? 'chartsheet' : 'worksheet';
    const visibility: Visibility =
      s.state === 'hidden' ? 'hidden' : s.state === 'veryHidden' ? 'veryHidden' : 'visible';
    sheetParts.push(rel ? resolvePart(dir, rel.target) : null);
    return { name: s.name, kind, visibility };
  });
  return { sheetNames, names: read.names, sheetParts, date1904: read.date1904, staleCache: read.staleCache };
}

function notAWorkbook(get: PartText, file: string): WorkbookReadError {
  const what =
    get('word/document.xml') !== null
      ? msg('xlsx.kind.word')
      : get('ppt/presentation.xml') !== null
        ? msg('xlsx.kind.powerPoint')
        : get('content.xml') !== null
          ? msg('xlsx.kind.openDocument')
          : msg('xlsx.kind.zip');
  return new WorkbookReadError(file, msg('xlsx.noWorkbookPart', { what }));
}

/** The <sheet> entries, defined names and date system of the workbook part, in one pass. */
function workbookEntries(xml: string, file: string, part: string) {
  const sheets: { name: string; state: string | undefined; rid: string | undefined }[] = [];
  const names: DefinedName[] = [];
  let date1904 = false;
  let staleCache = false;
  let open: { name: string; ref: string } | null = null;
  const root = streamXml(xml, file, part, {
    open(name, a) {
      if (name === 'sheet' && a.name !== undefined)
        sheets.push({ name: a.name, state: a.state, rid: attrByLocalName(a, 'id') });
      else if (name === 'definedName' && a.name !== undefined) open = { name: a.name, ref: '' };
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'calcPr') staleCache = a.fullCalcOnLoad === '1' || a.fullCalcOnLoad === 'true';
    },
    text(t) {
      if (open) open.ref += t;
    },
    close(name) {
      if (name === 'definedName' && open) names.push(open);
      if (name === 'definedName') open = null;
    },
  });
  return { root, sheets, names, date1904, staleCache };
}

function relationships(xml: string, file: string, part: string): Relationship[] {
  const out: Relationship[] = [];
  streamXml(
    xml,
    file,
    part,
    {
      open(name, a) {
        if (name === 'Relationship') out.push({ id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '' });
      },
    },
    PACKAGE_RELATIONSHIPS,
  );
  return out;
}

function resolvePart(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
