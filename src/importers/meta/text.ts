/*
 * Text shared by the JSON and HTML readings of Meta exports. Every pattern is compiled once: a large
 * export runs these per record.
 */

const LINE_BREAKS = /\r\n?/g;
const WHITESPACE_RUNS = /\s+/g;
/** Facebook's markup for a tagged person or page inside post text: @[100004:2048:Sam Rivers]. */
const MENTION_MARKUP = /@\[(\d+):(?:\d+:)?([^\]]+)\]/g;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'…]/g;
const HANDLE_IN_TEXT = /(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)/g;
const HASHTAG_IN_TEXT = /(?<![\p{L}\p{N}_&#])[#＃]([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

/**
 * Text in the one form both readings produce: line breaks as "\n", each line trimmed (HTML pages add
 * spaces around <br>), the ends trimmed. Inner spacing and blank lines stay as written.
 */
export function canonicalText(text: string): string {
  if (text === '') return text;
  const normal = text.replace(LINE_BREAKS, '\n');
  if (!normal.includes('\n')) return normal.trim();
  return normal
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/** The text as it goes into an id: all whitespace runs as one space, so layout never changes an id. */
export function idText(text: string): string {
  return text.replace(WHITESPACE_RUNS, ' ').trim();
}

/** Facebook tag markup replaced by the name a reader sees; the names are returned as mentions. */
export function resolveMentionMarkup(text: string): { text: string; mentions: string[] } {
  if (!text.includes('@[')) return { text, mentions: [] };
  const mentions: string[] = [];
  const resolved = text.replace(MENTION_MARKUP, (_, _id: string, name: string) => {
    mentions.push(name);
    return name;
  });
  return { text: resolved, mentions };
}

export function urlsInText(text: string): string[] {
  if (!text.includes('http')) return [];
  return [...text.matchAll(URL_IN_TEXT)].map((m) => m[0]);
}

/** Instagram and Threads handles written as @name. */
export function handlesInText(text: string): string[] {
  if (!text.includes('@')) return [];
  return unique([...text.matchAll(HANDLE_IN_TEXT)].map((m) => m[1]!));
}

export function hashtagsInText(text: string): string[] {
  if (!text.includes('#') && !text.includes('＃')) return [];
  return unique([...text.matchAll(HASHTAG_IN_TEXT)].map((m) => m[1]!));
}

export function unique<T>(values: readonly T[]): T[] {
  return values.length < 2 ? [...values] : [...new Set(values)];
}

/** Non-empty values without repeats, in order. */
export function nonEmpty(values: readonly (string | null | undefined)[]): string[] {
  return unique(values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()));
}
