import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Link, Media, Post, PostKind } from '../model/post.js';
import { DomUtils, htmlToText, parseHtml } from './html.js';
import { StableIds, isoFromIsoLike, linkFrom } from './util.js';
import { candidateEntries, errorMessage, nothingReadable, someEntry } from './common/files.js';
import { asArray, asObject, asString, asStrings, type JsonObject } from './common/json.js';
import { baseName, mediaTypeFromMime, mediaTypeFromName } from './common/media.js';
import { unique, uniqueLinks } from './common/text.js';

/*
 * Mastodon account archive (Preferences → Import and export → Request your archive): a zip (a
 * .tar.gz before Mastodon 4.1, to be extracted first) holding outbox.json (ActivityPub
 * OrderedCollection with every activity inline), actor.json, likes.json, bookmarks.json and
 * media_attachments/files/.../original/<file>.
 *
 * Create activities are the person's posts (Note, or Question for polls); Announce activities are
 * boosts, whose object is only the boosted post's address. Visibility is encoded in to/cc; direct
 * posts are private messages and are read only with --include-messages. likes.json and
 * bookmarks.json hold bare addresses with no date or text, so they are not read.
 */

const LOOKS_FOR = 'outbox.json (an ActivityPub OrderedCollection) beside actor.json';
const OUTBOX = /(^|\/)outbox\.json$/i;
const PUBLIC = new Set(['https://www.w3.org/ns/activitystreams#Public', 'as:Public', 'Public']);
/** Posts Mastodon shows as their own "type" of object; anything else inside a Create is skipped. */
const POST_TYPES = new Set(['Note', 'Question', 'Article', 'Page']);

export const mastodonImporter: Importer = {
  id: 'mastodon',
  name: 'Mastodon account archive',
  looksFor: LOOKS_FOR,
  detect,
  read,
};

function looksLikeOutbox(head: string): boolean {
  return /"type"\s*:\s*"OrderedCollection"/.test(head) && head.includes('activitystreams');
}

async function detect(archive: Archive): Promise<boolean> {
  // The head holds @context (a few KB of vocabulary) before the type.
  return someEntry(candidateEntries(archive, OUTBOX), async (entry) => looksLikeOutbox(await archive.readText(entry.path, { maxBytes: 64 * 1024 })));
}

type Visibility = 'public' | 'unlisted' | 'followers' | 'direct';

interface Account {
  /** user@instance, when actor.json (or the activities) name it. */
  handle: string | null;
  /** The followers collection's address: to/cc holding it means followers-only. */
  followers: string | null;
}

async function read(archive: Archive, options: ImportOptions): Promise<ImportResult> {
  const ids = new StableIds();
  const media = mediaIndex(archive);
  const posts: Post[] = [];
  let account: string | null = null;
  let outboxesRead = 0;
  for (const entry of candidateEntries(archive, OUTBOX)) {
    let outbox: JsonObject | undefined;
    try {
      const text = await archive.readText(entry.path);
      if (!looksLikeOutbox(text.slice(0, 64 * 1024))) continue;
      outbox = asObject(JSON.parse(text));
    } catch (err) {
      options.warn(entry.path, `could not read this outbox (${errorMessage(err)})`);
      continue;
    }
    if (!outbox) {
      options.warn(entry.path, 'not an ActivityPub collection (no JSON object)');
      continue;
    }
    outboxesRead++;
    const who = await readActor(archive, entry.path, outbox, options);
    account ??= who.handle;
    const reader = new OutboxReader(entry.path, who, media, ids, options);
    asArray(outbox.orderedItems).forEach((item, index) => reader.item(item, index));
    reader.report();
    posts.push(...reader.posts);
  }
  if (outboxesRead === 0) throw nothingReadable('Mastodon outbox', LOOKS_FOR, options.input);
  return { account, posts, messagesScanned: options.includeMessages };
}

/** actor.json beside the outbox: the handle and the followers collection. */
async function readActor(archive: Archive, outboxPath: string, outbox: JsonObject, options: ImportOptions): Promise<Account> {
  const actorPath = outboxPath.slice(0, outboxPath.lastIndexOf('/') + 1) + 'actor.json';
  let actor: JsonObject | undefined;
  if (archive.has(actorPath)) {
    try {
      actor = asObject(JSON.parse(await archive.readText(actorPath)));
    } catch (err) {
      options.warn(actorPath, `could not read the account (${errorMessage(err)}); the handle is taken from the posts`);
    }
  }
  // Without actor.json, the first activity's actor is the account (every activity in an outbox is theirs).
  const firstActor = asArray(outbox.orderedItems).map((item) => asString(asObject(item)?.actor)).find((a) => a !== undefined);
  const actorId = asString(actor?.id) ?? firstActor ?? null;
  const username = asString(actor?.preferredUsername);
  let handle: string | null = null;
  if (actorId) {
    try {
      const host = new URL(actorId).hostname;
      handle = username ? `${username}@${host}` : accountFromUri(actorId);
    } catch {
      handle = username ?? null;
    }
  } else if (username) {
    handle = username;
  }
  const followers = asString(actor?.followers) ?? (actorId ? `${actorId}/followers` : null);
  return { handle, followers };
}

/** Media files by the part of their path from "media_attachments/" on, which outbox urls end with. */
function mediaIndex(archive: Archive): Map<string, string> {
  const index = new Map<string, string>();
  for (const { path } of archive.entries()) {
    const at = path.indexOf('media_attachments/');
    if (at >= 0) index.set(path.slice(at), path);
  }
  return index;
}

/** "user@instance" from an actor or status address (…/users/<name>/…, …/@<name>/…). */
export function accountFromUri(uri: string): string | null {
  try {
    const url = new URL(uri);
    const match = /^\/users\/([^/]+)/.exec(url.pathname) ?? /^\/@([^/]+)/.exec(url.pathname);
    return match ? `${decodeURIComponent(match[1]!)}@${url.hostname}` : null;
  } catch {
    return null;
  }
}

class OutboxReader {
  readonly posts: Post[] = [];
  private undated = 0;

  constructor(
    private readonly file: string,
    private readonly account: Account,
    private readonly media: ReadonlyMap<string, string>,
    private readonly ids: StableIds,
    private readonly options: ImportOptions,
  ) {}

  item(value: unknown, index: number): void {
    const activity = asObject(value);
    if (!activity) return;
    if (activity.type === 'Create') {
      const note = asObject(activity.object);
      if (note && POST_TYPES.has(String(note.type))) this.note(activity, note, index);
    } else if (activity.type === 'Announce') {
      this.boost(activity, index);
    }
  }

  report(): void {
    if (this.undated > 0) {
      this.options.warn(this.file, `${this.undated} activit${this.undated === 1 ? 'y' : 'ies'} skipped: no readable "published" date`);
    }
  }

  private visibility(holder: JsonObject, fallback: JsonObject): Visibility {
    const to = asStrings(holder.to ?? fallback.to);
    const cc = asStrings(holder.cc ?? fallback.cc);
    if (to.some((a) => PUBLIC.has(a))) return 'public';
    if (cc.some((a) => PUBLIC.has(a))) return 'unlisted';
    const followers = this.account.followers;
    if (to.some((a) => a === followers || a.endsWith('/followers'))) return 'followers';
    return 'direct';
  }

  private note(activity: JsonObject, note: JsonObject, index: number): void {
    const createdAt = isoFromIsoLike(asString(note.published) ?? asString(activity.published) ?? '');
    if (createdAt === null) {
      this.undated++;
      return;
    }
    const audience = this.visibility(note, activity);
    if (audience === 'direct' && !this.options.includeMessages) return;
    const contentMap = asObject(note.contentMap);
    const html = asString(note.content) ?? (contentMap ? Object.values(contentMap).map(asString).find((c) => c !== undefined) : undefined) ?? '';
    const document = parseHtml(html);
    const body = htmlToText(document.children);
    const summary = asString(note.summary)?.trim();
    const options = [...asArray(note.oneOf), ...asArray(note.anyOf)].map((o) => asString(asObject(o)?.name)).filter((n) => n !== undefined);
    const text = [summary, body, options.join('\n')].filter((part) => part !== undefined && part !== '').join('\n\n');

    const tags = asArray(note.tag).map(asObject).filter((t) => t !== undefined);
    const mentions = unique(tags.filter((t) => t.type === 'Mention').flatMap((t) => asString(t.name)?.replace(/^@/, '') ?? []));
    const hashtags = unique(tags.filter((t) => t.type === 'Hashtag').flatMap((t) => asString(t.name)?.replace(/^#/, '') ?? []));
    const tagHrefs = new Set(tags.flatMap((t) => asString(t.href) ?? []));
    const quoteOf = asString(note.quote) ?? asString(note.quoteUri) ?? asString(note.quoteUrl) ?? asString(note._misskey_quote);
    const inReplyTo = asString(note.inReplyTo) ?? asString(asObject(note.inReplyTo)?.id) ?? null;
    let kind: PostKind = 'post';
    if (audience === 'direct') kind = 'message';
    else if (quoteOf) kind = 'quote';
    else if (inReplyTo) kind = 'reply';

    const id = asString(note.id) ?? this.ids.next('mastodon', kind, createdAt, text);
    const language = contentMap ? (Object.keys(contentMap)[0] ?? null) : null;
    const post: Post = {
      id,
      platform: 'mastodon',
      account: this.account.handle,
      kind,
      createdAt,
      text,
      url: urlOf(note.url) ?? asString(note.id) ?? null,
      inReplyTo,
      inReplyToAccount: inReplyTo ? accountFromUri(inReplyTo) : null,
      mentions,
      hashtags,
      links: linksIn(document, tagHrefs),
      media: asArray(note.attachment).flatMap((a) => this.attachment(a)),
      audience,
      language,
      source: { input: this.options.input, file: this.file, index },
    };
    if (quoteOf) post.sharedFrom = accountFromUri(quoteOf);
    this.posts.push(post);
  }

  private boost(activity: JsonObject, index: number): void {
    const createdAt = isoFromIsoLike(asString(activity.published) ?? '');
    if (createdAt === null) {
      this.undated++;
      return;
    }
    const object = asObject(activity.object);
    const boosted = asString(activity.object) ?? asString(object?.id) ?? null;
    // Mastodon keeps only the boosted post's address; another server may inline the post.
    const text = object ? htmlToText(asString(object.content) ?? '') : '';
    this.posts.push({
      id: asString(activity.id) ?? this.ids.next('mastodon', 'repost', createdAt, boosted ?? ''),
      platform: 'mastodon',
      account: this.account.handle,
      kind: 'repost',
      createdAt,
      text,
      // The boosted post's page: where the boost is seen and undone.
      url: boosted,
      inReplyTo: null,
      mentions: [],
      hashtags: [],
      links: [],
      media: [],
      audience: this.visibility(activity, activity),
      language: null,
      source: { input: this.options.input, file: this.file, index },
      sharedFrom: boosted ? accountFromUri(boosted) : null,
    });
  }

  private attachment(value: unknown): Media[] {
    const attachment = asObject(value);
    const url = asString(attachment?.url) ?? asString(asObject(attachment?.url)?.href);
    if (!attachment || !url) return [];
    const at = url.indexOf('media_attachments/');
    const path = at >= 0 ? (this.media.get(url.slice(at)) ?? null) : null;
    const mime = asString(attachment.mediaType);
    return [
      {
        type: mime ? mediaTypeFromMime(mime) : mediaTypeFromName(baseName(url)),
        path,
        altText: asString(attachment.name) ?? null,
        remoteUrl: /^https?:\/\//i.test(url) ? url : null,
      },
    ];
  }
}

/** A Note's url: a string, a Link object, or a list of either. */
function urlOf(value: unknown): string | undefined {
  for (const candidate of Array.isArray(value) ? value : [value]) {
    const url = asString(candidate) ?? asString(asObject(candidate)?.href);
    if (url) return url;
  }
  return undefined;
}

/** Links in the post's HTML, leaving out mentions and hashtags (Mastodon marks them with classes and tag hrefs). */
function linksIn(document: ReturnType<typeof parseHtml>, tagHrefs: ReadonlySet<string>): Link[] {
  const anchors = DomUtils.getElementsByTagName('a', document.children, true);
  const links: Link[] = [];
  for (const anchor of anchors) {
    const href = anchor.attribs.href;
    if (!href || !/^https?:\/\//i.test(href) || tagHrefs.has(href)) continue;
    const classes = (anchor.attribs.class ?? '').split(/\s+/);
    if (classes.includes('mention') || classes.includes('hashtag') || /\btag\b/.test(anchor.attribs.rel ?? '')) continue;
    links.push(linkFrom(href));
  }
  return uniqueLinks(links);
}
