/**
 * A refusal degrades, it never breaks: when Excel refuses a call above ExcelApi 1.7 that an action can do
 * without (refusals.ts) and the action left nothing behind (its read failed, or it undid its writes), the
 * call's feature is left out for the session and the action runs again, saying so in a note.
 */
import type { Msg } from '../messages/words';
import { isRefused, noteRefused, refusedFeatureOf, refusedNote, type RefusableFeature } from './refusals';

/** Whether a failed action put the workbook back as it was (so it can run again), as its error says. */
const undone = (e: unknown) => typeof e === 'object' && e !== null && (e as { undone?: unknown }).undone === true;

/** Features a refusal of which comes from an action's read, before it writes anything. */
const READ_FEATURES: ReadonlySet<RefusableFeature> = new Set(['errorCells', 'passwordInfo']);

/** Runs an action, again without each feature Excel refuses (see above); the note says what was left out. */
export async function degrading<T extends { notes: Msg[] }>(run: () => Promise<T>): Promise<T> {
  const refused: RefusableFeature[] = [];
  let said = '';
  for (;;) {
    try {
      const out = await run();
      const note = refusedNote(refused, said);
      return note ? { ...out, notes: [...out.notes, note] } : out;
    } catch (e) {
      const feature = refusedFeatureOf(e);
      if (!feature || isRefused(feature) || !(undone(e) || READ_FEATURES.has(feature))) throw e;
      noteRefused(feature);
      refused.push(feature);
      said = excelSaid(e);
    }
  }
}

/** Excel's own words in an error (also when wrapped by the add-in's). */
function excelSaid(e: unknown): string {
  const inner = (e as { excelError?: unknown; cause?: unknown }).excelError ?? (e as { cause?: unknown }).cause ?? e;
  return (inner instanceof Error ? inner.message : String(inner)).replace(/\s+/g, ' ').trim();
}
