import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Post } from '../model/post.js';
import { StableIds, isoFromIsoLike } from './util.js';
import { readFiles, readHeads } from './common/files.js';
import { cell, csvHeader, hasColumns, parseCsv, type CsvHeader } from './common/csv.js';
import { linksFrom, linksInText, unique } from './common/text.js';

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
    let account: string | null = null;
    const posts: Post[] = [];
    const ids = new StableIds();
    await readFiles(archive, options, await findFiles(archive), {
      importer: redditImporter,
      knownNames: KNOWN_NAMES,
      unrecognised: () => "does not start with Reddit's header line (id,permalink,date,…), so it was skipped; request your data again",
      retry: 'request your data again',
      async read(file) {
        const { rows } = parseCsv(await archive.readText(file.path), file.header.delimiter);
        if (file.layout === 'statistics') {
          const name = rows.find((row) => cell(row, 'statistic').trim().toLowerCase() === 'account name');
          account = name ? cell(name, 'value').trim() || null : account;
          // It names the account but holds no posts: alone, it does not make the export readable.
          return false;
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
      },
    });
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
  return redditRecord('post', row, createdAt, text, source, ids, {
    url,
    inReplyTo: null,
    links: linksFrom([...linked, ...linksInText(text)]),
    media: linked.length > 0 ? mediaAt(linked[0]!) : [],
  });
}

function redditComment(row: Record<string, string>, createdAt: string, source: Post['source'], ids: StableIds): Post | null {
  const text = cell(row, 'body');
  if (text.trim() === '' || GONE.has(text.trim())) return null;
  const parent = cell(row, 'parent').trim();
  const postId = POST_IN_URL.exec(cell(row, 'link'))?.[1];
  const media = cell(row, 'media').trim();
  return redditRecord('comment', row, createdAt, text, source, ids, {
    url: absolute(cell(row, 'permalink')),
    // The parent is a comment (t1_) or the post itself (t3_); without it, the post in `link`.
    inReplyTo: parent || (postId ? `t3_${postId}` : null),
    links: linksFrom(linksInText(text)),
    media: media.startsWith('http') ? [{ type: 'unknown', path: null, altText: null, remoteUrl: media }] : [],
  });
}

/** A post or comment: its id as a fullname (or a stable one), its subreddit as audience, /u/ mentions from its words. */
function redditRecord(
  kind: 'post' | 'comment',
  row: Record<string, string>,
  createdAt: string,
  text: string,
  source: Post['source'],
  ids: StableIds,
  fields: Pick<Post, 'url' | 'inReplyTo' | 'links' | 'media'>,
): Post {
  const id = cell(row, 'id').trim();
  return {
    id: id ? fullname(kind === 'post' ? 't3_' : 't1_', id) : ids.next('reddit', kind, createdAt, text),
    platform: 'reddit',
    account: null,
    kind,
    createdAt,
    text,
    url: fields.url,
    inReplyTo: fields.inReplyTo,
    mentions: userMentions(text),
    hashtags: [],
    links: fields.links,
    media: fields.media,
    audience: audienceOf(cell(row, 'subreddit')),
    language: null,
    source,
  };
}
