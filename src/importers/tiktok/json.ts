import { columnKey } from '../common/csv.js';
import { asObject } from '../common/json.js';

/**
 * A member of an object by name, matched loosely when the exact key is missing: TikTok writes
 * `Date` and `date`, `Chat History` and `ChatHistory`, within one export.
 */
function member(value: unknown, name: string): unknown {
  const object = asObject(value);
  if (!object) return undefined;
  if (name in object) return object[name];
  const wanted = columnKey(name);
  for (const key of Object.keys(object)) if (columnKey(key) === wanted) return object[key];
  return undefined;
}

/** The value at a path of section names, or undefined where any step is missing. */
export function field(value: unknown, ...path: readonly string[]): unknown {
  let here = value;
  for (const name of path) {
    here = member(here, name);
    if (here === undefined) return undefined;
  }
  return here;
}

/** A string member, or undefined (numbers are written out, since TikTok quotes some and not others). */
export function stringField(value: unknown, name: string): string | undefined {
  const found = member(value, name);
  if (typeof found === 'string') return found;
  if (typeof found === 'number' && Number.isFinite(found)) return String(found);
  return undefined;
}

const CHAT_TITLE = /^Chat History with (.+?):?$/i;

/** The other party of a chat from its title, "Chat History with <user>:". */
export function chatPartner(title: string): string | null {
  return CHAT_TITLE.exec(title.trim())?.[1] ?? null;
}
