import type { Link } from '../../model/post.js';
import { linkFrom } from '../util.js';

/*
 * What a post's words name: links, hashtags and @handles. Every pattern is compiled once here,
 * never per record: a large export runs these for each post.
 */

/** Where a written-out address ends: at a space or quote, and not on trailing punctuation. */
const URL_TAIL = String.raw`[^\s<>"]+[^\s<>".,;:!?)\]'…]`;
/** An http(s) address in text. */
const URL_IN_TEXT = new RegExp(String.raw`\bhttps?:\/\/${URL_TAIL}`, 'g');
/** A web address as people type it: with a scheme, or starting "www.". */
const ADDRESS_IN_TEXT = new RegExp(String.raw`(?<![\w@./-])(?:https?:\/\/|www\.)${URL_TAIL}`, 'gi');
const MENTION_IN_TEXT = /(?<![\w@.])@([\p{L}\p{N}_.]*[\p{L}\p{N}_])/gu;
const HASHTAG_IN_TEXT = /(?<![\p{L}\p{N}_&#])[#＃]([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

/** Each value once, first occurrence kept. */
export function unique<T>(values: Iterable<T>): T[] {
  return Array.isArray(values) && values.length < 2 ? [...(values as T[])] : [...new Set(values)];
}

/** http(s) links written out in text, in order, repeats kept. */
export function linksInText(text: string): string[] {
  if (!text.includes('http')) return [];
  return [...text.matchAll(URL_IN_TEXT)].map((m) => m[0]);
}

/** Links written out in plain text, with a scheme or starting "www.", each once, in order of appearance. */
export function linksInPlainText(text: string): Link[] {
  if (!text.includes('http') && !text.includes('www.') && !text.includes('WWW.')) return [];
  return unique([...text.matchAll(ADDRESS_IN_TEXT)].map((m) => m[0])).map(linkFrom);
}

/** Hashtags without the "#". */
export function hashtagsInText(text: string): string[] {
  if (!text.includes('#') && !text.includes('＃')) return [];
  return unique([...text.matchAll(HASHTAG_IN_TEXT)].map((m) => m[1]!));
}

/** @handles without the "@" (TikTok and YouTube handles allow dots and letters of any script). */
export function mentionsInText(text: string): string[] {
  if (!text.includes('@')) return [];
  return unique([...text.matchAll(MENTION_IN_TEXT)].map((m) => m[1]!));
}

/** Links without repeats or empty addresses, each with its domain. */
export function linksFrom(urls: readonly string[]): Link[] {
  return unique(urls.filter((url) => url !== '')).map(linkFrom);
}

/** Links with the same address once, first kept. */
export function uniqueLinks(links: Iterable<Link>): Link[] {
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const link of links) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    out.push(link);
  }
  return out;
}

/**
 * A post's @handles, hashtags and links from its words, as the post's fields; `links` are the
 * addresses the export gives beside the text (a share's target, a comment's link segments), put first.
 */
export function tagsInText(text: string, links: readonly string[] = []): { mentions: string[]; hashtags: string[]; links: Link[] } {
  return { mentions: mentionsInText(text), hashtags: hashtagsInText(text), links: linksFrom([...links, ...linksInText(text)]) };
}
