/**
 * English: why a file cannot be read as a workbook, or a workbook cannot be patched by the repair. Each
 * is a clause after the file's name ("ky.xlsx: is password protected ..."); `xlsx.why.*` continue
 * "its part P ...".
 */
export const FILES = {
  'xlsx.damagedPart':
    'is damaged and cannot be read as an Excel workbook (its part {{part}} {{why:msg}}): open it in Excel, which offers to repair it, and save it again',
  'xlsx.damaged':
    'is damaged and cannot be read as an Excel workbook ({{detail}}): open it in Excel, which offers to repair it, and save it again',
  'xlsx.damagedIncomplete':
    'is damaged and cannot be read as an Excel workbook (a part of it is incomplete or invalid): open it in Excel, which offers to repair it, and save it again',
  'xlsx.damagedZipUnopened': 'is a damaged zip file and cannot be opened as a workbook ({{detail}})',
  'xlsx.empty': 'is empty (0 bytes), not a workbook',
  'xlsx.encrypted':
    'is password protected (encrypted): open it in Excel, remove the password (File > Info > Protect Workbook) and save it again',
  'xlsx.oldXls':
    'is an old Excel 97-2003 workbook (.xls) or another OLE file: open it in Excel and save it as an Excel Workbook (.xlsx)',
  'xlsx.notZip': 'is not an Excel workbook (.xlsx): it is not a zip file',
  'xlsx.notZip.json': 'is not an Excel workbook (.xlsx): it is not a zip file (it looks like JSON: name it .json)',
  'xlsx.notZip.xml': 'is not an Excel workbook (.xlsx): it is not a zip file (it looks like XML or HTML)',
  'xlsx.notZip.pdf': 'is not an Excel workbook (.xlsx): it is not a zip file (it is a PDF)',
  'xlsx.unpacksBeyond':
    'unpacks to more than {{bound}} MB (more than its table of contents declares), more than a budget workbook can be; it is not read',
  'xlsx.wouldUnpack': 'would unpack to {{mb}} MB, more than the {{bound}} MB a budget workbook can be; it is not read',
  'xlsx.zipBomb':
    "holds a part ({{part}}) that unpacks to {{mb}} from {{kb}}, {{ratio}} times smaller packed than any workbook's content packs (at most {{max}}): it is a zip bomb or damaged, and is not read",
  'xlsx.partNotFound': 'is a damaged zip file (the part {{part}} cannot be found): get a fresh copy of the workbook',
  'xlsx.partCutShort': 'is a damaged or truncated zip file (the part {{part}} is cut short)',
  'xlsx.partNotUnpacked': 'is a damaged zip file (the part {{part}} cannot be unpacked: {{detail}})',
  'xlsx.compressionMethod': 'uses a compression method ({{method}}) Excel does not write; it is not read',
  'xlsx.noTableOfContents':
    'is a damaged or truncated zip file (its table of contents is missing): get a fresh copy of the workbook',
  'xlsx.zip64':
    'is a ZIP64 archive (more than 4 GB or 65,535 parts), far larger than a budget workbook; it is not read',
  'xlsx.part4GB': 'holds a part of more than 4 GB unpacked, far larger than a budget workbook; it is not read',
  'xlsx.sheetSpans':
    'sheet "{{sheet}}" spans {{rows:int}} rows by {{columns:int}} columns, more than a budget sheet can be: delete the far-away cells and save again',
  'xlsx.tooManyMerges':
    'sheet "{{sheet}}" has more than {{max:int}} merged areas, more than a budget sheet can be: unmerge them and save again',
  'xlsx.tooManyCells':
    'sheet "{{sheet}}" holds more than {{max:int}} cells, more than a budget sheet can be: delete what is not the budget and save again',
  'xlsx.mergesTooMany':
    'sheet "{{sheet}}" merges more than {{max:int}} cells (its merged area {{range}} alone covers {{covers:int}}), more than a budget sheet can be: unmerge the large areas and save again',
  'xlsx.sheetWithoutPart':
    'is damaged: its sheet "{{sheet}}" has no part in the file ({{part}}): open it in Excel, which offers to repair it, and save it again',
  'xlsx.sheetWithoutLink':
    'is damaged: its sheet "{{sheet}}" has no part in the file (no link to one): open it in Excel, which offers to repair it, and save it again',
  'xlsx.kind.word': 'a Word document',
  'xlsx.kind.powerPoint': 'a PowerPoint presentation',
  'xlsx.kind.openDocument': 'an OpenDocument file (save it as .xlsx)',
  'xlsx.kind.zip': 'a zip file',
  'xlsx.noWorkbookPart': 'is not an Excel workbook: it is {{what:msg}} without a workbook part (xl/workbook.xml)',
  'xlsx.notRewritable':
    'can be read but not rewritten: it holds parts (tables, comments, charts or styles as some programs save them) the workbook writer cannot load; open it in Excel and save it again, or correct it by hand',
  'xlsx.cannotRead': 'cannot be read as an Excel workbook ({{detail}})',
  'xlsx.why.notWorksheet': 'is not a worksheet (it holds <{{root}}>)',
  'xlsx.why.rowOutside': 'has a row numbered "{{row}}", outside Excel\'s 1,048,576 rows',
  'xlsx.why.notAddress': 'has a cell at "{{address}}", which is not a cell address',
  'xlsx.why.cellOutside': "has a cell at {{address}}, outside Excel's grid (XFD1048576)",
  'xlsx.why.formulaTooLong': "has a formula of {{length:int}} characters at {{cell}}, more than Excel's {{max:int}}",
  'xlsx.why.sharedString':
    'has a cell ({{cell}}) that refers to shared text number {{index}}, which the file does not hold',
  'xlsx.why.mergeNotRange': 'has a merged area "{{range}}" that is not a range of Excel\'s grid (A1:XFD1048576)',
  'xlsx.why.mergesOverlap': 'has merged areas that overlap ({{first}} and {{second}}), which Excel removes as damage',
  'xlsx.why.tooDeep':
    'nests elements more than {{max}} deep (at <{{tag}}>, {{position}}), as no spreadsheet program writes; tags are probably left unclosed',
  'xlsx.why.undefinedEntity':
    'is not well-formed XML: {{position}}: reference to an entity the file does not define (Excel never writes one)',
  'xlsx.why.notWellFormed': 'is not well-formed XML: {{problem}}',
  'xlsx.why.noElement': 'holds no XML element',

  // The repair's package patcher.
  'zip.damaged': 'is a damaged zip file ({{why:msg}}): get a fresh copy of the workbook',
  'zip.why.noTableOfContents': 'its table of contents is missing',
  'zip.why.tocCutShort': 'its table of contents is cut short',
  'zip.why.partNotFound': 'the part {{part}} cannot be found',
  'zip.why.partEncrypted': 'the part {{part}} is encrypted',
  'zip.why.partCutShort': 'the part {{part}} is cut short',
  'zip.zip64': 'is a ZIP64 archive, far larger than a budget workbook; repair does not rewrite it',
  'zip.compressionMethod': 'stores the part {{part}} with a compression method ({{method}}) Excel does not write',
  'zip.sizeDiffers': 'is a damaged zip file (the part {{part}} is not the size its table of contents declares)',
  'zip.noWorkbookPart': 'is not an Excel workbook: it has no workbook part (xl/workbook.xml)',
  'zip.noPart': 'has no part {{part}}',
  'zip.utf16':
    'stores {{what:msg}} as UTF-16 text, which repair does not edit: open the file in Excel and save it again',
  'zip.notWellFormed':
    'is damaged: {{what:msg}} is not well-formed XML ({{problem}}): open it in Excel, which offers to repair it, and save it again',
  'zip.damagedXml': 'is damaged: {{problem:msg}}: open it in Excel, which offers to repair it, and save it again',
  'zip.noSheet': 'has no sheet "{{sheet}}"',
  'zip.notWorksheet': 'sheet "{{sheet}}" is not a worksheet (a chart or dialog sheet holds no cells)',
  'zip.sheetPartMissing': 'is damaged: the part of sheet "{{sheet}}" cannot be found',
  'zip.cellRefused':
    'cannot be repaired without changing other cells (repair changes only the cells it repairs): {{what:msg}}: {{reason:msg}}',
  'xml.part': '{{part}}',
  'xml.sheetPart': 'sheet "{{sheet}}" ({{part}})',
  'xml.workbookPart': 'the workbook part ({{part}})',
  'xml.doctype': '{{what:msg}} holds a DOCTYPE declaration, which Excel never writes',
  'xml.endsInComment': '{{what:msg}} ends inside a comment or CDATA section',
  'xml.endsInTag': '{{what:msg}} ends inside the tag <{{tag}}>',
  'xml.endsInAttribute': '{{what:msg}} ends inside an attribute of <{{tag}}>',
  'xml.attributeWithoutValue': '{{what:msg}} has an attribute without a value in <{{tag}}>',
  'xml.unquotedAttribute': '{{what:msg}} has an unquoted attribute in <{{tag}}>',
  'patch.sharedFormula':
    '{{cell}} holds the formula that {{cells:msg}} share (they were filled from it): rewriting it would change those cells too; type {{formula}} into {{cell}} in Excel instead',
  'patch.arrayFormula':
    '{{cell}} holds an array formula over {{range}}: rewriting it would change the other cells of that range too; type {{formula}} into {{cell}} in Excel instead',
  'patch.noSheetData': '{{what:msg}} has no cell table (<sheetData>)',

  // The summary workbook of `review --summary` (its heads and verdicts stay English: other programs read them).
  'summary.stateAlsoIn': '{{state}} is also in {{files}}',
  'xml.noWorkbookElement': '{{what:msg}} has no <workbook> element',
  'sandbox.notZip': 'is not an .xlsx workbook (not a zip package)',
  'sandbox.tooLarge': 'is far larger than a budget workbook; it is not opened',
  'xlsx.packageBomb':
    "unpacks to more than {{mb}} from a file of {{kb}}, more than {{max}} times its size, as no workbook's content packs: it is a zip bomb or damaged, and is not read",
  'xlsx.partNamedElsewhere':
    'is a damaged zip file (its table of contents names the part {{part}} where the part {{stored}} is stored): get a fresh copy of the workbook',
  'xlsx.partTwice':
    'is a damaged zip file: it holds the part {{part:msg}} twice, and programs disagree on which copy they read; it is not read: open it in Excel and save it again, or get a fresh copy',
  'xlsx.partAlsoAs': '{{first}} (also as {{name}})',
  'xml.foreignAmongCells':
    '{{what:msg}} holds an element of another namespace among its cells (<{{element}}>), which Excel reports as damage',
  'xlsx.elementFlood':
    'holds more than {{max:int}} XML elements (counted up to its part {{part}}), more than a workbook of its size can hold (a flood of packed elements): it is damaged or made to exhaust a reader, and is not read',
  'xlsx.why.badCharacter': 'is not well-formed XML (a character XML does not allow)',
  'zip.why.partTwice': 'it holds the part {{part}} twice',
} as const;
