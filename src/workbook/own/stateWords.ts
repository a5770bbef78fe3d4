/**
 * A State typed over the Excel way. Typing another State into Appendix F!B2 changes at once everything the
 * workbook computes from it (the award level, the Checks sheet), but not what the templates say of the
 * State in words: Appendix D and E's "State:" lines, Appendix J's heading, the notes that name it, and the
 * printed footers. Those follow only when the change is made as one action ("Change this budget's
 * State"), which writes whatever differs between the two States' templates (src/workbook/stateChange.ts).
 *
 * The State the words still name is found from the templates themselves: every text cell the layout makes
 * from the State's name, rebuilt for the State of B2, is compared with the sheet; where it differs, the
 * State whose name makes the sheet's text is the one the words were written for. No list of cells or
 * phrasing is kept here.
 */
import { msg } from '../../messages/words';
import { plainStateName, type Finding, type RulePack, type StateEntry } from '../../budget';
import { F_HEADER } from '../../layout/appendixF';
import type { LayoutContext } from '../../layout/context';
import { TEMPLATE_KEYS, type TemplateKey } from '../../layout/names';
import type { SheetModel } from '../../layout/sheetModel';
import type { OwnCells } from './ownCells';

/** The State the templates' words name when it is not the State cell's, and the cells that name it. */
export interface WordsOfAnotherState {
  /** The State the words were written for (the one B2 held before it was typed over). */
  state: StateEntry;
  /** The sheets whose words name it, in the set's order. */
  sheets: string[];
}

/** Which State's name, put where the template puts `ctx.state`'s, gives the sheet's text; null when none does. */
function stateWhoseWords(pack: RulePack, modelText: string, name: string, sheetText: string): StateEntry | null {
  for (const s of pack.states) if (modelText.split(name).join(s.name) === sheetText) return s;
  return null;
}

type StateText = { row0: number; col0: number; text: string };

/**
 * Found once per rebuilt template and State: the reader keeps its rebuilt templates while the blocks keep their
 * sizes (templateFormulas.ts), and walking every cell of a 10,000-line model at each re-check cost a tenth of it.
 */
const STATE_TEXTS = new WeakMap<SheetModel, Map<string, StateText[]>>();

/** The text cells of a rebuilt template that carry the State's name. */
function stateTexts(model: SheetModel, name: string): StateText[] {
  let byName = STATE_TEXTS.get(model);
  if (!byName) STATE_TEXTS.set(model, (byName = new Map()));
  const known = byName.get(name);
  if (known) return known;
  const out: StateText[] = [];
  for (const [row, cols] of model.cells)
    for (const [col, w] of cols)
      if (w.kind === 'value' && typeof w.value === 'string' && w.value.includes(name))
        out.push({ row0: row - 1, col0: col, text: w.value });
  byName.set(name, out);
  return out;
}

/**
 * The State the set's words name, when every word that differs from B2's State names one other State.
 * `models`: the set's templates rebuilt for B2's State (the reader's own rebuild).
 */
export function wordsOfAnotherState(
  rd: OwnCells,
  ctx: LayoutContext,
  sheets: Partial<Record<TemplateKey, string>>,
  models: Partial<Record<TemplateKey, { model: SheetModel }>>,
): WordsOfAnotherState | null {
  const name = ctx.state.name;
  const found = new Map<string, StateEntry>();
  const where: string[] = [];
  for (const k of TEMPLATE_KEYS) {
    const model = models[k]?.model;
    const sheet = sheets[k];
    if (!model || !sheet || !rd.sheet(sheet)) continue;
    for (const t of stateTexts(model, name)) {
      const v = rd.cellAt(sheet, t.row0, t.col0).value;
      if (v === t.text) continue;
      // A cell typed over by the user (not the State's words) is not evidence of another State.
      const other = typeof v === 'string' ? stateWhoseWords(ctx.pack, t.text, name, v) : null;
      if (!other || other.code === ctx.state.code) continue;
      found.set(other.code, other);
      if (!where.includes(sheet)) where.push(sheet);
    }
  }
  const [state] = [...found.values()];
  return found.size === 1 && state ? { state, sheets: where } : null;
}

/** The warning that says so, at the State cell, with the action that finishes the change as its remedy. */
export function wordsOfAnotherStateFinding(fSheet: string, to: StateEntry, words: WordsOfAnotherState): Finding {
  const list = words.sheets.join(', ');
  return {
    code: 'STATE_CHANGE_UNFINISHED',
    severity: 'warning',
    message: msg('finding.stateUnfinished', {
      cell: `${fSheet}!${F_HEADER.state}`,
      state: plainStateName(to),
      sheets: list,
      old: plainStateName(words.state),
      stateCell: F_HEADER.state,
    }),
    sheet: fSheet,
    cell: F_HEADER.state,
    path: 'state',
    where: msg('where.cell', { cell: `${fSheet}!${F_HEADER.state}` }),
    amount: null,
    remedy: 'changeState',
  };
}
