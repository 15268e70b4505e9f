import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Platform, PostKind } from '../model/post.js';
import { HindsightError, isHindsightError } from '../errors.js';
import { MetaFiles, PostBuilder, exportFiles, profileValue, sniffMeta, type ExportFile } from './meta/common.js';
import {
  commentFromHtml,
  commentFromJson,
  legacyMediaRecord,
  likeFromJson,
  mediaRecordFromHtml,
  mediaRecordFromJson,
  profileFromJson,
  type MediaRecord,
} from './meta/instagram-records.js';
import { listIn, obj } from './meta/json.js';
import { readChats } from './meta/messages.js';

/*
 * Instagram "Download your information", JSON or HTML, every layout, with the Threads posts inside:
 *   2018–2020   media.json {photos, videos, stories}, comments.json {media_comments}, profile.json,
 *               messages.json (JSON only in those years)
 *   2020–2023   content/posts_1.json, stories.json, reels.json, igtv_videos.json,
 *               comments/post_comments.json {comments_media_comments}, messages/inbox/<thread>/message_1.json
 *   2023–2025   your_instagram_activity/content/… , comments/post_comments_1.json (string_map_data),
 *               comments/reels_comments.json, threads/threads_and_replies.json {text_post_app_text_posts}
 *   2025 on     your_instagram_activity/media/posts_1.json, stories.json, reels.json …
 * Empty sections hold only no-data.txt and are simply absent here.
 */

// Matched inside their folder, or alone at the top: given only the file (or a folder holding just
// it), the archive reader leaves no folder in its path.
const MEDIA_FILES = /(?:^|(?:^|\/)(?:content|media)\/)(?:posts_\d+|archived_posts|stories|reels|igtv_videos)\.(?:json|html?)$/i;
const LEGACY_MEDIA = /(^|\/)media\.json$/i;
const COMMENTS = /(?:^|(?:^|\/)comments\/)(?:post_comments(?:_\d+)?|reels_comments)\.(?:json|html?)$/i;
const LEGACY_COMMENTS = /(^|\/)comments\.json$/i;
const LIKES = /(^|\/)likes\/(?:liked_posts|liked_comments)\.(?:json|html?)$/i;
const THREADS = /(?:^|(?:^|\/)threads\/)threads_and_replies\.(?:json|html?)$/i;
const MESSAGES = /(^|\/)messages\/(?:inbox|message_requests)\/[^/]+\/message_\d+\.(?:json|html?)$/i;
const LEGACY_MESSAGES = /(^|\/)messages\.json$/i;
const PROFILE = /(^|\/)(?:personal_information\/(?:personal_information\/)?personal_information|account_information\/personal_information|profile)\.(?:json|html?)$/i;

const JSON_SIGNATURE =
  /"(?:photos|videos|ig_stories|ig_reels_media|ig_igtv_media|ig_archived_post_media|text_post_app_text_posts|comments_media_comments|comments_reels_comments|media_comments|profile_user|string_map_data|media|media_list_data)"\s*:/;

const LOOKS_FOR =
  'media.json (2018–20), content/ or media/posts_1.json and .html, comments/post_comments_1.json (string_map_data), threads/threads_and_replies.json (text_post_app_text_posts), in any folder';

export const instagramImporter: Importer = {
  id: 'instagram',
  name: 'Instagram export (Download your information), with Threads',
  looksFor: LOOKS_FOR,
  async detect(archive) {
    const candidates = archive
      .entries()
      .filter((e) => e.size > 0 && (MEDIA_FILES.test(e.path) || LEGACY_MEDIA.test(e.path) || COMMENTS.test(e.path) || THREADS.test(e.path)))
      .slice(0, 12)
      .map((e) => e.path);
    return sniffMeta(archive, candidates, JSON_SIGNATURE);
  },
  async read(archive, options) {
    try {
      return await readInstagram(archive, options);
    } catch (err) {
      if (isHindsightError(err)) throw err;
      const detail = err instanceof Error ? err.message : String(err);
      throw new HindsightError(`could not read this Instagram export (${detail})`, { file: archive.input, cause: err });
    }
  },
};

/** What each media file holds, from its name. */
function kindOf(path: string): PostKind {
  if (/stories\.[a-z]+$/i.test(path)) return 'story';
  if (/reels\.[a-z]+$/i.test(path)) return 'reel';
  if (/igtv_videos\.[a-z]+$/i.test(path)) return 'video';
  return 'post';
}

async function readInstagram(archive: Archive, options: ImportOptions): Promise<ImportResult> {
  const mediaFiles = exportFiles(archive, MEDIA_FILES);
  const legacyMedia = exportFiles(archive, LEGACY_MEDIA);
  const commentFiles = [...exportFiles(archive, COMMENTS), ...exportFiles(archive, LEGACY_COMMENTS).filter((f) => !COMMENTS.test(f.path))];
  const likeFiles = exportFiles(archive, LIKES);
  const threadFiles = exportFiles(archive, THREADS);
  const messageFiles = options.includeMessages ? [...exportFiles(archive, MESSAGES), ...exportFiles(archive, LEGACY_MESSAGES)] : [];
  const total = mediaFiles.length + legacyMedia.length + commentFiles.length + likeFiles.length + threadFiles.length + messageFiles.length;
  if (total === 0) {
    const chatsOnly = !options.includeMessages && (archive.find(MESSAGES).length > 0 || archive.find(LEGACY_MESSAGES).length > 0);
    const hint = chatsOnly ? 'it holds only direct messages, which are read with --include-messages' : `looked for ${LOOKS_FOR}`;
    throw new HindsightError(`no Instagram or Threads posts or comments found; ${hint}`, { file: archive.input });
  }

  const files = new MetaFiles(archive, options);
  const profile = await readProfile(files, exportFiles(archive, PROFILE));
  const account = profile.username ?? profile.name;
  const builder = new PostBuilder(options.input, account, archive, options.onPost?.bind(options));
  const reader = new InstagramReader(files, builder);
  for (const file of mediaFiles) await reader.media(file, 'instagram', kindOf(file.path));
  for (const file of legacyMedia) await reader.legacyMedia(file);
  for (const file of threadFiles) await reader.media(file, 'threads', 'post');
  for (const file of commentFiles) await reader.comments(file);
  for (const file of likeFiles) await reader.likes(file);
  if (options.includeMessages) {
    const owners = [profile.username, profile.name].filter((n): n is string => !!n);
    await readChats(files, messageFiles, owners, 'instagram', builder);
  }
  files.finish();

  if (files.readable === 0) {
    throw new HindsightError(
      `none of the ${files.tried} Instagram data file${files.tried === 1 ? '' : 's'} could be read (see the warnings); download the export again, in JSON format if you can`,
      { file: archive.input },
    );
  }
  const result: ImportResult = { account, posts: builder.posts };
  if (options.includeMessages) result.messagesScanned = true;
  return result;
}

async function readProfile(files: MetaFiles, profileFiles: ExportFile[]): Promise<{ username: string | null; name: string | null }> {
  const profile: { username: string | null; name: string | null } = { username: null, name: null };
  for (const file of profileFiles) {
    if (file.format === 'json') {
      const data = await files.json(file.path, false);
      if (data === undefined) continue;
      const found = profileFromJson(data);
      profile.username ??= found.username;
      profile.name ??= found.name;
    } else {
      const page = await files.html(file.path, false);
      if (!page) continue;
      profile.username ??= profileValue(page, /^user ?name$/i);
      profile.name ??= profileValue(page, /^(?:full )?name$/i);
    }
  }
  return profile;
}

const MEDIA_LIST_KEYS = ['ig_stories', 'ig_reels_media', 'ig_igtv_media', 'ig_archived_post_media', 'ig_posts', 'text_post_app_text_posts'];

class InstagramReader {
  constructor(
    private readonly files: MetaFiles,
    private readonly builder: PostBuilder,
  ) {}

  /** Posts, stories, reels, IGTV, archived posts, and Threads posts (platform `threads`). */
  async media(file: ExportFile, platform: Platform, kind: PostKind): Promise<void> {
    if (file.format === 'json') {
      const records = await this.list(file, MEDIA_LIST_KEYS);
      records?.forEach((value, index) => {
        const record = obj(value);
        if (record) this.addMedia(file, platform, kind, mediaRecordFromJson(record), index);
      });
      return;
    }
    const page = await this.files.html(file.path);
    for (const block of page?.blocks ?? []) {
      const createdAt = this.files.htmlDate(file.path, block.dateText);
      if (createdAt) this.addMedia(file, platform, kind, { ...mediaRecordFromHtml(block), createdAt }, block.index);
    }
  }

  private addMedia(file: ExportFile, platform: Platform, kind: PostKind, record: MediaRecord, index: number): void {
    if (!record.createdAt) return this.files.noDate(file.path, '');
    if (record.caption === '' && record.media.length === 0) return;
    this.builder.add({
      platform,
      kind: platform === 'threads' && record.isReply ? 'reply' : kind,
      createdAt: record.createdAt,
      text: record.caption,
      media: record.media,
      file: file.path,
      index,
    });
  }

  /** media.json of 2018–2020: photos and videos are posts, stories are stories. */
  async legacyMedia(file: ExportFile): Promise<void> {
    const data = obj(await this.files.json(file.path));
    if (!data) return;
    let index = 0;
    for (const [key, kind] of [['photos', 'post'], ['videos', 'post'], ['stories', 'story']] as const) {
      const list = data[key];
      if (!Array.isArray(list)) continue;
      for (const value of list) {
        const record = obj(value);
        if (record) this.addMedia(file, 'instagram', kind, legacyMediaRecord(record), index);
        index++;
      }
    }
  }

  async comments(file: ExportFile): Promise<void> {
    if (file.format === 'json') {
      const records = await this.list(file, ['comments_reels_comments', 'comments_media_comments', 'media_comments', 'comments']);
      records?.forEach((value, index) => {
        const comment = commentFromJson(value);
        if (!comment) return;
        if (!comment.createdAt) return this.files.noDate(file.path, comment.dateText);
        if (comment.text.trim() === '') return;
        this.builder.add({ platform: 'instagram', kind: 'comment', createdAt: comment.createdAt, text: comment.text, inReplyToAccount: comment.owner, file: file.path, index });
      });
      return;
    }
    const page = await this.files.html(file.path);
    for (const block of page?.blocks ?? []) {
      const comment = commentFromHtml(block);
      const createdAt = this.files.htmlDate(file.path, comment.dateText || null);
      if (!createdAt || comment.text.trim() === '') continue;
      this.builder.add({ platform: 'instagram', kind: 'comment', createdAt, text: comment.text, inReplyToAccount: comment.owner, file: file.path, index: block.index });
    }
  }

  /** Liked posts and comments: whose post was endorsed, and its address. */
  async likes(file: ExportFile): Promise<void> {
    if (file.format === 'json') {
      const records = await this.list(file, ['likes_media_likes', 'likes_comment_likes']);
      records?.forEach((value, index) => {
        const like = likeFromJson(value);
        if (!like) return;
        if (!like.createdAt) return this.files.noDate(file.path, '');
        this.builder.add({ platform: 'instagram', kind: 'like', createdAt: like.createdAt, text: like.owner, url: like.url, links: like.url ? [like.url] : [], inReplyToAccount: like.owner, file: file.path, index });
      });
      return;
    }
    const page = await this.files.html(file.path);
    for (const block of page?.blocks ?? []) {
      const createdAt = this.files.htmlDate(file.path, block.dateText);
      if (!createdAt || block.title === '') continue;
      const url = block.links[0]?.url ?? null;
      this.builder.add({ platform: 'instagram', kind: 'like', createdAt, text: block.title, url, links: url ? [url] : [], inReplyToAccount: block.title, file: file.path, index: block.index });
    }
  }

  private async list(file: ExportFile, keys: readonly string[]): Promise<readonly unknown[] | undefined> {
    const data = await this.files.json(file.path);
    if (data === undefined) return undefined;
    const records = listIn(data, keys);
    if (!records) {
      this.files.reject(file.path, `not the expected list of records (looked for ${keys.join(', ')} or a bare list); the file may be from a newer export layout, so please report it`);
    }
    return records;
  }
}
