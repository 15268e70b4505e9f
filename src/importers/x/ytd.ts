/**
 * The JavaScript wrappers around X archive data: `window.YTD.<name>.partN = [ ... ]` (2018 on),
 * `window.__THAR_CONFIG = { ... }` (manifest.js), and Grailbird's `Grailbird.data.tweets_YYYY_MM =
 * [ ... ]` / `var user_details = { ... }` (2012–2018). Everything after the first bracket is JSON.
 */

/** A data file that cannot be read; the message says why in one line and what to do. */
export class DataFileProblem extends Error {
  override readonly name = 'DataFileProblem';
}

export type Json = Record<string, unknown>;

export function obj(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

export function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * An id as a string. A bare JSON number is accepted only while it is exactly representable: larger
 * ids (Grailbird's `id`) have already lost digits in JSON.parse, so the caller must use `id_str`.
 */
export function idString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 0 ? value : undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return undefined;
}

/**
 * Where the assigned value starts: the file itself when it is bare JSON (a wrapper someone removed),
 * else the first `open` after the "=" (`window.YTD.tweets.part0 = [`, `var tweets = [`, a prefix with
 * brackets of its own such as `window["YTD"]...`), else the first `open` anywhere.
 */
function valueStart(text: string, open: '[' | '{'): number {
  const first = /[^\s\ufeff]/.exec(text)?.index ?? -1;
  if (first >= 0 && text[first] === open) return first;
  const eq = text.indexOf('=');
  if (eq >= 0) {
    const at = text.indexOf(open, eq);
    if (at >= 0) return at;
  }
  return text.indexOf(open);
}

/** The array assigned in a data file (`window.YTD.tweets.part0 = [ ... ]`, `Grailbird.data... = [ ... ]`). */
export function parseAssignedArray(text: string): unknown[] {
  const start = valueStart(text, '[');
  if (start < 0) {
    if (text.trim() === '') throw new DataFileProblem('the file is empty (0 bytes); the download may be incomplete, so download the archive again');
    if (valueStart(text, '{') >= 0) throw new DataFileProblem('the data is an object, not a list of records; download the archive again');
    throw new DataFileProblem('no "[" found: this is not an X archive data file, or it is cut short; download the archive again');
  }
  const value = parseJson(stripTail(text.slice(start)));
  if (!Array.isArray(value)) throw new DataFileProblem('the data is not a list; download the archive again');
  return value;
}

/**
 * The records that can still be read from a data file whose list as a whole is not valid JSON (cut
 * short, or damaged in places): each top-level `{...}` of the list is parsed on its own. `damaged`
 * counts the records found but unreadable; a record cut off at the end is not counted.
 */
export function salvageRecords(text: string): { records: unknown[]; damaged: number } {
  const records: unknown[] = [];
  let damaged = 0;
  const start = valueStart(text, '[');
  if (start < 0) return { records, damaged };
  let depth = 0;
  let inString = false;
  let from = -1;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth === 2) from = c === 0x7b ? i : -1;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 1 && from >= 0) {
        try {
          records.push(JSON.parse(text.slice(from, i + 1)));
        } catch {
          damaged++;
        }
        from = -1;
      } else if (depth <= 0) {
        break;
      }
    }
  }
  return { records, damaged };
}

/** The object assigned in manifest.js or Grailbird's user_details.js. */
export function parseAssignedObject(text: string): Json {
  const start = valueStart(text, '{');
  if (start < 0) throw new DataFileProblem('no "{" found: the file is empty or cut short; download the archive again');
  const value = obj(parseJson(stripTail(text.slice(start))));
  if (!value) throw new DataFileProblem('the data is not an object; download the archive again');
  return value;
}

/** Drops the trailing semicolon and whitespace some writers add after the JSON. */
function stripTail(json: string): string {
  let end = json.length;
  while (end > 0) {
    const c = json.charCodeAt(end - 1);
    // whitespace or ";"
    if (c === 0x3b || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) end--;
    else break;
  }
  return end === json.length ? json : json.slice(0, end);
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new DataFileProblem(`not valid JSON after the "= " line (${detail}); the file may be cut short or edited, so download the archive again`);
  }
}
