import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { PostKind } from '../model/post.js';
import { HindsightError, isHindsightError } from '../errors.js';
import { MetaFiles, PostBuilder, exportFiles, profileValue, sniffMeta, type ExportFile } from './meta/common.js';
import {
  assemblePost,
  commentFromJson,
  isCommentRecord,
  postPartsFromHtml,
  postPartsFromJson,
  reactionFromHtml,
  reactionFromJson,
} from './meta/facebook-records.js';
import { listIn, obj, text } from './meta/json.js';
import { readChats } from './meta/messages.js';
import { isoFromSeconds } from './meta/time.js';

/*
 * Facebook "Download Your Information", JSON or HTML, every layout:
 *   2018          posts/your_posts.json {status_updates}, comments/comments.json {comments},
 *                 groups/your_posts_and_comments_in_groups.json {group_posts}, messages/<thread>/message.json
 *   2019–2022     posts/your_posts_1.json (bare list, _2 _3 …), comments/comments.json {comments_v2},
 *                 groups/your_posts_in_groups.json {group_posts_v2}, your_comments_in_groups.json,
 *                 likes_and_reactions/posts_and_comments.json {reactions_v2}, messages/inbox/<thread>/message_1.json
 *   2022–2023     the same under your_activity_across_facebook/, posts in
 *                 posts/your_posts__check_ins__photos_and_videos_1.json
 *   2024 on       the same under your_facebook_activity/, likes_and_reactions_1.json (bare list),
 *                 groups/group_posts_and_comments.json, pages/pages_you've_liked.json {page_likes_v2}
 *   profiles      (a Page or additional profile, 2025 on) this_profile's_activity_across_facebook/
 *                 posts/profile_posts_1.json, comments_and_reactions/comments.json, likes_and_reactions_1.json
 * HTML exports have the same tree with .html pages (see meta/html.ts). Paths are matched anywhere in
 * the tree, so wrapper folders and Accounts Center prefixes do not matter.
 */

// The file name is distinctive enough alone: given just the posts folder (or file), no folder is left.
// A profile's export (Pages and the new profiles, 2025 on) names them profile_posts_1 under
// this_profile's_activity_across_facebook/posts/, with the same records.
const POSTS = /(^|\/)(?:your_posts(?:__check_ins__photos_and_videos)?|profile_posts)(?:_\d+)?\.(?:json|html?)$/i;
const COMMENTS = /(^|\/)comments(?:_and_reactions)?\/comments(?:_\d+)?\.(?:json|html?)$/i;
const GROUPS = /(^|\/)groups\/(?:your_posts_and_comments_in_groups|your_posts_in_groups|group_posts_and_comments|your_group_posts|your_comments_in_groups)(?:_\d+)?\.(?:json|html?)$/i;
const GROUP_COMMENTS = /(^|\/)your_comments_in_groups(?:_\d+)?\.[a-z]+$/i;
const REACTIONS = /(^|\/)(?:likes_and_reactions\/posts_and_comments|likes_and_reactions(?:_\d+)?)\.(?:json|html?)$/i;
const PAGE_LIKES = /(^|\/)(?:likes_and_reactions\/pages|pages\/pages_you've_liked|pages\/pages_you_ve_liked|pages\/liked_pages)\.(?:json|html?)$/i;
const MESSAGES = /(^|\/)messages\/(?:(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)\/)?[^/]+\/message(?:_\d+)?\.(?:json|html?)$/i;
const PROFILE = /(^|\/)profile_information\/profile_information\.(?:json|html?)$/i;

/**
 * Opening of a Facebook data file: a known top-level key, or a bare list of records carrying a
 * `timestamp` (whatever key a record happens to start with: backdated or tagged posts start with others).
 */
const JSON_SIGNATURE =
  /"(?:status_updates|comments_v2|comments|group_posts_v2|group_posts|group_comments_v2|profile_v2|profile|reactions_v2|reactions|page_likes_v2|page_likes)"\s*:|^\s*\[\s*\{\s*"(?:timestamp|attachments|data|title)"|^\s*\[\s*\{[^[\]{}]*"timestamp"\s*:\s*"?\d/;

const LOOKS_FOR =
  'posts/your_posts*.json or profile_posts_1.json, or .html (status_updates, bare list), comments/comments.json (comments_v2), groups/*, likes_and_reactions/*, profile_information/profile_information.json, in any folder';

export const facebookImporter: Importer = {
  id: 'facebook',
  name: 'Facebook export (Download Your Information)',
  looksFor: LOOKS_FOR,
  async detect(archive) {
    const candidates = archive
      .entries()
      .filter((e) => e.size > 0 && (POSTS.test(e.path) || COMMENTS.test(e.path) || GROUPS.test(e.path) || PROFILE.test(e.path) || REACTIONS.test(e.path)))
      .slice(0, 12)
      .map((e) => e.path);
    return sniffMeta(archive, candidates, JSON_SIGNATURE);
  },
  async read(archive, options) {
    try {
      return await readFacebook(archive, options);
    } catch (err) {
      if (isHindsightError(err)) throw err;
      const detail = err instanceof Error ? err.message : String(err);
      throw new HindsightError(`could not read this Facebook export (${detail})`, { file: archive.input, cause: err });
    }
  },
};

interface Profile {
  name: string | null;
  username: string | null;
}

async function readFacebook(archive: Archive, options: ImportOptions): Promise<ImportResult> {
  const postFiles = exportFiles(archive, POSTS);
  const commentFiles = exportFiles(archive, COMMENTS);
  const groupFiles = exportFiles(archive, GROUPS);
  const reactionFiles = exportFiles(archive, REACTIONS);
  const pageLikeFiles = exportFiles(archive, PAGE_LIKES);
  const messageFiles = options.includeMessages ? exportFiles(archive, MESSAGES) : [];
  const contentFiles = postFiles.length + commentFiles.length + groupFiles.length + reactionFiles.length + pageLikeFiles.length + messageFiles.length;
  if (contentFiles === 0) {
    const chatsOnly = !options.includeMessages && archive.find(MESSAGES).length > 0;
    const hint = chatsOnly ? 'it holds only Messenger chats, which are read with --include-messages' : `looked for ${LOOKS_FOR}`;
    throw new HindsightError(`no Facebook posts, comments or likes found; ${hint}`, { file: archive.input });
  }

  const files = new MetaFiles(archive, options);
  const profile = await readProfile(files, exportFiles(archive, PROFILE));
  const builder = new PostBuilder(options.input, profile.username ?? profile.name, archive, options.onPost?.bind(options));
  const reader = new FacebookReader(files, builder);
  for (const file of postFiles) await reader.posts(file, 'post');
  for (const file of commentFiles) await reader.comments(file);
  for (const file of groupFiles) {
    if (GROUP_COMMENTS.test(file.path)) await reader.comments(file);
    else await reader.posts(file, 'group-post');
  }
  for (const file of reactionFiles) await reader.reactions(file);
  for (const file of pageLikeFiles) await reader.pageLikes(file);
  if (options.includeMessages) {
    const owners = [profile.name, profile.username, reader.commentAuthor].filter((n): n is string => !!n);
    await readChats(files, messageFiles, owners, 'facebook', builder);
  }
  files.finish();

  if (files.readable === 0) {
    throw new HindsightError(
      `none of the ${files.tried} Facebook data file${files.tried === 1 ? '' : 's'} could be read (see the warnings); download the export again, in JSON format if you can`,
      { file: archive.input },
    );
  }
  const result: ImportResult = { account: profile.username ?? profile.name, posts: builder.posts };
  if (options.includeMessages) result.messagesScanned = true;
  return result;
}

async function readProfile(files: MetaFiles, profileFiles: ExportFile[]): Promise<Profile> {
  const profile: Profile = { name: null, username: null };
  for (const file of profileFiles) {
    if (file.format === 'json') {
      const data = obj(await files.json(file.path, false));
      const record = obj(data?.profile_v2) ?? obj(data?.profile);
      if (!record) continue;
      profile.name ??= text(obj(record.name)?.full_name) ?? text(record.name) ?? null;
      profile.username ??= text(record.username)?.trim() || null;
    } else {
      const page = await files.html(file.path, false);
      if (!page) continue;
      profile.name ??= profileValue(page, /^(?:full )?name$/i);
      profile.username ??= profileValue(page, /^user ?name$/i);
    }
  }
  return profile;
}

class FacebookReader {
  /** Who wrote the comments (JSON names the author): the owner, when no profile file says so. */
  commentAuthor: string | null = null;

  constructor(
    private readonly files: MetaFiles,
    private readonly builder: PostBuilder,
  ) {}

  async posts(file: ExportFile, base: PostKind): Promise<void> {
    if (file.format === 'json') {
      const records = await this.list(file, ['status_updates', 'group_posts_v2', 'group_posts']);
      if (!records) return;
      records.forEach((value, index) => {
        const record = obj(value);
        if (!record) return;
        if (base === 'group-post' && isCommentRecord(record)) return this.commentRecord(file, record, index);
        const createdAt = isoFromSeconds(record.timestamp);
        if (!createdAt) return this.files.noDate(file.path, '');
        const parts = postPartsFromJson(record);
        const { kind, text: words } = assemblePost(parts, base);
        if (words === '' && parts.media.length === 0 && parts.links.length === 0) return;
        this.builder.add({ platform: 'facebook', kind, createdAt, text: words, media: parts.media, links: parts.links, mentions: parts.mentions, file: file.path, index });
      });
      return;
    }
    const page = await this.files.html(file.path);
    for (const block of page?.blocks ?? []) {
      const createdAt = this.files.htmlDate(file.path, block.dateText);
      if (!createdAt) continue;
      const parts = postPartsFromHtml(block);
      const { kind, text: words } = assemblePost(parts, base);
      if (words === '' && parts.media.length === 0 && parts.links.length === 0) continue;
      this.builder.add({ platform: 'facebook', kind, createdAt, text: words, media: parts.media, links: parts.links, file: file.path, index: block.index });
    }
  }

  async comments(file: ExportFile): Promise<void> {
    if (file.format === 'json') {
      const records = await this.list(file, ['comments_v2', 'comments', 'group_comments_v2', 'group_comments']);
      if (!records) return;
      records.forEach((value, index) => {
        const record = obj(value);
        if (record) this.commentRecord(file, record, index);
      });
      return;
    }
    const page = await this.files.html(file.path);
    for (const block of page?.blocks ?? []) {
      const createdAt = this.files.htmlDate(file.path, block.dateText);
      if (!createdAt) continue;
      const media = block.media.map((m) => ({ type: m.type, path: m.path, altText: m.description, remoteUrl: m.remoteUrl }));
      const links = block.links.map((l) => l.url);
      if (block.text === '' && media.length === 0 && links.length === 0) continue;
      this.builder.add({ platform: 'facebook', kind: 'comment', createdAt, text: block.text, media, links, file: file.path, index: block.index });
    }
  }

  private commentRecord(file: ExportFile, record: Record<string, unknown>, index: number): void {
    const createdAt = isoFromSeconds(record.timestamp);
    if (!createdAt) return this.files.noDate(file.path, '');
    const comment = commentFromJson(record);
    this.commentAuthor ??= comment.author;
    if (comment.text.trim() === '' && comment.media.length === 0 && comment.links.length === 0) return;
    this.builder.add({ platform: 'facebook', kind: 'comment', createdAt, text: comment.text, media: comment.media, links: comment.links, file: file.path, index });
  }

  async reactions(file: ExportFile): Promise<void> {
    if (file.format === 'json') {
      const records = await this.list(file, ['reactions_v2', 'reactions', 'likes_and_reactions']);
      if (!records) return;
      records.forEach((value, index) => {
        const record = obj(value);
        if (!record) return;
        const createdAt = isoFromSeconds(record.timestamp);
        if (!createdAt) return this.files.noDate(file.path, '');
        const liked = reactionFromJson(record);
        if (liked.text === '') return;
        this.builder.add({ platform: 'facebook', kind: 'like', createdAt, text: liked.text, url: liked.url, links: liked.url ? [liked.url] : [], file: file.path, index });
      });
      return;
    }
    const page = await this.files.html(file.path);
    for (const block of page?.blocks ?? []) {
      const createdAt = this.files.htmlDate(file.path, block.dateText);
      if (!createdAt) continue;
      const liked = reactionFromHtml(block);
      if (liked.text === '') continue;
      this.builder.add({ platform: 'facebook', kind: 'like', createdAt, text: liked.text, url: liked.url, links: liked.url ? [liked.url] : [], file: file.path, index: block.index });
    }
  }

  /** Pages liked: the page's name is what was endorsed. */
  async pageLikes(file: ExportFile): Promise<void> {
    if (file.format === 'json') {
      const records = await this.list(file, ['page_likes_v2', 'page_likes', 'pages_liked']);
      if (!records) return;
      records.forEach((value, index) => {
        const record = obj(value);
        const name = text(record?.name)?.trim();
        if (!record || !name) return;
        const createdAt = isoFromSeconds(record.timestamp);
        if (!createdAt) return this.files.noDate(file.path, '');
        const url = text(record.url) || null;
        this.builder.add({ platform: 'facebook', kind: 'like', createdAt, text: name, url, links: url ? [url] : [], file: file.path, index });
      });
      return;
    }
    const page = await this.files.html(file.path);
    for (const block of page?.blocks ?? []) {
      const createdAt = this.files.htmlDate(file.path, block.dateText);
      if (!createdAt || block.title === '') continue;
      const url = block.links[0]?.url ?? null;
      this.builder.add({ platform: 'facebook', kind: 'like', createdAt, text: block.title, url, links: url ? [url] : [], file: file.path, index: block.index });
    }
  }

  /** The records of a JSON list file; undefined (after a warning) when it is not one. */
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
