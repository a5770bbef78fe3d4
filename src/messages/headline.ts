/**
 * A finding's headline: its message said in a few plain words (under 100 characters), the full message
 * being one click away. Each finding message `K` of the catalogs has its headline at `headline.K`, written
 * from the same data; a message inside it (what a cell holds) is said by its own headline where it has one.
 */
import { CATALOGS, isMsg, type MessageKey, type Msg, type MsgValue } from './words';

function headlineKey(key: MessageKey): MessageKey | null {
  const k = `headline.${key}`;
  return k in CATALOGS.en ? (k as MessageKey) : null;
}

/** The headline of a message, or null when it has none (it is short already). */
export function headlineOf(m: Msg): Msg | null {
  const key = headlineKey(m.key);
  if (!key) return null;
  const data: Record<string, MsgValue> = {};
  for (const [name, value] of Object.entries(m.data)) data[name] = isMsg(value) ? (headlineOf(value) ?? value) : value;
  return { key, data };
}
