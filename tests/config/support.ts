/** Shared helpers for the configuration and media tests. */
import type { Media, Post } from '../../src/model/post.js';
import { judgePost, type AuditOptions } from '../../src/pipeline/audit.js';
import { loadPack } from '../../src/standards/pack.js';
import type { ReportPost } from '../../src/model/report.js';

export const pack = loadPack('hcpc');

let seq = 0;

/** A post as an importer would give it. */
export function post(text: string, extra: Partial<Post> = {}): Post {
  seq++;
  return {
    id: String(1000 + seq),
    platform: 'x',
    account: 'fixture_me',
    kind: 'post',
    createdAt: '2020-05-01T12:00:00.000Z',
    text,
    url: null,
    inReplyTo: null,
    mentions: [],
    hashtags: [],
    links: [],
    media: [],
    audience: null,
    language: 'en',
    source: { input: 'test', file: 'data/tweets.js', index: seq },
    ...extra,
  };
}

export function photo(extra: Partial<Media> = {}): Media {
  return { type: 'photo', path: 'data/tweets_media/1-abc.jpg', altText: null, ...extra };
}

/**
 * Judges one post with these options (the pack added). Unless the options say otherwise, the review
 * threshold is 1, so that every finding shows (kept posts carry none).
 */
export function judge(p: Post, options: Omit<AuditOptions, 'pack'> = {}): ReportPost {
  return judgePost(p, { pack, thresholds: { delete: 70, review: 1 }, ...options }, ['fixture_me']);
}

export function ruleIds(r: ReportPost): string[] {
  return r.findings.map((f) => f.ruleId);
}
