import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Media, Post, PostKind } from '../model/post.js';
import { StableIds } from './util.js';
import { ARTICLE_HEAD, readArticle } from './linkedin/article.js';
import { audienceFrom, linkedInDate, undoQuotedLines, urnFromUrl } from './linkedin/csv.js';
import {
  FileProblem,
  baseName,
  cell,
  csvHeader,
  firstLine,
  hasColumns,
  hashtagsInText,
  linksFrom,
  linksInText,
  nothingReadable,
  parseCsv,
  readHeads,
  type CsvHeader,
} from './linkedin/shared.js';

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
    const files = await findFiles(archive);
    const recognised = new Set(files.map((f) => f.path));
    const problems: string[] = [];
    const report = (path: string, message: string): void => {
      options.warn(path, message);
      problems.push(`${path}: ${message}`);
    };
    for (const entry of archive.entries()) {
      if (KNOWN_NAMES.has(baseName(entry.path)) && !recognised.has(entry.path)) {
        report(entry.path, `does not start with LinkedIn's header line (${baseName(entry.path) === 'shares.csv' ? 'Date,ShareLink,ShareCommentary,…' : 'Date,Link,Message'}), so it was skipped; download the export again`);
      }
    }

    const posts: Post[] = [];
    const ids = new StableIds();
    let readable = 0;
    for (const file of files) {
      try {
        const text = await archive.readText(file.path);
        if (file.layout === 'article') {
          posts.push(articlePost(readArticle(text), file.path, options, ids));
        } else {
          const skipped = readCsvFile(text, file, options, ids, posts);
          if (skipped.count > 0) {
            options.warn(
              file.path,
              `${skipped.count} row${skipped.count === 1 ? '' : 's'} without a readable Date (first: "${skipped.example}") skipped; the rest of the file was read`,
            );
          }
        }
        readable++;
      } catch (err) {
        report(file.path, err instanceof FileProblem ? err.message : `cannot be read (${firstLine(err)}); download the export again`);
      }
    }
    if (readable === 0) throw nothingReadable(linkedinImporter, archive, problems);
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
  return {
    id: urnFromUrl(shareLink) ?? ids.next('linkedin', kind, createdAt, text),
    platform: 'linkedin',
    account: null,
    kind,
    createdAt,
    text,
    url: shareLink || null,
    inReplyTo: null,
    mentions: [],
    hashtags: hashtagsInText(text),
    links: linksFrom([sharedUrl, ...linksInText(text)]),
    media,
    audience: audienceFrom(cell(row, 'visibility')),
    language: null,
    source,
  };
}

function commentPost(row: Record<string, string>, createdAt: string, source: Post['source'], ids: StableIds): Post | null {
  const text = cell(row, 'message');
  if (text === '') return null;
  // Link is the post commented on: comments have no URL or id of their own in the export.
  const link = cell(row, 'link').trim();
  return {
    id: ids.next('linkedin', 'comment', createdAt, text),
    platform: 'linkedin',
    account: null,
    kind: 'comment',
    createdAt,
    text,
    url: link || null,
    inReplyTo: urnFromUrl(link),
    mentions: [],
    hashtags: hashtagsInText(text),
    links: linksFrom(linksInText(text)),
    media: [],
    audience: null,
    language: null,
    source,
  };
}

function articlePost(article: ReturnType<typeof readArticle>, path: string, options: ImportOptions, ids: StableIds): Post {
  return {
    id: ids.next('linkedin', 'article', article.createdAt, article.text),
    platform: 'linkedin',
    account: null,
    kind: 'article',
    createdAt: article.createdAt,
    text: article.text,
    url: null,
    inReplyTo: null,
    mentions: [],
    hashtags: hashtagsInText(article.text),
    links: linksFrom([...article.links, ...linksInText(article.text)]),
    media: [],
    // An article never published is a draft only its author sees.
    audience: article.published ? 'public' : 'draft',
    language: null,
    source: { input: options.input, file: path },
  };
}
