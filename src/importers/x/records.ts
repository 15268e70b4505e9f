/**
 * The records of an X data file read one at a time, straight from its bytes.
 *
 * `JSON.parse` of a whole tweets.js needs the file as one string (a 200 MB file with one emoji is a
 * 400 MB UTF-16 string) and then holds every record at once (several times the file's size), most
 * of it promoted to the old generation before it dies: on a 200,000-tweet archive that was most of
 * the import's time and memory. X writes its data files pretty-printed, one record per block of
 * lines, and a raw line break never occurs inside a JSON string, so each record's end is found with
 * a byte search for a line holding only its closing brace at the record's own indentation; each
 * record is then decoded and parsed on its own, and can be dropped as soon as it is converted.
 *
 * Correctness does not rest on the layout: a record is accepted only when its slice parses as one
 * complete JSON value, which it can only do if the slice is exactly that record. Anything else (a
 * minified file, a damaged record, a file cut short, UTF-16, an unusual wrapper) returns null, and
 * the caller reads the file the old way, with the same results and warnings as before.
 */

/** A record larger than this is not looked for by line: the whole-file parse handles it. */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** How much of the file's start is decoded to find where the list begins. */
const HEAD_BYTES = 4096;

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function skipSpace(bytes: Buffer, at: number): number {
  while (at < bytes.length && isSpace(bytes[at])) at++;
  return at;
}

/**
 * Byte offset of the "[" the list starts at, found as ytd.ts's valueStart finds it (the first
 * character, else the first "[" after the first "="), or -1 when the head alone cannot tell.
 */
function listStart(bytes: Buffer): number {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return -1;
  const head = bytes.toString('utf8', 0, Math.min(bytes.length, HEAD_BYTES));
  let at = -1;
  const first = /[^\s\ufeff]/.exec(head)?.index ?? -1;
  if (first >= 0 && head[first] === '[') at = first;
  else {
    const eq = head.indexOf('=');
    if (eq >= 0) at = head.indexOf('[', eq);
  }
  if (at < 0 || at >= head.length - 1) return -1;
  return Buffer.byteLength(head.slice(0, at), 'utf8');
}

/** `\n` + an indentation + `}`: how a pretty-printer closes, on its own line, what it opened at that indentation. */
function closer(indent: Buffer): Buffer {
  return Buffer.concat([Buffer.from([NEWLINE]), indent, Buffer.from('}')]);
}

/**
 * The record starting at `at` (a "{"), parsed, and where it ends; or null. Its closing brace is
 * looked for on a line of its own, indented as the line the record opens on (Jackson's "lines"
 * layout: `  {` ... `  }`), or not at all when the record opens after other text on its line (the
 * 2019 and Grailbird layout: `[ {` or `}, {` ... `}`); `last` (the closer that worked for the record
 * before) is tried first. A record all on one line is taken as it is.
 */
function readRecord(bytes: Buffer, at: number, last: { closer: Buffer | null }): { record: unknown; end: number } | null {
  const lineEnd = bytes.indexOf(NEWLINE, at);
  const line = lineEnd < 0 ? bytes.length : lineEnd;
  let tail = line;
  while (tail > at && (isSpace(bytes[tail - 1]) || bytes[tail - 1] === COMMA || bytes[tail - 1] === CLOSE_BRACKET || bytes[tail - 1] === 0x3b)) tail--;
  if (bytes[tail - 1] === 0x7d) {
    const one = parse(bytes, at, tail);
    if (one !== NOT_JSON) return { record: one, end: tail };
  }
  const window = bytes.subarray(at, Math.min(bytes.length, at + MAX_RECORD_BYTES));
  const attempt = (needle: Buffer): { record: unknown; end: number } | null => {
    const found = window.indexOf(needle);
    if (found < 0) return null;
    const end = at + found + needle.length;
    const record = parse(bytes, at, end);
    if (record === NOT_JSON) return null;
    last.closer = needle;
    return { record, end };
  };
  const previous = last.closer;
  if (previous) {
    const read = attempt(previous);
    if (read) return read;
  }
  const lineStart = at === 0 ? 0 : bytes.lastIndexOf(NEWLINE, at - 1) + 1;
  let indentEnd = lineStart;
  while (indentEnd < at && (bytes[indentEnd] === 0x20 || bytes[indentEnd] === 0x09)) indentEnd++;
  const own = closer(bytes.subarray(lineStart, indentEnd));
  if (!previous || !own.equals(previous)) {
    const read = attempt(own);
    if (read) return read;
  }
  if (indentEnd !== at && indentEnd !== lineStart) {
    const flush = closer(Buffer.alloc(0));
    if (!previous || !flush.equals(previous)) return attempt(flush);
  }
  return null;
}

const NOT_JSON = Symbol('not JSON');

function parse(bytes: Buffer, start: number, end: number): unknown {
  try {
    return JSON.parse(bytes.toString('utf8', start, end));
  } catch {
    return NOT_JSON;
  }
}

/**
 * Calls `each` with every record of the list assigned in a data file (`window.YTD.tweets.part0 =
 * [ ... ]`), in order, and returns how many there were; or returns null when the file is not laid
 * out one record per block of lines, or anything in it is unexpected. After null, `each` may have
 * seen some records: the caller discards what it made of them and reads the file as a whole.
 */
export function forEachRecord(bytes: Buffer, each: (record: unknown, index: number) => void): number | null {
  const start = listStart(bytes);
  if (start < 0 || bytes[start] !== OPEN_BRACKET) return null;
  const last: { closer: Buffer | null } = { closer: null };
  let at = skipSpace(bytes, start + 1);
  let index = 0;
  if (bytes[at] !== CLOSE_BRACKET) {
    for (;;) {
      if (bytes[at] !== OPEN_BRACE) return null;
      const read = readRecord(bytes, at, last);
      if (!read) return null;
      const { record, end } = read;
      each(record, index++);
      at = skipSpace(bytes, end);
      if (bytes[at] === COMMA) {
        at = skipSpace(bytes, at + 1);
        continue;
      }
      if (bytes[at] === CLOSE_BRACKET) break;
      return null;
    }
  }
  // After the list: only the whitespace and ";" that stripTail allows.
  for (let i = at + 1; i < bytes.length; i++) if (!isSpace(bytes[i]) && bytes[i] !== 0x3b) return null;
  return index;
}
