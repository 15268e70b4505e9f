import { decodeHTMLStrict } from 'entities';
import type { Link } from '../../model/post.js';
import { linkFrom } from '../util.js';

/*
 * Text helpers shared by the X readers. Every pattern is compiled once here: a 200,000-tweet
 * archive runs these per record.
 */

/** A t.co short link as X writes it in text (old tweets use http). */
export const TCO_LINK = /https?:\/\/t\.co\/[A-Za-z0-9]+/g;
/** A classic retweet's prefix: "RT @handle: ". */
export const RETWEET_PREFIX = /^RT @([A-Za-z0-9_]{1,20}):\s?/;
/** A link to one post: x.com/<handle>/status/<id>, twitter.com/i/web/status/<id>, mobile.twitter.com/... */
export const STATUS_URL = /^https?:\/\/(?:www\.|mobile\.|m\.)?(?:twitter|x)\.com\/(?:#!\/)?(?:i\/web|([A-Za-z0-9_]{1,20}))\/status(?:es)?\/(\d+)/i;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'…]/g;
const MENTION_IN_TEXT = /(?<![\w@])@([A-Za-z0-9_]{1,15})\b/g;
const HASHTAG_IN_TEXT = /(?<![\p{L}\p{N}_&#])[#＃]([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;
const PSEUDO_LANGUAGE = /^(?:und|zxx|art|mis|mul|q[a-t][a-z])$/;
const ALL_URLS = /https?:\/\/\S+/g;
const SPACES = /\s+/g;
const NOTE_ENTITIES = /&(amp|lt|gt);/g;
const NOTE_ENTITY_CHARS: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>' };

/**
 * HTML entities unescaped in one pass. Strict (semicolon required): X escapes only `& < >`, so a
 * legacy form like "&copy" without a semicolon is the person's own text and stays as written.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/** Note-tweet text is stored raw; only the three escapes some archives still apply are undone, once. */
export function decodeNoteEntities(text: string): string {
  return text.includes('&') ? text.replace(NOTE_ENTITIES, (_, name: string) => NOTE_ENTITY_CHARS[name]!) : text;
}

/** Replaces each t.co link by its mapped value (an empty string removes it); unknown links stay. */
export function replaceShortLinks(text: string, mapped: ReadonlyMap<string, string>): string {
  if (mapped.size === 0 || !text.includes('t.co/')) return text;
  return text.replace(TCO_LINK, (link) => mapped.get(link) ?? link);
}

/** Language code, or null for X's pseudo-codes (und, qme, zxx, qht, art ...). */
export function languageFrom(lang: unknown): string | null {
  if (typeof lang !== 'string' || lang === '' || PSEUDO_LANGUAGE.test(lang)) return null;
  return lang;
}

/** Links written out in text, for records without url entities (old tweets, CSV rows, likes). */
export function linksInText(text: string): string[] {
  if (!text.includes('http')) return [];
  return [...text.matchAll(URL_IN_TEXT)].map((m) => m[0]).filter((url) => !url.startsWith('https://t.co/') && !url.startsWith('http://t.co/'));
}

export function mentionsInText(text: string): string[] {
  if (!text.includes('@')) return [];
  return unique([...text.matchAll(MENTION_IN_TEXT)].map((m) => m[1]!));
}

export function hashtagsInText(text: string): string[] {
  if (!text.includes('#') && !text.includes('＃')) return [];
  return unique([...text.matchAll(HASHTAG_IN_TEXT)].map((m) => m[1]!));
}

/**
 * The words of a text with links, the trailing ellipsis and spacing differences removed: what a
 * truncated tweet and its note-tweet share at the start.
 */
export function comparableText(text: string): string {
  let out = text.replace(ALL_URLS, ' ').trimEnd();
  while (out.endsWith('…')) out = out.slice(0, -1).trimEnd();
  return out.replace(SPACES, ' ').trim();
}

export function unique<T>(values: readonly T[]): T[] {
  return values.length < 2 ? [...values] : [...new Set(values)];
}

/** Links without repeats, each with its domain. */
export function linksFrom(urls: readonly string[]): Link[] {
  return unique(urls).map(linkFrom);
}
