/**
 * A message's data for JSON outputs: what a program reads beside the message in words. Amounts (the
 * `money` placeholders) are dollars there, as every amount of the JSON outputs is; a message inside a
 * message is its own `{ "key", "data" }`.
 */
import { CATALOGS, isMsg, placeholdersOf, type Msg } from './words';

export type JsonData = { [name: string]: string | number | JsonMsg | JsonMsg[] };
export interface JsonMsg {
  key: string;
  data: JsonData;
}

export function dataForJson(m: Msg): JsonData {
  const kinds = new Map(placeholdersOf(CATALOGS.en[m.key]).map((p) => [p.name, p.kind]));
  const out: JsonData = {};
  for (const [name, value] of Object.entries(m.data)) {
    if (isMsg(value)) out[name] = { key: value.key, data: dataForJson(value) };
    else if (Array.isArray(value)) out[name] = (value as Msg[]).map((x) => ({ key: x.key, data: dataForJson(x) }));
    else if (kinds.get(name) === 'money' && typeof value === 'number') out[name] = value / 100;
    else out[name] = value as string | number;
  }
  return out;
}
