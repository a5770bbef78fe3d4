/**
 * The browser sandbox: a fake Excel workbook shown as a simple grid beside the REAL task pane bundle.
 * This script runs first and puts the fake `Office` and `Excel` globals in place (office.js is not
 * loaded: its CDN is out of reach here); then the pane's bundle starts as it would in Excel.
 * Typing in a cell works as in Excel: while the editor is open the workbook is in cell-edit mode (the
 * add-in's batches are refused), Enter commits and fires the worksheet's onChanged event.
 * Query: ?theme=dark for Office's dark theme; ?preset=clash for sheets named like ours, with data;
 * ?platform=Mac for Excel for Mac (no file downloads from the pane); ?lang=es for Office in Spanish (es-PR);
 * ?preset=budget for a workbook that already holds a budget (Kentucky's example, written as `build` would),
 * which the pane checks as it opens (the benchmark's "first rendered check list");
 * ?file=files/ky.xlsx opens an .xlsx of the same site (the tests' way in); "Open .xlsx" in the bar opens one
 * from the computer: the page reloads with it, as Excel opens a workbook in a window (and pane) of its own.
 */
import { createFakeExcel, createFakeOffice } from '../excel/fake/fakeExcel';
import { restoreWorkbook, type FakeWorkbookData } from '../excel/fake/fakeSnapshot';
import { loadLanguage } from '../messages/words';
import { PRESET_FILE } from './sandboxBudget';
import {
  FakeWorkbook,
  cellKey,
  cellOfKey,
  colLetters,
  type FakeCell,
  type FakeSheet,
} from '../excel/fake/fakeWorkbook';
import { userDeleteRows, userInsertRows } from '../excel/fake/fakeUserRows';

/** Where "Open .xlsx" keeps the file picked across the reload (this tab only). */
const PICKED_KEY = 'gb-sandbox-picked-workbook';

const params = new URLSearchParams(window.location.search);
const wb = new FakeWorkbook();
const opening = workbookToOpen();
const preset = params.get('preset') === 'budget';
// The preset workbook as the sandbox's build saved it, asked for at once (presetBudget.ts).
const saved = preset && !opening ? savedPreset() : null;
if (!opening && !saved) wb.addSheet('Sheet1');
// ?platform=Mac plays Excel for Mac, whose webview blocks downloads from the pane.
const platform = params.get('platform');
if (platform === 'Mac' || platform === 'iOS' || platform === 'PC') wb.platform = platform;
if (params.get('preset') === 'clash') {
  wb.setCells('Appendix F', 'A1', [['My own notes, not a template'], ['Keep me', 1234.5]]);
  wb.setCells('Checks', 'B2', [['Reviewer memo']]);
}

const g = window as unknown as Record<string, unknown>;
g.Excel = createFakeExcel(wb);

/** The preset workbook saved by the build, or null where the page is served without it (the development server). */
function savedPreset(): Promise<FakeWorkbookData | null> {
  return fetch(PRESET_FILE).then(
    (r) => (r.ok ? (r.json() as Promise<FakeWorkbookData>) : null),
    () => null,
  );
}

/** `?preset=budget`: opens the saved preset as Excel opens a saved workbook, else writes it, before the pane starts. */
async function openPreset(): Promise<void> {
  const data = await saved;
  if (data) return restoreWorkbook(wb, data);
  if (!wb.sheets.length) wb.addSheet('Sheet1');
  await (await import('./presetBudget')).writePresetBudget();
}
// A page that sets window.__gbSandboxCells before this script (an end-to-end test: a workbook in OSHA's published
// layout, read from its file by the test) opens with those cells, as Excel opens a saved workbook.
const injected = g.__gbSandboxCells as
  { sheet: string; address: string; rows: (string | number | null)[][] }[] | undefined;
for (const block of injected ?? []) wb.setCells(block.sheet, block.address, block.rows);
/** The workbook asked for: `?file=` (same site only: the sandbox never reaches the network), or the one picked. */
function workbookToOpen(): { name: string; bytes: () => Promise<Uint8Array> } | null {
  const file = params.get('file');
  if (file) {
    const url = new URL(file, window.location.href);
    if (url.origin !== window.location.origin) return null;
    return {
      name: decodeURIComponent(url.pathname.split('/').pop() ?? file),
      bytes: async () => {
        const r = await fetch(url);
        if (!r.ok) throw new Error(`${file} could not be fetched (HTTP ${r.status})`);
        return new Uint8Array(await r.arrayBuffer());
      },
    };
  }
  const picked = params.get('open') === 'picked' ? sessionStorage.getItem(PICKED_KEY) : null;
  if (!picked) return null;
  const { name, data } = JSON.parse(picked) as { name: string; data: string };
  return { name, bytes: async () => Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) };
}

/** Opens the workbook asked for before the pane starts; one that cannot be read leaves an empty sheet and says why. */
async function openAsked(): Promise<void> {
  if (!opening) return;
  try {
    // The reader of .xlsx files (and JSZip) only for a page that opens one: four fifths of the sandbox's script.
    const { openXlsxIn } = await import('./openWorkbook');
    await openXlsxIn(wb, await opening.bytes(), opening.name);
  } catch (e) {
    for (const sh of [...wb.sheets]) wb.sheets.splice(wb.sheets.indexOf(sh), 1);
    wb.addSheet('Sheet1');
    openProblem = `${opening.name} was not opened: ${e instanceof Error ? e.message : String(e)}`;
  }
}
let openProblem = '';
// English first: the sandbox's own refusals and the planner's notes are words of the catalog (bundled.web.ts).
const ready = loadLanguage('en')
  .then(openAsked)
  .then(() => (preset ? openPreset() : undefined));
// ?lang=es: Office shown in Spanish, as Puerto Rico's Office is (the pane follows Office's display language).
const displayLanguage = params.get('lang') === 'es' ? 'es-PR' : 'en-US';
g.Office = createFakeOffice(wb, params.get('theme') === 'dark' ? 'dark' : 'light', ready, displayLanguage);
g.__sandbox = { wb };

let currentSheet = wb.sheets[0]?.name ?? 'Sheet1';
let editing: { sheet: string; row: number; col: number } | null = null;
let lastSelection = '';
let shownSheet = '';
/** The row of the cell last clicked: "Insert row above" inserts above it, "Delete row" deletes it. */
let clicked: { sheet: string; row: number } | null = null;

const gridWrap = document.getElementById('grid-wrap') as HTMLElement;
const tabs = document.getElementById('tabs') as HTMLElement;
const cellName = document.getElementById('cell-name') as HTMLElement;
const editState = document.getElementById('edit-state') as HTMLElement;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One format for every figure drawn (toLocaleString with options makes a format at each call), made when first drawn. */
let twoDecimals: Intl.NumberFormat | null = null;

function shown(c: FakeCell | undefined): { text: string; cls: string } {
  if (!c) return { text: '', cls: '' };
  const v = c.value;
  if (c.formula !== null && v === null) return { text: c.formula, cls: 'formula' };
  if (v === null) return { text: '', cls: c.formula ? 'formula' : '' };
  if (typeof v === 'object') return { text: v.error, cls: 'err' };
  if (typeof v === 'number') {
    const fmt = String(c.style.numberFormat ?? '');
    const text =
      /0\.00/.test(fmt) || /\$/.test(fmt)
        ? (twoDecimals ??= new Intl.NumberFormat('en-US', {
            minimumFractionDigits: 2,
            maximumFractionDigits: 2,
          })).format(v)
        : /%/.test(fmt)
          ? `${(v * 100).toFixed(2)}%`
          : String(v);
    return { text, cls: `num${c.formula ? ' formula' : ''}` };
  }
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', cls: 'num' };
  return { text: v, cls: c.formula ? 'formula' : '' };
}

function render(): void {
  if (editing) return; // never redraw under the user's typing
  if (wb.selection && `${wb.selection.sheet}!${wb.selection.address}` !== lastSelection) {
    lastSelection = `${wb.selection.sheet}!${wb.selection.address}`;
    currentSheet = wb.selection.sheet;
  } else if (wb.activeSheet && wb.activeSheet !== currentSheet && wb.sheet(wb.activeSheet)) {
    currentSheet = wb.activeSheet;
  }
  const sheet = wb.sheet(currentSheet) ?? wb.sheets[0];
  if (!sheet) return;
  if (sheet.name !== shownSheet) {
    shownSheet = sheet.name;
    gridWrap.scrollTo(0, 0);
  }
  currentSheet = sheet.name;
  tabs.innerHTML = wb.sheets
    .map(
      (s) =>
        `<button type="button" role="tab" aria-selected="${s.name === sheet.name}" data-sheet="${escapeHtml(s.name)}">${escapeHtml(s.name)}</button>`,
    )
    .join('');
  const used = wb.usedRect(sheet);
  let maxRow = Math.min(Math.max(used ? used.r1 + 3 : 0, 30), 600);
  let maxCol = Math.min(Math.max(used ? used.c1 + 2 : 0, 10), 40);
  for (const key of sheet.cells.keys()) {
    const [r, c] = cellOfKey(key);
    if (r < 600) maxRow = Math.max(maxRow, r + 1);
    if (c < 40) maxCol = Math.max(maxCol, c + 1);
  }
  const sel = wb.selection && wb.selection.sheet === sheet.name ? (wb.selection.address.split(':')[0] ?? null) : null;
  // Column widths as the plan set them (points, as Office.js takes them), else Excel's default 64 px.
  const cols = ['<colgroup><col style="width:36px">'];
  for (let c = 0; c <= maxCol; c++) {
    const pt = sheet.columnWidths[colLetters(c)];
    cols.push(`<col style="width:${pt ? Math.round(pt / 0.75) : 64}px">`);
  }
  cols.push('</colgroup>');
  const out: string[] = [
    '<table class="grid" role="grid" aria-label="',
    escapeHtml(sheet.name),
    '">',
    cols.join(''),
    '<thead><tr><th class="rowhead"></th>',
  ];
  for (let c = 0; c <= maxCol; c++) out.push(`<th scope="col">${colLetters(c)}</th>`);
  out.push('</tr></thead><tbody>');
  // A screenful (and the selected cell's rows) at once; the rest in the page's idle time (drawMore).
  const selRow = sel ? Number(/\d+$/.exec(sel)?.[0] ?? 1) - 1 : 0;
  const first = Math.min(maxRow, Math.max(FIRST_ROWS, selRow + FIRST_ROWS / 2));
  for (let r = 0; r <= first; r++) out.push(rowHtml(sheet, r, maxCol, sel));
  out.push('</tbody></table>');
  gridWrap.innerHTML = out.join('');
  cellName.textContent = sel ? `${sheet.name}!${sel}` : sheet.name;
  if (sel) gridWrap.querySelector(`td[data-cell="${sel}"]`)?.scrollIntoView({ block: 'center', inline: 'center' });
  const drawing = ++drawings;
  if (first < maxRow) whenIdle((deadline) => drawMore(drawing, sheet, first + 1, maxRow, maxCol, sel, deadline));
}

/** Rows drawn at once by render(): more than the grid shows. */
const FIRST_ROWS = 50;
/** The drawing under way: a newer render() ends an older one's rows. */
let drawings = 0;

/**
 * The grid's rows from `from` on, appended while the page stays idle (a large sheet's 24,000 cells drawn in
 * one go were 70 ms, and their layout, inside the pane's first check whenever the page was idle before it);
 * all at once when the deadline came first (a page busy at every frame has no idle time).
 */
function drawMore(
  drawing: number,
  sheet: FakeSheet,
  from: number,
  maxRow: number,
  maxCol: number,
  sel: string | null,
  deadline: IdleDeadline | null,
): void {
  const body = gridWrap.querySelector('tbody');
  if (drawing !== drawings || editing || !body) return;
  const rows: string[] = [];
  let r = from;
  while (r <= maxRow && (!deadline || deadline.didTimeout || rows.length < 10 || deadline.timeRemaining() > 2))
    rows.push(rowHtml(sheet, r++, maxCol, sel));
  body.insertAdjacentHTML('beforeend', rows.join(''));
  if (r <= maxRow) whenIdle((next) => drawMore(drawing, sheet, r, maxRow, maxCol, sel, next));
}

function rowHtml(sheet: FakeSheet, r: number, maxCol: number, sel: string | null): string {
  const out = [`<tr><th class="rowhead" scope="row">${r + 1}</th>`];
  for (let c = 0; c <= maxCol; c++) {
    const address = `${colLetters(c)}${r + 1}`;
    const cell = sheet.cells.get(cellKey(r, c));
    const { text, cls } = shown(cell);
    const fill = typeof cell?.style.fill === 'string' ? ` style="background:${escapeHtml(cell.style.fill)}"` : '';
    const bold = cell?.style.bold ? ' font-weight:600' : '';
    const style = fill ? fill.replace(/"$/, `;${bold}"`) : bold ? ` style="${bold}"` : '';
    out.push(
      `<td data-cell="${address}" class="${cls}${sel === address ? ' sel' : ''}"${style} title="${escapeHtml(cell?.formula ?? text)}">${escapeHtml(text)}</td>`,
    );
  }
  out.push('</tr>');
  return out.join('');
}

function startEdit(td: HTMLTableCellElement): void {
  const address = td.dataset.cell as string;
  const sheet = wb.sheet(currentSheet);
  if (!sheet) return;
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const row = Number(m[2]) - 1;
  const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  clicked = { sheet: sheet.name, row: row + 1 };
  cellName.textContent = `${sheet.name}!${address}`;
  const cell = sheet.cells.get(cellKey(row, col));
  if (sheet.protected && cell?.style.locked !== false) {
    editState.textContent = `${address} is protected: type only in the shaded input cells.`;
    return;
  }
  editing = { sheet: sheet.name, row, col };
  wb.cellEditMode = true; // as in Excel: the add-in's batches wait while a cell is being typed in
  editState.textContent = `Editing ${address}`;
  const input = document.createElement('input');
  input.setAttribute('aria-label', `Cell ${address}`);
  const v = cell?.value;
  input.value = cell?.formula ?? (v === null || v === undefined ? '' : typeof v === 'object' ? v.error : String(v));
  td.textContent = '';
  td.appendChild(input);
  input.focus();
  input.select();
  let done = false;
  const finish = (commit: boolean, how: 'typed' | 'pasted' = 'typed', text = input.value) => {
    if (done) return;
    done = true;
    const target = editing;
    editing = null;
    wb.cellEditMode = false;
    editState.textContent = '';
    if (commit && target) {
      try {
        wb.typeInto(target.sheet, address, text, how);
      } catch (e) {
        // Excel's Stop alert: the entry is not taken (the data validation's title and message).
        editState.textContent = e instanceof Error ? e.message : String(e);
      }
    }
    render();
  };
  // Ctrl+V before typing anything is a paste onto the cell, which Excel does not validate (typing is).
  const opened = input.value;
  input.addEventListener('paste', (e) => {
    if (input.value !== opened || input.selectionStart !== 0 || input.selectionEnd !== input.value.length) return;
    e.preventDefault();
    finish(true, 'pasted', e.clipboardData?.getData('text/plain').replace(/\r?\n$/, '') ?? '');
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      finish(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    }
  });
  input.addEventListener('blur', () => finish(true));
}

/**
 * "Insert row above" and "Delete row" as a person does them in Excel (right-click a row > Insert, Delete):
 * the fake's rules apply (fakeUserRows.ts), refused as Excel refuses them on a protected sheet (a row
 * that holds a locked cell cannot be deleted), and Excel's change event says RowInserted or RowDeleted.
 */
function rowCommand(button: string, act: (sheet: string, row: number) => void, done: string): void {
  (document.getElementById(button) as HTMLButtonElement).addEventListener('click', () => {
    const at = clicked;
    if (!at) {
      editState.textContent = 'Click a cell first: the command acts on its row.';
      return;
    }
    try {
      act(at.sheet, at.row);
      editState.textContent = `${done} row ${at.row} of ${at.sheet}.`;
    } catch (e: unknown) {
      editState.textContent = `Excel refused: ${e instanceof Error ? e.message : String(e)}`;
    }
  });
}
rowCommand('insert-row', (sheet, row) => userInsertRows(wb, sheet, row), 'Inserted');
rowCommand('delete-row', (sheet, row) => userDeleteRows(wb, sheet, row), 'Deleted');

gridWrap.addEventListener('click', (e) => {
  const td = (e.target as HTMLElement).closest('td');
  if (td && !editing && td.dataset.cell) startEdit(td as HTMLTableCellElement);
});
tabs.addEventListener('click', (e) => {
  const b = (e.target as HTMLElement).closest('button');
  if (b?.dataset.sheet) {
    currentSheet = b.dataset.sheet;
    // As in Excel: clicking a sheet tab makes it the active sheet (the pane checks the set it belongs to).
    wb.activeSheet = b.dataset.sheet;
    render();
  }
});
/** "Open .xlsx": the page reloads with the file picked, kept for this tab only (sessionStorage). */
const openFile = document.getElementById('open-file') as HTMLInputElement;
openFile.addEventListener('change', () => {
  const file = openFile.files?.[0];
  if (!file) return;
  void file.arrayBuffer().then((buffer) => {
    const bytes = new Uint8Array(buffer);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
    try {
      sessionStorage.setItem(PICKED_KEY, JSON.stringify({ name: file.name, data: btoa(binary) }));
    } catch {
      editState.textContent = `${file.name} is too large for the sandbox to open (the browser keeps about 5 MB).`;
      return;
    }
    window.location.search = '?open=picked';
  });
});

// One redraw for a batch of syncs (the preset's writes, an Insert), when the page is idle: the grid stands
// for Excel's, which draws in a process of its own and never holds the pane up. At the latest after a second:
// a page busy at every frame (a loaded machine, an animation) has no idle time, and without a deadline the
// grid was never drawn (an end-to-end test waited 30 s for a sheet's tab); with 200 ms, the drawing (70 ms
// and its layout) fell inside a busy pane's first check.
let redraw = false;
const whenIdle: (f: (deadline: IdleDeadline | null) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (f) => requestIdleCallback(f, { timeout: 1000 })
    : (f) => requestAnimationFrame(() => f(null));
wb.onDocumentChanged(() => {
  if (redraw) return;
  redraw = true;
  whenIdle(() => {
    redraw = false;
    render();
  });
});
void ready.then(() => {
  currentSheet = wb.activeSheet ?? wb.sheets[0]?.name ?? currentSheet;
  if (openProblem) editState.textContent = openProblem;
  whenIdle(render); // the opened or preset workbook: drawn after the pane's first check, as Excel would not hold it up
});
render();
