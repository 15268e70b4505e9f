import type { Link, Media, Post, PostKind, PostSource } from '../../model/post.js';
import { isoFromCtime, isoFromIsoLike } from '../util.js';
import type { NoteIndex } from './notes.js';
import { arr, idString, obj, str, type Json } from './ytd.js';
import {
  RETWEET_PREFIX,
  STATUS_URL,
  decodeEntities,
  languageFrom,
  linksFrom,
  linksInText,
  replaceShortLinks,
  unique,
} from './text.js';

/** What every tweet conversion needs to know about the archive it came from. */
export interface XContext {
  /** The account's handle, without "@", when the archive names it. */
  handle: string | null;
  /** File name inside a *_media folder ("<tweet id>-<name>") → its path in the archive. */
  mediaFiles: ReadonlyMap<string, string>;
  notes: NoteIndex | null;
}

/** One version of a tweet, with the edit chain it belongs to (if any). */
export interface TweetVersion {
  post: Post;
  /** Every version's id in order, oldest first, keyed by the first; null when never edited. */
  chain: { initialId: string; ids: string[] } | null;
}

/** X's two date forms: `Fri Mar 06 13:02:05 +0000 2026` (2018 on) and `2018-11-30 13:12:58 +0000` (Grailbird, ISO in notes and DMs). */
export function parseXDate(value: string): string | null {
  return isoFromCtime(value) ?? isoFromIsoLike(value);
}

export function statusUrl(handle: string | null, id: string): string {
  return handle ? `https://x.com/${handle}/status/${id}` : `https://x.com/i/web/status/${id}`;
}

const MEDIA_TYPES = new Set<Media['type']>(['photo', 'video', 'animated_gif']);
const MEDIA_PAGE = /\/(photo|video)\/\d+$/;

/**
 * One tweet record (YTD `{tweet: {...}}` or bare, community tweet, or Grailbird monthly JS) as a post;
 * null when it lacks an id, a creation time or text.
 */
export function readTweet(record: unknown, context: XContext, source: PostSource, audience: string | null): TweetVersion | null {
  const outer = obj(record);
  if (!outer) return null;
  const tweet = obj(outer.tweet) ?? outer;
  // id_str first: Grailbird's numeric `id` has lost digits above 2^53 by the time JSON.parse is done.
  const id = idString(tweet.id_str) ?? idString(tweet.id);
  const created = str(tweet.created_at);
  const createdAt = created === undefined ? null : parseXDate(created);
  if (!id || !createdAt || (typeof tweet.full_text !== 'string' && typeof tweet.text !== 'string')) return null;

  const decoded = decodeTweetText(tweet, id);
  const entities = obj(tweet.entities);
  let text = decoded.text;
  let mentions = unique(arr(entities?.user_mentions).flatMap((m) => str(obj(m)?.screen_name) ?? []));
  let hashtags = unique(arr(entities?.hashtags).flatMap((h) => str(obj(h)?.text) ?? []));
  let links = decoded.links;
  let truncated = false;

  const note = context.notes?.match(createdAt, decoded.beforeLinks);
  if (note) {
    text = note.text;
    mentions = unique([...mentions, ...note.mentions]);
    hashtags = unique([...hashtags, ...note.hashtags]);
    links = uniqueLinks([...note.links, ...links]);
  } else if (decoded.ownStatusLink && text.endsWith('…')) {
    truncated = true; // a long post whose note-tweet is missing from the archive
  }

  let kind: PostKind = 'post';
  let sharedFrom: string | null = null;
  const original = obj(tweet.retweeted_status); // Grailbird keeps the retweeted tweet whole
  const retweet = RETWEET_PREFIX.exec(text);
  if (original) {
    kind = 'repost';
    sharedFrom = str(obj(original.user)?.screen_name) ?? retweet?.[1] ?? null;
    const originalId = idString(original.id_str) ?? '';
    text = decodeTweetText(original, originalId).text;
  } else if (retweet) {
    // The "RT @handle: " prefix is dropped from the text: sharedFrom says whose words they are.
    kind = 'repost';
    sharedFrom = retweet[1]!;
    text = text.slice(retweet[0].length);
    truncated = text.endsWith('…');
  } else if (decoded.quoted !== undefined) {
    kind = 'quote';
    sharedFrom = decoded.quoted;
  } else if (inReplyTo(tweet)) {
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
    inReplyTo: inReplyTo(tweet),
    inReplyToAccount: str(tweet.in_reply_to_screen_name) ?? null,
    mentions,
    hashtags,
    links,
    media: readMedia(tweet, entities, id, context.mediaFiles),
    audience,
    language: languageFrom(tweet.lang),
    source,
    sharedFrom,
  };
  if (truncated) post.truncated = true;
  return { post, chain: editChain(tweet, id) };
}

function inReplyTo(tweet: Json): string | null {
  return idString(tweet.in_reply_to_status_id_str) ?? idString(tweet.in_reply_to_status_id) ?? null;
}

interface DecodedText {
  /** Entities unescaped, t.co links expanded, media and own-status links removed. */
  text: string;
  /** Entities unescaped, links still short: what the note-tweet join compares. */
  beforeLinks: string;
  links: Link[];
  /** Handle of the quoted post's author (null if the link does not name one); undefined if no quote. */
  quoted: string | null | undefined;
  /** The text links to the tweet itself: X's "show more" link on a long post. */
  ownStatusLink: boolean;
}

function decodeTweetText(tweet: Json, id: string): DecodedText {
  const raw = str(tweet.full_text) ?? str(tweet.text) ?? '';
  const entities = obj(tweet.entities);
  const expanded = new Map<string, string>();
  const links: string[] = [];
  let quoted: string | null | undefined;
  let ownStatusLink = false;
  const urlEntities = arr(entities?.urls);
  for (const item of urlEntities) {
    const url = obj(item);
    const short = str(url?.url);
    const long = str(url?.expanded_url) || short;
    if (!long) continue;
    const status = STATUS_URL.exec(long);
    if (status && status[2] === id) {
      ownStatusLink = true;
      if (short) expanded.set(short, '');
      continue;
    }
    if (short) expanded.set(short, long);
    if (status && quoted === undefined) quoted = status[1] ?? null;
    links.push(long);
  }
  // The media link at the end of the text only points at the media, which `media` records.
  for (const item of mediaList(tweet, entities)) {
    const short = str(obj(item)?.url);
    if (short) expanded.set(short, '');
  }
  // Unescape before expanding: expanded URLs are stored raw and may contain "&lt" or "&amp".
  const beforeLinks = decodeEntities(raw);
  let text = replaceShortLinks(beforeLinks, expanded);
  if (text.length !== beforeLinks.length) text = text.trimEnd();
  // Very old tweets have no url entities even when the text holds a link.
  if (urlEntities.length === 0) links.push(...linksInText(text));
  return { text, beforeLinks, links: linksFrom(links), quoted, ownStatusLink };
}

function mediaList(tweet: Json, entities: Json | undefined): readonly unknown[] {
  // extended_entities has every attachment (up to 4); entities.media only the first.
  const extended = arr(obj(tweet.extended_entities)?.media);
  return extended.length > 0 ? extended : arr(entities?.media);
}

function readMedia(tweet: Json, entities: Json | undefined, id: string, files: ReadonlyMap<string, string>): Media[] {
  const list = mediaList(tweet, entities);
  if (list.length === 0) return [];
  const media: Media[] = [];
  for (const item of list) {
    const m = obj(item);
    if (!m) continue;
    const type = str(m.type) as Media['type'] | undefined;
    const remoteUrl = str(m.media_url_https) ?? str(m.media_url) ?? null;
    // Photos are saved under the media URL's name, videos and GIFs under their best variant's.
    const names = remoteUrl ? [lastSegment(remoteUrl)] : [];
    for (const variant of arr(obj(m.video_info)?.variants)) {
      const url = str(obj(variant)?.url);
      if (url) names.push(lastSegment(url));
    }
    let path: string | null = null;
    for (const name of names) {
      path = files.get(`${id}-${name}`) ?? null;
      if (path) break;
    }
    media.push({
      type: type && MEDIA_TYPES.has(type) ? type : typeFromPage(str(m.expanded_url)),
      path,
      altText: str(m.ext_alt_text) || str(m.media_alt) || null,
      remoteUrl,
    });
  }
  return media;
}

/** Without a `type`, the media page link (.../status/<id>/photo/1) still says what it is. */
function typeFromPage(url: string | undefined): Media['type'] {
  const kind = url ? MEDIA_PAGE.exec(url)?.[1] : undefined;
  return kind === 'photo' ? 'photo' : kind === 'video' ? 'video' : 'unknown';
}

function lastSegment(url: string): string {
  let end = url.length;
  const query = url.indexOf('?');
  if (query >= 0) end = query;
  return url.slice(url.lastIndexOf('/', end - 1) + 1, end);
}

/**
 * The edit chain a version belongs to. The first version lists every id in `edit_info.initial`;
 * later ones point back with `edit_info.edit.initialTweetId`.
 */
function editChain(tweet: Json, id: string): TweetVersion['chain'] {
  const info = obj(tweet.edit_info);
  if (!info) return null;
  const initial = obj(info.initial);
  if (initial) {
    const ids = idList(initial.editTweetIds);
    return ids.length > 1 ? { initialId: id, ids } : null;
  }
  const edit = obj(info.edit);
  if (edit) {
    const ids = idList(obj(edit.editControlInitial)?.editTweetIds);
    const initialId = idString(edit.initialTweetId) ?? ids[0];
    return initialId ? { initialId, ids } : null;
  }
  return null;
}

function idList(value: unknown): string[] {
  return arr(value).flatMap((v) => idString(v) ?? []);
}

function uniqueLinks(links: readonly Link[]): Link[] {
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.url) && (seen.add(l.url), true));
}
