import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Post, PostKind } from '../model/post.js';
import { StableIds, isoFromIsoLike } from './util.js';
import { FileProblem, firstLine, readFiles, readHeads } from './common/files.js';
import { asArray, asObject, type JsonObject } from './common/json.js';
import { tagsInText } from './common/text.js';
import { chatPartner, field, stringField } from './tiktok/json.js';
import { TXT_SECTIONS, looksLikeTikTokTxt, parseTikTokTxt } from './tiktok/txt.js';

/*
 * TikTok "Download your data" in JSON: one file, `user_data.json` (to about 2023) or
 * `user_data_tiktok.json` (2024 on). Section names changed between the two and key casing is mixed
 * within one file (`date` and `Date`), so keys are matched loosely (see tiktok/json.ts). Empty lists
 * are `null`. The TXT download (a text file per section, see tiktok/txt.ts) is read for its
 * comments and posts.
 */

/** Keys only a TikTok export has, looked for near the start of a JSON file. */
const TIKTOK_KEYS =
  /"(?:VideoList|CommentsList|ChatHistory|ProfileMap|ItemFavoriteList|Ads and data|App Settings|Your Activity|Tiktok Live|TikTok Shop|Video Browsing History|Favorite Videos)"\s*:/;
const JSON_START = /^\s*\{/;
const JSON_FILE = /\.json$/i;
const KNOWN_NAMES = new Set(['user_data.json', 'user_data_tiktok.json']);
const VIDEO_ID = /\/video\/(\d+)/;
const TIKTOK_PAGE = /^https?:\/\/(?:[\w-]+\.)*(?:tiktok|tiktokv)\.com\//i;
const WEB_LINK = /^https?:\/\//i;
/** Placeholders TikTok writes instead of an empty value. */
const PLACEHOLDERS = new Set(['', 'N/A', 'None', 'null']);
const HEAD_BYTES = 64 * 1024;

/** Where each kind of content sits, in the 2024 layout and the older one. */
const VIDEO_PATHS = [
  ['Post', 'Posts', 'VideoList'],
  ['Video', 'Videos', 'VideoList'],
] as const;
// Some exports put the list straight under "Comment", without the "Comments" level.
const COMMENT_PATHS = [
  ['Comment', 'Comments', 'CommentsList'],
  ['Comment', 'CommentsList'],
] as const;
/** Lives watched, each with what the person wrote in its chat: {<live id>: {Link, Comments, Questions}}. */
const LIVE_PATH = ['Tiktok Live', 'Watch Live History', 'WatchLiveMap'] as const;
const CHAT_PATHS = [
  ['Direct Message', 'Direct Messages', 'ChatHistory'],
  ['Direct Messages', 'Chat History', 'ChatHistory'],
] as const;
const PROFILE_PATHS = [
  ['Profile', 'Profile Info', 'ProfileMap'],
  ['Profile', 'Profile Information', 'ProfileMap'],
  // 2026 layout: profile and settings sections merged (d3i-infra/data-donation-task tiktok.py).
  ['Profile And Settings', 'Profile Info', 'ProfileMap'],
] as const;
const CAPTION_FIELDS = ['Title', 'Description', 'VideoDescription', 'Caption'] as const;

type TikTokFile = { path: string; form: 'json' } | { path: string; form: 'txt'; section: 'comments' | 'posts' };

const TXT_FILE = /(?:^|\/)(?:comments?|reacties|posts?|videos|berichten)\.txt$/i;
const TXT_PROFILE = /(?:^|\/)(?:profile info(?:rmation)?|profielinformatie)\.txt$/i;
const TXT_USERNAME = /^[ \t]*(?:user ?name|gebruikersnaam)[ \t]*:[ \t]*(\S+)[ \t]*$/im;

async function findFiles(archive: Archive): Promise<TikTokFile[]> {
  const heads = await readHeads(archive, JSON_FILE, HEAD_BYTES);
  const files: TikTokFile[] = heads.filter(({ head }) => JSON_START.test(head) && TIKTOK_KEYS.test(head)).map(({ path }) => ({ path, form: 'json' }));
  for (const { path, head } of await readHeads(archive, TXT_FILE, 4096)) {
    const section = TXT_SECTIONS.get(path.slice(path.lastIndexOf('/') + 1).toLowerCase());
    if (section && looksLikeTikTokTxt(head)) files.push({ path, form: 'txt', section });
  }
  return files;
}

/** The handle a TXT download's profile file gives (`Username: …`), or null. */
async function txtAccount(archive: Archive): Promise<string | null> {
  for (const entry of archive.find(TXT_PROFILE)) {
    try {
      const name = present(TXT_USERNAME.exec(await archive.readText(entry.path, { maxBytes: 64 * 1024 }))?.[1] ?? '');
      if (name) return name.replace(/^@/, '');
    } catch {
      // the posts are read without the handle
    }
  }
  return null;
}

export const tiktokImporter: Importer = {
  id: 'tiktok',
  name: 'TikTok data download',
  looksFor:
    'user_data_tiktok.json or user_data.json (the JSON download) with TikTok sections such as "Post"/"Video", "Comment", "Direct Message", or the TXT download\'s Comments.txt and Posts.txt',

  async detect(archive: Archive): Promise<boolean> {
    return (await findFiles(archive)).length > 0;
  },

  async read(archive: Archive, options: ImportOptions): Promise<ImportResult> {
    const posts: Post[] = [];
    const ids = new StableIds();
    const files = await findFiles(archive);
    let account: string | null = files.some((f) => f.form === 'txt') ? await txtAccount(archive) : null;
    let messagesScanned = options.includeMessages;
    await readFiles(archive, options, files, {
      importer: tiktokImporter,
      knownNames: KNOWN_NAMES,
      unrecognised: () => 'is not a TikTok JSON download (no TikTok sections near its start), so it was skipped; download your data again choosing JSON',
      retry: 'download your data again',
      async read(file) {
        const { path } = file;
        if (file.form === 'txt') {
          const result = readTxt(await archive.readText(path), file.section, path, options, ids, account);
          posts.push(...result.posts);
          // Direct messages are not read from the TXT download.
          messagesScanned = false;
          if (result.skipped > 0) {
            options.warn(path, `${result.skipped} record${result.skipped === 1 ? '' : 's'} without a readable Date skipped; the rest of the file was read`);
          }
          return;
        }
        const data = parseJson(await archive.readText(path));
        const result = readExport(data, path, options, ids);
        account ??= result.account;
        posts.push(...result.posts);
        if (result.skipped > 0) {
          options.warn(path, `${result.skipped} item${result.skipped === 1 ? '' : 's'} without a readable Date skipped; the rest of the file was read`);
        }
      },
    });
    return { account, posts, messagesScanned };
  },
};

function parseJson(text: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new FileProblem(`not valid JSON (${firstLine(err)}); the file may be cut short, so download your data again`);
  }
  const object = asObject(value);
  if (!object) throw new FileProblem('the JSON is not an object of TikTok sections; download your data again');
  return object;
}

interface ExportPosts {
  account: string | null;
  posts: Post[];
  skipped: number;
}

type Add = (kind: PostKind, date: string | undefined, text: string, extra?: Partial<Post>) => void;

/** Adds a post to `out` (a record without a readable date is counted as skipped instead). */
function adder(out: ExportPosts, path: string, options: ImportOptions, ids: StableIds): Add {
  let index = 0;
  const account = out.account;
  return (kind, date, text, extra = {}) => {
    const source = { input: options.input, file: path, index: index++ };
    const createdAt = date === undefined ? null : isoFromIsoLike(date);
    if (!createdAt) {
      out.skipped++;
      return;
    }
    out.posts.push({
      id: extra.id ?? ids.next('tiktok', kind, createdAt, text),
      platform: 'tiktok',
      account,
      kind,
      createdAt,
      text,
      url: null,
      inReplyTo: null,
      ...tagsInText(text),
      media: [],
      audience: null,
      language: null,
      source,
      ...extra,
    });
  };
}

/** A video's fields, whichever download they come from (keys compared loosely). */
function addVideo(add: Add, video: unknown): void {
  const caption = CAPTION_FIELDS.map((name) => stringField(video, name)).find((v) => v !== undefined) ?? '';
  const link = present(stringField(video, 'Link') ?? stringField(video, 'VideoLink'));
  const videoId = link ? VIDEO_ID.exec(link)?.[1] : undefined;
  const page = link && TIKTOK_PAGE.test(link) ? link : null;
  add('video', stringField(video, 'Date'), caption, {
    // The share link carries the video's own id; older exports gave a download link instead.
    ...(videoId && page ? { id: videoId } : {}),
    url: page,
    media: link ? [{ type: 'video', path: null, altText: null, remoteUrl: link }] : [],
    audience: audienceFrom(stringField(video, 'WhoCanView')),
  });
}

/** One TXT section file: its comments or its videos. */
function readTxt(text: string, section: 'comments' | 'posts', path: string, options: ImportOptions, ids: StableIds, account: string | null): ExportPosts {
  const out: ExportPosts = { account, posts: [], skipped: 0 };
  const add = adder(out, path, options, ids);
  for (const record of parseTikTokTxt(text)) {
    const date = record['date'] ?? record['datum'];
    if (section === 'posts') {
      addVideo(add, date === undefined ? record : { ...record, date });
      continue;
    }
    const words = record['comment'] ?? record['reactie'] ?? '';
    if (present(words) === null) continue;
    const url = present(record['url'] ?? record['link'] ?? record['originalpostlink'] ?? record['originalposturl']);
    add('comment', date, words, { url: url && WEB_LINK.test(url) ? url : null });
  }
  return out;
}

function readExport(data: JsonObject, path: string, options: ImportOptions, ids: StableIds): ExportPosts {
  const profile = PROFILE_PATHS.map((p) => field(data, ...p)).find((v) => v !== undefined);
  const account = present(stringField(profile, 'userName'));
  const out: ExportPosts = { account, posts: [], skipped: 0 };
  const add = adder(out, path, options, ids);

  for (const videos of VIDEO_PATHS.map((p) => asArray(field(data, ...p)))) {
    for (const video of videos) addVideo(add, video);
  }

  for (const comment of COMMENT_PATHS.flatMap((p) => asArray(field(data, ...p)))) {
    const text = stringField(comment, 'Comment') ?? '';
    if (text === '') continue;
    const url = present(stringField(comment, 'url'));
    add('comment', stringField(comment, 'Date'), text, { url: url && WEB_LINK.test(url) ? url : null });
  }

  // Comments and questions typed into the chat of someone else's live: public, and the person's own words.
  const lives = field(data, ...LIVE_PATH);
  if (lives && typeof lives === 'object' && !Array.isArray(lives)) {
    for (const live of Object.values(lives as JsonObject)) {
      const link = present(stringField(live, 'Link'));
      const url = link && WEB_LINK.test(link) ? link : null;
      for (const [list, textKey, timeKey] of [['Comments', 'CommentContent', 'CommentTime'], ['Questions', 'QuestionContent', 'QuestionTime']] as const) {
        for (const item of asArray(field(live, list))) {
          const text = stringField(item, textKey) ?? '';
          if (text !== '') add('live-chat', stringField(item, timeKey), text, { url });
        }
      }
    }
  }

  if (options.includeMessages) {
    for (const chats of CHAT_PATHS.map((p) => field(data, ...p))) {
      if (!chats || typeof chats !== 'object') continue;
      for (const [title, messages] of Object.entries(chats as JsonObject)) {
        const partner = chatPartner(title);
        for (const message of asArray(messages)) {
          const from = stringField(message, 'From') ?? '';
          // Only the person's own words: theirs is whatever the chat's other party did not send.
          const mine = account ? from.toLowerCase() === account.toLowerCase() : partner !== null && from !== partner;
          const text = stringField(message, 'Content') ?? '';
          if (!mine || text === '') continue;
          add('message', stringField(message, 'Date'), text, { audience: 'direct' });
        }
      }
    }
  }
  return out;
}

function present(value: string | undefined): string | null {
  return value === undefined || PLACEHOLDERS.has(value.trim()) ? null : value;
}

function audienceFrom(whoCanView: string | undefined): string | null {
  const value = present(whoCanView)?.trim().toLowerCase();
  if (!value) return null;
  if (value === 'everyone' || value === 'public') return 'public';
  return value;
}
