/**
 * Where a package keeps its workbook part and each sheet's part, as its relationships say (the
 * root `_rels/.rels`, then the workbook's own rels): a sheet may be stored under any part name
 * (`xl/worksheets/notes.xml`), never assumed to be `sheetN.xml`.
 */
import { msg } from '../messages/words';
import { PackageError, entryContent, type ZipArchive, type ZipEntry } from './zipArchive';
import { XmlTagScanner, attrOf, type XmlTag } from './xmlTags';

export interface SheetPart {
  name: string;
  /** The zip entry name of the sheet's part, or null when the workbook does not say. */
  part: string | null;
  /** True for a worksheet (chart sheets and dialog sheets hold no cells). */
  worksheet: boolean;
}

export interface PackageParts {
  workbookPart: string;
  sheets: SheetPart[];
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Every tag of a (small) part: workbook.xml and the rels parts hold a few hundred at most. */
function tagsOf(bytes: Buffer, part: string, visit: (t: XmlTag) => void): void {
  const scanner = new XmlTagScanner(bytes, msg('xml.part', { part }));
  for (let t = scanner.next(); t; t = scanner.next()) visit(t);
}

function relationships(bytes: Buffer | null, what: string): Relationship[] {
  const out: Relationship[] = [];
  if (!bytes) return out;
  tagsOf(bytes, what, (t) => {
    if (t.kind === 'close' || t.local !== 'Relationship') return;
    out.push({
      id: attrOf(t, 'Id') ?? '',
      type: attrOf(t, 'Type') ?? '',
      target: attrOf(t, 'Target') ?? '',
      external: attrOf(t, 'TargetMode') === 'External',
    });
  });
  return out;
}

/** A relationship's target as a zip entry name (targets are URIs, relative to the source's folder). */
export function resolveTarget(baseDir: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // a stray "%" is taken as it is
  }
  const segments = (t.startsWith('/') ? t.slice(1) : baseDir + t).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/** The zip entry of a part name: exact, else ignoring case (part names are case-insensitive). */
export function findEntry(zip: ZipArchive, part: string): ZipEntry | undefined {
  const lower = part.toLowerCase();
  return zip.entries.find((e) => e.name === part) ?? zip.entries.find((e) => e.name.toLowerCase() === lower);
}

function content(zip: ZipArchive, part: string, file: string): Buffer | null {
  const e = findEntry(zip, part);
  return e ? entryContent(zip, e, file) : null;
}

export function packageParts(zip: ZipArchive, file: string): PackageParts {
  const root = relationships(content(zip, '_rels/.rels', file), '_rels/.rels');
  const officeDoc = root.find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  const workbookPart = findEntry(zip, officeDoc ? resolveTarget('', officeDoc.target) : 'xl/workbook.xml')?.name;
  const workbook = workbookPart ? content(zip, workbookPart, file) : null;
  if (!workbookPart || !workbook) throw new PackageError(file, msg('zip.noWorkbookPart'));
  const dir = workbookPart.includes('/') ? workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1) : '';
  const relsPart = `${dir}_rels/${workbookPart.slice(dir.length)}.rels`;
  const rels = relationships(content(zip, relsPart, file), relsPart);
  const sheets: SheetPart[] = [];
  tagsOf(workbook, workbookPart, (t) => {
    if (t.kind === 'close' || t.local !== 'sheet') return;
    const name = attrOf(t, 'name');
    // The relationship id is the attribute `id` in the relationships namespace (prefix "r:" by custom).
    const rid = t.attrs.find((a) => a.local === 'id' && a.name !== 'id')?.value;
    const rel = rels.find((r) => r.id === rid && !r.external);
    if (name === null) return;
    const part = rel ? (findEntry(zip, resolveTarget(dir, rel.target))?.name ?? null) : null;
    sheets.push({ name, part, worksheet: rel !== undefined && /\/worksheet$/.test(rel.type) });
  });
  return { workbookPart, sheets };
}
