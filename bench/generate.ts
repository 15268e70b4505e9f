/**
 * Synthetic exports for the benchmark, written into bench/out/ (git-ignored) and reused when a file
 * of the same name was already written with the same parameters (a `.params.json` beside it says so).
 *
 * X archives are current-layout (2022 on): `data/tweets.js` (+ `tweets-part1.js` ... above 100,000
 * tweets, as X splits large archives), `note-tweet.js`, `like.js`, `account.js`, `manifest.js`,
 * written by the fixture builders (fixtures/x/), so the records are exactly the shape the importer
 * is tested on: Jackson-style indentation, entities, t.co links, replies, retweets, quotes, media
 * entities, long posts with their note-tweet. The data files are deflated, as X ships them; media
 * files (optional) are stored, incompressible bytes from AES-CTR, so a 2.6 GB zip takes seconds.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { ytdTweet, type Account, type TweetSpec } from '../fixtures/x/builders.js';
import { escapeHtml, manifestFile, snowflake, ytdFile, type JsonValue } from '../fixtures/x/format.js';
import { metaJson, type MetaValue } from '../fixtures/facebook/meta.js';
import type { Post } from '../src/model/post.js';
import { handle, longText, pick, postText, prng, type Random } from './corpus.js';

/** Bumped whenever what the generator writes changes, so stale files in bench/out are rewritten. */
const GENERATOR_VERSION = 3;

export const BENCH_ACCOUNT: Account = { handle: 'bench_physio_example', id: '1444555666777888999', name: 'Bench Example (fictional)' };

/** X puts at most this many tweets in one tweets file in this synthetic layout. */
const TWEETS_PER_PART = 100_000;
const ZIP_TIME = new Date(2026, 2, 6, 12, 0, 0);

export interface XArchiveSpec {
  tweets: number;
  seed: number;
  /** Media files stored in data/tweets_media: how many, and how large each is. */
  media?: { files: number; bytes: number };
}

export interface Generated {
  path: string;
  /** Bytes of the zip. */
  size: number;
  /** Whether it was written now (false: reused). */
  written: boolean;
}

/** Reuses `path` when it exists and its params file matches; otherwise runs `write`. */
async function cached(path: string, params: unknown, write: (tmp: string) => Promise<void>): Promise<Generated> {
  const stamp = `${path}.params.json`;
  const wanted = JSON.stringify({ generator: GENERATOR_VERSION, params });
  try {
    const [info, have] = await Promise.all([stat(path), readFile(stamp, 'utf8')]);
    if (have === wanted) return { path, size: info.size, written: false };
  } catch {
    // not there yet
  }
  await mkdir(dirname(path), { recursive: true });
  await rm(stamp, { force: true });
  const tmp = `${path}.tmp`;
  await write(tmp);
  await rename(tmp, path);
  await writeFile(stamp, wanted);
  return { path, size: (await stat(path)).size, written: true };
}

interface XData {
  files: Map<string, Buffer>;
  /** `data/tweets_media/<id>-<name>` of every photo, in tweet order. */
  photos: string[];
  posts: number;
}

/** Snowflake ids start in late 2010. */
const START = Date.parse('2011-01-01T00:00:00.000Z');
const END = Date.parse('2026-01-01T00:00:00.000Z');

function tweetSpecs(count: number, random: Random): TweetSpec[] {
  const step = Math.floor((END - START) / count);
  const specs: TweetSpec[] = [];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(START + i * step + Math.floor(random() * (step - 1))).toISOString();
    const { text } = postText(random);
    const roll = random();
    const spec: TweetSpec = { at, text };
    if (roll < 0.12) {
      // A classic retweet: the text is "RT @handle: ...", cut at 140 characters with "…".
      const whole = `RT @${handle(random)}: ${text}`;
      spec.text = [...whole].length > 140 ? `${[...whole].slice(0, 139).join('')}…` : whole;
    } else if (roll < 0.17 && ids.length > 0) {
      spec.text = `${text} https://x.com/${handle(random)}/status/${ids[Math.floor(random() * ids.length)]}`;
    } else if (roll < 0.32 && ids.length > 0) {
      const own = random() < 0.3;
      const other = handle(random);
      spec.replyTo = { id: ids[Math.floor(random() * ids.length)]!, handle: own ? BENCH_ACCOUNT.handle : other };
      if (!own) spec.text = `@${other} ${text}`;
    } else if (roll < 0.33) {
      spec.text = longText(random);
      spec.long = true;
    }
    if (roll >= 0.12) {
      const media = random();
      if (media < 0.04) spec.media = [{ type: 'photo', ...(random() < 0.5 ? { alt: 'A photo from the day' } : {}) }];
      else if (media < 0.045) spec.media = [{ type: 'video' }];
    }
    if (spec.text.startsWith('Bore da')) spec.lang = 'cy';
    else if (spec.text.includes('hoy he corrido')) spec.lang = 'es';
    specs.push(spec);
    ids.push(snowflake(at));
  }
  return specs;
}

/** The data files of a current-layout X archive with `count` tweets (and a tenth as many likes). */
export function xData(count: number, seed: number): XData {
  const random = prng(seed);
  const files = new Map<string, Buffer>();
  const photos: string[] = [];
  const records: JsonValue[] = [];
  const notes: JsonValue[] = [];
  for (const spec of tweetSpecs(count, random)) {
    const built = ytdTweet(BENCH_ACCOUNT, spec, { mediaDir: 'data/tweets_media', editInfo: spec.at >= '2022-09-01' });
    records.push({ tweet: built.record });
    if (built.note) notes.push(built.note);
    if (spec.media?.[0]?.type === 'photo') {
      const media = (built.record.extended_entities as { media: { media_url_https: string }[] }).media[0]!;
      photos.push(`data/tweets_media/${built.id}-${media.media_url_https.slice(media.media_url_https.lastIndexOf('/') + 1)}`);
    }
  }
  // X lists tweets newest first.
  records.reverse();
  const parts: { name: string; count: number }[] = [];
  for (let part = 0; part * TWEETS_PER_PART < records.length || part === 0; part++) {
    const slice = records.slice(part * TWEETS_PER_PART, (part + 1) * TWEETS_PER_PART);
    const name = part === 0 ? 'data/tweets.js' : `data/tweets-part${part}.js`;
    files.set(name, Buffer.from(ytdFile('tweets', part, slice, 'lines')));
    parts.push({ name, count: slice.length });
  }
  files.set('data/note-tweet.js', Buffer.from(ytdFile('note_tweet', 0, notes, 'lines')));
  const likes: JsonValue[] = [];
  for (let i = 0; i < Math.floor(count / 10); i++) {
    const tweetId = snowflake(new Date(START + Math.floor(random() * (END - START))).toISOString(), i & 0xfff);
    likes.push({ like: { tweetId, fullText: escapeHtml(postText(random).text), expandedUrl: `https://twitter.com/i/web/status/${tweetId}` } });
  }
  files.set('data/like.js', Buffer.from(ytdFile('like', 0, likes, 'lines')));
  files.set(
    'data/account.js',
    Buffer.from(
      ytdFile('account', 0, [{ account: { email: 'bench@example.invalid', createdVia: 'web', username: BENCH_ACCOUNT.handle, accountId: BENCH_ACCOUNT.id, createdAt: '2009-11-01T10:00:00.000Z', accountDisplayName: BENCH_ACCOUNT.name } }], 'lines'),
    ),
  );
  const entry = (fileName: string, globalName: string, n: number): JsonValue => ({ fileName, globalName, count: String(n) });
  files.set(
    'data/manifest.js',
    Buffer.from(
      manifestFile({
        userInfo: { accountId: BENCH_ACCOUNT.id, userName: BENCH_ACCOUNT.handle, displayName: BENCH_ACCOUNT.name },
        archiveInfo: { sizeBytes: '0', generationDate: '2026-03-06T13:15:31.187Z', isPartialArchive: false, maxPartSizeBytes: '53687091200' },
        readmeInfo: { fileName: 'data/README.txt', directory: 'data/', name: 'README.txt' },
        dataTypes: {
          account: { files: [entry('data/account.js', 'YTD.account.part0', 1)] },
          like: { files: [entry('data/like.js', 'YTD.like.part0', likes.length)] },
          noteTweet: { files: [entry('data/note-tweet.js', 'YTD.note_tweet.part0', notes.length)] },
          tweets: { mediaDirectory: 'data/tweets_media', files: parts.map((p, i) => entry(p.name, `YTD.tweets.part${i}`, p.count)) },
        },
      }),
    ),
  );
  files.set('data/README.txt', Buffer.from('Synthetic X archive written by hindsight\'s bench/generate.ts. No real account or person.\n'));
  files.set('Your archive.html', Buffer.from('<!DOCTYPE html><title>Your archive (synthetic)</title><p>Synthetic benchmark archive.</p>\n'));
  return { files, photos, posts: count + likes.length };
}

/** Incompressible bytes for one media file: a PNG signature and header, then AES-CTR keystream. */
function mediaStream(seed: number, index: number, size: number): Readable {
  const key = createHash('sha256').update(`bench-media:${seed}`).digest().subarray(0, 16);
  const iv = Buffer.alloc(16);
  iv.writeUInt32BE(index, 12);
  const cipher = createCipheriv('aes-128-ctr', key, iv);
  const head = Buffer.from('89504e470d0a1a0a0000000d49484452000007800000043808060000005ed4d37e', 'hex');
  const chunk = 1 << 20;
  const zeros = Buffer.alloc(chunk);
  return Readable.from(
    (function* () {
      yield head;
      for (let done = head.length; done < size; done += chunk) yield cipher.update(zeros.subarray(0, Math.min(chunk, size - done)));
    })(),
  );
}

async function writeZip(path: string, data: XData, media: XArchiveSpec['media'], seed: number): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const name of [...data.files.keys()].sort()) {
    zip.addBuffer(data.files.get(name)!, name, { mtime: ZIP_TIME, mode: 0o100644, compress: name.endsWith('.js') || name.endsWith('.html') });
  }
  if (media && media.files > 0) {
    const every = Math.max(1, Math.floor(data.photos.length / media.files));
    const chosen = data.photos.filter((_, i) => i % every === 0).slice(0, media.files);
    if (chosen.length < media.files) throw new Error(`only ${data.photos.length} photo tweets; cannot store ${media.files} media files`);
    chosen.forEach((name, i) => {
      zip.addReadStreamLazy(name, { mtime: ZIP_TIME, mode: 0o100644, compress: false, size: media.bytes }, (cb) => cb(null, mediaStream(seed, i, media.bytes)));
    });
  }
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('close', resolve);
    out.on('error', reject);
    zip.outputStream.on('error', reject);
    zip.outputStream.pipe(out);
  });
}

/** Writes (or reuses) the zips named in `specs`; the data files are built once per (tweets, seed). */
export async function generateXArchives(specs: { path: string; spec: XArchiveSpec }[], log: (line: string) => void): Promise<Map<string, Generated>> {
  const out = new Map<string, Generated>();
  const data = new Map<string, XData>();
  for (const { path, spec } of specs) {
    const result = await cached(path, spec, async (tmp) => {
      const key = `${spec.tweets}:${spec.seed}`;
      let d = data.get(key);
      if (!d) {
        const started = performance.now();
        d = xData(spec.tweets, spec.seed);
        data.clear();
        data.set(key, d);
        log(`  built ${spec.tweets} tweets in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
      await writeZip(tmp, d, spec.media, spec.seed);
    });
    if (result.written) log(`  wrote ${path} (${(result.size / 1e6).toFixed(0)} MB)`);
    out.set(path, result);
  }
  return out;
}

// ---- Facebook ----

const FB_OWNER = 'Morgan Bench';

/**
 * A Facebook "Download Your Information" export in the 2025 JSON layout: posts over three
 * `your_posts__check_ins__photos_and_videos_N.json` files (bare lists, newest first) and
 * `comments.json` {comments_v2}, every non-ASCII byte escaped the way Meta writes it.
 */
export function facebookData(posts: number, comments: number, seed: number): Map<string, Buffer> {
  const random = prng(seed);
  const span = END - START;
  const stamp = (i: number, count: number): number => Math.floor((START + (i / count) * span + random() * (span / count)) / 1000);
  const postRecords: MetaValue[] = [];
  for (let i = 0; i < posts; i++) {
    const text = random() < 0.03 ? longText(random) : postText(random).text;
    const timestamp = stamp(i, posts);
    const link = random() < 0.08 ? [{ data: [{ external_context: { url: `https://example.org/read/${i}`, name: 'An article' } }] }] : undefined;
    postRecords.push({ timestamp, attachments: link, data: [{ post: text }, { update_timestamp: timestamp }], title: `${FB_OWNER} updated their status.` });
  }
  const commentRecords: MetaValue[] = [];
  for (let i = 0; i < comments; i++) {
    const timestamp = stamp(i, comments);
    commentRecords.push({
      timestamp,
      data: [{ comment: { timestamp, comment: postText(random).text, author: FB_OWNER } }],
      title: `${FB_OWNER} commented on ${pick(random, ['Sam Example', 'Alex Fixture', 'Jo Example'])}'s post.`,
    });
  }
  postRecords.reverse();
  commentRecords.reverse();
  const files = new Map<string, Buffer>();
  const root = 'your_facebook_activity/';
  const third = Math.ceil(postRecords.length / 3);
  for (let part = 0; part < 3; part++) {
    files.set(`${root}posts/your_posts__check_ins__photos_and_videos_${part + 1}.json`, Buffer.from(metaJson(postRecords.slice(part * third, (part + 1) * third))));
  }
  files.set(`${root}comments_and_reactions/comments.json`, Buffer.from(metaJson({ comments_v2: commentRecords })));
  files.set(
    'personal_information/profile_information/profile_information.json',
    Buffer.from(metaJson({ profile_v2: { name: { full_name: FB_OWNER, first_name: 'Morgan', middle_name: '', last_name: 'Bench' }, username: 'morgan.bench.example', registration_timestamp: Math.floor(START / 1000) } })),
  );
  return files;
}

export async function generateFacebookArchive(path: string, spec: { posts: number; comments: number; seed: number }, log: (line: string) => void): Promise<Generated> {
  const result = await cached(path, { facebook: spec }, async (tmp) => {
    const files = facebookData(spec.posts, spec.comments, spec.seed);
    await writeZip(tmp, { files, photos: [], posts: spec.posts + spec.comments }, undefined, spec.seed);
  });
  if (result.written) log(`  wrote ${path} (${(result.size / 1e6).toFixed(0)} MB)`);
  return result;
}

// ---- posts for the rules alone ----

const PLATFORMS: Post['platform'][] = ['x', 'x', 'x', 'facebook', 'facebook', 'instagram', 'linkedin', 'reddit', 'mastodon', 'bluesky'];
const KINDS: Post['kind'][] = ['post', 'post', 'post', 'post', 'reply', 'reply', 'repost', 'quote', 'comment', 'like'];

/** `count` varied posts as importers produce them, for timing `checkPost` alone. */
export function rulePosts(count: number, seed: number): Post[] {
  const random = prng(seed);
  const posts: Post[] = [];
  const step = Math.floor((END - START) / count);
  for (let i = 0; i < count; i++) {
    const text = random() < 0.03 ? longText(random) : postText(random).text;
    const platform = pick(random, PLATFORMS);
    const kind = pick(random, KINDS);
    const links = [...text.matchAll(/https?:\/\/[^\s]+/g)].map((m) => ({ url: m[0], domain: new URL(m[0]).hostname }));
    posts.push({
      id: String(1_000_000 + i),
      platform,
      account: 'bench_physio_example',
      kind,
      createdAt: new Date(START + i * step).toISOString(),
      text,
      url: `https://example.org/${platform}/${i}`,
      inReplyTo: kind === 'reply' ? String(999_000 + i) : null,
      mentions: [...text.matchAll(/@(\w{1,15})/g)].map((m) => m[1]!),
      hashtags: [...text.matchAll(/#(\w+)/g)].map((m) => m[1]!),
      links,
      media: random() < 0.05 ? [{ type: 'photo', path: null, altText: random() < 0.5 ? 'A photo from the day' : null }] : [],
      audience: null,
      language: 'en',
      source: { input: 'bench', file: 'bench.json', index: i },
      sharedFrom: kind === 'repost' || kind === 'quote' ? handle(random) : null,
    });
  }
  return posts;
}

export async function generateRulePosts(path: string, spec: { posts: number; seed: number }): Promise<Generated> {
  return cached(path, { rules: spec }, async (tmp) => {
    await writeFile(tmp, JSON.stringify(rulePosts(spec.posts, spec.seed)));
  });
}
