import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Link, Media, Post, PostKind } from '../model/post.js';
import { isoFromIsoLike, linkFrom } from './util.js';
import { candidateEntries, errorMessage, nothingReadable, someEntry } from './common/files.js';
import { asArray, asObject, asString, type JsonObject } from './common/json.js';
import { baseName, mediaTypeFromMime } from './common/media.js';
import { unique, uniqueLinks } from './common/text.js';
import { blobCid, isCarHeader, readRepo, tidTime, type RepoRecord } from './bluesky/repo.js';

/*
 * Bluesky repository export (a .car file, usually repo.car): posts (with replies and quotes),
 * reposts and likes. Images and videos are not inside the CAR; when the user keeps blob files
 * beside it, named by their CID (as blob download tools save them), media paths point at them.
 *
 * Ids are at-URIs (at://<did>/<collection>/<rkey>): a reply's inReplyTo is its parent's at-URI, so
 * a reply to one of the person's own posts names that post's id. The repository names the
 * account only by its DID (the handle lives in the DID document, not the repo), so account and
 * links use the DID; bsky.app resolves /profile/<did>/post/<rkey> like a handle.
 */

const LOOKS_FOR = 'a repository .car file (Settings → Export my data) starting with a CAR header';
const CAR_FILE = /\.car$/i;
const POST = 'app.bsky.feed.post';
const REPOST = 'app.bsky.feed.repost';
const LIKE = 'app.bsky.feed.like';
const READ_COLLECTIONS = new Set([POST, REPOST, LIKE]);

export const blueskyImporter: Importer = {
  id: 'bluesky',
  name: 'Bluesky repository (CAR)',
  looksFor: LOOKS_FOR,
  detect,
  read,
};

async function detect(archive: Archive): Promise<boolean> {
  return someEntry(candidateEntries(archive, CAR_FILE), async (entry) => isCarHeader(await archive.readBytes(entry.path, { maxBytes: 1024 })));
}

async function read(archive: Archive, options: ImportOptions): Promise<ImportResult> {
  const blobs = blobIndex(archive);
  const posts: Post[] = [];
  let account: string | null = null;
  let reposRead = 0;
  for (const entry of candidateEntries(archive, CAR_FILE)) {
    let repo;
    try {
      const bytes = await archive.readBytes(entry.path);
      if (!(await isCarHeader(bytes.subarray(0, 1024)))) continue;
      repo = readRepo(bytes, (collection) => READ_COLLECTIONS.has(collection));
    } catch (err) {
      options.warn(entry.path, `could not read this repository (${errorMessage(err)})`);
      continue;
    }
    reposRead++;
    if (repo.missingBlocks > 0) {
      options.warn(entry.path, `${repo.missingBlocks} record${repo.missingBlocks === 1 ? '' : 's'} or tree node${repo.missingBlocks === 1 ? '' : 's'} missing from the file; the export may be incomplete`);
    }
    const did = repo.did ?? 'unknown';
    account ??= repo.did;
    const ownText = new Map<string, string>();
    for (const record of repo.records) {
      const text = asString(asObject(record.value)?.text);
      if (record.collection === POST && text !== undefined) ownText.set(`at://${did}/${POST}/${record.rkey}`, text);
    }
    const context: Context = { did, file: entry.path, blobs, ownText, options };
    let undated = 0;
    repo.records.forEach((record, index) => {
      const post = toPost(record, index, context);
      if (post) posts.push(post);
      else undated++;
    });
    if (undated > 0) options.warn(entry.path, `${undated} record${undated === 1 ? '' : 's'} skipped: no readable creation time`);
  }
  if (reposRead === 0) throw nothingReadable('Bluesky repository', LOOKS_FOR, options.input);
  return { account, posts };
}

interface Context {
  did: string;
  file: string;
  /** Blob files kept beside the CAR, by CID. */
  blobs: ReadonlyMap<string, string>;
  /** The person's own posts' text by at-URI, for reposts and likes of their own posts. */
  ownText: ReadonlyMap<string, string>;
  options: ImportOptions;
}

/** Files named by a CID (with or without an extension), which is how blob downloads are saved. */
function blobIndex(archive: Archive): Map<string, string> {
  const index = new Map<string, string>();
  for (const { path } of archive.entries()) {
    if (CAR_FILE.test(path)) continue;
    const name = baseName(path);
    const stem = name.includes('.') ? name.slice(0, name.indexOf('.')) : name;
    if (/^(baf[a-z2-7]{20,}|Qm[1-9A-HJ-NP-Za-km-z]{44})$/.test(stem)) index.set(stem, path);
  }
  return index;
}

/** at://<did>/<collection>/<rkey> split, or null. */
function parseAtUri(uri: string | undefined): { did: string; collection: string; rkey: string } | null {
  const match = /^at:\/\/([^/]+)\/([^/]+)\/([^/?#]+)/.exec(uri ?? '');
  return match ? { did: match[1]!, collection: match[2]!, rkey: match[3]! } : null;
}

/** The bsky.app page of a post, feed or list address; null for other records. */
export function webUrl(uri: string | undefined): string | null {
  const at = parseAtUri(uri);
  if (!at) return null;
  const page = at.collection === POST ? 'post' : at.collection === 'app.bsky.feed.generator' ? 'feed' : at.collection === 'app.bsky.graph.list' ? 'lists' : null;
  return page ? `https://bsky.app/profile/${at.did}/${page}/${at.rkey}` : null;
}

function toPost(record: RepoRecord, index: number, context: Context): Post | null {
  const value = asObject(record.value) ?? {};
  const createdAt = isoFromIsoLike(asString(value.createdAt) ?? '') ?? tidTime(record.rkey);
  if (createdAt === null) return null;
  const base = {
    id: `at://${context.did}/${record.collection}/${record.rkey}`,
    platform: 'bluesky' as const,
    account: context.did,
    createdAt,
    source: { input: context.options.input, file: context.file, index },
  };
  if (record.collection !== POST) {
    // A repost or like: its subject is someone's post; its words are known only when that is the person's own.
    const subject = asString(asObject(value.subject)?.uri);
    return {
      ...base,
      kind: record.collection === REPOST ? 'repost' : 'like',
      text: (subject && context.ownText.get(subject)) ?? '',
      url: webUrl(subject),
      inReplyTo: null,
      mentions: [],
      hashtags: [],
      links: [],
      media: [],
      audience: 'public',
      language: null,
      sharedFrom: parseAtUri(subject)?.did ?? null,
    };
  }

  const text = typeof value.text === 'string' ? value.text : '';
  const rich = richText(text, value);
  const embed = readEmbed(asObject(value.embed), context);
  const parent = asString(asObject(asObject(value.reply)?.parent)?.uri) ?? null;
  const quoted = parseAtUri(embed.quoted ?? undefined);
  let kind: PostKind = 'post';
  if (quoted?.collection === POST) kind = 'quote';
  else if (parent) kind = 'reply';
  const post: Post = {
    ...base,
    kind,
    text,
    url: `https://bsky.app/profile/${context.did}/post/${record.rkey}`,
    inReplyTo: parent,
    inReplyToAccount: parent ? (parseAtUri(parent)?.did ?? null) : null,
    mentions: rich.mentions,
    hashtags: unique([...rich.hashtags, ...asArray(value.tags).flatMap((t) => asString(t) ?? [])]),
    links: uniqueLinks([...rich.links, ...embed.links]),
    media: embed.media,
    audience: 'public',
    language: asString(asArray(value.langs)[0]) ?? null,
  };
  if (kind === 'quote') post.sharedFrom = quoted!.did;
  return post;
}

/**
 * Mentions, links and hashtags from facets, whose index is in UTF-8 bytes of the text (not
 * UTF-16 code units: "🎉 " before a link moves it 5 bytes but 3 code units). A mention's handle is
 * the text it covers; links and tags carry their own value and fall back to the covered text.
 * Records from 2023 use `entities` with the value inline instead.
 */
export function richText(text: string, record: JsonObject): { mentions: string[]; hashtags: string[]; links: Link[] } {
  const mentions: string[] = [];
  const hashtags: string[] = [];
  const links: Link[] = [];
  const bytes = Buffer.from(text, 'utf8');
  for (const facet of asArray(record.facets).map(asObject)) {
    const index = asObject(facet?.index);
    const covered = byteSlice(bytes, index?.byteStart, index?.byteEnd);
    for (const feature of asArray(facet?.features).map(asObject)) {
      const type = asString(feature?.$type) ?? '';
      if (type.endsWith('#mention')) {
        const handle = covered?.startsWith('@') ? covered.slice(1) : asString(feature?.did);
        if (handle) mentions.push(handle);
      } else if (type.endsWith('#link')) {
        const uri = asString(feature?.uri) ?? covered;
        if (uri) links.push(linkFrom(uri));
      } else if (type.endsWith('#tag')) {
        const tag = asString(feature?.tag) ?? covered?.replace(/^[#＃]/, '');
        if (tag) hashtags.push(tag);
      }
    }
  }
  for (const entity of asArray(record.entities).map(asObject)) {
    const value = asString(entity?.value);
    if (!value) continue;
    if (entity?.type === 'mention') mentions.push(value);
    else if (entity?.type === 'link') links.push(linkFrom(value));
  }
  return { mentions: unique(mentions), hashtags: unique(hashtags), links: uniqueLinks(links) };
}

/** The text between two UTF-8 byte offsets, or null when they are not a range inside the text. */
export function byteSlice(bytes: Buffer, start: unknown, end: unknown): string | null {
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > bytes.length || start >= end) return null;
  return bytes.subarray(start, end).toString('utf8');
}

interface Embedded {
  media: Media[];
  links: Link[];
  /** The at-URI of an embedded record (a quoted post, a feed, a list). */
  quoted: string | null;
}

function readEmbed(embed: JsonObject | undefined, context: Context): Embedded {
  const out: Embedded = { media: [], links: [], quoted: null };
  if (!embed) return out;
  const type = asString(embed.$type) ?? '';
  const blobMedia = (blob: unknown, alt: unknown, fallback: Media['type']): Media => {
    const cid = blobCid(blob);
    const mime = asString(asObject(blob)?.mimeType);
    return {
      type: mime ? mediaTypeFromMime(mime) : fallback,
      path: cid ? (context.blobs.get(cid) ?? null) : null,
      altText: asString(alt) ?? null,
    };
  };
  if (type === 'app.bsky.embed.images') {
    for (const image of asArray(embed.images).map(asObject)) if (image) out.media.push(blobMedia(image.image, image.alt, 'photo'));
  } else if (type === 'app.bsky.embed.video') {
    out.media.push(blobMedia(embed.video, embed.alt, 'video'));
  } else if (type === 'app.bsky.embed.external') {
    const uri = asString(asObject(embed.external)?.uri);
    if (uri) out.links.push(linkFrom(uri));
  } else if (type === 'app.bsky.embed.record') {
    out.quoted = asString(asObject(embed.record)?.uri) ?? null;
  } else if (type === 'app.bsky.embed.recordWithMedia') {
    out.quoted = asString(asObject(asObject(embed.record)?.record)?.uri) ?? null;
    const media = readEmbed(asObject(embed.media), context);
    out.media.push(...media.media);
    out.links.push(...media.links);
  }
  return out;
}
