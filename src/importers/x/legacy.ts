import { parse } from 'csv-parse/sync';
import type { Media, Post, PostKind, PostSource } from '../../model/post.js';
import type { XContext } from './tweet.js';
import { parseXDate, statusUrl } from './tweet.js';
import { DataFileProblem } from './ytd.js';
import {
  RETWEET_PREFIX,
  STATUS_URL,
  TCO_LINK,
  decodeEntities,
  hashtagsInText,
  linksFrom,
  linksInText,
  mentionsInText,
  replaceShortLinks,
  unique,
} from './text.js';

/*
 * The Grailbird archive's tweets.csv (2012–2018). Its monthly JS files hold the same tweets as
 * tweet objects and are read by readTweet; this CSV is the fallback when they are missing or broken.
 */

const CSV_HEADER = ['tweet_id', 'timestamp', 'text'];
/** A link the CSV lists for attached media: .../status/<id>/photo/1 or /video/1. */
const MEDIA_PAGE = /\/status(?:es)?\/\d+\/(photo|video)\/\d+$/;
/** expanded_urls joins links with commas; a comma followed by a new scheme starts the next one. */
const URL_LIST_SEPARATOR = /,(?=https?:\/\/)/;

export interface CsvRows {
  rows: Record<string, string>[];
  /** Rows csv-parse could not make sense of (unbalanced quotes, wrong field count). */
  unparseable: number;
}

/** Parses tweets.csv: quoted fields with raw newlines and "" escapes, a header row naming the columns. */
export function parseTweetsCsv(text: string): CsvRows {
  let unparseable = 0;
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: () => {
        unparseable++;
        return undefined;
      },
    }) as Record<string, string>[];
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new DataFileProblem(`not a readable CSV file (${detail}); download the archive again`);
  }
  const header = rows[0] ? Object.keys(rows[0]) : [];
  if (rows.length > 0 && !CSV_HEADER.every((column) => header.includes(column))) {
    throw new DataFileProblem(`the header lacks ${CSV_HEADER.join(', ')}: not a Twitter tweets.csv`);
  }
  return { rows, unparseable };
}

/** One tweets.csv row as a post; null without an id, a readable timestamp or a text column. */
export function readCsvRow(row: Record<string, string>, context: XContext, source: PostSource): Post | null {
  const id = row.tweet_id?.trim();
  const createdAt = row.timestamp ? parseXDate(row.timestamp) : null;
  if (!id || !createdAt || row.text === undefined) return null;

  const decoded = decodeEntities(row.text);
  const listed = (row.expanded_urls ?? '').split(URL_LIST_SEPARATOR).map((u) => u.trim()).filter((u) => u !== '');
  const shortLinks = decoded.includes('t.co/') ? [...decoded.matchAll(TCO_LINK)].map((m) => m[0]) : [];
  // The list often repeats a link; pair short links with the expanded ones in order where counts agree.
  const distinct = unique(listed);
  const pairedWith = shortLinks.length === distinct.length ? distinct : shortLinks.length === listed.length ? listed : null;

  const expanded = new Map<string, string>();
  const media: Media[] = [];
  const links: string[] = [];
  const addExpanded = (long: string, short?: string): void => {
    const page = MEDIA_PAGE.exec(long);
    if (page) {
      if (short) expanded.set(short, '');
      if (!media.some((m) => m.remoteUrl === long)) {
        media.push({ type: page[1] === 'video' ? 'video' : 'photo', path: null, altText: null, remoteUrl: long });
      }
      return;
    }
    if (short) expanded.set(short, long);
    links.push(long);
  };
  if (pairedWith) shortLinks.forEach((short, i) => addExpanded(pairedWith[i]!, short));
  else distinct.forEach((long) => addExpanded(long));

  let text = replaceShortLinks(decoded, expanded);
  if (text.length !== decoded.length) text = text.trimEnd();
  links.push(...linksInText(text));

  let kind: PostKind = 'post';
  let sharedFrom: string | null = null;
  let truncated = false;
  const mentions = mentionsInText(text);
  const retweet = RETWEET_PREFIX.exec(text);
  const quoted = links.map((l) => STATUS_URL.exec(l)).find((m) => m !== null && m[2] !== id);
  if (row.retweeted_status_id || retweet) {
    kind = 'repost';
    sharedFrom = retweet?.[1] ?? null;
    if (retweet) text = text.slice(retweet[0].length);
    truncated = text.endsWith('…');
  } else if (quoted) {
    kind = 'quote';
    sharedFrom = quoted[1] ?? null;
  } else if (row.in_reply_to_status_id) {
    kind = 'reply';
  }

  const post: Post = {
    id,
    platform: 'x',
    account: context.handle,
    kind,
    createdAt,
    text,
    url: statusUrl(context.handle, id),
    inReplyTo: row.in_reply_to_status_id || null,
    // The CSV names only the replied-to user's numeric id, not the handle.
    inReplyToAccount: null,
    mentions,
    hashtags: hashtagsInText(text),
    links: linksFrom(links),
    media,
    audience: null,
    language: null,
    source,
    sharedFrom,
  };
  if (truncated) post.truncated = true;
  return post;
}
