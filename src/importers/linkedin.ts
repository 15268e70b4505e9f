import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Media, Post, PostKind } from '../model/post.js';
import { StableIds } from './util.js';
import { ARTICLE_HEAD, readArticle } from './linkedin/article.js';
import { audienceFrom, linkedInDate, undoQuotedLines, urnFromUrl } from './linkedin/csv.js';
import { readFiles, readHeads } from './common/files.js';
import { cell, csvHeader, hasColumns, parseCsv, type CsvHeader } from './common/csv.js';
import { hashtagsInText, linksFrom, linksInText } from './common/text.js';

/*
 * LinkedIn "Get a copy of your data" (the complete archive): Shares.csv, Comments.csv and
 * Articles/…/*.html. Two CSV generations are read alike because columns are matched by name,
 * loosely: the current UTF-8 comma file (Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,
 * Visibility) and the 2018 UTF-16LE tab-separated one ("Date" "Share Title" … "Share Commentary" …).
 */

const SHARE_COLUMNS = ['date', 'sharelink', 'sharecommentary'] as const;
const COMMENT_COLUMNS = ['date', 'link', 'message'] as const;
const CSV_FILE = /\.csv$/i;
const HTML_FILE = /\.html?$/i;
const DATA_FILE = /\.(?:csv|html?)$/i;
/** Files a LinkedIn export names this way; one that fails the content check is reported, not skipped silently. */
const KNOWN_NAMES = new Set(['shares.csv', 'comments.csv']);
const PHOTO_URL = /\.(?:jpe?g|png|gif|webp|heic)(?:[?#]|$)/i;
const VIDEO_URL = /\.(?:mp4|mov|m4v|webm)(?:[?#]|$)/i;

type LinkedInFile =
  | { path: string; layout: 'shares' | 'comments'; header: CsvHeader }
  | { path: string; layout: 'article' };

async function findFiles(archive: Archive): Promise<LinkedInFile[]> {
  const files: LinkedInFile[] = [];
  for (const { path, head } of await readHeads(archive, DATA_FILE)) {
    if (CSV_FILE.test(path)) {
      const header = csvHeader(head);
      if (hasColumns(header, SHARE_COLUMNS)) files.push({ path, layout: 'shares', header });
      else if (hasColumns(header, COMMENT_COLUMNS)) files.push({ path, layout: 'comments', header });
    } else if (HTML_FILE.test(path) && ARTICLE_HEAD.test(head)) {
      files.push({ path, layout: 'article' });
    }
  }
  return files;
}

export const linkedinImporter: Importer = {
  id: 'linkedin',
  name: 'LinkedIn data export',
  looksFor:
    'Shares.csv (Date,ShareLink,ShareCommentary,… or the 2018 tab-separated "Share Commentary" form), Comments.csv (Date,Link,Message), Articles/*.html',

  async detect(archive: Archive): Promise<boolean> {
    return (await findFiles(archive)).length > 0;
  },

  async read(archive: Archive, options: ImportOptions): Promise<ImportResult> {
    const posts: Post[] = [];
    const ids = new StableIds();
    await readFiles(archive, options, await findFiles(archive), {
      importer: linkedinImporter,
      knownNames: KNOWN_NAMES,
      unrecognised: (name) =>
        `does not start with LinkedIn's header line (${name === 'shares.csv' ? 'Date,ShareLink,ShareCommentary,…' : 'Date,Link,Message'}), so it was skipped; download the export again`,
      retry: 'download the export again',
      async read(file) {
        const text = await archive.readText(file.path);
        if (file.layout === 'article') {
          posts.push(articlePost(readArticle(text), file.path, options, ids));
          return;
        }
        const skipped = readCsvFile(text, file, options, ids, posts);
        if (skipped.count > 0) {
          options.warn(
            file.path,
            `${skipped.count} row${skipped.count === 1 ? '' : 's'} without a readable Date (first: "${skipped.example}") skipped; the rest of the file was read`,
          );
        }
      },
    });
    return { account: null, posts };
  },
};

interface Skipped {
  count: number;
  example: string;
}

/** Reads Shares.csv or Comments.csv into `posts`; rows without a readable date are counted, not guessed. */
function readCsvFile(
  text: string,
  file: { path: string; layout: 'shares' | 'comments'; header: CsvHeader },
  options: ImportOptions,
  ids: StableIds,
  posts: Post[],
): Skipped {
  const { rows } = parseCsv(text, file.header.delimiter);
  const skipped: Skipped = { count: 0, example: '' };
  rows.forEach((row, index) => {
    const createdAt = linkedInDate(cell(row, 'date'));
    if (!createdAt) {
      if (skipped.count++ === 0) skipped.example = cell(row, 'date');
      return;
    }
    const source = { input: options.input, file: file.path, index };
    const post = file.layout === 'shares' ? sharePost(row, createdAt, source, ids) : commentPost(row, createdAt, source, ids);
    if (post) posts.push(post);
  });
  return skipped;
}

function sharePost(row: Record<string, string>, createdAt: string, source: Post['source'], ids: StableIds): Post | null {
  const text = undoQuotedLines(cell(row, 'sharecommentary'));
  const shareLink = cell(row, 'sharelink').trim();
  const sharedUrl = cell(row, 'sharedurl').trim();
  const mediaUrl = cell(row, 'mediaurl').trim();
  if (text === '' && sharedUrl === '' && mediaUrl === '') return null;
  // A share with no words of its own passes on someone else's post or page.
  const kind: PostKind = text === '' && sharedUrl !== '' && mediaUrl === '' ? 'repost' : 'post';
  const media: Media[] = mediaUrl
    ? [{ type: PHOTO_URL.test(mediaUrl) ? 'photo' : VIDEO_URL.test(mediaUrl) ? 'video' : 'unknown', path: null, altText: null, remoteUrl: mediaUrl }]
    : [];
  return linkedinPost(kind, createdAt, text, ids, {
    id: urnFromUrl(shareLink),
    url: shareLink || null,
    inReplyTo: null,
    links: [sharedUrl],
    media,
    audience: audienceFrom(cell(row, 'visibility')),
    source,
  });
}

function commentPost(row: Record<string, string>, createdAt: string, source: Post['source'], ids: StableIds): Post | null {
  const text = cell(row, 'message');
  if (text === '') return null;
  // Link is the post commented on: comments have no URL or id of their own in the export.
  const link = cell(row, 'link').trim();
  return linkedinPost('comment', createdAt, text, ids, { url: link || null, inReplyTo: urnFromUrl(link), links: [], media: [], audience: null, source });
}

function articlePost(article: ReturnType<typeof readArticle>, path: string, options: ImportOptions, ids: StableIds): Post {
  return linkedinPost('article', article.createdAt, article.text, ids, {
    url: null,
    inReplyTo: null,
    links: article.links,
    media: [],
    // An article never published is a draft only its author sees.
    audience: article.published ? 'public' : 'draft',
    source: { input: options.input, file: path },
  });
}

/** What differs between LinkedIn's kinds of post; `links` are those the export gives beside the text. */
interface LinkedInFields {
  /** The post's own id, when the export gives one. */
  id?: string | null;
  url: string | null;
  inReplyTo: string | null;
  links: readonly string[];
  media: Media[];
  audience: string | null;
  source: Post['source'];
}

/** A LinkedIn post, its hashtags and links taken from its words (mentions are not read from LinkedIn text). */
function linkedinPost(kind: PostKind, createdAt: string, text: string, ids: StableIds, fields: LinkedInFields): Post {
  return {
    id: fields.id ?? ids.next('linkedin', kind, createdAt, text),
    platform: 'linkedin',
    account: null,
    kind,
    createdAt,
    text,
    url: fields.url,
    inReplyTo: fields.inReplyTo,
    mentions: [],
    hashtags: hashtagsInText(text),
    links: linksFrom([...fields.links, ...linksInText(text)]),
    media: fields.media,
    audience: fields.audience,
    language: null,
    source: fields.source,
  };
}
