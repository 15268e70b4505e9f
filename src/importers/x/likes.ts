import type { Post, PostSource } from '../../model/post.js';
import type { StableIds } from '../util.js';
import type { XContext } from './tweet.js';
import { idString, obj, str } from './ytd.js';
import { decodeEntities, hashtagsInText, linksFrom, linksInText, mentionsInText } from './text.js';

/**
 * One like.js record (`{like: {tweetId, fullText, expandedUrl}}`) as a post of kind `like`: liking
 * is endorsing someone else's words. like.js carries no date, so every like gets `likedAt` (the
 * archive's generation date, or 1970-01-01 when the manifest is missing). Null for a like whose text
 * the archive no longer has (the liked post was deleted or is hidden): there is nothing to audit.
 */
export function readLike(record: unknown, context: XContext, source: PostSource, likedAt: string, ids: StableIds): Post | null {
  const like = obj(obj(record)?.like) ?? obj(record);
  const raw = str(like?.fullText);
  if (!like || !raw) return null;
  const tweetId = idString(like.tweetId);
  const text = decodeEntities(raw);
  // A like's id is kept apart from tweet ids: liking your own tweet must not collide with it.
  const id = tweetId ? `like-${tweetId}` : ids.next('x', 'like', likedAt, text);
  return {
    id,
    platform: 'x',
    account: context.handle,
    kind: 'like',
    createdAt: likedAt,
    text,
    url: tweetId ? `https://x.com/i/web/status/${tweetId}` : (str(like.expandedUrl) ?? null),
    inReplyTo: null,
    inReplyToAccount: null,
    mentions: mentionsInText(text),
    hashtags: hashtagsInText(text),
    links: linksFrom(linksInText(text)),
    media: [],
    audience: null,
    language: null,
    source,
    // like.js does not say whose post was liked.
    sharedFrom: null,
  };
}
