/**
 * Builds the Post model from an evaluation item as an importer would: platform 'x', the item's
 * kind, mentions/hashtags/links read from the text, and `media: true` as one photo with no path.
 */
import type { Post, PostKind } from '../src/model/post.js';

/** The account the evaluated posts belong to (passed to the pipeline as the user's own handle). */
export const EVAL_ACCOUNT = 'hindsight_eval';
const CREATED_AT = '2022-06-01T12:00:00.000Z';

export interface PostInput {
  id: string;
  text: string;
  kind?: PostKind | undefined;
  media?: boolean | undefined;
  /** Which set the item comes from, recorded as the post's source. */
  set: string;
  index?: number;
}

const MENTION = /(?<![\p{L}\p{N}_@])@([A-Za-z0-9_]{1,30})/gu;
const HASHTAG = /(?<![\p{L}\p{N}_&#])#([\p{L}\p{N}_]+)/gu;
const URL_RE = /\bhttps?:\/\/[^\s<>"']+/g;

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}

export function toPost(input: PostInput): Post {
  const kind: PostKind = input.kind ?? 'post';
  const mentions = unique([...input.text.matchAll(MENTION)].map((m) => m[1]!));
  const hashtags = unique([...input.text.matchAll(HASHTAG)].map((m) => m[1]!));
  const links = unique([...input.text.matchAll(URL_RE)].map((m) => m[0].replace(/[.,;:!?)]+$/, ''))).map((url) => ({ url, domain: domainOf(url) }));
  return {
    id: input.id,
    platform: 'x',
    account: EVAL_ACCOUNT,
    kind,
    createdAt: CREATED_AT,
    text: input.text,
    url: null,
    inReplyTo: kind === 'reply' ? `${input.id}-parent` : null,
    inReplyToAccount: kind === 'reply' ? (mentions[0] ?? null) : null,
    mentions,
    hashtags,
    links,
    media: input.media ? [{ type: 'photo', path: null, altText: null }] : [],
    audience: 'public',
    language: 'en',
    source: { input: `eval:${input.set}`, file: input.set, ...(input.index !== undefined ? { index: input.index } : {}) },
    // Reposts carry someone else's words; the importers record whose.
    sharedFrom: kind === 'repost' ? 'someone_else' : null,
  };
}
