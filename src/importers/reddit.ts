import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Post } from '../model/post.js';
import { StableIds, isoFromIsoLike } from './util.js';
import {
  FileProblem,
  baseName,
  cell,
  csvHeader,
  firstLine,
  hasColumns,
  linksFrom,
  linksInText,
  nothingReadable,
  parseCsv,
  readHeads,
  unique,
  type CsvHeader,
} from './linkedin/shared.js';

/*
 * Reddit's data request (GDPR/CCPA): a flat zip of CSVs. posts.csv
 * (id,permalink,date,ip,subreddit,gildings,title,url,body) and comments.csv
 * (id,permalink,date,ip,subreddit,gildings,link,parent,body,media) are read by column name, since
 * some exports add columns; statistics.csv names the account. The subreddit becomes the post's
 * audience ("r/physio"): it says who reads the post, which is what audience means in the report.
 * The ip column is never read.
 */

const POST_COLUMNS = ['id', 'permalink', 'date', 'subreddit', 'title', 'body'] as const;
const COMMENT_COLUMNS = ['id', 'permalink', 'date', 'subreddit', 'body'] as const;
const STATISTICS_COLUMNS = ['statistic', 'value'] as const;
const CSV_FILE = /\.csv$/i;
const KNOWN_NAMES = new Set(['posts.csv', 'comments.csv']);
const POST_IN_URL = /\/comments\/([a-z0-9]+)/i;
const USER_MENTION = /(?<![\w/])\/?u\/([A-Za-z0-9_-]{3,20})\b/g;
/** What Reddit leaves when the words are gone: nothing of the person's to audit. */
const GONE = new Set(['[deleted]', '[removed]']);
const IMAGE_URL = /^https?:\/\/(?:i\.redd\.it\/|[^?#]+\.(?:jpe?g|png|gif|webp)(?:[?#]|$))/i;
const VIDEO_URL = /^https?:\/\/v\.redd\.it\//i;

type RedditFile = { path: string; layout: 'posts' | 'comments' | 'statistics'; header: CsvHeader };

async function findFiles(archive: Archive): Promise<RedditFile[]> {
  const files: RedditFile[] = [];
  for (const { path, head } of await readHeads(archive, CSV_FILE)) {
    const header = csvHeader(head);
    if (hasColumns(header, POST_COLUMNS)) files.push({ path, layout: 'posts', header });
    else if (hasColumns(header, COMMENT_COLUMNS) && (header.keys.includes('link') || header.keys.includes('parent'))) {
      files.push({ path, layout: 'comments', header });
    } else if (hasColumns(header, STATISTICS_COLUMNS) && header.keys.length === 2) files.push({ path, layout: 'statistics', header });
  }
  return files;
}

export const redditImporter: Importer = {
  id: 'reddit',
  name: 'Reddit data request',
  looksFor: 'posts.csv (id,permalink,date,…,subreddit,…,title,url,body) or comments.csv (id,permalink,date,…,subreddit,…,link,parent,body)',

  async detect(archive: Archive): Promise<boolean> {
    return (await findFiles(archive)).some((f) => f.layout !== 'statistics');
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
        report(entry.path, "does not start with Reddit's header line (id,permalink,date,…), so it was skipped; request your data again");
      }
    }

    let account: string | null = null;
    const posts: Post[] = [];
    const ids = new StableIds();
    let readable = 0;
    for (const file of files) {
      try {
        const { rows } = parseCsv(await archive.readText(file.path), file.header.delimiter);
        if (file.layout === 'statistics') {
          const name = rows.find((row) => cell(row, 'statistic').trim().toLowerCase() === 'account name');
          account = name ? cell(name, 'value').trim() || null : account;
          continue;
        }
        let skipped = 0;
        rows.forEach((row, index) => {
          const createdAt = isoFromIsoLike(cell(row, 'date'));
          if (!createdAt) {
            skipped++;
            return;
          }
          const source = { input: options.input, file: file.path, index };
          const post = file.layout === 'posts' ? redditPost(row, createdAt, source, ids) : redditComment(row, createdAt, source, ids);
          if (post) posts.push(post);
        });
        if (skipped > 0) {
          options.warn(file.path, `${skipped} row${skipped === 1 ? '' : 's'} without a readable date skipped; the rest of the file was read`);
        }
        readable++;
      } catch (err) {
        report(file.path, err instanceof FileProblem ? err.message : `cannot be read (${firstLine(err)}); request your data again`);
      }
    }
    if (readable === 0) throw nothingReadable(redditImporter, archive, problems);
    if (account) for (const post of posts) post.account = account;
    return { account, posts };
  },
};

/** A fullname (`t3_abc`, `t1_abc`): the form Reddit's parent column and API use. */
function fullname(prefix: 't1_' | 't3_', id: string): string {
  const bare = id.trim();
  return bare.startsWith('t1_') || bare.startsWith('t3_') ? bare : `${prefix}${bare}`;
}

function absolute(permalink: string): string | null {
  const value = permalink.trim();
  if (value === '') return null;
  return value.startsWith('/') ? `https://www.reddit.com${value}` : value;
}

function audienceOf(subreddit: string): string | null {
  const name = subreddit.trim();
  if (name === '') return null;
  // Posts on one's own profile are filed under the subreddit "u_<name>".
  return name.startsWith('u_') ? `u/${name.slice(2)}` : `r/${name}`;
}

/** A link post's target as media, when it is Reddit's own image or video host or an image file. */
function mediaAt(url: string): Post['media'] {
  if (IMAGE_URL.test(url)) return [{ type: 'photo', path: null, altText: null, remoteUrl: url }];
  if (VIDEO_URL.test(url)) return [{ type: 'video', path: null, altText: null, remoteUrl: url }];
  return [];
}

function userMentions(text: string): string[] {
  if (!text.includes('u/')) return [];
  return unique([...text.matchAll(USER_MENTION)].map((m) => m[1]!));
}

function redditPost(row: Record<string, string>, createdAt: string, source: Post['source'], ids: StableIds): Post | null {
  const title = cell(row, 'title');
  const body = GONE.has(cell(row, 'body').trim()) ? '' : cell(row, 'body');
  const text = title && body ? `${title}\n\n${body}` : title || body;
  if (text === '') return null;
  const url = absolute(cell(row, 'permalink'));
  const target = cell(row, 'url').trim();
  // A text post's url is its own page; only a link post points elsewhere.
  const linked = target !== '' && target !== url && !(url && target.startsWith(url)) ? [absolute(target) ?? target] : [];
  const id = cell(row, 'id').trim();
  return {
    id: id ? fullname('t3_', id) : ids.next('reddit', 'post', createdAt, text),
    platform: 'reddit',
    account: null,
    kind: 'post',
    createdAt,
    text,
    url,
    inReplyTo: null,
    mentions: userMentions(text),
    hashtags: [],
    links: linksFrom([...linked, ...linksInText(text)]),
    media: linked.length > 0 ? mediaAt(linked[0]!) : [],
    audience: audienceOf(cell(row, 'subreddit')),
    language: null,
    source,
  };
}

function redditComment(row: Record<string, string>, createdAt: string, source: Post['source'], ids: StableIds): Post | null {
  const text = cell(row, 'body');
  if (text.trim() === '' || GONE.has(text.trim())) return null;
  const id = cell(row, 'id').trim();
  const parent = cell(row, 'parent').trim();
  const postId = POST_IN_URL.exec(cell(row, 'link'))?.[1];
  const media = cell(row, 'media').trim();
  return {
    id: id ? fullname('t1_', id) : ids.next('reddit', 'comment', createdAt, text),
    platform: 'reddit',
    account: null,
    kind: 'comment',
    createdAt,
    text,
    url: absolute(cell(row, 'permalink')),
    // The parent is a comment (t1_) or the post itself (t3_); without it, the post in `link`.
    inReplyTo: parent || (postId ? `t3_${postId}` : null),
    mentions: userMentions(text),
    hashtags: [],
    links: linksFrom(linksInText(text)),
    media: media.startsWith('http') ? [{ type: 'unknown', path: null, altText: null, remoteUrl: media }] : [],
    audience: audienceOf(cell(row, 'subreddit')),
    language: null,
    source,
  };
}
