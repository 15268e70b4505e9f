import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Post, PostKind } from '../model/post.js';
import { StableIds, isoFromIsoLike } from './util.js';
import { FileProblem, firstLine, readFiles, readHeads } from './common/files.js';
import { asArray, asObject, type JsonObject } from './common/json.js';
import { tagsInText } from './common/text.js';
import { chatPartner, field, stringField } from './tiktok/json.js';

/*
 * TikTok "Download your data" in JSON: one file, `user_data.json` (to about 2023) or
 * `user_data_tiktok.json` (2024 on). Section names changed between the two and key casing is mixed
 * within one file (`date` and `Date`), so keys are matched loosely (see tiktok/json.ts). Empty lists
 * are `null`.
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
const COMMENT_PATHS = [['Comment', 'Comments', 'CommentsList']] as const;
const CHAT_PATHS = [
  ['Direct Message', 'Direct Messages', 'ChatHistory'],
  ['Direct Messages', 'Chat History', 'ChatHistory'],
] as const;
const PROFILE_PATHS = [
  ['Profile', 'Profile Info', 'ProfileMap'],
  ['Profile', 'Profile Information', 'ProfileMap'],
] as const;
const CAPTION_FIELDS = ['Title', 'Description', 'VideoDescription', 'Caption'] as const;

async function findFiles(archive: Archive): Promise<{ path: string }[]> {
  const heads = await readHeads(archive, JSON_FILE, HEAD_BYTES);
  return heads.filter(({ head }) => JSON_START.test(head) && TIKTOK_KEYS.test(head)).map(({ path }) => ({ path }));
}

export const tiktokImporter: Importer = {
  id: 'tiktok',
  name: 'TikTok data download',
  looksFor: 'user_data_tiktok.json or user_data.json (the JSON download) with TikTok sections such as "Post"/"Video", "Comment", "Direct Message"',

  async detect(archive: Archive): Promise<boolean> {
    return (await findFiles(archive)).length > 0;
  },

  async read(archive: Archive, options: ImportOptions): Promise<ImportResult> {
    const posts: Post[] = [];
    const ids = new StableIds();
    let account: string | null = null;
    await readFiles(archive, options, await findFiles(archive), {
      importer: tiktokImporter,
      knownNames: KNOWN_NAMES,
      unrecognised: () => 'is not a TikTok JSON download (no TikTok sections near its start), so it was skipped; download your data again choosing JSON',
      retry: 'download your data again',
      async read({ path }) {
        const data = parseJson(await archive.readText(path));
        const result = readExport(data, path, options, ids);
        account ??= result.account;
        posts.push(...result.posts);
        if (result.skipped > 0) {
          options.warn(path, `${result.skipped} item${result.skipped === 1 ? '' : 's'} without a readable Date skipped; the rest of the file was read`);
        }
      },
    });
    return { account, posts, messagesScanned: options.includeMessages };
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

function readExport(data: JsonObject, path: string, options: ImportOptions, ids: StableIds): ExportPosts {
  const profile = PROFILE_PATHS.map((p) => field(data, ...p)).find((v) => v !== undefined);
  const account = present(stringField(profile, 'userName'));
  const out: ExportPosts = { account, posts: [], skipped: 0 };
  let index = 0;
  const add = (kind: PostKind, date: string | undefined, text: string, extra: Partial<Post> = {}): void => {
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

  for (const videos of VIDEO_PATHS.map((p) => asArray(field(data, ...p)))) {
    for (const video of videos) {
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
  }

  for (const comment of COMMENT_PATHS.flatMap((p) => asArray(field(data, ...p)))) {
    const text = stringField(comment, 'Comment') ?? '';
    if (text === '') continue;
    const url = present(stringField(comment, 'url'));
    add('comment', stringField(comment, 'Date'), text, { url: url && WEB_LINK.test(url) ? url : null });
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
