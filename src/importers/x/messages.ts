import type { Media, Post, PostSource } from '../../model/post.js';
import type { XContext } from './tweet.js';
import { parseXDate } from './tweet.js';
import { arr, idString, obj, str } from './ytd.js';
import { decodeEntities, hashtagsInText, linksFrom, linksInText, mentionsInText, replaceShortLinks } from './text.js';

const PHOTO = /\.(jpe?g|png|gif|webp)$/i;
const VIDEO = /\.(mp4|mov|m4v)$/i;

/** Outcome of one direct message: a post, not the user's own (skipped quietly), or unreadable. */
export type MessageResult = Post | 'not-mine' | null;

/**
 * The `messageCreate` events of one `{dmConversation: {messages: [...]}}` record (1:1 and group).
 * Only messages the account sent are the user's words; the rest belong to other people.
 */
export function conversationMessages(record: unknown): readonly unknown[] {
  const conversation = obj(obj(record)?.dmConversation);
  return arr(conversation?.messages).flatMap((m) => obj(m)?.messageCreate ?? []);
}

export function readMessage(event: unknown, accountId: string, context: XContext, source: PostSource): MessageResult {
  const message = obj(event);
  if (!message) return null;
  if (str(message.senderId) !== accountId) return 'not-mine';
  const id = idString(message.id);
  const created = str(message.createdAt);
  const createdAt = created === undefined ? null : parseXDate(created);
  const raw = str(message.text);
  if (!id || !createdAt || raw === undefined) return null;
  const expanded = new Map<string, string>();
  const links: string[] = [];
  for (const item of arr(message.urls)) {
    const url = obj(item);
    const short = str(url?.url);
    const long = str(url?.expanded) ?? str(url?.expanded_url) ?? short;
    if (!long) continue;
    if (short) expanded.set(short, long);
    links.push(long);
  }
  const decoded = decodeEntities(raw);
  const text = replaceShortLinks(decoded, expanded);
  links.push(...linksInText(text).filter((l) => !links.includes(l)));
  const media: Media[] = arr(message.mediaUrls).flatMap((u) => {
    const url = str(u);
    if (!url) return [];
    const name = url.slice(url.lastIndexOf('/') + 1).split('?')[0]!;
    return [{
      type: PHOTO.test(name) ? 'photo' : VIDEO.test(name) ? 'video' : 'unknown',
      path: context.mediaFiles.get(`${id}-${name}`) ?? null,
      altText: null,
      remoteUrl: url,
    } satisfies Media];
  });
  return {
    id,
    platform: 'x',
    account: context.handle,
    kind: 'message',
    createdAt,
    text,
    url: null,
    inReplyTo: null,
    inReplyToAccount: null,
    mentions: mentionsInText(text),
    hashtags: hashtagsInText(text),
    links: linksFrom(links),
    media,
    audience: 'direct',
    language: null,
    source,
    sharedFrom: null,
  };
}
