/** English: the command line's own words (its report lines, its refusals, its remedies). */
export const CLI = {
  'remedy.cli.repair': "Run `grant-budget repair` to rewrite the template's formulas",
  'remedy.cli.chooseState': 'Give the State with --state (a USPS code such as KY, or its Appendix L name)',

  'review.verdict.pass': 'PASS',
  'review.verdict.passWarnings': 'PASS with {{warnings}} {{warnings:plural:warning|warnings}}',
  'review.verdict.fail': 'FAIL: {{errors}} {{errors:plural:error|errors}}',
  'review.verdict.failWarnings':
    'FAIL: {{errors}} {{errors:plural:error|errors}}, {{warnings}} {{warnings:plural:warning|warnings}}',
  'review.severity.error': 'error',
  'review.severity.warning': 'warning',
  'review.severity.info': 'info',
  'review.layout.own': '',
  'review.layout.published': ', published OSHA layout',
  'review.layout.json': ', budget JSON',
  'review.head':
    '{{file}}: {{state}} ({{code}}), FY {{year}}{{layout:msg}}: {{verdict}}. Federal {{federal:money}} of {{awardLevel:money}} award; State Match {{stateMatch:money}}; Administration {{administration:money}} = {{share:percent}} of {{base:money}} 50/50 funding (cap {{cap}}); total {{total:money}}.',
  'review.sectionA':
    '  SF-424A Section A: Federal {{federal:money}}, Non-Federal {{nonFederal:money}}, Total {{total:money}} ({{activities}})',

  'io.noSuchFile': 'no such file',
  'io.permissionDenied': 'permission denied',
  'io.isFolder': 'is a folder, not a file',
  'io.tooLarge': 'is {{mb}} MB, more than the {{max}} MB a budget file can be',
  'io.workbookNotJson':
    'is a workbook (an .xlsx zip package), not a budget JSON: give it to a command that reads workbooks (build, review, sf424a, reconcile)',
  'io.jsonProblemAt': '{{path}}: {{problem:msg}}',
  'io.invalidBudget': 'is not a valid budget:',

  'write.removed':
    '{{where}}: removed {{count}} {{count:plural:character|characters}} that XML cannot hold ({{codes}})',
  'write.cut': '{{where}}: cut to {{max}} characters, the Grants.gov limit',
  'cli.warning': 'warning: {{note:msg}}',
  'cli.note': 'note: {{note:msg}}',
  'state.notUsedWorkbook':
    '--state {{given}} was not used: the workbook names its own State, {{state}}, which is the State used',
  'state.notUsedJson':
    '--state {{given}} was not used: the budget JSON names its own State, {{state}}, which is the State used',
  'state.givenWins': 'the workbook names {{named}}, but --state {{given}} was given: {{state}} is the State used',
  'io.notWorkbook': 'cannot be read as a workbook ({{detail}})',
  'format.unknown': 'unknown format "{{format}}" for {{command}}; use one of {{formats}} (in any case)',
  'format.twoFormats': '--json and --format {{format}} ask for two formats; give one',
  'format.extensionOther':
    'is named {{ext}}, the extension of the {{named}} format, but --format {{given}} was asked: or leave out --format to write {{named}}; nothing was written',
  'format.extensionOtherRename':
    'is named {{ext}}, the extension of the {{named}} format, but --format {{given}} was asked: name it {{rename}}, or leave out --format to write {{named}}; nothing was written',
  'output.noFolder': 'its folder does not exist',
  'output.diskFull': 'the disk is full',
  'output.quota': 'the disk quota is used up',
  'output.readOnly': 'the disk is read-only',
  'output.notFolder': 'a part of its path is a file, not a folder',
  'output.exists': 'already exists; it is left unchanged (add --force to replace it, or name another output file)',
  'output.isFolder': 'is a folder; name the file to write with -o',
  'output.isInput':
    'is the input file: {{command}} never writes over its input; it is left unchanged (name another output file with -o)',
  'output.isInputOtherName':
    'is the input file {{input}} (a link to it or another name for it): {{command}} never writes over its input; it is left unchanged (name another output file with -o)',
  'output.keptUnchanged': 'the file that was there is unchanged',
  'output.nothingWritten': 'nothing was written',
  'output.cannotWrite': 'cannot be written: {{why:msg}}; {{kept:msg}}',
  'output.terminal':
    'is standard output, which is a terminal: {{command}} writes a workbook (.xlsx), which is binary. Redirect it (-o - > budget.xlsx, or into a pipe), or name the file with -o budget.xlsx',
  'output.wrongExtension':
    'is named {{ext}}, but {{command}} writes an Excel workbook, which Excel opens only as {{extension}}: name it {{rename}}; nothing was written',
  'output.noExtension':
    'has no extension, but {{command}} writes an Excel workbook, which Excel opens only as {{extension}}: name it {{rename}}; nothing was written',
  'output.stdout': 'standard output',
  'output.reviewHintStdout': 'run `grant-budget review` on the workbook written to see them',
  'output.reviewHint': 'run `grant-budget review {{file}}` to see them',
  'review.summaryNotStdout':
    'cannot be the summary workbook: standard output carries the review itself; name the file with --summary region.xlsx',
  'review.progress': 'reviewing {{at}}/{{of}}: {{file}}',
  'review.cannotReview': 'cannot be reviewed: {{detail}}',
  'review.summaryWritten': '{{file}}: summary of {{count}} {{count:plural:file|files}} written',
  'review.closing':
    'Reviewed {{count}} {{count:plural:file|files}}: {{fail}} FAIL (error findings), {{warnings}} PASS with warnings, {{pass}} PASS, {{unreadable}} could not be read.',

  'build.layout.own': 'grant-budget layout',
  'build.layout.published': 'published OSHA layout',
  'build.written': '{{out:msg}}: written from {{file}} ({{layout:msg}}), {{state}}, FY {{year}}: {{sheets}}',
  'build.writtenFrom': '{{out:msg}}: written from {{file}}',
  'build.moved': '  typed cells moved: {{moved}}',
  'build.sameFigures':
    '  the same figures as the source, to the cent: Federal {{federal:money}}, State Match {{stateMatch:money}}, State 100% {{state100:money}}, total {{total:money}}',
  'build.notMoved': 'Not moved ({{count}}); copy these by hand if they belong in the budget:',
  'build.notMovedNone': 'Not moved: nothing; every typed figure of the source is in the live templates.',
  'build.leftover': '  {{what:msg}}',
  'build.leftover.sheet':
    '{{where}}: {{count}} {{count:plural:figure|figures}} (a sheet that is not one of the published Appendices D, E, F, J)',
  'build.leftover.figure': '{{where}}: {{text}} (a typed figure in no line or total the templates have)',
  'build.leftover.note': '{{where}}: "{{text}}" (a note right of the table)',
  'build.figuresWouldChange':
    'could not be moved into the live templates without changing a figure; nothing was written (please report this file)',
  'build.errorFindings': '{{file}}: {{count}} error {{count:plural:finding|findings}} in this budget; {{hint:msg}}',
  'build.errorFindingsWritten':
    '{{file}}: {{count}} error {{count:plural:finding|findings}} ({{codes}}); the workbook is written, {{hint:msg}}',
  'new.badYear': '--fy must be a fiscal year such as 2012, not "{{text}}"',
  'new.noRulePack': 'there is no rule pack for fiscal year {{year}}',
  'new.unknownState': 'unknown State "{{state}}"; the FY {{year}} 23(g) States are {{states}}',
  'new.written': '{{out:msg}}: written ({{sheets}})',
  'repair.nothing': '{{file}}: nothing to repair ({{layout:msg}}); written unchanged to {{out:msg}}',
  'repair.repaired': '{{file}}: {{count}} {{count:plural:cell|cells}} repaired, written to {{out:msg}}:',
  'remedy.cli.changeState':
    "Open the workbook in Excel and press Change this budget's State in the Grant Budget pane, or type the old State back",
  'repair.refusedHead':
    '{{file}}: {{count}} total {{count:plural:cell|cells}} left as {{count:plural:it is|they are}}: {{count:plural:it holds|they hold}} a typed figure (clear the cell, or type the formula, if it is a total):',
  // Inputs that are not plain files (cli/io.ts: devices, pipes, standard input, sockets).
  'io.isSocket': 'is a socket, not a file',
  'io.streamTooLarge':
    'sends more than the {{max}} MB a budget file can be (a device or a pipe without end?); it is not read',
  'io.pipeIdle': 'sent nothing for {{seconds}} s; it is not read',
  'io.stdinTerminal': 'is standard input, which is a terminal: pipe the file into it (< budget.json)',
  // Outputs that are not plain files (cli/outputFile.ts, outputTarget.ts: devices, pipes, links, sockets).
  'output.nameTooLong': 'its name is too long for the file system',
  'output.pipeGone': 'the program reading the pipe has gone',
  'output.ioError': 'an input/output error of the device',
  'output.linkLoop': 'cannot be written: its symbolic links go round in a loop; nothing was written',
  'output.isSocket': 'is a socket, not a file: name a file to write with -o',
  'output.pipeUnread': 'is a pipe that no program reads; nothing was written',
  'output.deviceTerminal':
    'is a terminal: a workbook (.xlsx) is binary; name a file, or redirect standard output (-o - > out.xlsx)',
  'output.cannotWriteDevice': 'cannot be written: {{why:msg}}',
  'output.stdoutIsInput':
    'is standard output, which is redirected to the input file {{input}}: {{command}} never writes over its input; it is left unchanged (redirect to another file)',
  'review.moreFindings': 'and {{count:int}} more {{code}} findings (every one with --json)',
  'output.closed': 'it is closed',
  'output.stdoutUnwritable': 'standard output cannot be written: {{why:msg}}',
} as const;
