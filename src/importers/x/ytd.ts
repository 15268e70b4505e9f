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

/** The array assigned in a data file (`window.YTD.tweets.part0 = [ ... ]`, `Grailbird.data... = [ ... ]`). */
export function parseAssignedArray(text: string): unknown[] {
  const start = text.indexOf('[');
  if (start < 0) {
    if (text.trim() === '') throw new DataFileProblem('the file is empty (0 bytes); the download may be incomplete, so download the archive again');
    throw new DataFileProblem('no "[" found: this is not an X archive data file, or it is cut short; download the archive again');
  }
  const value = parseJson(stripTail(text.slice(start)));
  if (!Array.isArray(value)) throw new DataFileProblem('the data is not a list; download the archive again');
  return value;
}

/** The object assigned in manifest.js or Grailbird's user_details.js. */
export function parseAssignedObject(text: string): Json {
  const start = text.indexOf('{');
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
