import { FileProblem, firstLine } from '../common/files.js';

export interface CommentText {
  text: string;
  /** Link targets the segments carry (`link.linkUrl`). */
  links: string[];
}

interface Segment {
  text?: unknown;
  link?: { linkUrl?: unknown };
}

const OLD_FORM = /^\s*\{\s*"takeoutSegments"/;

/**
 * The words of a Takeout comment or chat message from its CSV text column, which holds JSON in two
 * forms: up to mid-2024 `{"takeoutSegments":[{"text":"…"},…]}`, since then the segments themselves
 * separated by commas with no enclosing list, `{"text":"…"},{"text":"\n"},…`, whose strings can hold
 * raw line breaks that JSON does not allow. A text that is not JSON is taken as written.
 */
export function commentText(raw: string): CommentText {
  if (raw.trim() === '') return { text: '', links: [] };
  if (!raw.trimStart().startsWith('{')) return { text: raw, links: [] };
  const json = escapeControlsInStrings(raw);
  let segments: unknown;
  try {
    segments = OLD_FORM.test(json) ? (JSON.parse(json) as { takeoutSegments?: unknown }).takeoutSegments : JSON.parse(`[${json}]`);
  } catch (err) {
    // Some Takeouts leave quotation marks inside a segment's text unescaped, which no JSON reader
    // accepts: `{"takeoutSegments":[{"text":""be kind" he said"}]}`. Read the segments loosely.
    const loose = looseSegments(json);
    if (loose) return loose;
    throw new FileProblem(`the text is not the JSON Takeout writes (${firstLine(err)})`);
  }
  if (!Array.isArray(segments)) throw new FileProblem('the text has no list of segments');
  let text = '';
  const links: string[] = [];
  for (const segment of segments as Segment[]) {
    if (typeof segment?.text === 'string') text += segment.text;
    const url = segment?.link?.linkUrl;
    if (typeof url === 'string' && url !== '') links.push(url);
  }
  return { text, links };
}

/** Raw control characters inside JSON strings written as escapes, so JSON.parse accepts them; one pass. */
function escapeControlsInStrings(json: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped already
      else if (c === 0x22) inString = false;
      else if (c < 0x20) {
        out += json.slice(from, i) + (c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : `\\u${c.toString(16).padStart(4, '0')}`);
        from = i + 1;
      }
    } else if (c === 0x22) {
      inString = true;
    }
  }
  return from === 0 ? json : out + json.slice(from);
}

/** A segment's text: from `"text":"` to the quote that closes the segment or precedes its next key. */
const LOOSE_TEXT = /"text"\s*:\s*"([\s\S]*?)"(?=\s*(?:\}|,\s*"[A-Za-z]+"\s*:))/g;
const LOOSE_LINK = /"linkUrl"\s*:\s*"((?:[^"\\]|\\.)*)"/g;

/** The segments of a text whose JSON is broken by unescaped quotes, or null when none are found. */
function looseSegments(json: string): CommentText | null {
  let text = '';
  let found = false;
  for (const m of json.matchAll(LOOSE_TEXT)) {
    found = true;
    text += unescapeJson(m[1]!);
  }
  if (!found) return null;
  const links = [...json.matchAll(LOOSE_LINK)].map((m) => unescapeJson(m[1]!)).filter((url) => url !== '');
  return { text, links };
}

/** JSON string escapes (\n, \u003e, \") undone; quotes left bare by the writer kept as they are. */
function unescapeJson(raw: string): string {
  try {
    return JSON.parse(`"${raw.replace(/(?<!\\)"/g, '\\"')}"`) as string;
  } catch {
    return raw;
  }
}
