import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Post } from '../model/post.js';
import { StableIds, isoFromIsoLike } from './util.js';
import { readFiles, readHeads } from './common/files.js';
import { csvHeader, hasColumns, parseCsv, type CsvHeader } from './common/csv.js';
import { tagsInText } from './common/text.js';
import { commentText } from './youtube/segments.js';
import { looksLikeCommentList, readCommentPage } from './youtube/html.js';

/*
 * YouTube comments and live-chat messages inside a Google Takeout, in each generation:
 *   - to about 2022: my-comments/my-comments.html and my-live-chat-messages/…html, one <li> each;
 *   - 2023 to June 2024: comments/comments.csv and live chats/live chats.csv, text column
 *     {"takeoutSegments":[…]};
 *   - since June 2024: the comments columns reordered, text column {"text":"…"},{"text":"…"}.
 * Folder and file names are localised ("YouTube und YouTube Music/Kommentare/Kommentare.csv"), so
 * files are recognised by their header line or HTML structure wherever they are.
 */

type CsvKind = 'comment' | 'live-chat';

/** Which column holds what, by column key. */
interface Columns {
  id: string;
  created: string;
  parent: string | null;
  video: string;
  text: string;
}

const COMMENT_COLUMNS: Columns = {
  id: 'commentid',
  created: 'commentcreatetimestamp',
  parent: 'parentcommentid',
  video: 'videoid',
  text: 'commenttext',
};
const CHAT_COLUMNS: Columns = { id: 'livechatid', created: 'livechatcreatetimestamp', parent: null, video: 'videoid', text: 'livechattext' };
const NAMED_COMMENT_KEYS = [COMMENT_COLUMNS.id, COMMENT_COLUMNS.created, COMMENT_COLUMNS.video, COMMENT_COLUMNS.text];
const NAMED_CHAT_KEYS = [CHAT_COLUMNS.id, CHAT_COLUMNS.created, CHAT_COLUMNS.text];
/** The text column's JSON as it appears CSV-escaped in a file head, whatever the header's language. */
const ESCAPED_SEGMENT = /"\{""(?:takeoutSegments|text)""\s*:/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;
const CSV_FILE = /\.csv$/i;
const HTML_FILE = /\.html?$/i;
const HTML_HEAD_BYTES = 256 * 1024;
const CHAT_PATH = /chat/i;
const KNOWN_NAMES = new Set(['comments.csv', 'live chats.csv', 'my-comments.html', 'my-live-chat-messages.html']);

type YouTubeFile =
  | { path: string; format: 'csv'; kind: CsvKind; header: CsvHeader; named: boolean }
  | { path: string; format: 'html' };

async function findFiles(archive: Archive): Promise<YouTubeFile[]> {
  const files: YouTubeFile[] = [];
  // Takeout's HTML pages can open with a long inline style sheet, so more of them is looked at.
  const heads = [...(await readHeads(archive, CSV_FILE)), ...(await readHeads(archive, HTML_FILE, HTML_HEAD_BYTES))];
  heads.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, head } of heads) {
    if (CSV_FILE.test(path)) {
      const header = csvHeader(head);
      if (hasColumns(header, NAMED_COMMENT_KEYS)) files.push({ path, format: 'csv', kind: 'comment', header, named: true });
      else if (hasColumns(header, NAMED_CHAT_KEYS)) files.push({ path, format: 'csv', kind: 'live-chat', header, named: true });
      else if (ESCAPED_SEGMENT.test(head) && (header.keys.length === 6 || header.keys.length === 7)) {
        // A header in another language: the shape (6 columns for chats, 7 for comments) decides.
        files.push({ path, format: 'csv', kind: header.keys.length === 6 ? 'live-chat' : 'comment', header, named: false });
      }
    } else if (HTML_FILE.test(path) && looksLikeCommentList(head)) {
      files.push({ path, format: 'html' });
    }
  }
  return files;
}

export const youtubeImporter: Importer = {
  id: 'google-takeout',
  name: 'YouTube comments in a Google Takeout',
  looksFor:
    'YouTube comments and live-chat files in a Takeout (in any language): comments.csv (Comment ID,…,Comment Text), live chats.csv (Live Chat ID,…), or my-comments.html / my-live-chat-messages.html',

  async detect(archive: Archive): Promise<boolean> {
    return (await findFiles(archive)).length > 0;
  },

  async read(archive: Archive, options: ImportOptions): Promise<ImportResult> {
    const posts: Post[] = [];
    const ids = new StableIds();
    await readFiles(archive, options, await findFiles(archive), {
      importer: youtubeImporter,
      knownNames: KNOWN_NAMES,
      unrecognised: () => 'is not in the form Google Takeout writes YouTube comments or chats, so it was skipped; export YouTube from Takeout again',
      retry: 'export YouTube from Takeout again',
      async read(file) {
        const text = await archive.readText(file.path);
        const skipped = file.format === 'csv' ? readCsvFile(text, file, options, ids, posts) : readHtmlFile(text, file.path, options, ids, posts);
        if (skipped > 0) {
          options.warn(file.path, `${skipped} entr${skipped === 1 ? 'y' : 'ies'} without a readable date or text skipped; the rest of the file was read`);
        }
      },
    });
    return { account: null, posts };
  },
};

/** The link to a video, and to the comment on it when the comment's id is known. */
function watchUrl(videoId: string, commentId: string | null): string | null {
  if (videoId === '') return null;
  const base = `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;
  return commentId ? `${base}&lc=${encodeURIComponent(commentId)}` : base;
}

/** Column keys by position for a header in another language, from where the timestamp sits. */
function columnsByPosition(keys: string[], kind: CsvKind, firstRow: Record<string, string> | undefined): Columns {
  const at = (i: number): string => keys[i]!;
  if (kind === 'live-chat') return { id: at(0), created: at(2), parent: null, video: at(4), text: at(5) };
  // Until June 2024: Comment ID, Channel ID, Timestamp, …; since: Channel ID, Timestamp, Price, Comment ID, ….
  const newOrder = firstRow !== undefined && ISO_TIMESTAMP.test(firstRow[at(1)] ?? '');
  return newOrder
    ? { id: at(3), created: at(1), parent: at(4), video: at(5), text: at(6) }
    : { id: at(0), created: at(2), parent: at(4), video: at(5), text: at(6) };
}

function readCsvFile(
  text: string,
  file: { path: string; kind: CsvKind; header: CsvHeader; named: boolean },
  options: ImportOptions,
  ids: StableIds,
  posts: Post[],
): number {
  const { keys, rows } = parseCsv(text, file.header.delimiter);
  const columns = file.named ? (file.kind === 'comment' ? COMMENT_COLUMNS : CHAT_COLUMNS) : columnsByPosition(keys, file.kind, rows[0]);
  let skipped = 0;
  rows.forEach((row, index) => {
    const createdAt = isoFromIsoLike(row[columns.created] ?? '');
    let content;
    try {
      content = commentText(row[columns.text] ?? '');
    } catch {
      content = null;
    }
    if (!createdAt || !content) {
      skipped++;
      return;
    }
    if (content.text === '') return;
    const ownId = (row[columns.id] ?? '').trim();
    const kind = file.kind;
    const parent = columns.parent ? (row[columns.parent] ?? '').trim() : '';
    posts.push({
      id: ownId || ids.next('youtube', kind, createdAt, content.text),
      platform: 'youtube',
      account: null,
      kind,
      createdAt,
      text: content.text,
      url: watchUrl((row[columns.video] ?? '').trim(), kind === 'comment' && ownId ? ownId : null),
      inReplyTo: parent || null,
      ...tagsInText(content.text, content.links),
      media: [],
      audience: 'public',
      language: null,
      source: { input: options.input, file: file.path, index },
    });
  });
  return skipped;
}

function readHtmlFile(text: string, path: string, options: ImportOptions, ids: StableIds, posts: Post[]): number {
  const page = readCommentPage(text);
  // The page's own title says whether it lists chats; the file name is the fallback.
  const kind = page.chat || CHAT_PATH.test(path) ? 'live-chat' : 'comment';
  let skipped = 0;
  for (const item of page.items) {
    if (!item.createdAt || item.text === '') {
      // A list item with neither a date nor a video link is page furniture, not a broken entry.
      if (item.createdAt || item.videoId) skipped++;
      continue;
    }
    posts.push({
      id: item.commentId ?? ids.next('youtube', kind, item.createdAt, item.text),
      platform: 'youtube',
      account: null,
      kind,
      createdAt: item.createdAt,
      text: item.text,
      url: item.videoId ? watchUrl(item.videoId, item.commentId) : null,
      inReplyTo: null,
      ...tagsInText(item.text, item.links),
      media: [],
      audience: 'public',
      language: null,
      source: { input: options.input, file: path, index: item.index },
    });
  }
  return skipped;
}
