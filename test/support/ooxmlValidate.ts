/**
 * Validates an .xlsx package part by part against the ECMA-376 Transitional schemas (the copies under
 * test/fixtures/ooxml-schemas/, README there), with xmllint, offline.
 *
 * Each XML part is validated by the schema of its content type ([Content_Types].xml): SpreadsheetML
 * parts by sml.xsd, the theme by DrawingML's dml-main.xsd, the document properties by their own schemas,
 * relationships and content types by the OPC schemas. Before that, each part is read as a consumer that
 * knows only ECMA-376 reads it (ECMA-376 Part 3, Markup Compatibility): what is in a namespace the part
 * declares ignorable (`mc:Ignorable="x14ac xr"`: Excel's extensions) is left out, an `mc:AlternateContent`
 * becomes its `mc:Fallback`, and the `mc:` attributes go. Everything else must be valid as it is.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { entryContent, readZip } from '../../src/xlsx/zipArchive';

const SCHEMAS = path.resolve(__dirname, '..', 'fixtures', 'ooxml-schemas');
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** Content types and the schema (and root element) that describes their parts. */
const BY_CONTENT_TYPE: Readonly<Record<string, { xsd: string; root: string }>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': {
    xsd: 'transitional/sml.xsd',
    root: 'workbook',
  },
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': { xsd: 'transitional/sml.xsd', root: 'workbook' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml': {
    xsd: 'transitional/sml.xsd',
    root: 'worksheet',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml': {
    xsd: 'transitional/sml.xsd',
    root: 'styleSheet',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml': {
    xsd: 'transitional/sml.xsd',
    root: 'sst',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml': {
    xsd: 'transitional/sml.xsd',
    root: 'calcChain',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml': {
    xsd: 'transitional/sml.xsd',
    root: 'comments',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml': {
    xsd: 'transitional/sml.xsd',
    root: 'table',
  },
  'application/vnd.openxmlformats-officedocument.drawing+xml': {
    xsd: 'transitional/dml-spreadsheetDrawing.xsd',
    root: 'wsDr',
  },
  'application/vnd.openxmlformats-officedocument.drawingml.chart+xml': {
    xsd: 'transitional/dml-chart.xsd',
    root: 'chartSpace',
  },
  'application/vnd.openxmlformats-officedocument.theme+xml': { xsd: 'transitional/dml-main.xsd', root: 'theme' },
  'application/vnd.openxmlformats-package.core-properties+xml': {
    xsd: 'opc/opc-coreProperties.xsd',
    root: 'coreProperties',
  },
  'application/vnd.openxmlformats-officedocument.extended-properties+xml': {
    xsd: 'transitional/shared-documentPropertiesExtended.xsd',
    root: 'Properties',
  },
  'application/vnd.openxmlformats-officedocument.custom-properties+xml': {
    xsd: 'transitional/shared-documentPropertiesCustom.xsd',
    root: 'Properties',
  },
  'application/vnd.openxmlformats-package.relationships+xml': {
    xsd: 'opc/opc-relationships.xsd',
    root: 'Relationships',
  },
};
const CONTENT_TYPES = { xsd: 'opc/opc-contentTypes.xsd', root: 'Types' };

/**
 * Parts ECMA-376 gives no XSD for: VML (a legacy format, ECMA-376 Part 4, described in prose) and
 * binary parts. They are listed, never silently passed.
 */
const NOT_XSD = new Set(['application/vnd.openxmlformats-officedocument.vmlDrawing']);

export interface PackageValidation {
  /** Part name -> the schema it was validated against. */
  validated: Map<string, string>;
  /** Parts with no schema to validate against (VML, binary parts), with their content type. */
  skipped: Map<string, string>;
  /** xmllint's complaints and wrong root elements, one line each; empty when every part is valid. */
  errors: string[];
}

const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (t: string) =>
  escapeText(t).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');

/** The part as an ECMA-376-only consumer reads it (Markup Compatibility), re-serialised; and its root's local name. */
export function withoutExtensions(xml: string): { xml: string; root: string } {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const out: string[] = [];
  // Each open element: whether it is written, whether its children are, and the ignorable namespaces in scope.
  const stack: {
    written: boolean;
    children: boolean;
    ignorable: ReadonlySet<string>;
    alternate: boolean;
    fellBack: boolean;
  }[] = [];
  let root = '';
  parser.on('xmldecl', (d) =>
    out.push(
      `<?xml version="${d.version ?? '1.0'}" encoding="UTF-8"${d.standalone ? ` standalone="${d.standalone}"` : ''}?>`,
    ),
  );
  parser.on('opentag', (node: SaxesTagNS) => {
    const parent = stack[stack.length - 1];
    const ignorable = new Set(parent?.ignorable ?? []);
    const declared =
      node.attributes[`mc:Ignorable`] ??
      Object.values(node.attributes).find((a) => a.uri === MC && a.local === 'Ignorable');
    if (declared)
      for (const prefix of String(declared.value).split(/\s+/).filter(Boolean)) {
        const uri = parser.resolve(prefix);
        if (uri) ignorable.add(uri);
      }
    if (!root) root = node.local;
    let written = parent ? parent.children : true;
    let children = written;
    let alternate = false;
    if (node.uri === MC && node.local === 'AlternateContent') {
      alternate = true;
      written = false;
    } else if (parent?.alternate) {
      // Inside AlternateContent only the Fallback's content counts, and only one Fallback.
      const fallback = node.local === 'Fallback' && !parent.fellBack;
      if (fallback) parent.fellBack = true;
      written = false;
      children = fallback && parent.children;
    } else if (ignorable.has(node.uri)) {
      written = false;
      children = false;
    }
    stack.push({ written, children, ignorable, alternate, fellBack: false });
    if (!written) return;
    const attrs = Object.values(node.attributes)
      .filter((a) => a.uri === XMLNS || (a.uri !== MC && !ignorable.has(a.uri)))
      .map((a) => ` ${a.name}="${escapeAttr(a.value)}"`)
      .join('');
    out.push(`<${node.name}${attrs}>`);
  });
  parser.on('text', (t) => {
    if (stack[stack.length - 1]?.children ?? true) out.push(escapeText(t));
  });
  parser.on('cdata', (t) => {
    if (stack[stack.length - 1]?.children ?? true) out.push(escapeText(t));
  });
  parser.on('closetag', (node) => {
    const frame = stack.pop();
    if (frame?.written) out.push(`</${node.name}>`);
  });
  parser.write(xml).close();
  return { xml: out.join(''), root };
}

/** The content type of each part, from [Content_Types].xml (Overrides, then Defaults by extension). */
function contentTypes(xml: string, parts: readonly string[]): Map<string, string> {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const m of xml.matchAll(/<Default\s+Extension="([^"]+)"\s+ContentType="([^"]+)"/g))
    defaults.set((m[1] as string).toLowerCase(), m[2] as string);
  for (const m of xml.matchAll(/<Override\s+PartName="([^"]+)"\s+ContentType="([^"]+)"/g))
    overrides.set((m[1] as string).replace(/^\//, '').toLowerCase(), m[2] as string);
  const out = new Map<string, string>();
  for (const p of parts) {
    const ext = p.split('.').pop()?.toLowerCase() ?? '';
    const type = overrides.get(p.toLowerCase()) ?? defaults.get(ext);
    if (type) out.set(p, type);
  }
  return out;
}

/** Runs xmllint once per schema on every part it describes. */
function lint(xsd: string, files: { part: string; file: string }[]): string[] {
  if (files.length === 0) return [];
  const r = spawnSync(
    'xmllint',
    ['--nonet', '--noout', '--schema', path.join(SCHEMAS, xsd), ...files.map((f) => f.file)],
    {
      encoding: 'utf8',
      env: { ...process.env, XML_CATALOG_FILES: path.join(SCHEMAS, 'catalog.xml') },
    },
  );
  if (r.error) throw new Error(`xmllint could not run (${r.error.message}); run scripts/setup.sh`);
  const byFile = new Map(files.map((f) => [f.file, f.part]));
  return `${r.stdout}${r.stderr}`
    .split('\n')
    .filter((l) => l.trim() && !/ validates$/.test(l) && !/Schemas parser warning/.test(l) && !/^\s*$/.test(l))
    .map((l) => {
      for (const [file, part] of byFile) if (l.startsWith(file)) return `${part}${l.slice(file.length)}`;
      return l;
    });
}

/** Validates every part of an .xlsx held in `bytes`. */
export function validatePackage(bytes: Buffer, name = 'workbook.xlsx'): PackageValidation {
  const zip = readZip(bytes, name);
  const text = (part: string) => {
    const entry = zip.entries.find((e) => e.name === part);
    return entry ? entryContent(zip, entry, part).toString('utf8') : null;
  };
  const parts = zip.entries.map((e) => e.name).filter((n) => !n.endsWith('/'));
  const typesXml = text('[Content_Types].xml');
  if (typesXml === null)
    return { validated: new Map(), skipped: new Map(), errors: [`${name}: no [Content_Types].xml`] };
  const types = contentTypes(typesXml, parts);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-ooxml-'));
  const validated = new Map<string, string>();
  const skipped = new Map<string, string>();
  const errors: string[] = [];
  const bySchema = new Map<string, { part: string; file: string }[]>();
  try {
    parts.forEach((part, i) => {
      const spec = part === '[Content_Types].xml' ? CONTENT_TYPES : BY_CONTENT_TYPE[types.get(part) ?? ''];
      if (!spec) {
        skipped.set(part, types.get(part) ?? 'no content type');
        if (!NOT_XSD.has(types.get(part) ?? '') && /\.(xml|rels)$/i.test(part))
          errors.push(
            `${part}: an XML part of content type ${types.get(part) ?? '(none)'}, which no schema here describes`,
          );
        return;
      }
      const read = withoutExtensions(text(part) ?? '');
      if (read.root !== spec.root)
        errors.push(
          `${part}: its root is <${read.root}>, not <${spec.root}> as ${types.get(part) ?? 'its type'} wants`,
        );
      const file = path.join(dir, `${i}.xml`);
      fs.writeFileSync(file, read.xml);
      bySchema.set(spec.xsd, [...(bySchema.get(spec.xsd) ?? []), { part, file }]);
      validated.set(part, spec.xsd);
    });
    for (const [xsd, files] of bySchema) errors.push(...lint(xsd, files));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { validated, skipped, errors };
}
